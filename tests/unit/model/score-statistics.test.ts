/**
 * The statistics of q·k the scaling chapter shows for the real model, on hand-made queries and
 * keys whose answers are known: a tiny case worked by hand, the unit-variance argument on
 * independent samples, and the "unrelated" prediction against a brute-force re-pairing.
 */
import { describe, expect, it } from 'vitest';
import { Matrix, createRng, matrix } from '../../../src/kernel/index.ts';
import { HISTOGRAM, type QKOutputs, headQK, modelScoreStatistics, scoreStatistics } from '../../../src/model/score-statistics.ts';

describe('scoreStatistics', () => {
  it('works a two-token case by hand', () => {
    // Q = K = I: the scores are 1, 0, 0, 1.
    const s = scoreStatistics([{ Q: matrix([[1, 0], [0, 1]]), K: matrix([[1, 0], [0, 1]]) }], 2);
    expect(s).toMatchObject({ d_k: 2, sentences: 1, tokens: 2, pairs: 4 });
    expect(s.raw.mean).toBeCloseTo(0.5, 14);
    expect(s.raw.variance).toBeCloseTo(0.25, 14);
    expect(s.scaled.mean).toBeCloseTo(0.5 / Math.SQRT2, 14);
    expect(s.scaled.variance).toBeCloseTo(0.125, 14);
    expect(s.raw.unit).toBe(2);
    expect(s.scaled.unit).toBe(1);
    // each component is 1 half of the time: mean 0.5, variance 0.25
    expect(s.q.variance).toBeCloseTo(0.25, 14);
    expect(s.q.meanRms).toBeCloseTo(0.5, 14);
    expect(s.k).toEqual(s.q);
    expect(s.raw.theory).toBeCloseTo(2 * 0.25 * 0.25, 14);
    expect(s.scaled.theory).toBeCloseTo(0.25 * 0.25, 14);
    // re-paired at random, q·k is 1 half of the time: mean 0.5, variance 0.25
    expect(s.raw.unrelatedMean).toBeCloseTo(0.5, 14);
    expect(s.raw.unrelatedVariance).toBeCloseTo(0.25, 14);
    expect(s.scaled.unrelatedVariance).toBeCloseTo(0.125, 14);
    expect(s.histogram.counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(s.histogram.counts[-HISTOGRAM.min]).toBe(4); // 0 and 0.71 both fall in [0, 1)
  });

  it('meets the unit-variance argument on independent standard-normal components', () => {
    const rng = createRng(7);
    const d_k = 12;
    const sentences = Array.from({ length: 40 }, () => ({ Q: rng.matrix(20, d_k, { std: 1 }), K: rng.matrix(20, d_k, { std: 1 }) }));
    const s = scoreStatistics(sentences, d_k);
    expect(s.pairs).toBe(40 * 400);
    expect(s.q.variance).toBeCloseTo(1, 1);
    expect(s.k.variance).toBeCloseTo(1, 1);
    expect(s.raw.mean).toBeCloseTo(0, 0);
    for (const predicted of [s.raw.unit, s.raw.theory, s.raw.unrelatedVariance]) expect(Math.abs(s.raw.variance / predicted - 1)).toBeLessThan(0.1);
    expect(Math.abs(s.scaled.variance - 1)).toBeLessThan(0.1);
  });

  it('predicts, as "unrelated", exactly the variance of every query against every key', () => {
    const rng = createRng(3);
    const d_k = 3;
    // Non-zero means and correlated components, two sentences of different lengths.
    const shifted = (T: number) => {
      const base = rng.matrix(T, d_k, { std: 1 });
      return new Matrix(T, d_k, base.data.map((v, n) => v + (n % d_k) - 0.5 + 0.8 * base.data[n - (n % d_k)]!));
    };
    const sentences = [{ Q: shifted(3), K: shifted(3) }, { Q: shifted(5), K: shifted(5) }];
    const s = scoreStatistics(sentences, d_k);
    // The pair population: row i·T + j holds q_i and k_j; then every q of it against every k of it.
    const qs: Float64Array[] = [], ks: Float64Array[] = [];
    for (const { Q, K } of sentences) for (let i = 0; i < Q.rows; i++) for (let j = 0; j < Q.rows; j++) { qs.push(Q.row(i)); ks.push(K.row(j)); }
    const all = qs.flatMap((q) => ks.map((k) => q.reduce((sum, v, c) => sum + v * k[c]!, 0)));
    const m = all.reduce((a, b) => a + b, 0) / all.length;
    const v = all.reduce((a, b) => a + (b - m) ** 2, 0) / all.length;
    expect(s.pairs).toBe(34);
    expect(s.raw.unrelatedMean).toBeCloseTo(m, 10);
    expect(s.raw.unrelatedVariance).toBeCloseTo(v, 10);
    // and the measured scores are those of the pairs themselves
    const own = qs.map((q, n) => q.reduce((sum, x, c) => sum + x * ks[n]![c]!, 0));
    const ownMean = own.reduce((a, b) => a + b, 0) / own.length;
    expect(s.raw.mean).toBeCloseTo(ownMean, 12);
    expect(s.raw.variance).toBeCloseTo(own.reduce((a, b) => a + (b - ownMean) ** 2, 0) / own.length, 12);
  });

  it('refuses no sentences and mismatched shapes', () => {
    expect(() => scoreStatistics([], 2)).toThrow(RangeError);
    expect(() => scoreStatistics([{ Q: matrix([[1, 2]]), K: matrix([[1, 2, 3]]) }], 2)).toThrow(/\[T, 2\]/);
    expect(() => scoreStatistics([{ Q: matrix([[1, 2]]), K: matrix([[1, 2], [3, 4]]) }], 2)).toThrow(RangeError);
  });
});

describe('headQK and modelScoreStatistics', () => {
  // Two layers, two heads, T = 2, d_k = 2: head h of layer l holds l·10 + h·4 + 0..3.
  const outputs: QKOutputs = {
    T: 2,
    layers: [0, 1].map((l) => ({ q: Array.from({ length: 8 }, (_, n) => l * 10 + n), k: Array.from({ length: 8 }, (_, n) => -(l * 10 + n)) })),
  };

  it('cuts one head’s Q and K out of the model’s [H, T, d_k] outputs', () => {
    const { Q, K } = headQK(outputs, 1, 1, 2);
    expect(Q.toArray()).toEqual([[14, 15], [16, 17]]);
    expect(K.toArray()).toEqual([[-14, -15], [-16, -17]]);
    expect(() => headQK(outputs, 2, 0, 2)).toThrow(RangeError);
    expect(() => headQK(outputs, 0, 2, 2)).toThrow(RangeError);
  });

  it('measures every head, layer by layer', () => {
    const all = modelScoreStatistics([outputs, outputs], { layers: 2, heads: 2, d_k: 2 });
    expect(all.map((h) => [h.layer, h.head])).toEqual([[0, 0], [0, 1], [1, 0], [1, 1]]);
    expect(all[3]).toEqual({ layer: 1, head: 1, ...scoreStatistics([headQK(outputs, 1, 1, 2), headQK(outputs, 1, 1, 2)], 2) });
    expect(all[0]!.sentences).toBe(2);
  });
});
