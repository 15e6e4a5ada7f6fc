/**
 * A scaled attention score q·k / √d_k by hand, for a drawn q and k. The numbers of a seed,
 * language-free; the texts are in the .zh.ts and .en.ts modules beside it.
 */
import { createRng, dot, scaledDotProductAttention } from '../../../kernel/index.ts';
import type { DrawnMistake } from '../../../quiz/parametric.ts';

export type MistakeKey = 'unscaled' | 'byDk' | 'timesRoot';

export function draw(seed: number) {
  const rng = createRng(seed);
  // Draw until the score is not tiny, so "forgot to scale" and "÷ d_k" differ clearly from the answer.
  for (;;) {
    const d_k = rng.pick([3, 4]);
    const q = rng.matrix(1, d_k, { min: -1, max: 1, decimals: 1 }).row(0);
    const k = rng.matrix(1, d_k, { min: -1, max: 1, decimals: 1 }).row(0);
    const s = dot(q, k);
    if (Math.abs(s) < 0.3) continue;
    const answer = scaledDotProductAttention([Array.from(q)], [Array.from(k)], [[1]]).scaledScores.get(0, 0);
    const root = Math.sqrt(d_k);
    const mistakes: DrawnMistake<MistakeKey>[] = [
      { key: 'unscaled', value: s },
      { key: 'byDk', value: s / d_k },
      { key: 'timesRoot', value: s * root },
    ];
    return { d_k, q, k, s, root, answer, mistakes };
  }
}
