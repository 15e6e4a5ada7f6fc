/**
 * The pointer head's weight on the right noun, from the pronoun's raw scores on four tokens of a
 * sentence drawn from the model's lexicon. The numbers of a seed, language-free; the texts are
 * in the .zh.ts and .en.ts modules beside it.
 */
import { createRng, softmax } from '../../../kernel/index.ts';
import { distinguishable, farApart } from '../../../quiz/check.ts';
import type { DrawnMistake } from '../../../quiz/parametric.ts';
import { d_k, drawSentence, root } from './sentences.ts';

export type MistakeKey = 'unscaled' | 'byDk' | 'nounsOnly' | 'rawScore' | 'scaledScore';

export function draw(seed: number) {
  const rng = createRng(seed);
  for (;;) {
    const s = drawSentence(rng);
    // Raw scores q·k of the pronoun against: noun A, noun B, the adjective, itself.
    const win = Number((4 + 3 * rng.next()).toFixed(1));
    const lose = Number((-1 + 3 * rng.next()).toFixed(1));
    const adj = Number((-2 + 3 * rng.next()).toFixed(1));
    const self = Number((-2 + 3 * rng.next()).toFixed(1));
    const raw = s.side === 'A' ? [win, lose, adj, self] : [lose, win, adj, self];
    const right = s.side === 'A' ? 0 : 1;
    const scaled = raw.map((x) => x / root);
    const w = softmax(scaled);
    const answer = w[right]!;
    const unscaled = softmax(raw)[right]!;
    const byDk = softmax(raw.map((x) => x / d_k))[right]!;
    const nounsOnly = softmax([scaled[0]!, scaled[1]!])[right]!;
    if (answer < 0.55 || answer > 0.93) continue;
    if (![unscaled, byDk, nounsOnly].every((m) => farApart(m, answer))) continue;
    const mistakes = distinguishable<DrawnMistake<MistakeKey>>(answer, [
      { key: 'unscaled', value: unscaled },
      { key: 'byDk', value: byDk },
      { key: 'nounsOnly', value: nounsOnly },
      // The softmax forgotten: the noun's score typed as its weight, before or after scaling.
      { key: 'rawScore', value: raw[right]! },
      { key: 'scaledScore', value: scaled[right]! },
    ]);
    const exps = scaled.map((x) => Math.exp(x));
    const sum = exps.reduce((a, b) => a + b, 0);
    return { s, raw, right, scaled, exps, sum, answer, mistakes };
  }
}
