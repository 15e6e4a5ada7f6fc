/**
 * The logic of NoPositions apart from rendering: a preset sentence in some word order, what the
 * pointer head's weights on the two nouns mean, whether the order still has a known answer, and
 * the committed measurement read for display. Pure functions, unit-tested in
 * tests/unit/widgets/no-positions/logic.test.ts. Running the model lives in run.ts, which the
 * island loads only when it needs it.
 */
import { createRng } from '../../kernel/index.ts';
import type { FullWeightsLayout } from '../../model/coref-full-weights.ts';
import type { HeadId } from '../../model/coref-encoder.ts';
import type { CorefSetName, Lang } from '../../model/metadata.ts';
import type { NoPositionsFile, SetMeasurement } from '../../model/position-measurement.ts';

/** One preset sentence as the model reads it; indices are the sentence's own (as written). */
export interface Sentence {
  text: string;
  lang: Lang;
  tokens: string[];
  ids: number[];
  pronoun: number;
  /** The two candidate nouns, in the order written. */
  nouns: [number, number];
  /** nouns[answer] is what the pronoun refers to, as written. */
  answer: 0 | 1;
}

/** The pointer's weights on the two noun words: [on nouns[0]'s word, on nouns[1]'s word], wherever they stand. */
export type NounWeights = [number, number];
export type Mode = 'on' | 'off';
export type Both = Record<Mode, NounWeights>;

/** What the Astro wrapper hands the island (as one JSON string). */
export interface NoPositionsData {
  pointer: HeadId;
  maxLength: number;
  layout: FullWeightsLayout;
  weightsBytes: number;
  /** The page language's presets; the first is shown first. */
  sentences: Sentence[];
  /** The kernel's results computed at build time, by runKey: every preset as written and with its nouns swapped. */
  precomputed: Record<string, Both>;
  measured: NoPositionsFile;
}

/** A word order: order[place] is the index (as written) of the token standing at that place. */
export type Order = number[];

export const asWritten = (n: number): Order => Array.from({ length: n }, (_, i) => i);

/** The order with the tokens at places a and b exchanged. */
export function swapPlaces(order: Order, a: number, b: number): Order {
  if (!(Number.isInteger(a) && Number.isInteger(b) && a >= 0 && b >= 0 && a < order.length && b < order.length)) throw new RangeError(`no places ${a} and ${b} in ${order.length}`);
  const next = [...order];
  [next[a], next[b]] = [order[b]!, order[a]!];
  return next;
}

/** Where the pronoun and the two nouns stand now. */
export function placesOf(s: Sentence, order: Order): { pronoun: number; nouns: [number, number] } {
  return { pronoun: order.indexOf(s.pronoun), nouns: [order.indexOf(s.nouns[0]), order.indexOf(s.nouns[1])] };
}

/** The order with the two nouns exchanged, wherever they stand. */
export function swapNouns(s: Sentence, order: Order): Order {
  const { nouns } = placesOf(s, order);
  return swapPlaces(order, nouns[0], nouns[1]);
}

/** A shuffled order drawn from `seed` that differs from `order` (when the sentence has two different tokens). */
export function shuffled(s: Sentence, order: Order, seed: number): Order {
  const same = (o: Order) => o.every((k, i) => s.ids[k] === s.ids[order[i]!]);
  if (new Set(s.ids).size < 2) return [...order];
  for (let k = 0; k < 100; k++) {
    const next = createRng(seed + 7919 * k).permutation(order.length).map((p) => order[p]!);
    if (!same(next)) return next;
  }
  return [...order.slice(1), order[0]!]; // moved by one place: differs from any sentence that is not one token repeated
}

export const idsIn = (s: Sentence, order: Order): number[] => order.map((k) => s.ids[k]!);
export const tokensIn = (s: Sentence, order: Order): string[] => order.map((k) => s.tokens[k]!);

/**
 * As written; with only the two nouns exchanged (the pattern still holds: its answer is a place,
 * so now the other word); or anything else, which has no known answer.
 */
export type OrderKind = 'asWritten' | 'nounsSwapped' | 'other';

export function orderKind(s: Sentence, order: Order): OrderKind {
  const ids = idsIn(s, order);
  const eq = (a: readonly number[], b: readonly number[]) => a.every((v, i) => v === b[i]);
  const { pronoun, nouns } = placesOf(s, order);
  if (pronoun !== s.pronoun) return 'other';
  if (eq(ids, s.ids) && nouns[0] === s.nouns[0] && nouns[1] === s.nouns[1]) return 'asWritten';
  const twin = swapPlaces(asWritten(s.ids.length), s.nouns[0], s.nouns[1]);
  if (eq(ids, idsIn(s, twin)) && nouns[0] === s.nouns[1] && nouns[1] === s.nouns[0]) return 'nounsSwapped';
  return 'other';
}

/** The noun word (0 or 1, as in `nouns`) the pronoun refers to in this order, or null when the order has no known answer. */
export function expectedWord(s: Sentence, kind: OrderKind): 0 | 1 | null {
  if (kind === 'asWritten') return s.answer;
  if (kind === 'nounsSwapped') return s.answer === 0 ? 1 : 0;
  return null;
}

/** The pointer's choice: the word with more weight, or null for a tie. */
export const choiceOf = ([a, b]: NounWeights): 0 | 1 | null => (a > b ? 0 : b > a ? 1 : null);

export type Verdict = 'right' | 'wrong' | 'tie' | 'unknown';

export function verdict(weights: NounWeights, expected: 0 | 1 | null): Verdict {
  const c = choiceOf(weights);
  if (c === null) return 'tie';
  if (expected === null) return 'unknown';
  return c === expected ? 'right' : 'wrong';
}

/** Whether each word kept its weight (to within `tol`): without positions, every reordering does. */
export const sameWeights = (a: NounWeights, b: NounWeights, tol = 1e-9): boolean => Math.abs(a[0] - b[0]) <= tol && Math.abs(a[1] - b[1]) <= tol;

/** The key of one result: which sentence, its ids in this order, and where the pronoun and the nouns stand. */
export function resultKey(sentence: number, s: Sentence, order: Order): string {
  const p = placesOf(s, order);
  return `${sentence}:${idsIn(s, order).join(',')}|${p.pronoun},${p.nouns.join(',')}`;
}

/** The noun words in the order they stand now: [word index (0/1), place], left to right. */
export function nounsLeftToRight(s: Sentence, order: Order): { word: 0 | 1; place: number }[] {
  const { nouns } = placesOf(s, order);
  return ([0, 1] as const).map((word) => ({ word, place: nouns[word] })).sort((a, b) => a.place - b.place);
}

// ── the committed measurement ─────────────────────────────────────────────────────────────────

export interface MeasuredRow {
  set: CorefSetName;
  n: number;
  on: { correct: number; accuracy: number };
  off: { correct: number; accuracy: number; ties: number };
}

export const measuredRows = (m: NoPositionsFile): MeasuredRow[] =>
  m.sets.map((s) => ({ set: s.set, n: s.n, on: { correct: s.withPositions.correct, accuracy: s.withPositions.accuracy }, off: { ...s.withoutPositions } }));

/** The sets' swap checks summed: sentences with two different nouns, and what the pointer did with and without positions. */
export function swapTotals(m: NoPositionsFile): { distinct: number; sameToken: number; off: { followsWord: number }; on: { followsWord: number; staysInPlace: number } } {
  const sum = (f: (s: SetMeasurement) => number) => m.sets.reduce((t, s) => t + f(s), 0);
  return {
    distinct: sum((s) => s.swap.distinct),
    sameToken: sum((s) => s.swap.sameToken),
    off: { followsWord: sum((s) => s.swap.withoutPositions.followsWord) },
    on: { followsWord: sum((s) => s.swap.withPositions.followsWord), staysInPlace: sum((s) => s.swap.withPositions.staysInPlace) },
  };
}

/** The set with sentences whose two nouns are the same token (both <unk>), if any: where the ties are. */
export const tieSets = (m: NoPositionsFile): SetMeasurement[] => m.sets.filter((s) => s.withoutPositions.ties > 0);
