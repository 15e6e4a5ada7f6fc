/** why-self-attention-cost-ratio in English. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { big, sig } from '../../text.ts';
import { draw } from './why-self-attention-cost-ratio.ts';

export const generate: Generate = (seed) => {
  const { n, d, sa, rec, answer, mistakes } = draw(seed);
  const verdict = answer < 1
    ? `The ratio is below 1: n = ${n} is smaller than d = ${d}, so self-attention is the cheaper of the two.`
    : `The ratio is above 1: n = ${n} exceeds d = ${d}, and for a sequence this long self-attention’s n² becomes the burden.`;
  return {
    kind: 'numeric',
    prompt: `By Table 1 of the paper, a self-attention layer takes about n²·d operations and a recurrent layer about n·d². For a sequence of **n = ${n}** tokens and width **d = ${d}**, how many times the recurrent layer’s operations does self-attention need?\nGive self-attention ÷ recurrent to 3 significant figures.`,
    label: 'self-attention ÷ recurrent =',
    answer,
    mistakes: withHints(mistakes, {
      upsideDown: 'Upside down: the question asks for self-attention ÷ recurrent.',
      squared: 'One square too many. n²·d ÷ (n·d²) simplifies to n ÷ d.',
      recurrentIsNd: 'A recurrent layer costs n·d², not n·d: every step multiplies the hidden state by a d × d matrix.',
    }),
    solution: `Self-attention: n²·d = ${n}² × ${d} = ${big(sa)}.\nRecurrent: n·d² = ${n} × ${d}² = ${big(rec)}.\nDivide and one n and one d cancel: n²·d ÷ (n·d²) = n ÷ d = ${n} ÷ ${d} = ${sig(answer, 3)}.\n${verdict}`,
  };
};
