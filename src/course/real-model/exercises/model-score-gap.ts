/**
 * Back from the pointer's two weights to the gap between the raw scores: √d_k · ln(w₁ / w₂). The
 * numbers of a seed, language-free; the texts are in the .zh.ts and .en.ts modules beside it.
 */
import { createRng, softmax } from '../../../kernel/index.ts';
import { distinguishable } from '../../../quiz/check.ts';
import type { DrawnMistake } from '../../../quiz/parametric.ts';
import { d_k, drawSentence, root } from './sentences.ts';

export type MistakeKey = 'afterScaling' | 'timesDk' | 'ratio' | 'weightGap';

export function draw(seed: number) {
  const rng = createRng(seed + 7919); // another stream than model-pointer-weight, so the same seed gives another sentence
  for (;;) {
    const s = drawSentence(rng);
    const wRight = Number((0.7 + 0.22 * rng.next()).toFixed(2));
    const wOther = Number((1 - wRight).toFixed(2));
    const gapScaled = Math.log(wRight / wOther);
    const answer = root * gapScaled;
    // Check with the kernel: two scaled scores that differ by the gap give back the weights.
    const back = softmax([answer / root, 0]);
    if (Math.abs(back[0]! - wRight) > 1e-9) throw new Error('model-score-gap: the score gap does not give back the weights');
    const mistakes = distinguishable<DrawnMistake<MistakeKey>>(answer, [
      { key: 'afterScaling', value: gapScaled },
      { key: 'timesDk', value: d_k * gapScaled },
      { key: 'ratio', value: wRight / wOther },
      { key: 'weightGap', value: wRight - wOther },
    ]);
    if (mistakes.length < 3) continue;
    return { s, wRight, wOther, gapScaled, back, answer, mistakes };
  }
}
