/**
 * How the sinusoid widget writes its numbers, in one place so that the page, its live region, its
 * equation and the browser tests agree digit for digit. Also the equation PE(pos + k) = M(k)·PE(pos)
 * for one pair, in TeX and in plain text.
 */
import { formatNumber, formatScientific, subscript, texNumber } from '../../kernel/index.ts';
import type { PairView } from './model.ts';

/** An entry of PE, or of M(k): four decimals. */
export const fmtValue = (x: number): string => formatNumber(x, { decimals: 4 });

/** A frequency, a period or a number of turns: four significant digits, no trailing zeros. */
export function fmtSig(x: number, significant = 4): string {
  const text = formatNumber(x, { significant });
  return text.includes('.') && !text.includes('e') ? text.replace(/\.?0+$/, '') : text;
}

/** An angle in radians: three decimals. */
export const fmtAngle = (x: number): string => formatNumber(x, { decimals: 3 });

/** A dot product: four decimals. */
export const fmtDot = (x: number): string => formatNumber(x, { decimals: 4 });

/** A difference at the level of rounding: "2.2 × 10⁻¹⁶", or "0" when exact. */
export const fmtError = (x: number): string => (x === 0 ? '0' : formatScientific(x, 2));

/** An integer setting: the typographic minus. */
export const fmtInt = (x: number): string => formatNumber(x, { decimals: 0 });

const texValue = (x: number) => texNumber(x, { decimals: 4 });
const texVector = ([a, b]: readonly [number, number]) => `\\begin{bmatrix} ${texValue(a)} \\\\ ${texValue(b)} \\end{bmatrix}`;
const textVector = ([a, b]: readonly [number, number]) => `[${fmtValue(a)}, ${fmtValue(b)}]`;

/**
 * PE(pos + k)ᵢ = M(k)ᵢ · PE(pos)ᵢ for pair i with the numbers in play: the kernel's PE(pos + k) on
 * the left, the block and the kernel's PE(pos) on the right. When pos + k is not a position, the
 * right-hand side alone.
 */
export function rotationEquation(v: PairView): { tex: string; text: string } {
  const dims = `${2 * v.i},${2 * v.i + 1}`;
  const [[a, b], [c, e]] = v.block;
  const block = `\\begin{bmatrix} ${texValue(a)} & ${texValue(b)} \\\\ ${texValue(c)} & ${texValue(e)} \\end{bmatrix}`;
  const rhs = `\\underbrace{${block}}_{M(${v.k})_{${v.i}}}\\,\\underbrace{${texVector(v.from)}}_{\\mathrm{PE}(${v.pos})_{${dims}}}`;
  const textRhs = `M(${fmtInt(v.k)})${subscript(v.i)} · PE(${v.pos})${subscript(2 * v.i)},${subscript(2 * v.i + 1)} = [[${fmtValue(a)}, ${fmtValue(b)}], [${fmtValue(c)}, ${fmtValue(e)}]] · ${textVector(v.from)}`;
  if (v.to === null) return { tex: `${rhs} = ${texVector(v.predicted)}`, text: `${textRhs} = ${textVector(v.predicted)}` };
  return {
    tex: `\\underbrace{${texVector(v.to)}}_{\\mathrm{PE}(${v.q})_{${dims}}} = ${rhs}`,
    text: `PE(${v.q})${subscript(2 * v.i)},${subscript(2 * v.i + 1)} = ${textVector(v.to)} = ${textRhs}`,
  };
}
