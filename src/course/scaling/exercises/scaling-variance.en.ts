/** scaling-variance in English. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { sig } from '../../text.ts';
import { draw } from './scaling-variance.ts';

export const generate: Generate = (seed) => {
  const { d_k, sigma, answer, productVariance, mistakes } = draw(seed);
  const s = sig(sigma, 2);
  return {
    kind: 'numeric',
    prompt: `A query q and a key k have ${d_k} components each, all independent, with mean 0 and standard deviation σ = ${s}. What is the variance of the dot product q·k?`,
    label: 'Var(q·k) =',
    answer,
    mistakes: withHints(mistakes, {
      sigmaSquared: `You used the variance of one component, σ² = ${sig(sigma ** 2, 3)}. But each term of the dot product is a **product** qᵢkᵢ, and its variance is σ² · σ² = σ⁴.`,
      scaled: `That is the variance **after** dividing by $\\sqrt{d_k}$, σ⁴. The question asks about q·k before scaling: a sum of ${d_k} terms, so the variance is ${d_k} times larger.`,
      standardDeviation: `That is the standard deviation $\\sqrt{d_k}\\,\\sigma^2$, not the variance. The variance is its square.`,
      noSigma: `$d_k$ is the answer only when the components have variance 1. Here σ = ${s}, so each term has variance σ⁴, not 1.`,
    }),
    solution: `Each term qᵢkᵢ has mean E[qᵢ]·E[kᵢ] = 0 and variance E[qᵢ²]·E[kᵢ²] = σ² · σ² = σ⁴ = ${sig(productVariance, 4)}.\nThe ${d_k} terms are independent, so their variances add: Var(q·k) = $d_k$ σ⁴ = ${d_k} × ${sig(productVariance, 4)} = **${sig(answer, 4)}**.\nAfter dividing by $\\sqrt{${d_k}}$ the variance is back to σ⁴ = ${sig(productVariance, 4)}.`,
  };
};
