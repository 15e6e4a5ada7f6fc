/**
 * What the parametric exercises of chapter 3 need from the committed model (public/models/coref.json):
 * the pointer head, its d_k, and sentences drawn from the model's own lexicon. Language-free: each
 * language's text module asks `words` for the sentence in its language.
 *
 * Layers and heads are numbered from 0 in the files; readers see them from 1, as the demo shows
 * them: the pointer (file layer 1, head 0) is "layer 2, head 1".
 */
import type { createRng } from '../../../kernel/index.ts';
import type { CorefMeta, Family, Lang } from '../../../model/metadata.ts';
import { buildSentence } from '../../../model/sentence-builder.ts';
// Named imports, so that the browser's chunk holds only these parts of the file, not all of it.
import { d_k as d_kJson, lexicon as lexiconJson, pointer as pointerJson } from '../../../../public/models/coref.json';

/** The reader's numbering: file layer 1, head 0 → "layer 2, head 1". */
export const shown = (i: number) => i + 1;

export const d_k: CorefMeta['d_k'] = d_kJson;
export const root = Math.sqrt(d_k);
export const pointer = pointerJson as unknown as CorefMeta['pointer'];
export const lexicon = lexiconJson as unknown as CorefMeta['lexicon'];

export interface DrawnSentence {
  family: Family;
  /** Index into the family's trained nouns of each slot (the two languages list them in the same order). */
  a: number;
  b: number;
  adjective: string;
  side: 'A' | 'B';
}

export function drawSentence(rng: ReturnType<typeof createRng>): DrawnSentence {
  const family = rng.pick(lexicon.families);
  const trained = family.adjectives.filter((a) => !family.heldOutAdjectives.includes(a));
  const adjective = rng.pick(trained);
  return { family, a: rng.int(0, family.en.A.length - 1), b: rng.int(0, family.en.B.length - 1), adjective, side: lexicon.adjectives[adjective]!.refersTo };
}

/** The sentence in one language, its two nouns, the pronoun and the adjective as written there. */
export function words(s: DrawnSentence, lang: Lang, adjective = s.adjective) {
  const spec = s.family[lang];
  const A = spec.A[s.a]!, B = spec.B[s.b]!;
  return {
    text: buildSentence(lexicon, lang, { family: s.family.id, A, B, adjective }),
    A, B, pronoun: spec.pronoun, adjective: lexicon.adjectives[adjective]![lang],
  };
}

export type Words = ReturnType<typeof words>;

/** A word in quotation marks: “word”. */
export const quote = (w: string) => `“${w}”`;
