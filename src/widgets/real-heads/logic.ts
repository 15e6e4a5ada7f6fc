/**
 * The logic of RealHeads, apart from rendering: what the island receives, which sentences can be
 * run, which heads are switched off, what the pointer head says, and what the committed ablation
 * table says matters. Pure functions, unit-tested in tests/unit/widgets/real-heads.test.ts.
 */
import type { AttentionMaps, PointerReading } from '../../model/coref-attention.ts';
import { attentionRow } from '../../model/coref-attention.ts';
import type { FullWeightsLayout } from '../../model/coref-full-weights.ts';
import type { HeadId } from '../../model/coref-encoder.ts';
import type { CorefMeta, CorefSetName, HeadAnalysis, Vocab } from '../../model/metadata.ts';
import type { EncodedSentence } from '../../model/tokenizer.ts';

export const SET_NAMES: readonly CorefSetName[] = ['fresh', 'unseenNouns', 'unseenCombos'];
/** Longer input is refused before tokenizing (no sentence of the model comes near it). */
export const MAX_CHARS = 300;
/** A head "matters" when zeroing it costs more than this many percentage points on some held-out set. */
export const MATTERS_POINTS = 5;

/** What the Astro wrapper hands the island (as one JSON string). */
export interface RealHeadsData extends Pick<CorefMeta, 'layers' | 'heads' | 'maxLength' | 'specialTokens' | 'lexicon'> {
  pointer: HeadId;
  vocab: Vocab;
  /** The page language's preset sentences; the first is shown first. */
  presets: string[];
  /** The first preset run by the kernel at build time with every head on: [H, T, T] per layer. */
  initial: { text: string; layers: number[][] };
  layout: FullWeightsLayout;
  weightsBytes: number;
  headAnalysis: HeadAnalysis[];
  accuracy: Record<CorefSetName, number>;
  setSizes: Record<CorefSetName, number>;
}

/** Why a sentence cannot be run; null when it can. */
export type SentenceProblem =
  | { kind: 'empty' }
  | { kind: 'tooLong'; n: number; max: number }
  | { kind: 'tooManyTokens'; n: number; max: number }
  | { kind: 'allUnknown' }
  | { kind: 'noPronoun' }
  | { kind: 'fewCandidates'; n: number };

/** The checks, in the order a reader would fix them. */
export function sentenceProblem(text: string, encoded: EncodedSentence, maxLength: number): SentenceProblem | null {
  const chars = Array.from(text.trim()).length;
  if (chars === 0 || encoded.ids.length === 0) return { kind: 'empty' };
  if (chars > MAX_CHARS) return { kind: 'tooLong', n: chars, max: MAX_CHARS };
  if (encoded.ids.length > maxLength) return { kind: 'tooManyTokens', n: encoded.ids.length, max: maxLength };
  if (encoded.unknown.length === encoded.ids.length) return { kind: 'allUnknown' };
  if (encoded.pronoun === null) return { kind: 'noPronoun' };
  if (encoded.candidates.length < 2) return { kind: 'fewCandidates', n: encoded.candidates.length };
  return null;
}

/** Which heads are on: on[layer][head]. */
export type HeadSwitches = boolean[][];

export const allOn = (layers: number, heads: number): HeadSwitches => Array.from({ length: layers }, () => Array<boolean>(heads).fill(true));

export function onlyPointer(layers: number, heads: number, pointer: HeadId): HeadSwitches {
  return Array.from({ length: layers }, (_, l) => Array.from({ length: heads }, (_, h) => l === pointer.layer && h === pointer.head));
}

export const zeroedHeads = (on: HeadSwitches): HeadId[] => on.flatMap((row, layer) => row.flatMap((isOn, head) => (isOn ? [] : [{ layer, head }])));

/** The layers after which nothing zeroed can reach the pointer's weights: those at or after the pointer's layer. */
export const zeroedAfterPointer = (zeroed: readonly HeadId[], pointer: HeadId): number[] =>
  [...new Set(zeroed.filter((z) => z.layer >= pointer.layer && !(z.layer === pointer.layer && z.head === pointer.head)).map((z) => z.layer))];

/** The pointer's answer among the candidates: the best and the runner-up. */
export function topTwo(reading: PointerReading): [{ index: number; weight: number }, { index: number; weight: number }] | null {
  const sorted = [...reading.candidates].sort((a, b) => b.weight - a.weight);
  return sorted.length >= 2 ? [sorted[0]!, sorted[1]!] : null;
}

/** Where one head sends the pronoun's attention most: the token and its weight. */
export function topTarget(maps: AttentionMaps, layer: number, head: number, pronoun: number): { index: number; weight: number } {
  const row = attentionRow(maps, layer, head, pronoun);
  const index = row.reduce((best, w, k) => (w > row[best]! ? k : best), 0);
  return { index, weight: row[index]! };
}

/** Maps built from the island's precomputed layers. */
export const mapsOf = (T: number, heads: number, layers: readonly (ArrayLike<number>)[]): AttentionMaps => ({ T, heads, layers: [...layers] });

/** One row of the measured table: a head (or a whole layer) and its accuracy on each set when zeroed. */
export interface AblationRow {
  layer: number;
  head: number | 'all';
  accuracy: Record<CorefSetName, number>;
  /** The largest drop from the all-heads accuracy, in percentage points. */
  drop: number;
}

export function ablationRows(analysis: readonly HeadAnalysis[], baseline: Record<CorefSetName, number>): AblationRow[] {
  return analysis.map((a) => ({
    layer: a.layer, head: a.head, accuracy: a.accuracyWhenZeroed,
    drop: Math.max(...SET_NAMES.map((s) => 100 * (baseline[s] - a.accuracyWhenZeroed[s]))),
  }));
}

/** The single heads whose zeroing costs more than MATTERS_POINTS somewhere, in model order. */
export const headsThatMatter = (rows: readonly AblationRow[]): HeadId[] =>
  rows.flatMap((r) => (r.head !== 'all' && r.drop > MATTERS_POINTS ? [{ layer: r.layer, head: r.head }] : []));

/** Same heads, same sentence: the key of one kernel run. */
export const runKey = (ids: readonly number[], zeroed: readonly HeadId[]): string =>
  `${ids.join(',')}|${zeroed.map((z) => `${z.layer}.${z.head}`).join(',')}`;
