/**
 * One attention weight from a query and three keys of width 4, in a layer of 8 heads: the
 * softmax of q·k_j / √d_k. The typical mistakes: no scaling, ÷d_k, ÷√h. Language-free; the
 * texts are in the .zh.ts and .en.ts modules beside it.
 */
import { createRng, dot, softmax } from '../../../kernel/index.ts';
import { farApart } from '../../../quiz/check.ts';
import type { DrawnMistake } from '../../../quiz/parametric.ts';

export type MistakeKey = 'noScale' | 'byDk' | 'byHeads' | 'noSoftmax';

export const D_K = 4;
export const HEADS = 8;
const KEYS = 3;

export function draw(seed: number) {
  const rng = createRng(seed);
  for (;;) {
    const q = Array.from(rng.matrix(1, D_K, { min: -1.5, max: 1.5, decimals: 1 }).row(0));
    const K = rng.matrix(KEYS, D_K, { min: -1.5, max: 1.5, decimals: 1 });
    const j = rng.int(0, KEYS - 1);
    const scores = Array.from({ length: KEYS }, (_, r) => dot(q, K.row(r)));
    const weightsBy = (divisor: number) => softmax(scores.map((s) => s / divisor))[j]!;
    const scaled = scores.map((s) => s / Math.sqrt(D_K));
    const answer = weightsBy(Math.sqrt(D_K));
    const mistakes: DrawnMistake<MistakeKey>[] = [
      { key: 'noScale', value: weightsBy(1) },
      { key: 'byDk', value: weightsBy(D_K) },
      { key: 'byHeads', value: weightsBy(Math.sqrt(HEADS)) },
      { key: 'noSoftmax', value: scaled[j]! },
    ];
    const values = [answer, ...mistakes.map((m) => m.value)];
    const spread = Math.max(...scores) - Math.min(...scores);
    if (answer < 0.08 || spread < 1.5 || values.some((a, x) => values.some((b, y) => x < y && !farApart(a, b, 0.01)))) continue;
    return { q, K, j, scores, scaled, weights: softmax(scaled), answer, mistakes };
  }
}
