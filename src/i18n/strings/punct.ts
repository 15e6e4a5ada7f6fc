/**
 * Punctuation that differs between the languages, for text assembled from pieces: components
 * and islands join with these instead of testing the locale. `en` must have exactly zh's keys.
 */
import type { StringsOf } from '../translate.ts';

export const zh = {
  /** Between the items of a list: 甲、乙、丙. */
  'punct.listSep': '、',
  /** Between clauses: 我 0.33，是 0.33. */
  'punct.comma': '，',
  /** Between two sentences written one after the other. */
  'punct.sentenceSep': '',
  /** After a label: 正确答案：A. */
  'punct.colon': '：',
  /** Ends a sentence. */
  'punct.period': '。',
} as const;

export const en: StringsOf<typeof zh> = {
  'punct.listSep': ', ',
  'punct.comma': ', ',
  'punct.sentenceSep': ' ',
  'punct.colon': ': ',
  'punct.period': '. ',
};

export type PunctKey = keyof typeof zh;
