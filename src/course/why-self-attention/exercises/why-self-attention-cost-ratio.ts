/**
 * How many times a recurrent layer's operations self-attention needs: n²·d ÷ (n·d²) for a drawn
 * n and d. The numbers of a seed, language-free; the texts are in the .zh.ts and .en.ts modules.
 */
import { createRng, layerComplexity } from '../../../kernel/index.ts';
import { distinguishable } from '../../../quiz/check.ts';
import type { DrawnMistake } from '../../../quiz/parametric.ts';

export type MistakeKey = 'upsideDown' | 'squared' | 'recurrentIsNd';

export function draw(seed: number) {
  const rng = createRng(seed);
  const d = rng.pick([256, 512, 768, 1024]);
  const scenario = rng.int(0, 2);
  let n = scenario === 0 ? rng.int(10, 90) : scenario === 1 ? rng.int(120, 700) : rng.int(1500, 8000);
  if (n === d) n += 7;
  const table = layerComplexity(n, d);
  const sa = table.selfAttention.operations, rec = table.recurrent.operations;
  const answer = sa / rec;
  const mistakes = distinguishable<DrawnMistake<MistakeKey>>(answer, [
    { key: 'upsideDown', value: rec / sa },
    { key: 'squared', value: answer * answer },
    { key: 'recurrentIsNd', value: n },
  ]);
  return { n, d, sa, rec, answer, mistakes };
}
