/** qkv-score-by-hand in English. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed, spelledDot, texFixed, vec } from '../../text.ts';
import { draw } from './qkv-score-by-hand.ts';

export const generate: Generate = (seed) => {
  const { d_k, q, k, s, root, answer, mistakes } = draw(seed);
  return {
    kind: 'numeric',
    prompt: `A query q = ${vec(q)} and a key k = ${vec(k)}; the key width is $d_k = ${d_k}$.\nCompute the **scaled attention score** $q \\cdot k / \\sqrt{d_k}$, to 3 decimal places.`,
    label: '$q \\cdot k / \\sqrt{d_k} =$',
    answer,
    absolute: 0.002,
    mistakes: withHints(mistakes, {
      unscaled: `That is the raw dot product q·k. Don't forget step 2: divide by $\\sqrt{d_k} = \\sqrt{${d_k}}$.`,
      byDk: `You divided by $d_k = ${d_k}$ itself. The scaling divides by its square root, $\\sqrt{${d_k}} \\approx ${texFixed(root, 3)}$.`,
      timesRoot: `You multiplied by $\\sqrt{d_k}$. Scaling makes the score smaller: divide by $\\sqrt{d_k}$.`,
    }),
    solution: `q·k = ${spelledDot(q, k)} = ${fixed(s, 3)}\n$\\sqrt{d_k} = \\sqrt{${d_k}} \\approx ${texFixed(root, 3)}$\n$q \\cdot k / \\sqrt{d_k} = ${texFixed(s, 3)} / ${texFixed(root, 3)} \\approx$ **${fixed(answer, 3)}**`,
  };
};
