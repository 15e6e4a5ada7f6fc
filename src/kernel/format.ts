/**
 * Number formatting in one place, so a widget's table and the KaTeX equation beside it show
 * the same digits. Text uses the typographic minus (−, U+2212); TeX uses '-', which KaTeX
 * typesets as a minus. A value that rounds to zero never shows as "−0.00".
 */
import { type MatrixLike, matrix } from './matrix.ts';

export interface FormatOptions {
  /** Digits after the decimal point (default 2). Ignored when `significant` is given. */
  decimals?: number;
  /** Significant digits instead of fixed decimals. */
  significant?: number;
}

/** Magnitudes from here on are written with an exponent (1.00e308 / 1.00 × 10^{308}). */
const EXPONENT_FROM = 1e6;

interface Parts {
  negative: boolean;
  mantissa: string;
  exponent?: number;
  special?: 'infinity' | 'nan';
}

function parts(x: number, options: FormatOptions): Parts {
  if (Number.isNaN(x)) return { negative: false, mantissa: '', special: 'nan' };
  if (!Number.isFinite(x)) return { negative: x < 0, mantissa: '', special: 'infinity' };
  const { decimals = 2, significant } = options;
  const abs = Math.abs(x);
  let mantissa: string;
  let exponent: number | undefined;
  if (abs >= EXPONENT_FROM) {
    const [m = '', e = '0'] = abs.toExponential(significant === undefined ? decimals : significant - 1).split('e');
    mantissa = m;
    exponent = Number(e);
  } else {
    mantissa = significant === undefined ? abs.toFixed(decimals) : toSignificant(abs, significant);
  }
  const zero = Number(mantissa) === 0;
  return exponent === undefined ? { negative: x < 0 && !zero, mantissa } : { negative: x < 0 && !zero, mantissa, exponent };
}

/** `sig` significant digits in positional notation (toPrecision alone may switch to 1.2e+3). */
function toSignificant(abs: number, sig: number): string {
  const rounded = Number(abs.toPrecision(sig));
  if (rounded === 0) return (0).toFixed(sig - 1);
  const magnitude = Math.floor(Math.log10(rounded));
  return rounded.toFixed(Math.min(100, Math.max(0, sig - 1 - magnitude)));
}

/** For text: "0.25", "−1.50", "1.00e308", "∞", "−∞", "NaN". */
export function formatNumber(x: number, options: FormatOptions = {}): string {
  const p = parts(x, options);
  const sign = p.negative ? '−' : '';
  if (p.special === 'nan') return 'NaN';
  if (p.special === 'infinity') return `${sign}∞`;
  return `${sign}${p.mantissa}${p.exponent === undefined ? '' : `e${p.exponent}`}`;
}

/** For KaTeX: "0.25", "-1.50", "1.00 \times 10^{308}", "\infty", "-\infty", "\text{NaN}". */
export function texNumber(x: number, options: FormatOptions = {}): string {
  const p = parts(x, options);
  const sign = p.negative ? '-' : '';
  if (p.special === 'nan') return '\\text{NaN}';
  if (p.special === 'infinity') return `${sign}\\infty`;
  return `${sign}${p.mantissa}${p.exponent === undefined ? '' : ` \\times 10^{${p.exponent}}`}`;
}

/** A number as a factor in a product: negative ones in parentheses, "0.2 \times (-0.5)". */
export function texFactor(x: number, options: FormatOptions = {}): string {
  const t = texNumber(x, options);
  return t.startsWith('-') || t.includes('\\times') ? `(${t})` : t;
}

/** "q₁·k₂" spelled out with numbers: "0.2 \times 0.8 + 0.5 \times 0.2 + 0.1 \times 0.3". */
export function texDotProduct(u: ArrayLike<number>, v: ArrayLike<number>, options: FormatOptions = {}): string {
  const terms: string[] = [];
  for (let i = 0; i < u.length; i++) terms.push(`${texFactor(u[i]!, options)} \\times ${texFactor(v[i]!, options)}`);
  return terms.join(' + ');
}

/** A bmatrix of the entries, formatted alike. */
export function texMatrix(M_: MatrixLike, options: FormatOptions = {}): string {
  const M = matrix(M_, 'matrix');
  const rows = M.toArray().map((r) => r.map((v) => texNumber(v, options)).join(' & '));
  return `\\begin{bmatrix} ${rows.join(' \\\\ ')} \\end{bmatrix}`;
}

/** 12 → "₁₂": digits as Unicode subscripts, for plain-text labels such as w₁₂. */
export function subscript(n: number | string): string {
  return String(n).replace(/\d/g, (c) => '₀₁₂₃₄₅₆₇₈₉'[Number(c)]!);
}

/** 17 → "¹⁷": digits as Unicode superscripts, for plain-text powers such as 0.9¹⁷. */
export function superscript(n: number | string): string {
  return String(n).replace(/\d/g, (c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(c)]!);
}

