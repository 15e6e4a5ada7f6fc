/**
 * RoPE in two dimensions, one radian per position: the score of a query at position m and a key at
 * position n, given the score of the same two vectors at (m₀, n₀). Half the seeds shift both
 * positions by the same amount (the score stays: it depends only on n − m), the other half change
 * the distance (the score must be computed). The typical mistakes: the old score kept though the
 * distance changed, the sum m + n, only q rotated, the two positions swapped, and, where they differ
 * from the answer, degrees and no rotation at all.
 * Language-free; the texts are in the .zh.ts and .en.ts modules beside it.
 */
import { createRng, dot, rotaryEmbedding } from '../../../kernel/index.ts';
import { distinguishable, farApart } from '../../../quiz/check.ts';
import type { DrawnMistake } from '../../../quiz/parametric.ts';

export type MistakeKey = 'sameScore' | 'sum' | 'onlyQ' | 'swapped' | 'degrees' | 'unrotated';

export const TOLERANCE = { absolute: 0.006 } as const;

/** v rotated as RoPE rotates a 2-D vector at `position`: by position × 1 radian (θ = base⁰ = 1 for the only pair). */
export const rotate = (v: readonly number[], position: number): number[] => Array.from(rotaryEmbedding([[...v]], { positions: [position] }).row(0));

/** The RoPE score of q at position m and k at position n: R(m)q · R(n)k. */
export const ropeScore = (q: readonly number[], k: readonly number[], m: number, n: number): number => dot(rotate(q, m), rotate(k, n));

const vector = (rng: ReturnType<typeof createRng>): number[] => {
  for (;;) {
    const v = [rng.int(-3, 3), rng.int(-3, 3)];
    if (v.some((x) => x !== 0)) return v;
  }
};

export function draw(seed: number) {
  const rng = createRng(seed);
  for (;;) {
    const q = vector(rng), k = vector(rng);
    if (q[0]! * k[1]! - q[1]! * k[0]! === 0) continue; // parallel vectors: every rotation mistake would look alike
    const m0 = rng.int(0, 6), n0 = rng.int(0, 6);
    if (m0 === n0) continue; // the given score would be the plain q·k
    const shifted = rng.next() < 0.5;
    let m: number, n: number, shift = 0;
    if (shifted) {
      shift = rng.int(3, 40);
      m = m0 + shift;
      n = n0 + shift;
    } else {
      m = rng.int(0, 20);
      n = rng.int(0, 20);
      if (n - m === n0 - m0) continue;
    }
    const given = ropeScore(q, k, m0, n0);
    const answer = ropeScore(q, k, m, n);
    // The mistakes every variant tells apart; then the two that often coincide (1° per position is barely a rotation), kept where they differ.
    const required: DrawnMistake<MistakeKey>[] = [
      ...(shifted ? [] : [{ key: 'sameScore' as const, value: given }]), // "RoPE is relative, so nothing changes": but the distance did
      { key: 'sum', value: dot(q, rotate(k, m + n)) }, // the angle between them taken as m + n, not n − m
      { key: 'onlyQ', value: dot(rotate(q, m), k) }, // the key left unrotated
      { key: 'swapped', value: ropeScore(q, k, n, m) }, // q at n and k at m: the offset with the wrong sign
    ];
    const values = [answer, ...required.map((x) => x.value)];
    if (Math.abs(answer) < 0.5 || Math.abs(given) < 0.5 || values.some((a, x) => values.some((b, y) => x < y && !farApart(a, b, 0.05)))) continue;
    const mistakes = distinguishable<DrawnMistake<MistakeKey>>(answer, [
      ...required,
      { key: 'degrees', value: ropeScore(q, k, (m * Math.PI) / 180, (n * Math.PI) / 180) }, // 1° per position instead of 1 radian
      { key: 'unrotated', value: dot(q, k) }, // no rotation at all
    ], TOLERANCE);
    return { q, k, m0, n0, m, n, shift, shifted, given, answer, mistakes, rotatedQ: rotate(q, m), rotatedK: rotate(k, n) };
  }
}
