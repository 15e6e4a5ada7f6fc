/**
 * What the demo island receives from its Astro wrapper (as one JSON string), and the parts of
 * the demo's logic that are more than a line: which sentence is shown, whether it is ready, and
 * how it is described. Pure functions, unit-tested in tests/unit/widgets/coref-demo.test.ts.
 */
import type { CorefMeta, Lang, Vocab } from '../../model/metadata.ts';
import type { CorefPreset } from '../../model/coref-presets.ts';
import type { EncodedSentence } from '../../model/tokenizer.ts';
import type { AttentionMaps, PointerReading } from '../../model/coref-attention.ts';
import type { SentenceChoice } from '../../model/sentence-builder.ts';
import { adjectivesBySide, familyOf, nounOptions } from '../../model/sentence-builder.ts';

export interface DemoData extends Pick<CorefMeta, 'layers' | 'heads' | 'd_model' | 'd_k' | 'maxLength' | 'specialTokens' | 'lexicon' | 'weights'> {
  pointer: { layer: number; head: number };
  vocab: Vocab;
  /** The page language's precomputed sentences. */
  presets: CorefPreset[];
  firstPair: string;
  /** Download sizes in bytes, measured at build time. */
  bytes: { runtime: number; model: number };
}

/** Why a sentence cannot be run; null when it can. */
export type SentenceProblem = { kind: 'empty' } | { kind: 'tooLong'; n: number; max: number };

export function sentenceProblem(encoded: EncodedSentence, maxLength: number): SentenceProblem | null {
  if (encoded.ids.length === 0) return { kind: 'empty' };
  if (encoded.ids.length > maxLength) return { kind: 'tooLong', n: encoded.ids.length, max: maxLength };
  return null;
}

/** A key for "the same input to the model": equal ids, equal results. */
export const idsKey = (ids: readonly number[]): string => ids.join(',');

/** The precomputed preset for exactly these ids, if any. */
export function presetFor(presets: readonly CorefPreset[], ids: readonly number[]): CorefPreset | undefined {
  const key = idsKey(ids);
  return presets.find((p) => idsKey(p.ids) === key);
}

export function presetMaps(preset: CorefPreset, heads: number): AttentionMaps {
  return { T: preset.ids.length, heads, layers: preset.attn };
}

/** The same choice in the other language: nouns by their position in the slot, the adjective kept. */
export function translateChoice(data: Pick<DemoData, 'lexicon'>, choice: SentenceChoice, from: Lang, to: Lang): SentenceChoice {
  if (from === to) return choice;
  const family = familyOf(data.lexicon, choice.family);
  const swap = (side: 'A' | 'B') => {
    const i = nounOptions(family, from, side).findIndex((o) => o.word === choice[side]);
    return nounOptions(family, to, side)[Math.max(0, i)]!.word;
  };
  return { ...choice, A: swap('A'), B: swap('B') };
}

/** The first choice of a family: its first nouns and first ending. */
export function defaultChoice(data: Pick<DemoData, 'lexicon'>, familyId: string, lang: Lang): SentenceChoice {
  const family = familyOf(data.lexicon, familyId);
  return { family: family.id, A: family[lang].A[0]!, B: family[lang].B[0]!, adjective: adjectivesBySide(data.lexicon, family).A[0]! };
}

/** The two candidates the pointer weighs most, best first. */
export function topCandidates(reading: PointerReading): { index: number; weight: number }[] {
  return [...reading.candidates].sort((a, b) => b.weight - a.weight).slice(0, 2);
}

/**
 * Why the pointer's answer for a sentence cannot be trusted, if it cannot: the model met words it
 * does not know (each is <unk> to it, and an unknown token can draw the pointer's attention), or
 * the token the pointer weighs most (the pronoun itself aside) is not one of the candidate nouns.
 * `offTarget` is that token's index, or null when the pointer's strongest pull is a candidate.
 */
export interface ReadingDoubts {
  unknownWords: string[];
  offTarget: number | null;
}

export function readingDoubts(encoded: Pick<EncodedSentence, 'unknown' | 'candidates' | 'pronoun'>, reading: PointerReading): ReadingDoubts {
  const unknownWords = [...new Set(encoded.unknown.map((u) => u.text))];
  let top = -1;
  reading.row.forEach((w, j) => {
    if (j !== encoded.pronoun && (top < 0 || w > reading.row[top]!)) top = j;
  });
  const offTarget = top >= 0 && !encoded.candidates.includes(top) ? top : null;
  return { unknownWords, offTarget };
}

export const isReliable = (d: ReadingDoubts): boolean => d.unknownWords.length === 0 && d.offTarget === null;
