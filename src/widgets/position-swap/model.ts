/**
 * "Swap two words" (PositionSwap): one head of self-attention over a short sentence, computed for
 * the sentence as written and for the sentence with words moved around. Without positions
 * attention is permutation-equivariant: Attention(PX) = P·Attention(X), so each word keeps its
 * exact output wherever it stands and any order-free summary (the mean of the rows) is the same.
 * A constant position code keeps that; codes that differ by position break it.
 * Every number comes from the kernel; this module has no DOM and no words.
 */
import {
  type AttentionResult, KernelError, type Matrix, type ProjectionWeights, addPositionalEncoding, createRng, fromFunction,
  invertPermutation, learnedPositionalEncoding, selfAttention, sinusoidalPositionalEncoding,
} from '../../kernel/index.ts';

/** Width of every word vector (d_model), and of the head's queries, keys and values. */
export const D = 4;
/** The shortest and longest sentence the widget takes. */
export const MIN_TOKENS = 2;
export const MAX_TOKENS = 6;
/** Seeds of the fixed projections, the learned-like position table and the default constant code. */
export const WEIGHTS_SEED = 2017;
export const LEARNED_SEED = 512;
export const CONSTANT_SEED = 7;
/** Below this, two outputs are the same number up to floating-point rounding (the sums ran in another order). */
export const SAME_TOLERANCE = 1e-12;

/** How positions enter: not at all, one vector for every position, the paper's sinusoids, or a learned-like table. */
export type Mode = 'none' | 'constant' | 'sinusoidal' | 'learned';
export const MODES: readonly Mode[] = ['none', 'constant', 'sinusoidal', 'learned'];

/**
 * FNV-1a (32 bits) of the word, lower-cased and in Unicode normal form C, over its code points:
 * the seed of its embedding, so the same word always gets the same vector.
 */
export function wordSeed(word: string): number {
  let h = 0x811c9dc5;
  for (const ch of word.normalize('NFC').toLowerCase()) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The word's embedding: D numbers in [−1, 1) with two decimals, drawn from createRng(wordSeed(word)). */
export function embedding(word: string): number[] {
  return [...createRng(wordSeed(word)).matrix(1, D, { min: -1, max: 1, decimals: 2 }).data];
}

/** X: one row per word, [n, D]. */
export function embed(tokens: readonly string[]): Matrix {
  const rows = tokens.map(embedding);
  return fromFunction(tokens.length, D, (i, j) => rows[i]![j]!);
}

/** W_Q, W_K, W_V: [D, D] each, two decimals, fixed by WEIGHTS_SEED. */
export function projections(): ProjectionWeights & { W_Q: Matrix; W_K: Matrix; W_V: Matrix } {
  const rng = createRng(WEIGHTS_SEED);
  const o = { min: -1, max: 1, decimals: 2 };
  return { W_Q: rng.matrix(D, D, o), W_K: rng.matrix(D, D, o), W_V: rng.matrix(D, D, o) };
}

/** The learned-like table: one row per position 0..MAX_TOKENS−1, [MAX_TOKENS, width], fixed by LEARNED_SEED. */
export function learnedTable(width = D): Matrix {
  return createRng(LEARNED_SEED).matrix(MAX_TOKENS, width, { min: -1, max: 1, decimals: 2 });
}

/** The constant code the widget opens with: D numbers with one decimal. */
export function defaultConstant(): number[] {
  return [...createRng(CONSTANT_SEED).matrix(1, D, { min: -1, max: 1, decimals: 1 }).data];
}

/** P, [n, width]: what is added to X before attention, or null without positions. */
export function positionCodes(mode: Mode, n: number, constant: readonly number[], width = D): Matrix | null {
  switch (mode) {
    case 'none':
      return null;
    case 'constant':
      return fromFunction(n, width, (_, j) => constant[j] ?? 0);
    case 'sinusoidal':
      return sinusoidalPositionalEncoding(n, width);
    case 'learned':
      return learnedPositionalEncoding(learnedTable(width), n);
  }
}

/** One sequence through the head: X, P, the attention's input X + P, every intermediate and the mean output row. */
export interface Run {
  X: Matrix;
  P: Matrix | null;
  input: Matrix;
  attention: AttentionResult;
  /** The mean of the output rows: an order-free summary, as a pooled classifier would read it. */
  mean: number[];
}

/** One sentence through the head, with its words. */
export interface Side extends Run {
  tokens: string[];
}

/** X (any width) with positions of the given kind added, through one head of self-attention. */
export function run(X: Matrix, mode: Mode, constant: readonly number[], weights: ProjectionWeights): Run {
  const P = positionCodes(mode, X.rows, constant, X.cols); // [n, d_model] or none
  const input = P === null ? X : addPositionalEncoding(X, P); // [n, d_model]
  const attention = selfAttention(input, weights); // output: [n, d_v]
  return { X, P, input, attention, mean: meanRow(attention.output) };
}

export function runSentence(tokens: readonly string[], mode: Mode, constant: readonly number[], weights: ProjectionWeights = projections()): Side {
  return { tokens: [...tokens], ...run(embed(tokens), mode, constant, weights) };
}

/** The mean of a matrix's rows, [cols]. */
export function meanRow(M: Matrix): number[] {
  return Array.from({ length: M.cols }, (_, j) => {
    let s = 0;
    for (let i = 0; i < M.rows; i++) s += M.get(i, j);
    return s / M.rows;
  });
}

/** Largest |a − b| over two lists of the same length. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let k = 0; k < a.length; k++) worst = Math.max(worst, Math.abs(a[k]! - b[k]!));
  return worst;
}

/** `order` with the words at positions i and j traded: order[k] is the original position of the word now at k. */
export function swapped(order: readonly number[], i: number, j: number): number[] {
  const next = [...order];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

/** The identity order 0..n−1. */
export const identityOrder = (n: number): number[] => Array.from({ length: n }, (_, k) => k);

/**
 * The same reordering with identical words matched in their order of appearance: two copies of
 * "the" have the same vector, so nothing can tell them apart, and trading them moves nothing.
 * Each word now at position k is matched to the earliest unmatched copy of it in the sentence.
 */
export function canonicalOrder(tokens: readonly string[], order: readonly number[]): number[] {
  const key = (k: number) => tokens[k]!.normalize('NFC').toLowerCase();
  const used = new Set<number>();
  return order.map((from) => {
    const match = tokens.findIndex((_, k) => !used.has(k) && key(k) === key(from));
    used.add(match);
    return match;
  });
}

/** Whether `order` leaves every word where it was. */
export const isIdentity = (order: readonly number[]): boolean => order.every((from, k) => from === k);

/** The sentence before and after reordering, matched word by word. */
export interface Comparison {
  mode: Mode;
  before: Side;
  after: Side;
  /** order[k]: the row of `before` whose word now stands at position k of `after` (identical words matched in order, see canonicalOrder). */
  order: number[];
  /** wordDiffs[k]: largest |after row k − before row order[k]|: how much the word at k changed its output by moving. */
  wordDiffs: number[];
  /** The largest of wordDiffs. */
  maxDiff: number;
  /** Largest |mean after − mean before|. */
  meanDiff: number;
  /** Whether moving the words changed any word's output beyond rounding. */
  changed: boolean;
  /** Whether the mean of the outputs changed beyond rounding. */
  meanChanged: boolean;
  /** What the widget says about it. */
  verdict: Verdict;
}

/**
 * `unchanged`: the sentence reads the same after the move (nothing or only identical words moved);
 * `same`: words moved and each kept its output (no positions, or a constant code);
 * `changed`: words moved and outputs changed (positions that differ by position).
 */
export type Verdict = 'unchanged' | 'same' | 'changed';

/** How far each row moved from its match: after row k against before row order[k]; and the means. */
export interface Differences {
  wordDiffs: number[];
  maxDiff: number;
  meanDiff: number;
}

/**
 * The rows of `after` matched to the rows of `before` they came from (after row k ↔ before row
 * order[k]): the largest difference per row, overall, and between the two means.
 */
export function differences(before: Run, after: Run, order: readonly number[]): Differences {
  const B = before.attention.output, A = after.attention.output;
  const wordDiffs = order.map((from, k) => {
    let worst = 0;
    for (let c = 0; c < A.cols; c++) worst = Math.max(worst, Math.abs(A.get(k, c) - B.get(from, c)));
    return worst;
  });
  return { wordDiffs, maxDiff: Math.max(0, ...wordDiffs), meanDiff: maxAbsDiff(after.mean, before.mean) };
}

/**
 * Runs both sentences through the same head with the same kind of positions. `order` says where
 * each word of `tokens` went (a permutation of 0..n−1): the word at position k afterwards is
 * tokens[order[k]].
 */
export function compare(tokens: readonly string[], order_: readonly number[], mode: Mode, constant: readonly number[], weights: ProjectionWeights = projections()): Comparison {
  if (order_.length !== tokens.length) throw new KernelError({ code: 'invalidArgument', argument: 'order', reason: `needs one entry per word (${tokens.length})` });
  invertPermutation(order_); // throws a KernelError unless order_ lists each of 0..n−1 once
  const order = canonicalOrder(tokens, order_);
  const before = runSentence(tokens, mode, constant, weights);
  const after = runSentence(order.map((k) => tokens[k]!), mode, constant, weights);
  const { wordDiffs, maxDiff, meanDiff } = differences(before, after, order);
  const changed = maxDiff > SAME_TOLERANCE;
  const verdict: Verdict = isIdentity(order) ? 'unchanged' : changed ? 'changed' : 'same';
  return { mode, before, after, order, wordDiffs, maxDiff, meanDiff, changed, meanChanged: meanDiff > SAME_TOLERANCE, verdict };
}
