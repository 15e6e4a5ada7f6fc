/** model-flip-rows in English. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed, texFixed } from '../../text.ts';
import { draw } from './model-flip-rows.ts';
import { type Words, words } from './sentences.ts';

export const generate: Generate = (seed) => {
  const { s, flipped, S, answer: W, mistakes } = draw(seed);
  const x1 = words(s, 'en'), x2 = words(s, 'en', flipped);
  const scoreLine = (x: Words, r: number[]) => `${x.text}  →  ${x.A} ${fixed(r[0]!, 1)}, ${x.B} ${fixed(r[1]!, 1)}`;
  return {
    kind: 'matrix',
    name: 'W',
    prompt: `A flip pair: two sentences that differ only in the adjective at the end:\n${scoreLine(x1, S[0]!)}\n${scoreLine(x2, S[1]!)}\nAfter each arrow are the **scaled** scores of the pronoun “${x1.pronoun}” on the two nouns in the pointer head (every other token scores too low to matter). Fill in the weight matrix W: row 1 is the first sentence, row 2 the second; the columns are ${x1.A} and ${x1.B}. Each entry to 2 decimal places.`,
    answer: W,
    columns: [x1.A, x1.B],
    absolute: 0.006,
    mistakes: withHints(mistakes, {
      byColumn: 'You took the softmax down the **columns**, comparing the same noun across the two sentences. Each sentence’s pronoun shares out its attention along **its own row**: every row sums to 1.',
      noSoftmax: 'These are the scaled scores themselves, not weights: the softmax is missing. Exponentiate each row’s two scores and divide by their sum, so that every row sums to 1.',
      noExponent: 'You divided each score by the row’s sum of scores and forgot the exponential. Softmax is $e^{s_j} / \\sum_k e^{s_k}$.',
    }),
    solution: `A softmax on each row by itself:\nrow 1: $e^{${texFixed(S[0]![0]!, 1)}} / (e^{${texFixed(S[0]![0]!, 1)}} + e^{${texFixed(S[0]![1]!, 1)}}) \\approx ${texFixed(W[0]![0]!, 2)}$, the other entry ≈ ${fixed(W[0]![1]!, 2)}\nrow 2: ≈ ${fixed(W[1]![0]!, 2)} and ${fixed(W[1]![1]!, 2)}\nChange the adjective and the larger weight jumps from one column to the other: the answer flips.`,
  };
};
