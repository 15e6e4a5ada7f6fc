/**
 * The width of one head: d_k = d_model / H. Language-free; the texts are in the .zh.ts and .en.ts
 * modules beside it.
 */
import { createRng } from '../../../kernel/index.ts';
import type { DrawnMistake } from '../../../quiz/parametric.ts';

export type MistakeKey = 'times' | 'whole' | 'heads';

const MODELS = [192, 256, 320, 384, 448, 512, 576, 640, 768, 896, 1024, 1280, 1536, 2048] as const;
const HEADS = [2, 4, 6, 8, 12, 16, 32] as const;

export function draw(seed: number) {
  const rng = createRng(seed);
  for (;;) {
    const d_model = rng.pick(MODELS), H = rng.pick(HEADS);
    if (d_model % H !== 0 || d_model / H === H) continue; // whole widths only; d_k ≠ H keeps the mistakes apart
    const answer = d_model / H;
    const mistakes: DrawnMistake<MistakeKey>[] = [
      { key: 'times', value: d_model * H }, // every head at full width
      { key: 'whole', value: d_model }, // forgot to split
      { key: 'heads', value: H },
    ];
    return { d_model, H, answer, mistakes, params: 4 * d_model * d_model };
  }
}
