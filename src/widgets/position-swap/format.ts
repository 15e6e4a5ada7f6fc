/** How the swap widget writes its numbers: the outputs with fixed decimals, a difference as it is. */
import { formatNumber, formatScientific } from '../../kernel/index.ts';

/** Decimals of the outputs, the means and the inputs in the tables. */
export const DECIMALS = 3;

export const formatValue = (x: number): string => formatNumber(x, { decimals: DECIMALS });

/**
 * A difference ≥ 0: "0" only when it is exactly zero, a tiny one in scientific notation
 * ("1.1 × 10⁻¹⁶", so rounding is never passed off as zero), otherwise three decimals.
 */
export function formatDiff(d: number): string {
  if (d === 0) return '0';
  return d < 10 ** -DECIMALS ? formatScientific(d, 2) : formatNumber(d, { decimals: DECIMALS });
}
