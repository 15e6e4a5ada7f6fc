/**
 * The swap widget's claim, as properties: self-attention without positions is permutation-
 * equivariant (Attention(PX) = P·Attention(X)) for any size and any reordering, so the mean of the
 * outputs cannot change; a constant position code keeps that; sinusoidal and learned-like codes
 * break it, visibly, on the widget's own sentences.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KernelError, createRng, permuteRows, selfAttention, sinusoidalPositionalEncoding } from '../../../../src/kernel/index.ts';
import {
  D, MAX_TOKENS, MODES, type Mode, SAME_TOLERANCE, canonicalOrder, compare, defaultConstant, differences, embed, embedding,
  identityOrder, learnedTable, meanRow, positionCodes, projections, run, swapped, wordSeed,
} from '../../../../src/widgets/position-swap/model.ts';
import { PRESETS, openingOrder } from '../../../../src/widgets/position-swap/presets.ts';

/** A random problem: n words of width w, a head of that width, a reordering and a constant vector. */
const problem = fc
  .record({ n: fc.integer({ min: 2, max: 6 }), width: fc.integer({ min: 2, max: 8 }), seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }) })
  .chain(({ n, width, seed }) =>
    fc.record({
      n: fc.constant(n),
      width: fc.constant(width),
      seed: fc.constant(seed),
      order: fc.shuffledSubarray(identityOrder(n), { minLength: n, maxLength: n }),
      constant: fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: width, maxLength: width }),
    }),
  );

function setUp(n: number, width: number, seed: number) {
  const rng = createRng(seed);
  const X = rng.matrix(n, width, { std: 1 });
  const o = { std: 1 / Math.sqrt(width) };
  return { X, weights: { W_Q: rng.matrix(width, width, o), W_K: rng.matrix(width, width, o), W_V: rng.matrix(width, width, o) } };
}

function permutedRun(n: number, width: number, seed: number, order: readonly number[], mode: Mode, constant: readonly number[]) {
  const { X, weights } = setUp(n, width, seed);
  const before = run(X, mode, constant, weights);
  const after = run(permuteRows(X, order), mode, constant, weights);
  return { before, after, ...differences(before, after, order) };
}

describe('self-attention without positions sees a set, not a sequence', () => {
  it('permuting the input rows permutes the output rows the same way, and the mean stays (any n, width, order)', () => {
    fc.assert(
      fc.property(problem, ({ n, width, seed, order, constant }) => {
        const { before, after, maxDiff, meanDiff } = permutedRun(n, width, seed, order, 'none', constant);
        const expected = permuteRows(before.attention.output, order);
        after.attention.output.data.forEach((v, k) => expect(Math.abs(v - expected.data[k]!)).toBeLessThan(1e-12));
        expect(maxDiff).toBeLessThan(1e-12);
        expect(meanDiff).toBeLessThan(1e-12);
        // the attention weights are permuted on both axes: A' = P A Pᵀ
        const A = before.attention.weights, A2 = after.attention.weights;
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(Math.abs(A2.get(i, j) - A.get(order[i]!, order[j]!))).toBeLessThan(1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('adding the same vector at every position changes the outputs but keeps that', () => {
    fc.assert(
      fc.property(problem, ({ n, width, seed, order, constant }) => {
        const { before, maxDiff, meanDiff } = permutedRun(n, width, seed, order, 'constant', constant);
        expect(maxDiff).toBeLessThan(1e-12);
        expect(meanDiff).toBeLessThan(1e-12);
        // P really is one row repeated, and it does enter the computation
        expect(before.P?.toArray()).toEqual(Array.from({ length: n }, () => constant));
        expect(before.input.toArray()).toEqual(before.X.toArray().map((row) => row.map((v, j) => v + constant[j]!)));
      }),
      { numRuns: 300 },
    );
  });

  it('sinusoidal positions break it for some reordering of every sentence (and every swap of two different rows changes the input)', () => {
    fc.assert(
      fc.property(problem, ({ n, width, seed }) => {
        const { X, weights } = setUp(n, width, seed);
        // trading rows 0 and n−1: the input X + P is no longer a permutation of the old one
        const order = swapped(identityOrder(n), 0, n - 1);
        const P = sinusoidalPositionalEncoding(n, width);
        const moved = run(permuteRows(X, order), 'sinusoidal', [], weights).input;
        const before = run(X, 'sinusoidal', [], weights).input;
        expect(moved.toArray()).not.toEqual(permuteRows(before, order).toArray());
        expect(moved.get(0, 0)).toBeCloseTo(X.get(n - 1, 0) + P.get(0, 0), 12);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the widget’s own sentences', () => {
  const constant = defaultConstant();
  for (const locale of ['zh', 'en'] as const) {
    for (const { words, swap } of PRESETS[locale]) {
      const order = openingOrder(words, swap);
      const name = words.join(' ');

      it(`“${name}”: without positions and with a constant each word keeps its output; the verdict says so`, () => {
        for (const mode of ['none', 'constant'] as const) {
          const r = compare(words, order, mode, constant);
          expect(r.verdict).toBe('same');
          expect(r.changed).toBe(false);
          expect(r.maxDiff).toBeLessThan(SAME_TOLERANCE);
          expect(r.meanDiff).toBeLessThan(SAME_TOLERANCE);
          expect(r.after.tokens).toEqual(order.map((k) => words[k]));
          // the outputs of the moved sentence are the old rows, moved
          r.after.attention.output.data.forEach((v, k) => expect(v).toBeCloseTo(permuteRows(r.before.attention.output, r.order).data[k]!, 12));
        }
        // the constant does change the outputs themselves
        const none = compare(words, order, 'none', constant), withC = compare(words, order, 'constant', constant);
        expect(Math.max(...none.before.attention.output.data.map((v, k) => Math.abs(v - withC.before.attention.output.data[k]!)))).toBeGreaterThan(1e-3);
      });

      it(`“${name}”: sinusoidal and learned-like positions change the moved words’ outputs and the mean`, () => {
        for (const mode of ['sinusoidal', 'learned'] as const) {
          const r = compare(words, order, mode, constant);
          expect(r.verdict).toBe('changed');
          expect(r.maxDiff).toBeGreaterThan(1e-3);
          expect(r.meanDiff).toBeGreaterThan(1e-3);
          expect(r.meanChanged).toBe(true);
          expect(r.maxDiff).toBe(Math.max(...r.wordDiffs));
        }
      });
    }
  }

  it('the default sentences’ numbers, by hand from the kernel', () => {
    const w = projections();
    const zh = compare(['我', '爱', '你'], [2, 1, 0], 'sinusoidal', defaultConstant());
    const X = embed(['我', '爱', '你']);
    const P = sinusoidalPositionalEncoding(3, D);
    const Xs = permuteRows(X, [2, 1, 0]);
    const before = selfAttention(X.toArray().map((row, i) => row.map((v, j) => v + P.get(i, j))), w).output;
    const after = selfAttention(Xs.toArray().map((row, i) => row.map((v, j) => v + P.get(i, j))), w).output;
    expect(zh.before.attention.output.toArray()).toEqual(before.toArray());
    expect(zh.after.attention.output.toArray()).toEqual(after.toArray());
    const worst = Math.max(...after.toArray().flatMap((row, k) => row.map((v, c) => Math.abs(v - before.get([2, 1, 0][k]!, c)))));
    expect(zh.maxDiff).toBe(worst);
    expect(zh.maxDiff).toBeGreaterThan(0.1);
    expect(zh.before.mean).toEqual(meanRow(before));
  });
});

describe('words, orders and positions', () => {
  it('the same word always has the same vector, from its own seed; different words differ', () => {
    expect(embedding('猫')).toEqual(embedding('猫'));
    expect(embedding('Dog')).toEqual(embedding('dog'));
    expect(embedding('dog')).toHaveLength(D);
    expect(embedding('dog')).not.toEqual(embedding('man'));
    expect(wordSeed('dog')).not.toBe(wordSeed('god'));
    expect(embedding('dog')).toEqual([...createRng(wordSeed('dog')).matrix(1, D, { min: -1, max: 1, decimals: 2 }).data]);
    // FNV-1a of "a": 0xe40c292c
    expect(wordSeed('a')).toBe(0xe40c292c);
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 2, maxLength: 6 }), (words) => {
        const X = embed(words);
        words.forEach((w, i) => expect(X.toArray()[i]).toEqual(embedding(w)));
        embedding(words[0]!).forEach((v) => expect(Math.abs(v)).toBeLessThanOrEqual(1));
      }),
    );
  });

  it('a word moved keeps its vector wherever it stands', () => {
    const X = embed(['老师', '表扬', '学生']), Y = embed(['学生', '表扬', '老师']);
    expect(Y.toArray()).toEqual(permuteRows(X, [2, 1, 0]).toArray());
  });

  it('swaps compose into orders, and identical words are matched in order', () => {
    expect(swapped([0, 1, 2], 0, 2)).toEqual([2, 1, 0]);
    expect(swapped(swapped([0, 1, 2, 3], 0, 3), 1, 3)).toEqual([3, 0, 2, 1]);
    expect(openingOrder(['a', 'b', 'c', 'd'])).toEqual([3, 1, 2, 0]);
    expect(openingOrder(['a', 'b', 'c', 'd'], [1, 2])).toEqual([0, 2, 1, 3]);
    const the = ['the', 'cat', 'chased', 'the', 'dog'];
    expect(canonicalOrder(the, [3, 1, 2, 0, 4])).toEqual([0, 1, 2, 3, 4]);
    expect(canonicalOrder(the, [1, 0, 2, 3, 4])).toEqual([1, 0, 2, 3, 4]);
    expect(canonicalOrder(the, [0, 4, 2, 3, 1])).toEqual([0, 4, 2, 3, 1]);
    // trading two copies of "the" moves nothing, whatever the positions
    for (const mode of MODES) expect(compare(the, [3, 1, 2, 0, 4], mode, defaultConstant()).verdict).toBe('unchanged');
    expect(compare(['a', 'b'], [0, 1], 'sinusoidal', defaultConstant())).toMatchObject({ verdict: 'unchanged', maxDiff: 0, meanDiff: 0 });
  });

  it('rejects an order that is not a reordering of the words', () => {
    expect(() => compare(['a', 'b', 'c'], [0, 0, 1], 'none', [])).toThrow(KernelError);
    expect(() => compare(['a', 'b', 'c'], [0, 1], 'none', [])).toThrow(KernelError);
  });

  it('position codes: none, one row repeated, the paper’s sinusoids, the first n rows of a fixed table', () => {
    expect(positionCodes('none', 3, [1, 2, 3, 4])).toBeNull();
    expect(positionCodes('constant', 2, [1, 2, 3, 4])?.toArray()).toEqual([[1, 2, 3, 4], [1, 2, 3, 4]]);
    expect(positionCodes('sinusoidal', 3, [])?.toArray()).toEqual(sinusoidalPositionalEncoding(3, D).toArray());
    const table = learnedTable();
    expect(table.shape).toEqual([MAX_TOKENS, D]);
    expect(positionCodes('learned', 4, [])?.toArray()).toEqual(table.toArray().slice(0, 4));
    expect(learnedTable().toArray()).toEqual(table.toArray());
    // every position's learned row differs, so positions can be told apart
    expect(new Set(table.toArray().map((r) => r.join())).size).toBe(MAX_TOKENS);
    expect(defaultConstant()).toHaveLength(D);
  });
});
