/**
 * The closed form of one pair's score with the numbers in play:
 *   q_m · k_n = |q| |k| cos(φ_k − φ_q + (n − m)θ),
 * as TeX for the live equation and as plain Unicode (what a screen reader reads, and what shows
 * until KaTeX has loaded). The right-hand side's value is the score the kernel computed.
 */
import type { PairResult } from './model.ts';
import { formatExact, formatScore, formatValue, texScore, texValue } from './format.ts';

const parenTex = (t: string) => (t.startsWith('-') ? `(${t})` : t);
const parenText = (t: string) => (t.startsWith('−') ? `(${t})` : t);

export function pairEquation(r: PairResult, m: number, n: number): { tex: string; text: string } {
  const theta = formatExact(r.theta);
  const tex =
    '\\begin{aligned} q_m \\cdot k_n &= |q|\\, |k| \\cos\\bigl(\\varphi_k - \\varphi_q + (n - m)\\,\\theta\\bigr) \\\\ ' +
    `&= ${texValue(r.normQ)} \\times ${texValue(r.normK)} \\times \\cos\\bigl(${texValue(r.phiK)} - ${parenTex(texValue(r.phiQ))} + (${n} - ${m}) \\times ${theta}\\bigr) = ${texScore(r.score)} \\end{aligned}`;
  const text =
    'qₘ · kₙ = |q| · |k| · cos(φ(k) − φ(q) + (n − m) · θ) = ' +
    `${formatValue(r.normQ)} × ${formatValue(r.normK)} × cos(${formatValue(r.phiK)} − ${parenText(formatValue(r.phiQ))} + (${n} − ${m}) × ${theta}) = ${formatScore(r.score)}`;
  return { tex, text };
}
