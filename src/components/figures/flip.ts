/**
 * The real model's flip pair for the figures (chapter 3 and the home page): the pronoun's row of
 * the pointer head in "…because it was too tired" and "…too wide", read from the precomputed
 * presets through the chapter's numbers module (Node only: build time and tests).
 */
import { worked, pLayer, pHead } from '../../course/real-model/numbers.ts';
import type { Locale } from '../../i18n/locales.ts';
import { winner } from './geometry.ts';

export interface FlipCase {
  /** The whole sentence, its tokens and the token that differs (the adjective). */
  text: string;
  tokens: readonly string[];
  adjective: string;
  /** The sentence from the pronoun on: "它太累了。", "it was too tired." */
  ending: string;
  pronoun: number;
  /** The pronoun's weights over the sentence in the pointer head. */
  row: readonly number[];
  /** The two candidate nouns' positions, and the one with the larger weight in the whole row. */
  a: number;
  b: number;
  top: number;
}

export interface FlipData {
  layer: number;
  head: number;
  cases: [FlipCase, FlipCase];
}

export function flipData(locale: Locale): FlipData {
  const pair = worked[locale];
  const one = (r: typeof pair.tired): FlipCase => ({
    text: r.p.text, tokens: r.tokens, adjective: r.tokens[r.adj]!, ending: endingFrom(r.p.text, r.tokens[r.pronoun]!), pronoun: r.pronoun, row: r.row, a: r.a, b: r.b, top: winner(r.row),
  });
  return { layer: pLayer, head: pHead, cases: [one(pair.tired), one(pair.wide)] };
}

/** The text from the first stand-alone occurrence of `word` on (the whole text if it is absent). */
export function endingFrom(text: string, word: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = text.search(new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`, 'i'));
  return at < 0 ? text : text.slice(at);
}
