/**
 * "Parallel or sequential" (ParallelSteps): one short sentence read by a plain RNN and by one
 * self-attention layer, with small seeded weights, so every state shown is a real number from the
 * kernel. The RNN's hidden states h₁…hₙ come one after another (hₜ needs hₜ₋₁): n sequential steps.
 * Self-attention computes all n outputs in a fixed number of stages, each one matrix operation over
 * every position at once, whatever n is. A shared clock steps both side by side. No DOM, no words.
 */
import { type Matrix, createRng, runRnn, selfAttention, sliceRows } from '../../kernel/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { type ProblemKind, quoted, readNumber } from '../ui/number-input.ts';

/** The sentence, ten tokens in each language (the same sentence). */
export const SENTENCES: Readonly<Record<Locale, readonly string[]>> = {
  zh: ['我', '昨天', '在', '图书馆', '借', '了', '一本', '好看', '的', '书'],
  en: ['Yesterday', 'I', 'borrowed', 'a', 'really', 'good', 'book', 'from', 'the', 'library'],
};

/** Width of the word vectors, the hidden states and the attention's queries, keys and values. */
export const D = 4;
export const N_MIN = 2;
export const N_MAX = 10;
/** The widget opens on the whole sentence. */
export const DEFAULT_N = N_MAX;
export const SEED = 2017;

/**
 * Self-attention's stages, each waiting for the one before: (1) Q, K, V = X times W (three
 * independent products), (2) the scores QKᵀ/√dₖ, (3) softmax along every row, (4) Z = A·V.
 * Inside a stage every position is computed at once.
 */
export const ATTENTION_STAGES = 4;
export const STAGES = ['project', 'scores', 'softmax', 'output'] as const;
export type Stage = (typeof STAGES)[number];

/** Sequential steps a layer needs for n tokens: the RNN one per token, self-attention a constant. */
export function sequentialSteps(kind: 'rnn' | 'attention', n: number): number {
  return kind === 'rnn' ? n : ATTENTION_STAGES;
}

/** For the sentence about longer sequences: n for which the counts are quoted as well. */
export const LONG_N = 1000;

export interface Weights {
  /** One random vector per position of the sentence: [N_MAX, D]. */
  X: Matrix;
  W_xh: Matrix; // [D, D]
  W_hh: Matrix; // [D, D]
  W_Q: Matrix; // [D, D]
  W_K: Matrix; // [D, D]
  W_V: Matrix; // [D, D]
}

/** The seeded word vectors and weights: small, so tanh stays away from ±1 and the states differ. */
export function weights(seed = SEED): Weights {
  const rng = createRng(seed);
  const X = rng.matrix(N_MAX, D, { std: 1, decimals: 2 });
  const small = () => rng.matrix(D, D, { std: 0.4, decimals: 2 });
  return { X, W_xh: small(), W_hh: small(), W_Q: small(), W_K: small(), W_V: small() };
}

export interface Reading {
  n: number;
  /** h₁…hₙ: [n, D]. */
  states: Matrix;
  /** z₁…zₙ: [n, D]. */
  outputs: Matrix;
  /** The attention weights A: [n, n]. */
  attention: Matrix;
}

/** The first n tokens read by both layers. */
export function read(n: number, w: Weights = weights()): Reading {
  const X = sliceRows(w.X, 0, n); // [n, D]
  const states = runRnn(X, { W_xh: w.W_xh, W_hh: w.W_hh }); // [n, D]
  const att = selfAttention(X, { W_Q: w.W_Q, W_K: w.W_K, W_V: w.W_V });
  return { n, states, outputs: att.output, attention: att.weights };
}

/* ---------- the stepper: one clock for both columns ---------- */

export interface Stepper {
  n: number;
  /** Sequential steps taken so far (0 … lastStep(n)). */
  clock: number;
  playing: boolean;
}

/** The clock stops when both are done: after n steps, or the attention's stages if n is smaller. */
export const lastStep = (n: number) => Math.max(sequentialSteps('rnn', n), sequentialSteps('attention', n));

/**
 * The widget opens after the attention's last stage: every zᵢ is there, while the RNN has only
 * its first few hₜ, which is the point before anyone presses a button.
 */
export function initialStepper(n = DEFAULT_N): Stepper {
  return { n, clock: Math.min(ATTENTION_STAGES, lastStep(n)), playing: false };
}

export const isDone = (s: Stepper) => s.clock >= lastStep(s.n);

/** One step by hand (stops playing). */
export function next(s: Stepper): Stepper {
  return { ...s, clock: Math.min(s.clock + 1, lastStep(s.n)), playing: false };
}

/** One step of playing: stops by itself at the end. */
export function tick(s: Stepper): Stepper {
  if (!s.playing) return s;
  const clock = Math.min(s.clock + 1, lastStep(s.n));
  return { ...s, clock, playing: clock < lastStep(s.n) };
}

/**
 * Start playing; from the end it starts again from the beginning. Without motion (the reader
 * asked for reduced motion) it goes straight to the end instead of stepping on a timer.
 */
export function play(s: Stepper, reducedMotion: boolean): Stepper {
  const from = isDone(s) ? 0 : s.clock;
  if (reducedMotion) return { ...s, clock: lastStep(s.n), playing: false };
  return { ...s, clock: from, playing: true };
}

export function pause(s: Stepper): Stepper {
  return { ...s, playing: false };
}

export function reset(s: Stepper): Stepper {
  return { ...s, clock: 0, playing: false };
}

/** A new sentence length keeps the steps taken, as far as the new length allows. */
export function withLength(s: Stepper, n: number): Stepper {
  return { ...s, n, clock: Math.min(s.clock, lastStep(n)) };
}

/** How many of h₁…hₙ are known. */
export const rnnKnown = (s: Stepper) => Math.min(s.clock, s.n);
/** How many of the attention's stages are done. */
export const stagesDone = (s: Stepper) => Math.min(s.clock, ATTENTION_STAGES);
export const attentionDone = (s: Stepper) => s.clock >= ATTENTION_STAGES;
export const rnnDone = (s: Stepper) => s.clock >= s.n;

/* ---------- reading the length the reader types ---------- */

export type LengthProblem = { kind: ProblemKind; text: string };
export type LengthResult = { ok: true; value: number } | { ok: false; problem: LengthProblem };

export function readLength(input: string): LengthResult {
  const r = readNumber(input, { min: N_MIN, max: N_MAX, whole: true });
  return r.ok ? r : { ok: false, problem: { kind: r.problem.kind, text: quoted(input.trim()) } };
}

/* ---------- shading ---------- */

/** The largest |value| among the states and outputs shown: both tables share one scale. */
export function shadeLimit(r: Reading): number {
  let limit = 0;
  for (const v of r.states.data) limit = Math.max(limit, Math.abs(v));
  for (const v of r.outputs.data) limit = Math.max(limit, Math.abs(v));
  return limit > 0 ? limit : 1;
}

/** A value's place from 0 (−limit) to 1 (+limit), for the heat shade. */
export function shade(v: number, limit: number): number {
  return Math.min(1, Math.max(0, (v / limit + 1) / 2));
}
