/**
 * The sentences the swap widget offers, in each page language, with the two words each one
 * trades when chosen. The first is the one the widget opens with. Words are separated by spaces,
 * as the reader types their own.
 */
import type { Locale } from '../../i18n/locales.ts';
import { identityOrder, swapped } from './model.ts';

export interface Preset {
  words: readonly string[];
  /** The two positions (0-based) traded when the preset is chosen. */
  swap: readonly [number, number];
}

export const PRESETS: Readonly<Record<Locale, readonly Preset[]>> = {
  zh: [
    { words: ['我', '爱', '你'], swap: [0, 2] },
    { words: ['狗', '咬', '了', '人'], swap: [0, 3] },
    { words: ['老师', '表扬', '了', '学生'], swap: [0, 3] },
  ],
  en: [
    { words: ['dog', 'bites', 'man'], swap: [0, 2] },
    { words: ['the', 'cat', 'chased', 'the', 'dog'], swap: [1, 4] },
    { words: ['Alice', 'pays', 'Bob'], swap: [0, 2] },
  ],
};

/** The order a sentence opens with: the preset's two words traded, or for the reader's own sentence the first and the last. */
export function openingOrder(words: readonly string[], swap?: readonly [number, number]): number[] {
  const [i, j] = swap ?? [0, words.length - 1];
  return swapped(identityOrder(words.length), i, j);
}

/** The sentence as one line of text, the way the reader would type it. */
export const sentenceText = (words: readonly string[]): string => words.join(' ');
