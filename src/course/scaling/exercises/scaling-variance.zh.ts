/** scaling-variance in Chinese. */
import { withHints } from '../../../quiz/parametric.ts';
import type { Generate } from '../../../quiz/types.ts';
import { sig } from '../../text.ts';
import { draw } from './scaling-variance.ts';

export const generate: Generate = (seed) => {
  const { d_k, sigma, answer, productVariance, mistakes } = draw(seed);
  const s = sig(sigma, 2);
  return {
    kind: 'numeric',
    prompt: `查询 q 和键 k 都是 ${d_k} 维向量，各分量相互独立，均值为 0，标准差 σ = ${s}。点积 q·k 的方差是多少？`,
    label: 'Var(q·k) =',
    answer,
    mistakes: withHints(mistakes, {
      sigmaSquared: `你用了分量的方差 σ² = ${sig(sigma ** 2, 3)}。但点积里每一项是两个分量的**乘积** qᵢkᵢ，它的方差是 σ² · σ² = σ⁴。`,
      scaled: `这是除以 $\\sqrt{d_k}$ **之后**的方差 σ⁴。题目问的是缩放之前的 q·k：它是 ${d_k} 项之和，方差要乘以 ${d_k}。`,
      standardDeviation: `这是标准差 $\\sqrt{d_k}\\,\\sigma^2$，不是方差。方差是标准差的平方。`,
      noSigma: `$d_k$ 只在各分量方差为 1 时才是答案。这里 σ = ${s}，每一项的方差是 σ⁴，不是 1。`,
    }),
    solution: `每一项 qᵢkᵢ 的均值是 E[qᵢ]·E[kᵢ] = 0，方差是 E[qᵢ²]·E[kᵢ²] = σ² · σ² = σ⁴ = ${sig(productVariance, 4)}。\n${d_k} 项相互独立，方差相加：Var(q·k) = $d_k$ σ⁴ = ${d_k} × ${sig(productVariance, 4)} = **${sig(answer, 4)}**。\n除以 $\\sqrt{${d_k}}$ 之后，方差回到 σ⁴ = ${sig(productVariance, 4)}。`,
  };
};
