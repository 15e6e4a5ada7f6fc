/**
 * The output z of one query, all four steps with fresh numbers. The numbers of a seed,
 * language-free; the texts are in the .zh.ts and .en.ts modules beside it.
 */
import { createRng, scaledDotProductAttention } from '../../../kernel/index.ts';
import { farApart } from '../../../quiz/check.ts';
import type { DrawnMistake } from '../../../quiz/parametric.ts';
import { fixed, spelledDot, sub, vec } from '../../text.ts';

export type MistakeKey = 'unscaled' | 'byDk' | 'mean';

export function draw(seed: number) {
  const rng = createRng(seed);
  for (;;) {
    const q = rng.matrix(1, 2, { min: -2, max: 2, decimals: 1 });
    const K = rng.matrix(3, 2, { min: -2, max: 2, decimals: 1 });
    const V = rng.matrix(3, 2, { min: 0, max: 4, decimals: 0 });
    const r = scaledDotProductAttention(q, K, V);
    const z = Array.from(r.output.row(0));
    const unscaled = Array.from(scaledDotProductAttention(q, K, V, { divideBy: 1 }).output.row(0));
    const byDk = Array.from(scaledDotProductAttention(q, K, V, { divideBy: r.d_k }).output.row(0));
    const mean = [0, 1].map((c) => (V.get(0, c) + V.get(1, c) + V.get(2, c)) / 3); // forgot the weights
    const differs = (m: number[]) => m.some((x, c) => farApart(x, z[c]!, 0.05));
    if (![unscaled, byDk, mean].every(differs)) continue;
    const mistakes: DrawnMistake<MistakeKey, number[][]>[] = [
      { key: 'unscaled', value: [unscaled] },
      { key: 'byDk', value: [byDk] },
      { key: 'mean', value: [mean] },
    ];
    // The solution's arithmetic, the same in both languages.
    const worked = {
      steps: [0, 1, 2].map((j) => `s${sub(j + 1)} = ${spelledDot(q.row(0), K.row(j))} = ${fixed(r.scores.get(0, j), 2)}`).join('\n'),
      scaled: [0, 1, 2].map((j) => fixed(r.scaledScores.get(0, j), 3)).join(', '),
      weights: [0, 1, 2].map((j) => fixed(r.weights.get(0, j), 3)).join(', '),
      sum: [0, 1, 2].map((j) => `${fixed(r.weights.get(0, j), 3)} × ${vec(V.row(j), 0)}`).join(' + '),
    };
    return { q, K, V, r, z, root: Math.sqrt(r.d_k), answer: [z], mistakes, worked };
  }
}
