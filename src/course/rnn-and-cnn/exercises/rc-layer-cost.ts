/**
 * Operations per layer, as Table 1 of Vaswani et al. (2017) counts them: n²·d for self-attention,
 * n·d² for a recurrent layer. The reader gives recurrent ÷ self-attention (= d ÷ n) for a model of
 * width d reading either a sentence (n < d: self-attention is cheaper) or a long document (n > d:
 * the recurrent layer is). The typical mistakes: the two counts swapped (or the ratio upside
 * down), the ratio squared, the d of each dot product forgotten (self-attention as n²), and one d
 * of the recurrent layer forgotten (n·d). Language-free; the texts are in the .zh.ts and .en.ts
 * modules beside it.
 */
import { createRng, layerComplexity } from '../../../kernel/index.ts';
import { distinguishable } from '../../../quiz/check.ts';
import type { DrawnMistake } from '../../../quiz/parametric.ts';

export type MistakeKey = 'swapped' | 'squared' | 'attentionNoD' | 'recurrentNd';

/** Model widths: from small encoders to BERT-large's 1024. */
export const WIDTHS = [128, 256, 512, 768, 1024] as const;
/** Tokens: a sentence, or a long document in whole hundreds. */
export const SENTENCE = [20, 100] as const;
export const DOCUMENT = [2000, 16000] as const;

export function draw(seed: number) {
  const rng = createRng(seed);
  for (;;) {
    const document = rng.next() < 0.5;
    const d = rng.pick(WIDTHS);
    const n = document ? 100 * rng.int(DOCUMENT[0] / 100, DOCUMENT[1] / 100) : rng.int(SENTENCE[0], SENTENCE[1]);
    const table = layerComplexity(n, d);
    const attention = table.selfAttention.operations;
    const recurrent = table.recurrent.operations;
    const answer = recurrent / attention;
    const candidates: DrawnMistake<MistakeKey>[] = [
      { key: 'swapped', value: attention / recurrent }, // n·d² and n²·d swapped, or divided the other way
      { key: 'squared', value: answer * answer }, // (d ÷ n)²
      { key: 'attentionNoD', value: recurrent / (n * n) }, // self-attention as n² pairs, each dot product free
      { key: 'recurrentNd', value: (n * d) / attention }, // the recurrent layer as n·d
    ];
    const mistakes = distinguishable(answer, candidates);
    if (mistakes.length < candidates.length) continue; // two mistakes coincide (d = n² makes 1 ÷ n equal n ÷ d): draw again
    return { document, n, d, attention, recurrent, answer, cheaper: answer > 1 ? ('attention' as const) : ('recurrent' as const), factor: Math.max(answer, 1 / answer), mistakes };
  }
}
