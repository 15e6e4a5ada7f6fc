/**
 * Text helpers shared by every chapter's numbers and exercises: the one place that decides how
 * a number, a vector or a subscript is written in prose. Plain Unicode (no TeX) unless the name
 * says tex; the numbers themselves always come from the kernel.
 */
import { formatNumber, texNumber } from '../kernel/index.ts';
import * as punct from '../i18n/strings/punct.ts';
import type { Localized } from '../quiz/types.ts';
import type { Locale } from '../i18n/locales.ts';

export type { Localized };

/** Both languages of one text, Chinese first: L('权重', 'weight'). */
export const L = (zh: string, en: string): Localized => ({ zh, en });

/** x with a fixed number of decimals and the typographic minus: fixed(-0.5, 2) → "−0.50". */
export const fixed = (x: number, decimals: number): string => formatNumber(x, { decimals });

/** x with a number of significant digits: sig(0.000265, 3) → "0.000265". */
export const sig = (x: number, digits = 3): string => formatNumber(x, { significant: digits });

/** A share as a percentage: pct(0.4567) → "46%", pct(0.4567, 1) → "45.7%". */
export const pct = (x: number, decimals = 0): string => `${formatNumber(100 * x, { decimals })}%`;

/** The same percentage for TeX, where % starts a comment. */
export const texPct = (x: number, decimals = 0): string => `${texNumber(100 * x, { decimals })}\\%`;

/** A whole number with thousands separators: 1048576 → "1,048,576". */
export const big = (x: number): string => x.toLocaleString('en-US');

/** 12 → "₁₂" and 17 → "¹⁷", for plain-text labels (w₁₂) and powers (0.9¹⁷). */
export { subscript as sub, superscript as sup } from '../kernel/index.ts';

/** [0.3, −0.5, 0.8]: a vector in plain text. */
export const vec = (v: ArrayLike<number>, decimals = 1): string => `[${Array.from(v, (x) => formatNumber(x, { decimals })).join(', ')}]`;

/** "(−0.5)" or "0.3": a factor in a spelled-out product, negative numbers in parentheses. */
export const factor = (x: number, decimals = 1): string => (x < 0 ? `(${formatNumber(x, { decimals })})` : formatNumber(x, { decimals }));

/** "0.2 × 0.4 + 0.5 × 0.1 + …": the dot product u·v spelled out in plain text. */
export const spelledDot = (u: ArrayLike<number>, v: ArrayLike<number>, decimals = 1): string =>
  Array.from(u, (x, i) => `${factor(x, decimals)} × ${factor(v[i]!, decimals)}`).join(' + ');

/** The index of the largest entry (the first one on a tie). */
export const argmax = (v: ArrayLike<number>): number => {
  let best = 0;
  for (let j = 1; j < v.length; j++) if (v[j]! > v[best]!) best = j;
  return best;
};

/** texNumber with fixed decimals, for numbers inside a TeX equation: texFixed(-0.5, 2) → "-0.50". */
export const texFixed = (x: number, decimals: number): string => texNumber(x, { decimals });

/** texNumber with significant digits: texSig(0.0000266, 3) → "0.0000266". */
export const texSig = (x: number, digits = 3): string => texNumber(x, { significant: digits });

/** Numbers written as an inline list in the reader's language: "0.4、0.3、0.2" (zh), "0.4, 0.3, 0.2" (en). */
export const numberList = (locale: Locale, values: ArrayLike<number>, decimals: number): string =>
  Array.from(values, (x) => formatNumber(x, { decimals })).join(punct[locale]['punct.listSep']);
