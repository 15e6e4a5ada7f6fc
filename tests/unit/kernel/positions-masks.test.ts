import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addPositionalEncoding, causalMask, countAllowed, createRng, customMask, dot, intersectMasks,
  invertPermutation, learnedPositionalEncoding, localWindowMask, paddingMask, permuteRows, rotaryEmbedding,
  sinusoidalPositionalEncoding,
} from '../../../src/kernel/index.ts';
import { errorDetails } from '../../helpers/kernel-error.ts';

const details = errorDetails;

describe('sinusoidal positional encoding', () => {
  it('follows the paper: sin on even columns, cos on odd, wavelengths 2π·10000^(2i/d)', () => {
    const P = sinusoidalPositionalEncoding(50, 4);
    for (let pos = 0; pos < 50; pos++) {
      expect(P.get(pos, 0)).toBeCloseTo(Math.sin(pos), 14);
      expect(P.get(pos, 1)).toBeCloseTo(Math.cos(pos), 14);
      expect(P.get(pos, 2)).toBeCloseTo(Math.sin(pos / 100), 14); // 10000^(2/4) = 100
      expect(P.get(pos, 3)).toBeCloseTo(Math.cos(pos / 100), 14);
    }
  });

  it('agrees with the exp/log form used in many implementations', () => {
    const d = 16, P = sinusoidalPositionalEncoding(20, d);
    for (let pos = 0; pos < 20; pos++) {
      for (let i = 0; i < d / 2; i++) {
        const divTerm = Math.exp((2 * i * -Math.log(10000)) / d);
        expect(P.get(pos, 2 * i)).toBeCloseTo(Math.sin(pos * divTerm), 12);
        expect(P.get(pos, 2 * i + 1)).toBeCloseTo(Math.cos(pos * divTerm), 12);
      }
    }
  });

  it('handles an odd width and rejects nonsense sizes', () => {
    expect(sinusoidalPositionalEncoding(2, 3).get(1, 2)).toBeCloseTo(Math.sin(1 / 10000 ** (2 / 3)), 14);
    expect(details(() => sinusoidalPositionalEncoding(0, 4))).toMatchObject({ argument: 'n' });
    expect(details(() => sinusoidalPositionalEncoding(2, 1.5))).toMatchObject({ argument: 'd_model' });
  });

  it('is added to the embeddings, shape for shape', () => {
    expect(addPositionalEncoding([[1, 1]], [[0.5, -1]]).toArray()).toEqual([[1.5, 0]]);
    expect(details(() => addPositionalEncoding([[1, 1]], [[1, 1], [1, 1]]))).toMatchObject({ code: 'shape', matrix: 'P' });
  });
});

describe('learned positions and RoPE', () => {
  it('takes the first n rows of a learned table', () => {
    expect(learnedPositionalEncoding([[1, 2], [3, 4], [5, 6]], 2).toArray()).toEqual([[1, 2], [3, 4]]);
    expect(details(() => learnedPositionalEncoding([[1, 2]], 2))).toMatchObject({ argument: 'n' });
  });

  it('RoPE preserves lengths and makes q_m · k_n depend only on m − n', () => {
    fc.assert(fc.property(fc.integer(), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 30 }), (seed, m, n, shift) => {
      const rng = createRng(seed);
      const q = rng.matrix(1, 6), k = rng.matrix(1, 6);
      const at = (x: typeof q, p: number) => rotaryEmbedding(x, { positions: [p] }).row(0);
      expect(dot(at(q, m), at(q, m))).toBeCloseTo(dot(q.row(0), q.row(0)), 10);
      expect(dot(at(q, m + shift), at(k, n + shift))).toBeCloseTo(dot(at(q, m), at(k, n)), 10);
    }));
  });

  it('RoPE rejects an odd width and positions of the wrong length', () => {
    expect(details(() => rotaryEmbedding([[1, 2, 3]]))).toMatchObject({ argument: 'X' });
    expect(details(() => rotaryEmbedding([[1, 2]], { positions: [0, 1] }))).toMatchObject({ argument: 'positions' });
    expect(details(() => rotaryEmbedding([[1, 2]], { base: 1 }))).toMatchObject({ argument: 'base' });
    expect(rotaryEmbedding([[1, 0], [1, 0]]).row(1)[0]).toBeCloseTo(Math.cos(1), 14);
  });

  it('permutes rows and undoes the permutation', () => {
    const X = [[1], [2], [3]];
    expect(permuteRows(X, [2, 0, 1]).toArray()).toEqual([[3], [1], [2]]);
    expect(permuteRows(permuteRows(X, [2, 0, 1]), invertPermutation([2, 0, 1])).toArray()).toEqual(X);
    expect(details(() => permuteRows(X, [0, 0, 1]))).toMatchObject({ argument: 'perm' });
    expect(details(() => invertPermutation([1, 2]))).toMatchObject({ argument: 'perm' });
  });
});

describe('masks', () => {
  it('causal: query i sees keys 0..i', () => {
    expect(causalMask(3).toArray()).toEqual([[true, false, false], [true, true, false], [true, true, true]]);
  });

  it('padding: only the first validLength keys are real', () => {
    expect(paddingMask(2, 3).toArray()).toEqual([[true, true, false], [true, true, false], [true, true, false]]);
    expect(paddingMask(1, 2, 1).toArray()).toEqual([[true, false]]);
    expect(details(() => paddingMask(4, 3))).toMatchObject({ argument: 'validLength' });
    expect(details(() => paddingMask(1, 0))).toMatchObject({ argument: 'n_k' });
  });

  it('local window of radius w, optionally causal', () => {
    expect(localWindowMask(4, 1).toArray()).toEqual([
      [true, true, false, false],
      [true, true, true, false],
      [false, true, true, true],
      [false, false, true, true],
    ]);
    expect(countAllowed(localWindowMask(5, 1, { causal: true }))).toBe(9);
    expect(details(() => localWindowMask(4, -1))).toMatchObject({ argument: 'w' });
  });

  it('custom masks and their intersection', () => {
    const m = customMask([[true, false], [true, true]]);
    expect(intersectMasks(m, causalMask(2), customMask([[true, true], [false, true]])).toArray()).toEqual([[true, false], [false, true]]);
    expect(details(() => customMask([[true], [true, false]]))).toMatchObject({ code: 'ragged', row: 1 });
    expect(details(() => intersectMasks(m, causalMask(3)))).toMatchObject({ code: 'shape', matrix: 'mask 2' });
  });
});
