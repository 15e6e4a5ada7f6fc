/**
 * src/course/scaling/model-scores.json against the committed model: re-measured here with the
 * same function as `npm run measure:scaling` (onnxruntime-node over every held-out sentence,
 * statistics by the kernel), so the chapter never shows numbers the model would not give.
 * Relative tolerance 1e-6: onnxruntime's float32 kernels may sum in another order on another
 * CPU; a changed model moves these numbers by far more.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_SCORES, measureModelScores } from '../../../scripts/measure-scaling.ts';
import type { ModelScoresFile } from '../../../src/model/score-statistics.ts';
import { meta } from '../../helpers/coref-model.ts';

const committed = JSON.parse(readFileSync(MODEL_SCORES, 'utf8')) as ModelScoresFile;

/** Every number in `actual` within relative `tol` of `expected` (absolute for values near 0); everything else equal. */
function expectClose(actual: unknown, expected: unknown, path: string, tol: number): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    expect(Math.abs((actual as number) - expected), path).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected)));
  } else if (Array.isArray(expected) || (typeof expected === 'object' && expected !== null)) {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)[key], value, `${path}.${key}`, tol);
  } else {
    expect(actual, path).toEqual(expected);
  }
}

describe('the real model’s score statistics (model-scores.json)', () => {
  it('describe every head of the committed model over all held-out sentences', () => {
    expect(committed).toMatchObject({ layers: meta.layers, heads: meta.heads, d_k: meta.d_k, sentences: 1800 });
    expect(committed.results.map((r) => [r.layer, r.head])).toEqual(
      Array.from({ length: meta.layers * meta.heads }, (_, n) => [Math.floor(n / meta.heads), n % meta.heads]));
    for (const r of committed.results) {
      expect(r).toMatchObject({ sentences: committed.sentences, tokens: committed.tokens, pairs: committed.pairs });
      expect(r.scaled.variance).toBeCloseTo(r.raw.variance / meta.d_k, 10);
      const counted = r.histogram.counts.reduce((a, b) => a + b, 0) + r.histogram.below + r.histogram.above;
      expect(counted).toBe(r.pairs);
    }
  });

  it('are what the model computes now', { timeout: 300_000 }, async () => {
    // Counts compare exactly; the histogram's counts are whole numbers and so do too, unless a
    // score sits within float32 noise of a bin edge.
    expectClose(await measureModelScores(), committed, 'model-scores', 1e-6);
  });
});
