/**
 * Reading the sentence the reader types into the swap widget: words separated by spaces. The
 * reader returns the words or the problem (a kind and what to quote), so the widget can say
 * exactly what is wrong in the reader's language and keep its last good result.
 */
import { MAX_TOKENS, MIN_TOKENS } from './model.ts';

/** The longest word, in characters (code points). */
export const MAX_WORD_LENGTH = 16;

export type SentenceProblem =
  | { kind: 'empty' }
  | { kind: 'oneWord'; word: string }
  | { kind: 'tooMany'; count: number }
  | { kind: 'notAWord'; word: string; index: number }
  | { kind: 'tooLong'; word: string; index: number };

export type ReadSentence = { ok: true; tokens: string[] } | { ok: false; problem: SentenceProblem };

/** What a message may quote of the reader's text: a pasted essay is cut short. */
export function quoted(text: string, max = 16): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/** A word has at least one letter of some script (汉字, Latin, Cyrillic…): "0.5" or "，" is not a word. */
const LETTER = /\p{L}/u;

/**
 * Splits on any whitespace, the full-width space included. Two to six words, each with a letter
 * and at most MAX_WORD_LENGTH characters.
 */
export function readSentence(text: string): ReadSentence {
  const tokens = text.split(/[\s\u3000]+/u).filter((t) => t !== '');
  if (tokens.length === 0) return { ok: false, problem: { kind: 'empty' } };
  if (tokens.length > MAX_TOKENS) return { ok: false, problem: { kind: 'tooMany', count: tokens.length } };
  for (const [index, word] of tokens.entries()) {
    if (!LETTER.test(word)) return { ok: false, problem: { kind: 'notAWord', word: quoted(word), index } };
    if ([...word].length > MAX_WORD_LENGTH) return { ok: false, problem: { kind: 'tooLong', word: quoted(word), index } };
  }
  if (tokens.length < MIN_TOKENS) return { ok: false, problem: { kind: 'oneWord', word: quoted(tokens[0]!) } };
  return { ok: true, tokens };
}
