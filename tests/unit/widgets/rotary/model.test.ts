/**
 * The rotary widget's claims, checked against the kernel: q · k after RoPE depends on the offset
 * only (for random q, k, positions, shifts and widths), rotations keep lengths, the closed form
 * |q| |k| cos(φ_k − φ_q + (n − m)θ) is the kernel's score, and the 8 × 8 score table is Toeplitz.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Matrix, dot, matrix, rotaryEmbedding } from '../../../../src/kernel/index.ts';
import {
  BASE, D, N, PAIRS, THETAS, canShift, comparePositions, computePair, diagonals, direction, heatScale, largestSpread, norm,
  randomPair, rotatePair, scoreMatrix, theta, wrapAngle,
} from '../../../../src/widgets/rotary/model.ts';
import { PRESET_K, PRESET_M, PRESET_N, PRESET_PAIR, PRESET_Q, SEQUENCE_SEED } from '../../../../src/widgets/rotary/preset.ts';

const entry = fc.double({ min: -1, max: 1, noNaN: true });
const vectorOf = (d: number) => fc.array(entry, { minLength: d, maxLength: d });
/** An even width 2–16 with a q and a k of that width. */
const qk = fc.integer({ min: 1, max: 8 }).chain((pairs) => fc.tuple(vectorOf(2 * pairs), vectorOf(2 * pairs)));
const position = fc.integer({ min: 0, max: 200 });
const shift = fc.integer({ min: -100, max: 100 });
const base = fc.constantFrom(100, 10000, 500000);

/** q at position m and k at position n, through the kernel: R(mθ)q · R(nθ)k. */
function ropeScore(q: number[], k: number[], m: number, n: number, b: number): number {
  const Q = rotaryEmbedding([q], { positions: [m], base: b });
  const K = rotaryEmbedding([k], { positions: [n], base: b });
  return dot(Q.row(0), K.row(0));
}

describe('RoPE through the kernel', () => {
  it('q_m · k_n depends on n − m only: moving both positions by the same shift leaves it (to 1e-12)', () => {
    fc.assert(
      fc.property(qk, position, position, shift, base, ([q, k], m, n, s, b) => {
        const here = ropeScore(q, k, m, n, b), there = ropeScore(q, k, m + s, n + s, b);
        expect(Math.abs(here - there)).toBeLessThanOrEqual(1e-12);
        // and it equals q · R((n − m)θ) k: only k turned, by the offset
        expect(Math.abs(here - ropeScore(q, k, 0, n - m, b))).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('moving one position changes the score (the test above can fail)', () => {
    expect(Math.abs(ropeScore([1, 0], [1, 0], 0, 1, BASE) - ropeScore([1, 0], [1, 0], 0, 2, BASE))).toBeGreaterThan(0.5);
  });

  it('keeps the length of every row', () => {
    fc.assert(
      fc.property(qk, fc.array(position, { minLength: 1, maxLength: 1 }), base, ([q], positions, b) => {
        const Y = rotaryEmbedding([q], { positions, base: b });
        expect(Math.abs(Math.hypot(...Y.row(0)) - Math.hypot(...q))).toBeLessThanOrEqual(1e-12);
      }),
    );
  });

  it('turns pair i by exactly pos · θ_i, θ_i = 10000^(−2i/8): 1, 0.1, 0.01, 0.001', () => {
    expect(THETAS).toHaveLength(PAIRS);
    THETAS.forEach((th, i) => expect(th).toBeCloseTo(10 ** -i, 15));
    for (let i = 0; i < PAIRS; i++) {
      for (const pos of [0, 1, 3, 17]) {
        const [x, y] = rotatePair([1, 0], pos, i);
        expect(x).toBeCloseTo(Math.cos(pos * theta(i)), 14);
        expect(y).toBeCloseTo(Math.sin(pos * theta(i)), 14);
      }
    }
    // and only that pair: the other entries of the d = 8 row stay zero
    const Y = rotaryEmbedding([[0, 0, 0.3, -0.7, 0, 0, 0, 0]], { positions: [5], base: BASE });
    expect([Y.get(0, 0), Y.get(0, 1), Y.get(0, 4), Y.get(0, 7)]).toEqual([0, 0, 0, 0]);
  });
});

describe('one pair in the plane', () => {
  const pairInput = fc.record({
    q: fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true })),
    k: fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true })),
    m: fc.integer({ min: 0, max: 20 }),
    n: fc.integer({ min: 0, max: 20 }),
    pair: fc.integer({ min: 0, max: PAIRS - 1 }),
  });

  it('the closed form |q| |k| cos(φ_k − φ_q + (n − m)θ) is the kernel’s score, and so is q · R((n − m)θ) k', () => {
    fc.assert(
      fc.property(pairInput, (input) => {
        const r = computePair(input);
        const scale = Math.max(1, r.normQ * r.normK);
        expect(Math.abs(r.formula - r.score)).toBeLessThanOrEqual(1e-12 * scale);
        expect(r.identityGap).toBeLessThanOrEqual(1e-12 * scale);
        expect(Math.abs(r.normQRot - r.normQ)).toBeLessThanOrEqual(1e-12 * Math.max(1, r.normQ));
        expect(Math.abs(r.normKRot - r.normK)).toBeLessThanOrEqual(1e-12 * Math.max(1, r.normK));
        // the score is the kernel's: the pair placed in a d = 8 row, rotated, dotted
        const row = (v: readonly number[]) => Array.from({ length: D }, (_, j) => (j === 2 * input.pair ? v[0]! : j === 2 * input.pair + 1 ? v[1]! : 0));
        expect(r.score).toBe(dot(rotaryEmbedding([row(input.q)], { positions: [input.m] }).row(0).subarray(2 * input.pair, 2 * input.pair + 2), rotaryEmbedding([row(input.k)], { positions: [input.n] }).row(0).subarray(2 * input.pair, 2 * input.pair + 2)));
        // the arc the picture draws: the angle from q_m to k_n, whose cosine gives the score too
        if (r.normQ > 1e-6 && r.normK > 1e-6) expect(Math.abs(r.normQ * r.normK * Math.cos(r.between) - r.score)).toBeLessThanOrEqual(1e-9 * scale);
      }),
      { numRuns: 300 },
    );
  });

  it('angles: directions in (−π, π], wrapping', () => {
    expect(direction([0, 1])).toBeCloseTo(Math.PI / 2, 15);
    expect(direction([0, 0])).toBe(0);
    expect(norm([3, 4])).toBe(5);
    expect(wrapAngle(0)).toBe(0);
    expect(wrapAngle(Math.PI)).toBeCloseTo(Math.PI, 15);
    expect(wrapAngle(-Math.PI)).toBeCloseTo(Math.PI, 15);
    expect(wrapAngle(3 * Math.PI / 2)).toBeCloseTo(-Math.PI / 2, 15);
    expect(wrapAngle(20)).toBeCloseTo(20 - 6 * Math.PI, 12);
  });

  it('both positions moved: "same", the score kept to rounding; one moved: "offset", the kernel’s new score', () => {
    const input = { q: PRESET_Q, k: PRESET_K, pair: PRESET_PAIR };
    const same = comparePositions({ m: 2, n: 5 }, { m: 3, n: 6 }, input);
    expect(same).toMatchObject({ kind: 'same', shift: 1, offset: 3 });
    expect(same!.diff).toBeLessThan(1e-14);
    expect(same!.after).toBe(computePair({ ...input, m: 3, n: 6 }).score);
    const moved = comparePositions({ m: 2, n: 5 }, { m: 2, n: 6 }, input);
    expect(moved).toMatchObject({ kind: 'offset', from: 3, to: 4, before: computePair({ ...input, m: 2, n: 5 }).score, after: computePair({ ...input, m: 2, n: 6 }).score });
    expect(moved!.diff).toBeGreaterThan(0.5);
    expect(comparePositions({ m: 2, n: 5 }, { m: 2, n: 5 }, input)).toBeNull();
    expect(canShift({ m: 2, n: 20 }, 1, 0, 20)).toBe(false);
    expect(canShift({ m: 0, n: 5 }, -1, 0, 20)).toBe(false);
    expect(canShift({ m: 2, n: 19 }, 1, 0, 20)).toBe(true);
  });

  it('the opening state shows the point: the rotated arrows apart, a clear score, one step of n changing it clearly', () => {
    const r = computePair({ q: PRESET_Q, k: PRESET_K, m: PRESET_M, n: PRESET_N, pair: PRESET_PAIR });
    expect(PRESET_N - PRESET_M).toBe(3);
    expect(Math.abs(r.score)).toBeGreaterThan(0.5);
    expect(Math.abs(r.between)).toBeGreaterThan(0.2);
    const next = computePair({ q: PRESET_Q, k: PRESET_K, m: PRESET_M, n: PRESET_N + 1, pair: PRESET_PAIR });
    expect(Math.abs(next.score - r.score)).toBeGreaterThan(0.5);
  });
});

describe('the 8 × 8 scores', () => {
  it('S[m][n] is the kernel’s q_m · k_n, and every diagonal holds one value (Toeplitz)', () => {
    fc.assert(
      fc.property(vectorOf(D), vectorOf(D), (q, k) => {
        const S = scoreMatrix(q, k);
        expect(S.shape).toEqual([N, N]);
        expect(largestSpread(S)).toBeLessThanOrEqual(1e-12);
        for (const [m, n] of [[0, 0], [2, 5], [7, 1]] as const) expect(Math.abs(S.get(m, n) - ropeScore(q, k, m, n, BASE))).toBeLessThanOrEqual(1e-15);
      }),
      { numRuns: 100 },
    );
  });

  it('diagonals: 2N − 1 of them, from n − m = −(N−1) to N − 1, and a matrix that is not Toeplitz has a spread', () => {
    const S = scoreMatrix(randomPair(SEQUENCE_SEED).q, randomPair(SEQUENCE_SEED).k);
    const ds = diagonals(S);
    expect(ds.map((d) => d.offset)).toEqual(Array.from({ length: 2 * N - 1 }, (_, i) => i - (N - 1)));
    expect(ds.map((d) => d.values.length)).toEqual(Array.from({ length: 2 * N - 1 }, (_, i) => N - Math.abs(i - (N - 1))));
    expect(ds.find((d) => d.offset === 3)!.values[0]).toBe(S.get(0, 3));
    expect(ds.find((d) => d.offset === -2)!.values[0]).toBe(S.get(2, 0));
    expect(largestSpread(matrix([[1, 2], [3, 1.5]]))).toBe(0.5);
    // the seeded table is not flat: its scores differ across diagonals
    const values = ds.map((d) => d.values[0]!);
    expect(Math.max(...values) - Math.min(...values)).toBeGreaterThan(0.5);
  });

  it('heat values run from 0 (smallest) to 1 (largest), 0.5 when all agree', () => {
    const scale = heatScale(matrix([[-2, 0], [1, 2]]));
    expect([scale(-2), scale(0), scale(2)]).toEqual([0, 0.5, 1]);
    expect(heatScale(new Matrix(2, 2, Float64Array.from([3, 3, 3, 3])))(3)).toBe(0.5);
  });

  it('the seeded q and k: reproducible, one decimal, no −0, a fresh seed gives fresh numbers', () => {
    const a = randomPair(SEQUENCE_SEED);
    expect(randomPair(SEQUENCE_SEED)).toEqual(a);
    expect(a.q).toHaveLength(D);
    for (const v of [...a.q, ...a.k]) {
      expect(Math.round(v * 10) / 10).toBe(v);
      expect(Object.is(v, -0)).toBe(false);
    }
    expect(randomPair(SEQUENCE_SEED + 1)).not.toEqual(a);
  });
});
