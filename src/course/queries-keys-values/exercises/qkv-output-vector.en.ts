/** qkv-output-vector in English. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { sub, texFixed, vec } from '../../text.ts';
import { draw } from './qkv-output-vector.ts';

export const generate: Generate = (seed) => {
  const { q, K, V, r, z, root, answer, mistakes, worked } = draw(seed);
  const { steps, scaled, weights, sum } = worked;
  const keyLines = [0, 1, 2].map((j) => `k${sub(j + 1)} = ${vec(K.row(j))}, v${sub(j + 1)} = ${vec(V.row(j), 0)}`).join('\n');
  return {
    kind: 'matrix',
    name: 'z',
    prompt: `Your turn to do it all. A query q = ${vec(q.row(0))} and three keys with their values:\n${keyLines}\n$d_k = ${r.d_k}$. Go through the four steps (score, divide by $\\sqrt{d_k}$, softmax, weighted sum) and compute the output $z = \\sum_j w_j v_j$, each entry to 2 decimal places.`,
    answer,
    absolute: 0.015,
    mistakes: withHints(mistakes, {
      unscaled: `This is what you get without dividing by $\\sqrt{d_k}$: the raw scores went straight into the softmax.`,
      byDk: `You divided the scores by $d_k = ${r.d_k}$; divide by $\\sqrt{${r.d_k}} \\approx ${texFixed(root, 3)}$ instead.`,
      mean: `This is the plain average of the three values, as if every key had weight 1/3. Weight them by the softmax attention weights instead.`,
    }),
    solution: `Step 1, scores:\n${steps}\nStep 2, divide by $\\sqrt{${r.d_k}} \\approx ${texFixed(root, 3)}$: ${scaled}\nStep 3, softmax: w = [${weights}]\nStep 4, weighted sum: z = ${sum} ≈ **${vec(z, 2)}**`,
  };
};
