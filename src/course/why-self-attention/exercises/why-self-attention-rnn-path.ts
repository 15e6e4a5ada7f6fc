/**
 * The path length between two positions in an RNN: j − i steps. The numbers of a seed,
 * language-free; the texts are in the .zh.ts and .en.ts modules beside it.
 */
import { createRng, rnnPathLength } from '../../../kernel/index.ts';
import { distinguishable } from '../../../quiz/check.ts';
import type { DrawnMistake } from '../../../quiz/parametric.ts';

export type MistakeKey = 'countedWords' | 'onlyBetween' | 'attention' | 'sentence';

export function draw(seed: number) {
  const rng = createRng(seed);
  const i = rng.int(1, 20);
  const j = i + rng.int(3, 30);
  const n = j + rng.int(2, 15);
  const answer = rnnPathLength(i, j);
  const mistakes = distinguishable<DrawnMistake<MistakeKey>>(answer, [
    { key: 'countedWords', value: answer + 1 },
    { key: 'onlyBetween', value: answer - 1 },
    { key: 'attention', value: 1 },
    { key: 'sentence', value: n },
  ]);
  return { i, j, n, answer, mistakes };
}
