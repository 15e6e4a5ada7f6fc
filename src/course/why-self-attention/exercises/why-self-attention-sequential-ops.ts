/**
 * Table 1's sequential operations of one layer, as a row [self-attention, recurrent,
 * convolutional] for a drawn n. The numbers of a seed, language-free; the texts are in the
 * .zh.ts and .en.ts modules beside it.
 */
import { createRng, layerComplexity } from '../../../kernel/index.ts';
import type { DrawnMistake } from '../../../quiz/parametric.ts';

export type MistakeKey = 'allSequential' | 'pathLength' | 'oneFewer';

export function draw(seed: number) {
  const rng = createRng(seed);
  const n = rng.int(12, 95);
  const d = 512, k = 3;
  const table = layerComplexity(n, d, k);
  const row = (pick: (c: { sequentialOperations: number; maxPathLength: number }) => number) => [[pick(table.selfAttention), pick(table.recurrent), pick(table.convolutional)]];
  const answer = row((c) => c.sequentialOperations);
  const mistakes: DrawnMistake<MistakeKey, number[][]>[] = [
    { key: 'allSequential', value: [[n, n, n]] },
    { key: 'pathLength', value: row((c) => c.maxPathLength) },
    { key: 'oneFewer', value: [[1, n - 1, 1]] },
  ];
  return { n, d, k, answer, mistakes };
}
