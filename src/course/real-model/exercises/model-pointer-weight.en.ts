/** model-pointer-weight in English. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed, texFixed } from '../../text.ts';
import { draw } from './model-pointer-weight.ts';
import { d_k, pointer, quote, root, shown, words } from './sentences.ts';

export const generate: Generate = (seed) => {
  const { s, raw, right, scaled, exps, sum, answer, mistakes } = draw(seed);
  const x = words(s, 'en');
  const list = [x.A, x.B, x.adjective, x.pronoun].map((t, i) => `${t} ${fixed(raw[i]!, 1)}`).join(', ');
  const target = right === 0 ? x.A : x.B;
  const P = `layer ${shown(pointer.layer)}, head ${shown(pointer.head)}`;
  return {
    kind: 'numeric',
    prompt: `Sentence: ${x.text}\nIn the pointer head (${P}) the pronoun “${x.pronoun}” has these dot products q·k with the keys (not yet scaled). To keep it by hand, only four tokens are left (the real row covers the whole sentence):\n${list}\nThe head has $d_k = ${d_k}$. Compute the attention weight “${x.pronoun}” gives to ${quote(target)}, to 3 decimal places.`,
    label: `$w(\\text{${target}})$ =`,
    answer,
    mistakes: withHints(mistakes, {
      unscaled: `That is the softmax of the raw scores. Divide them by $\\sqrt{d_k} = \\sqrt{${d_k}} \\approx ${texFixed(root, 3)}$ first.`,
      byDk: `You divided the scores by $d_k = ${d_k}$; divide by its square root, $\\sqrt{${d_k}} \\approx ${texFixed(root, 3)}$.`,
      rawScore: `${fixed(raw[right]!, 1)} is the score of ${quote(target)}, not its weight: the softmax is missing. Scale the scores by $\\sqrt{d_k}$, then exponentiate them and divide by their sum.`,
      scaledScore: `That is the scaled score of ${quote(target)}, not its weight: the softmax is missing. Exponentiate the four scaled scores and divide by their sum.`,
      nounsOnly: 'You normalised over the two nouns only. The pronoun’s row covers every token: the adjective and the pronoun itself take a share too, so the denominator has four terms.',
    }),
    solution: `Divide by $\\sqrt{${d_k}} \\approx ${texFixed(root, 3)}$: ${scaled.map((v) => fixed(v, 3)).join(', ')}\nExponentials: ${exps.map((v) => fixed(v, 3)).join(', ')}, summing to ≈ ${fixed(sum, 3)}\n$w(\\text{${target}})$ = ${fixed(exps[right]!, 3)} / ${fixed(sum, 3)} ≈ **${fixed(answer, 3)}**\nThe noun with the larger weight is the model’s answer: ${target}.`,
  };
};
