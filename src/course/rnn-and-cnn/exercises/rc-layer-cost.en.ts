/** rc-layer-cost in English. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { big, sig } from '../../text.ts';
import { draw } from './rc-layer-cost.ts';

export const generate: Generate = (seed) => {
  const { document, n, d, attention, recurrent, answer, cheaper, factor, mistakes } = draw(seed);
  const what = document ? `a **long document** of **n = ${big(n)}** tokens` : `a **sentence** of **n = ${big(n)}** tokens`;
  const verdict = cheaper === 'attention'
    ? `Above 1: the sentence is shorter than the model is wide (n < d), so self-attention is the cheaper layer, by a factor of ${sig(factor, 3)}.`
    : `Below 1: the document is longer than the model is wide (n > d), so the recurrent layer is the cheaper one; self-attention needs ${sig(factor, 3)} times as many operations (n ÷ d).`;
  return {
    kind: 'numeric',
    prompt: `A model of width **d = ${d}** reads ${what}. Counting operations per layer as Table 1 of the paper does (constant factors dropped), how many times as many operations does a recurrent layer need as a self-attention layer?\nGive recurrent ÷ self-attention to 3 significant figures; above 1 means self-attention is cheaper.`,
    label: 'recurrent ÷ self-attention =',
    answer,
    mistakes: withHints(mistakes, {
      swapped: 'That is upside down: the two counts are swapped. Self-attention is the one with n²: every pair of positions gets a dot product of length d, n²·d. The recurrent layer multiplies its d-wide state by a d × d matrix at each of n steps, n·d².',
      squared: 'One square too many: n·d² ÷ (n²·d) simplifies to d ÷ n, not (d ÷ n)².',
      attentionNoD: 'You counted self-attention as n², one operation per pair of positions. Each pair costs a dot product of length d, so the layer takes n²·d.',
      recurrentNd: 'You counted the recurrent layer as n·d. At each of the n steps the d-wide hidden state is multiplied by a d × d matrix, d² operations per step: n·d² in all.',
    }),
    solution: `Self-attention: n²·d = ${big(n)}² × ${d} = ${big(attention)}.\nRecurrent: n·d² = ${big(n)} × ${d}² = ${big(recurrent)}.\nOne n and one d cancel: n·d² ÷ (n²·d) = d ÷ n = ${d} ÷ ${big(n)} = **${sig(answer, 3)}**.\n${verdict}`,
  };
};
