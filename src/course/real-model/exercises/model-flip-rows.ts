/**
 * A flip pair, both rows at once: the pointer's weights on the two nouns in two sentences that
 * differ only in the adjective. The numbers of a seed, language-free; the texts are in the
 * .zh.ts and .en.ts modules beside it.
 */
import { createRng, softmax } from '../../../kernel/index.ts';
import { flipAdjective } from '../../../model/sentence-builder.ts';
import { farApart } from '../../../quiz/check.ts';
import type { DrawnMistake } from '../../../quiz/parametric.ts';
import { drawSentence, lexicon } from './sentences.ts';

export type MistakeKey = 'byColumn' | 'noExponent' | 'noSoftmax';

export function draw(seed: number) {
  const rng = createRng(seed + 104729);
  for (;;) {
    const s = drawSentence(rng);
    const flipped = flipAdjective(lexicon, s.family, s.adjective);
    // Scaled scores of the pronoun on [A, B] in the two sentences; the referent scores higher.
    const hi = () => Number((1.5 + 1.5 * rng.next()).toFixed(1));
    const lo = () => Number((0.1 + 1.0 * rng.next()).toFixed(1));
    const row = (side: 'A' | 'B') => (side === 'A' ? [hi(), lo()] : [lo(), hi()]);
    const S = [row(s.side), row(lexicon.adjectives[flipped]!.refersTo)];
    const W = softmax(S).toArray();
    const byColumn = [0, 1].map((i) => [0, 1].map((j) => Math.exp(S[i]![j]!) / (Math.exp(S[0]![j]!) + Math.exp(S[1]![j]!))));
    const plain = S.map((r) => r.map((x) => x / (r[0]! + r[1]!)));
    const differs = (M: number[][]) => M.some((r, i) => r.some((x, j) => farApart(x, W[i]![j]!, 0.02)));
    if (!differs(byColumn) || !differs(plain) || !byColumn.some((r, i) => r.some((x, j) => farApart(x, plain[i]![j]!, 0.02)))) continue;
    const mistakes: DrawnMistake<MistakeKey, number[][]>[] = [
      { key: 'byColumn', value: byColumn },
      { key: 'noExponent', value: plain },
      { key: 'noSoftmax', value: S }, // the scores typed as the weights: the softmax forgotten
    ];
    return { s, flipped, S, answer: W, mistakes };
  }
}
