/**
 * How the scaling widgets write their numbers, in one place so that the page, its live region and
 * the browser tests agree digit for digit. Values too small for fixed decimals (a saturated
 * softmax's weights, its Jacobian) switch to scientific notation instead of collapsing to "0.000".
 */
import { formatNumber, formatScientific } from '../../kernel/index.ts';

/** A measured statistic (a sample variance or standard deviation): three significant digits. */
export function formatStat(x: number): string {
  return formatNumber(x, { significant: 3 });
}

/** An exact value (a setting, a theoretical variance): up to six significant digits, no trailing zeros. */
export function formatExact(x: number): string {
  const text = formatNumber(x, { significant: 6 });
  return text.includes('.') && !text.includes('e') ? text.replace(/\.?0+$/, '') : text;
}

/** A weight, an entropy or a Jacobian size: three decimals, or "3.2 × 10⁻⁹" below 0.001. */
export function formatSmall(x: number): string {
  if (x !== 0 && Math.abs(x) < 0.001) return formatScientific(x, 2);
  return formatNumber(x, { decimals: 3 });
}

/** A factor such as √d_k = 22.63 or 1/√d_k = 0.03125: four significant digits, no trailing zeros. */
export function formatFactor(x: number): string {
  const text = formatNumber(x, { significant: 4 });
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** A score: two decimals. */
export function formatScore(x: number): string {
  return formatNumber(x, { decimals: 2 });
}

/** A share as a percentage with one decimal: "61.7%". */
export function formatPercent(share: number): string {
  return `${formatNumber(share * 100, { decimals: 1 })}%`;
}
