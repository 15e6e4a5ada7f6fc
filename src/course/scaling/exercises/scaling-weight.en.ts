/** scaling-weight in English. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed, spelledDot, sub, texFixed, vec } from '../../text.ts';
import { D_K, HEADS, draw } from './scaling-weight.ts';

export const generate: Generate = (seed) => {
  const { q, K, j, scores, scaled, weights, answer, mistakes } = draw(seed);
  const keys = [0, 1, 2].map((r) => `k${sub(r + 1)} = ${vec(K.row(r))}`).join('\n');
  const w = `w${sub(`1${j + 1}`)}`;
  return {
    kind: 'numeric',
    prompt: `A layer has ${HEADS} heads; in one of them, queries and keys have ${D_K} components. One query q = ${vec(q)} meets three keys:\n${keys}\nWith scaled dot-product attention, what weight **${w}** does q give to key ${j + 1}? Three decimals.`,
    label: `${w} =`,
    answer,
    mistakes: withHints(mistakes, {
      noScale: `You forgot to scale: that is the softmax of the raw dot products. Divide every score by $\\sqrt{d_k} = \\sqrt{${D_K}} = ${texFixed(Math.sqrt(D_K), 0)}$ first.`,
      byDk: `You divided by $d_k = ${D_K}$ instead of $\\sqrt{d_k}$. Scaling undoes the **standard deviation** of the dot product, $\\sqrt{d_k}$; dividing by $d_k$ flattens the scores too much.`,
      byHeads: `You divided by $\\sqrt{${HEADS}}$, the square root of the number of heads. The divisor depends only on the width of the keys in one head, $d_k = ${D_K}$, not on how many heads the layer has.`,
      noSoftmax: `That is the scaled score, before the softmax. The weight takes the exponential of the three scaled scores and divides by their sum.`,
    }),
    solution: `Scores: ${scores.map((s, r) => `q·k${sub(r + 1)} = ${spelledDot(q, K.row(r))} = ${fixed(s, 2)}`).join('\n')}\nScaled ($\\div\\sqrt{${D_K}} = \\div ${texFixed(Math.sqrt(D_K), 0)}$): ${vec(scaled, 3)}\nSoftmax: ${vec(weights, 3)}\nSo ${w} ≈ **${fixed(answer, 3)}**.`,
  };
};
