/**
 * How the rotary widget writes its numbers, in one place so that the page, its live region, its
 * equation and the browser tests agree digit for digit.
 */
import { formatNumber, formatScientific, texNumber } from '../../kernel/index.ts';

/** A score q · k: four decimals, so that "unchanged" can be seen digit for digit. */
export const formatScore = (x: number): string => formatNumber(x, { decimals: 4 });
/** A component, a length or an angle in radians: three decimals. */
export const formatValue = (x: number): string => formatNumber(x, { decimals: 3 });
/** A score in the 8 × 8 table: two decimals. */
export const formatCell = (x: number): string => formatNumber(x, { decimals: 2 });
/** A setting such as θ = 0.01: up to six significant digits, no trailing zeros. */
export function formatExact(x: number): string {
  const text = formatNumber(x, { significant: 6 });
  return text.includes('.') && !text.includes('e') ? text.replace(/\.?0+$/, '') : text;
}
/** A difference that rounding leaves: "1.1 × 10⁻¹⁶", or "0". */
export const formatDiff = (x: number): string => formatScientific(Math.abs(x), 2);
/** A vector's components, comma-separated: "1.000, 0.500". */
export const formatVector = (v: ArrayLike<number>, digits: (x: number) => string = formatValue): string => Array.from(v, digits).join(', ');
/** A shift of positions with its sign: "+1", "−2". */
export const formatShift = (s: number): string => (s > 0 ? `+${s}` : formatNumber(s, { decimals: 0 }));

/** The same numbers in TeX. */
export const texValue = (x: number): string => texNumber(x, { decimals: 3 });
export const texScore = (x: number): string => texNumber(x, { decimals: 4 });
