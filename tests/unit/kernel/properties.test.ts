/** Properties that must hold for any input, checked with fast-check over random shapes and values. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Matrix, addPositionalEncoding, causalMask, concatCols, createRng, customMask, dotProductVarianceExperiment,
  invertPermutation, matmul, maskedSoftmax, matrix, multiHeadAttention, permuteRows, scaledDotProductAttention,
  selfAttention, sinusoidalPositionalEncoding, softmax,
} from '../../../src/kernel/index.ts';

const value = fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true });
const grid = <T,>(rows: number, cols: number, entry: fc.Arbitrary<T>) => fc.array(fc.array(entry, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
const matrixOf = (rows: number, cols: number) => grid(rows, cols, value);
const shape = fc.record({ n: fc.integer({ min: 1, max: 6 }), d: fc.integer({ min: 1, max: 6 }) });
const maxAbsDiff = (A: Matrix, B: Matrix) => A.data.reduce((m, v, k) => Math.max(m, Math.abs(v - B.data[k]!)), 0);

describe('softmax', () => {
  it('rows are non-negative and sum to 1', () => {
    fc.assert(fc.property(shape.chain(({ n, d }) => matrixOf(n, d)), (x) => {
      const W = softmax(x);
      for (let i = 0; i < W.rows; i++) {
        expect(W.row(i).every((v) => v >= 0)).toBe(true);
        expect(W.row(i).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
      }
    }));
  });

  it('is unchanged by adding a constant to a row', () => {
    fc.assert(fc.property(shape.chain(({ n, d }) => fc.tuple(matrixOf(n, d), fc.array(value, { minLength: n, maxLength: n }))), ([x, c]) => {
      const shifted = x.map((row, i) => row.map((v) => v + c[i]!));
      expect(maxAbsDiff(softmax(x), softmax(shifted))).toBeLessThan(1e-12);
    }));
  });

  it('stays finite for entries up to ±1e308', () => {
    const huge = fc.oneof(fc.constantFrom(1e308, -1e308, 1.7976931348623157e308, -1.7976931348623157e308), fc.double({ min: -1e308, max: 1e308, noNaN: true, noDefaultInfinity: true }));
    fc.assert(fc.property(shape.chain(({ n, d }) => grid(n, d, huge)), (x) => {
      const W = softmax(x);
      expect(W.data.every(Number.isFinite)).toBe(true);
      for (let i = 0; i < W.rows; i++) expect(W.row(i).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    }));
    expect(softmax([1e308, -1e308, 1e308])).toEqual([0.5, 0, 0.5]);
  });

  it('gives masked entries exactly 0 and a fully masked row all zeros, never NaN', () => {
    fc.assert(fc.property(shape.chain(({ n, d }) => fc.tuple(matrixOf(n, d), grid(n, d, fc.boolean()))), ([x, allowed]) => {
      const { weights, fullyMasked } = maskedSoftmax(x, { mask: allowed });
      allowed.forEach((row, i) => {
        row.forEach((ok, j) => { if (!ok) expect(weights.get(i, j)).toBe(0); });
        expect(fullyMasked[i]).toBe(!row.some(Boolean));
        const sum = weights.row(i).reduce((s, v) => s + v, 0);
        if (fullyMasked[i]) expect(sum).toBe(0);
        else expect(sum).toBeCloseTo(1, 12);
      });
      expect(weights.data.some(Number.isNaN)).toBe(false);
    }));
  });
});

describe('attention', () => {
  const weightsFor = (d: number) => fc.record({ W_Q: matrixOf(d, d), W_K: matrixOf(d, d), W_V: matrixOf(d, d) });

  it('is permutation-equivariant without positions: permuting X permutes the output the same way', () => {
    fc.assert(fc.property(shape.chain(({ n, d }) => fc.tuple(matrixOf(n, d), weightsFor(d), fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }))), ([X, w, perm]) => {
      const Z = selfAttention(X, w).output;
      const Zp = selfAttention(permuteRows(X, perm), w).output;
      expect(maxAbsDiff(Zp, permuteRows(Z, perm))).toBeLessThan(1e-9);
      expect(maxAbsDiff(permuteRows(Zp, invertPermutation(perm)), Z)).toBeLessThan(1e-9);
    }));
  });

  it('is not permutation-equivariant once sinusoidal positions are added', () => {
    // As "我 爱 你" against "你 爱 我": the same tokens in another order now give other outputs.
    fc.assert(fc.property(fc.integer(), fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 6 }), (seed, n, d) => {
      const rng = createRng(seed);
      const X = rng.matrix(n, d), w = { W_Q: rng.matrix(d, d), W_K: rng.matrix(d, d), W_V: rng.matrix(d, d) };
      const perm = rng.permutation(n);
      if (perm.every((p, i) => p === i)) [perm[0], perm[1]] = [1, 0];
      const P = sinusoidalPositionalEncoding(n, d);
      const Z = selfAttention(addPositionalEncoding(X, P), w).output;
      const Zp = selfAttention(addPositionalEncoding(permuteRows(X, perm), P), w).output;
      expect(maxAbsDiff(Zp, permuteRows(Z, perm))).toBeGreaterThan(1e-6);
    }));
  });

  it('gives masked positions weight 0 and fully masked rows no NaN', () => {
    fc.assert(fc.property(shape.chain(({ n, d }) => fc.tuple(matrixOf(n, d), matrixOf(n, d), matrixOf(n, d), grid(n, n, fc.boolean()))), ([Q, K, V, allowed]) => {
      const r = scaledDotProductAttention(Q, K, V, { mask: customMask(allowed) });
      allowed.forEach((row, i) => row.forEach((ok, j) => { if (!ok) expect(r.weights.get(i, j)).toBe(0); }));
      expect(r.output.data.every(Number.isFinite)).toBe(true);
      r.fullyMasked.forEach((full, i) => { if (full) expect(r.output.row(i).every((v) => v === 0)).toBe(true); });
    }));
  });

  it('with a causal mask, a query never sees a later key', () => {
    fc.assert(fc.property(shape.chain(({ n, d }) => fc.tuple(matrixOf(n, d), matrixOf(n, d), matrixOf(n, d))), ([Q, K, V]) => {
      const r = scaledDotProductAttention(Q, K, V, { mask: causalMask(Q.length) });
      for (let i = 0; i < Q.length; i++) for (let j = i + 1; j < Q.length; j++) expect(r.weights.get(i, j)).toBe(0);
    }));
  });

  it('multi-head with H = 1 equals single-head attention followed by W_O', () => {
    fc.assert(fc.property(shape.chain(({ n, d }) => fc.tuple(matrixOf(n, d), weightsFor(d), matrixOf(d, d))), ([X, w, W_O]) => {
      const single = selfAttention(X, w);
      const multi = multiHeadAttention(X, { ...w, W_O }, 1);
      expect(maxAbsDiff(multi.heads[0]!.weights, single.weights)).toBeLessThan(1e-12);
      expect(maxAbsDiff(multi.output, matmul(single.output, matrix(W_O)))).toBeLessThan(1e-9);
    }));
  });

  it('multi-head equals H separate heads on the column blocks of W_Q, W_K, W_V', () => {
    const rng = createRng(11);
    const n = 5, d_model = 6, H = 3, d_k = 2;
    const X = rng.matrix(n, d_model), W_Q = rng.matrix(d_model, d_model), W_K = rng.matrix(d_model, d_model), W_V = rng.matrix(d_model, d_model), W_O = rng.matrix(d_model, d_model);
    const multi = multiHeadAttention(X, { W_Q, W_K, W_V, W_O }, H);
    const block = (W: Matrix, h: number) => new Matrix(d_model, d_k, Float64Array.from(W.toArray().flatMap((r) => r.slice(h * d_k, (h + 1) * d_k))));
    const heads = [0, 1, 2].map((h) => selfAttention(X, { W_Q: block(W_Q, h), W_K: block(W_K, h), W_V: block(W_V, h) }).output);
    expect(maxAbsDiff(multi.concat, concatCols(heads))).toBeLessThan(1e-12);
    expect(maxAbsDiff(multi.output, matmul(concatCols(heads), W_O))).toBeLessThan(1e-12);
  });
});

describe('why divide by √d_k', () => {
  it.each([16, 64, 256])('q·k has variance ≈ d_k = %i, and q·k / √d_k variance ≈ 1', (d_k) => {
    // Fixed seed and 20 000 samples: the standard error of the variance is about 0.01 after scaling.
    const r = dotProductVarianceExperiment(createRng(2017), d_k, 20_000);
    expect(r.variance / d_k).toBeGreaterThan(0.95);
    expect(r.variance / d_k).toBeLessThan(1.05);
    expect(Math.abs(r.scaledVariance - 1)).toBeLessThan(0.05);
    expect(Math.abs(r.scaledMean)).toBeLessThan(0.05);
  });
});
