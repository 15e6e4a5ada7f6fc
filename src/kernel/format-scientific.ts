/**
 * Scientific notation for numbers too small for fixed decimals ("3.2 × 10⁻⁶"), in text and in
 * TeX. Apart from format.ts so that pages which never show one do not load it.
 */
import { formatNumber, superscript, texNumber } from './format.ts';

/** Scientific notation for text: "3.2 × 10⁻⁶" (`significant` digits); 0 is "0". For numbers too small for fixed decimals. */
export function formatScientific(x: number, significant = 2): string {
  if (!Number.isFinite(x)) return formatNumber(x);
  if (x === 0) return '0';
  const [m = '', e = '0'] = Math.abs(x).toExponential(significant - 1).split('e');
  const exponent = Number(e);
  const sign = x < 0 ? '−' : '';
  return exponent === 0 ? `${sign}${m}` : `${sign}${m} × 10${superscript(exponent).replace('-', '⁻')}`;
}

/** The same for KaTeX: "3.2 \times 10^{-6}". */
export function texScientific(x: number, significant = 2): string {
  if (!Number.isFinite(x)) return texNumber(x);
  if (x === 0) return '0';
  const [m = '', e = '0'] = Math.abs(x).toExponential(significant - 1).split('e');
  const exponent = Number(e);
  const sign = x < 0 ? '-' : '';
  return exponent === 0 ? `${sign}${m}` : `${sign}${m} \\times 10^{${exponent}}`;
}
