/**
 * How much of a signal is left after k steps of an RNN that multiplies it by g at every step.
 * The numbers of a seed, language-free; the texts are in the .zh.ts and .en.ts modules beside it.
 */
import { createRng, rnnPathLength, signalThroughChain } from '../../../kernel/index.ts';
import { distinguishable } from '../../../quiz/check.ts';
import type { DrawnMistake } from '../../../quiz/parametric.ts';

export type MistakeKey = 'times' | 'oneTooMany' | 'oneTooFew' | 'linear';

export function draw(seed: number) {
  const rng = createRng(seed);
  const g = rng.int(80, 97) / 100;
  const i = rng.int(1, 10);
  const steps = rng.int(5, 25);
  const j = i + steps;
  const chain = (k: number) => signalThroughChain(g, k)[k]!;
  const answer = chain(rnnPathLength(i, j));
  const mistakes = distinguishable<DrawnMistake<MistakeKey>>(answer, [
    { key: 'times', value: g * steps },
    { key: 'oneTooMany', value: chain(steps + 1) },
    { key: 'oneTooFew', value: chain(steps - 1) },
    { key: 'linear', value: 1 - steps * (1 - g) },
  ]);
  return { g, i, j, steps, answer, mistakes };
}
