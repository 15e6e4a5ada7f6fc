/**
 * The glossary's order: alphabetical by the readable term, and in Chinese by pinyin as ICU's
 * collation gives it. ICU files a polyphonic character under one reading only: 长 under zhǎng, so
 * 长度外推 and 长短期记忆网络 (cháng) landed among the Z terms. A term that starts with such a
 * character is sorted as if it started with an unambiguous character of the reading it has here.
 */
import type { Locale } from '../i18n/locales.ts';
import { texToPlain } from '../quiz/math-text.ts';

/** First characters read otherwise than ICU files them → a character ICU files under the right reading. */
const FIRST_READING: Readonly<Record<string, string>> = {
  长: '常', // cháng (长度, 长短期), not zhǎng (生长)
};

/** The text a term is sorted by: its TeX as plain text, its first character by the reading it has here. */
export function sortKey(term: string, locale: Locale): string {
  const plain = term.replace(/\$([^$]+)\$/g, (_, tex: string) => texToPlain(tex));
  if (locale !== 'zh') return plain;
  const first = plain[0] ?? '';
  return (FIRST_READING[first] ?? first) + plain.slice(1);
}

/** Compares two terms for the glossary of `locale`. */
export const compareTerms = (locale: Locale) => (a: string, b: string): number => sortKey(a, locale).localeCompare(sortKey(b, locale), locale);
