/** qkv-score-by-hand in English. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { fixed, spelledDot, vec } from '../../text.ts';
import { draw } from './qkv-score-by-hand.ts';

export const generate: Generate = (seed) => {
  const { d_k, q, k, s, root, answer, mistakes } = draw(seed);
  return {
    kind: 'numeric',
    prompt: `A query q = ${vec(q)} and a key k = ${vec(k)}; the key width is dₖ = ${d_k}.\nCompute the **scaled attention score** q·k / √dₖ, to 3 decimal places.`,
    label: 'q·k / √dₖ =',
    answer,
    absolute: 0.002,
    mistakes: withHints(mistakes, {
      unscaled: `That is the raw dot product q·k. Don't forget step 2: divide by √dₖ = √${d_k}.`,
      byDk: `You divided by dₖ = ${d_k} itself. The scaling divides by its square root, √${d_k} ≈ ${fixed(root, 3)}.`,
      timesRoot: `You multiplied by √dₖ. Scaling makes the score smaller: divide by √dₖ.`,
    }),
    solution: `q·k = ${spelledDot(q, k)} = ${fixed(s, 3)}\n√dₖ = √${d_k} ≈ ${fixed(root, 3)}\nq·k / √dₖ = ${fixed(s, 3)} / ${fixed(root, 3)} ≈ **${fixed(answer, 3)}**`,
  };
};
