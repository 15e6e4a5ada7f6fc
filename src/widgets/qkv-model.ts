/**
 * The Q/K/V explorer's logic, free of Svelte so it is unit-tested in Node: what the reader
 * typed (string grids) → numbers → the kernel's attention, or the first problem to explain.
 */
import { type AttentionResult, KernelError, type Matrix, matrix, project, scaledDotProductAttention } from '../kernel/index.ts';
import type { Preset } from '../course/presets.ts';
import type { Locale } from '../i18n/locales.ts';
import { type Equation, attentionSteps, fixedDigits } from '../course/equations.ts';
import { type CellProblem, type Grid, parseGrid, resizeGrid, toGrid } from './ui/grid.ts';
import { parseNumber } from '../quiz/parse.ts';

export type Mode = 'projection' | 'direct';

export interface ExplorerInputs {
  mode: Mode;
  /** Labels of the key/value rows (and of the query rows in projection mode). */
  tokens: string[];
  /** Labels of the query rows in direct mode. */
  queryTokens: string[];
  X: Grid; // [n, d_model]
  W_Q: Grid; // [d_model, d_k]
  W_K: Grid; // [d_model, d_k]
  W_V: Grid; // [d_model, d_v]
  Q: Grid; // [n_q, d_k]
  K: Grid; // [n_k, d_k]
  V: Grid; // [n_k, d_v]
}

export interface Dims {
  /** Query rows (equal to n_k in projection mode). */
  n_q: number;
  n_k: number;
  d_model: number;
  d_k: number;
  d_v: number;
}

export const MAX_SIZE = 8;

export interface ExplorerResult {
  Q: Matrix;
  K: Matrix;
  V: Matrix;
  attention: AttentionResult;
}

export type Outcome = { ok: true; result: ExplorerResult } | { ok: false; problem: CellProblem } | { ok: false; error: KernelError };

const rows = (m: readonly (readonly number[])[]) => m.map((r) => [...r]);
const round = (M: Matrix) => M.toArray().map((r) => r.map((v) => Number(v.toFixed(4))));

export function inputsFromPreset(preset: Preset, locale: Locale, mode: Mode = preset.kind): ExplorerInputs {
  const tokens = [...preset.tokens[locale]];
  if (preset.kind === 'projection') {
    const { Q, K, V } = project(rows(preset.X), rows(preset.X), { W_Q: rows(preset.W_Q), W_K: rows(preset.W_K), W_V: rows(preset.W_V) });
    return { mode, tokens, queryTokens: tokens, X: toGrid(preset.X), W_Q: toGrid(preset.W_Q), W_K: toGrid(preset.W_K), W_V: toGrid(preset.W_V), Q: toGrid(round(Q)), K: toGrid(round(K)), V: toGrid(round(V)) };
  }
  // A direct preset seen in projection mode: X = K with identity-like weights, a starting point to edit.
  const d_k = preset.K[0]!.length, d_v = preset.V[0]!.length;
  const eye = (r: number, c: number) => Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => (i === j ? '1' : '0')));
  return { mode, tokens, queryTokens: [...preset.queryTokens[locale]], X: toGrid(preset.K), W_Q: eye(d_k, d_k), W_K: eye(d_k, d_k), W_V: eye(d_k, d_v), Q: toGrid(preset.Q), K: toGrid(preset.K), V: toGrid(preset.V) };
}

export function dimsOf(inputs: ExplorerInputs): Dims {
  if (inputs.mode === 'projection') {
    const n = inputs.X.length;
    return { n_q: n, n_k: n, d_model: inputs.X[0]?.length ?? 0, d_k: inputs.W_Q[0]?.length ?? 0, d_v: inputs.W_V[0]?.length ?? 0 };
  }
  return { n_q: inputs.Q.length, n_k: inputs.K.length, d_model: inputs.X[0]?.length ?? 0, d_k: inputs.Q[0]?.length ?? 0, d_v: inputs.V[0]?.length ?? 0 };
}

/**
 * A size the reader typed: a whole number from 1 to MAX_SIZE, or null when it is not one (blank,
 * text, 2.5, 0, 1e308…). A number field hands over "" for text it cannot read.
 */
export function readSize(text: string): number | null {
  const parsed = parseNumber(text);
  return parsed.ok && Number.isInteger(parsed.value) && parsed.value >= 1 && parsed.value <= MAX_SIZE ? parsed.value : null;
}

const clamp = (v: number) => Math.min(MAX_SIZE, Math.max(1, Math.round(v)));

/** The inputs at new sizes (each 1..8): existing entries kept, new ones 0, new tokens named by `tokenName(i)` (0-based). */
export function withDims(inputs: ExplorerInputs, next: Partial<Dims>, tokenName: (i: number) => string): ExplorerInputs {
  const d = { ...dimsOf(inputs), ...next };
  const n_k = clamp(d.n_k), d_model = clamp(d.d_model), d_k = clamp(d.d_k), d_v = clamp(d.d_v);
  const n_q = inputs.mode === 'projection' ? n_k : clamp(d.n_q);
  const label = (list: string[], n: number) => Array.from({ length: n }, (_, i) => list[i] ?? tokenName(i));
  return {
    ...inputs,
    tokens: label(inputs.tokens, n_k),
    queryTokens: label(inputs.mode === 'projection' ? inputs.tokens : inputs.queryTokens, n_q),
    X: resizeGrid(inputs.X, n_k, d_model),
    W_Q: resizeGrid(inputs.W_Q, d_model, d_k),
    W_K: resizeGrid(inputs.W_K, d_model, d_k),
    W_V: resizeGrid(inputs.W_V, d_model, d_v),
    Q: resizeGrid(inputs.Q, n_q, d_k),
    K: resizeGrid(inputs.K, n_k, d_k),
    V: resizeGrid(inputs.V, n_k, d_v),
  };
}

/** Parses what the reader typed and runs the kernel; the first problem stops it. */
export function compute(inputs: ExplorerInputs): Outcome {
  const names = inputs.mode === 'projection' ? (['X', 'W_Q', 'W_K', 'W_V'] as const) : (['Q', 'K', 'V'] as const);
  const values: Record<string, number[][]> = {};
  for (const name of names) {
    const parsed = parseGrid(inputs[name], name);
    if (!parsed.ok) return { ok: false, problem: parsed.problem };
    values[name] = parsed.values;
  }
  try {
    const { Q, K, V } = inputs.mode === 'projection'
      ? project(values['X']!, values['X']!, { W_Q: values['W_Q']!, W_K: values['W_K']!, W_V: values['W_V']! })
      : { Q: matrix(values['Q']!, 'Q'), K: matrix(values['K']!, 'K'), V: matrix(values['V']!, 'V') };
    return { ok: true, result: { Q, K, V, attention: scaledDotProductAttention(Q, K, V) } };
  } catch (e) {
    if (e instanceof KernelError) return { ok: false, error: e };
    throw e;
  }
}

/** The explorer writes every number with this many decimals. */
export const DECIMALS = 2;

const rowsOf = (M: Matrix) => Array.from({ length: M.rows }, (_, m) => M.row(m));

/** The four equations of query row i and key column j (clamped to the result's size), numbers in play. */
export function cellEquations(result: ExplorerResult, queryRow: number, keyCol: number): Equation[] {
  const a = result.attention;
  const i = Math.min(queryRow, a.weights.rows - 1), j = Math.min(keyCol, a.weights.cols - 1);
  return attentionSteps(
    {
      i, j, q: result.Q.row(i), keys: rowsOf(result.K), values: rowsOf(result.V), d_k: a.d_k,
      scores: a.scores.row(i), scaled: a.scaledScores.row(i), weights: a.weights.row(i), output: a.output.row(i),
    },
    { digits: fixedDigits(DECIMALS) },
  );
}

/** Beyond this size a typed number makes the softmax one-hot and the sums lose their small terms. */
export const LARGE = 1e6;

/** The first cell whose number is beyond ±LARGE (computed anyway, but the reader is told), or null. */
export function largeCell(inputs: ExplorerInputs): { matrix: string; row: number; col: number } | null {
  const names = inputs.mode === 'projection' ? (['X', 'W_Q', 'W_K', 'W_V'] as const) : (['Q', 'K', 'V'] as const);
  for (const name of names) {
    const parsed = parseGrid(inputs[name], name);
    if (!parsed.ok) continue;
    for (let i = 0; i < parsed.values.length; i++) {
      const j = parsed.values[i]!.findIndex((v) => Math.abs(v) > LARGE);
      if (j >= 0) return { matrix: name, row: i, col: j };
    }
  }
  return null;
}

/** Switching mode keeps what the reader built: projection → direct takes the current Q, K, V. */
export function switchMode(inputs: ExplorerInputs, mode: Mode, current: ExplorerResult | null): ExplorerInputs {
  if (mode === inputs.mode) return inputs;
  if (mode === 'direct') {
    const base = current ? { Q: toGrid(round(current.Q)), K: toGrid(round(current.K)), V: toGrid(round(current.V)) } : {};
    return { ...inputs, ...base, mode, queryTokens: [...inputs.tokens] };
  }
  // direct → projection: the queries become the token rows, so n_q = n_k again.
  return { ...inputs, mode, queryTokens: [...inputs.tokens] };
}
