/**
 * The head splitter's logic, free of Svelte so it is unit-tested in Node: what the reader typed
 * (string grids) → numbers → the kernel's multi-head attention, seen two ways (Concat·W_O and the
 * sum over heads), or the first problem to explain.
 */
import { KernelError, type Matrix, type MultiHeadResult, add, matmul, matrix, multiHeadAttention, sliceCols, sliceRows } from '../../kernel/index.ts';
import { type CellProblem, type Grid, parseGrid } from '../ui/grid.ts';

/** The matrices the reader edits, in the order the widget lists them. */
export const MATRICES = ['X', 'W_Q', 'W_K', 'W_V', 'W_O'] as const;
export type MatrixName = (typeof MATRICES)[number];

export type SplitterInputs = Record<MatrixName, Grid>; // X: [n, d_model], W_*: [d_model, d_model]

/** One head's share of the weights and of the output. */
export interface HeadView {
  /** W_Q[:, columns of h] (likewise K, V): this head's own projection, [d_model, d_k]. */
  W_Q: Matrix;
  W_K: Matrix;
  W_V: Matrix;
  /** W_O[rows of h], [d_v, d_model]: the rows this head's output meets. */
  W_O: Matrix;
  /** Z_h · W_O[rows of h], [n, d_model]: this head's term of the sum. */
  term: Matrix;
}

export interface SplitterResult {
  mha: MultiHeadResult;
  /** The output projection as parsed, [d_model, d_model]. */
  W_O: Matrix;
  heads: HeadView[];
  /** Σ_h Z_h · W_O[rows of h], [n, d_model]: the same product as mha.output, added up head by head. */
  sum: Matrix;
  /** max |Σ − Concat·W_O| over all entries: 0, or a difference in the last binary digit. */
  maxDiff: number;
}

export type Outcome = { ok: true; result: SplitterResult } | { ok: false; problem: CellProblem } | { ok: false; error: KernelError };

/** The numbers of heads that cut d_model into equal whole parts: 8 → [1, 2, 4, 8]. */
export function divisors(d_model: number): number[] {
  return Array.from({ length: d_model }, (_, i) => i + 1).filter((H) => d_model % H === 0);
}

/** Which head (0-based) owns column (or row) j of a width-d matrix cut into H blocks. */
export const headOf = (d: number, H: number, j: number): number => Math.floor(j / (d / H));

/** Parses what the reader typed and runs the kernel with H heads; the first problem stops it. */
export function compute(inputs: SplitterInputs, H: number): Outcome {
  const v = {} as Record<MatrixName, number[][]>;
  for (const name of MATRICES) {
    const parsed = parseGrid(inputs[name], name);
    if (!parsed.ok) return { ok: false, problem: parsed.problem };
    v[name] = parsed.values;
  }
  try {
    const W_Q = matrix(v.W_Q, 'W_Q'), W_K = matrix(v.W_K, 'W_K'), W_V = matrix(v.W_V, 'W_V'), W_O = matrix(v.W_O, 'W_O');
    const mha = multiHeadAttention(v.X, { W_Q, W_K, W_V, W_O }, H);
    return { ok: true, result: sumOverHeads(mha, { W_Q, W_K, W_V, W_O }) };
  } catch (e) {
    if (e instanceof KernelError) return { ok: false, error: e };
    throw e;
  }
}

/**
 * W_O seen as a sum over heads: Concat(Z_1 … Z_H) · W_O = Σ_h Z_h · W_O[rows of h], because the
 * columns of head h in Concat meet only the rows of head h in W_O. Only the order of the
 * additions differs from the product, so the two agree up to the last binary digit.
 */
export function sumOverHeads(mha: MultiHeadResult, W: Record<'W_Q' | 'W_K' | 'W_V' | 'W_O', Matrix>): SplitterResult {
  const { d_k, d_v } = mha;
  const heads = mha.heads.map((head, h) => {
    const W_O_h = sliceRows(W.W_O, h * d_v, (h + 1) * d_v); // [d_v, d_model]
    return {
      W_Q: sliceCols(W.W_Q, h * d_k, (h + 1) * d_k), // [d_model, d_k]
      W_K: sliceCols(W.W_K, h * d_k, (h + 1) * d_k), // [d_model, d_k]
      W_V: sliceCols(W.W_V, h * d_v, (h + 1) * d_v), // [d_model, d_v]
      W_O: W_O_h,
      term: matmul(head.output, W_O_h, [`Z_${h + 1}`, 'W_O']), // [n, d_model]
    };
  });
  const sum = heads.slice(1).reduce((s, head) => add(s, head.term), heads[0]!.term); // [n, d_model]
  let maxDiff = 0;
  for (let k = 0; k < sum.data.length; k++) {
    const v = sum.data[k]!;
    // Concat·W_O was checked by the kernel; a term added in another order may still overflow on its own
    if (!Number.isFinite(v)) throw new KernelError({ code: 'overflow', matrix: 'Σ', row: Math.floor(k / sum.cols), col: k % sum.cols });
    maxDiff = Math.max(maxDiff, Math.abs(v - mha.output.data[k]!));
  }
  return { mha, W_O: W.W_O, heads, sum, maxDiff };
}

/** The parameters of the four projections (no biases) with H heads: the same 4·d_model² for every H. */
export interface ParamCount {
  H: number;
  d_k: number;
  /** One head's block of W_Q (or W_K, W_V): d_model × d_k. */
  block: number;
  /** W_Q, W_K and W_V together: 3 · H · d_model · d_k. */
  qkv: number;
  /** W_O: (H · d_v) × d_model = d_model². */
  out: number;
  total: number;
}

export function paramCount(d_model: number, H: number): ParamCount {
  const d_k = d_model / H;
  const block = d_model * d_k;
  const qkv = 3 * H * block;
  const out = H * d_k * d_model;
  return { H, d_k, block, qkv, out, total: qkv + out };
}

/** Beyond this size a typed number makes a softmax one-hot and the sums lose their small terms. */
export const LARGE = 1e6;

/** The first cell whose number is beyond ±LARGE (computed anyway, but the reader is told), or null. */
export function largeCell(inputs: SplitterInputs): { matrix: MatrixName; row: number; col: number } | null {
  for (const name of MATRICES) {
    const parsed = parseGrid(inputs[name], name);
    if (!parsed.ok) continue;
    for (let i = 0; i < parsed.values.length; i++) {
      const j = parsed.values[i]!.findIndex((x) => Math.abs(x) > LARGE);
      if (j >= 0) return { matrix: name, row: i, col: j };
    }
  }
  return null;
}

/** The column of the largest weight in each row of A (the key each query attends to most). */
export function strongestKeys(A: Matrix): number[] {
  return Array.from({ length: A.rows }, (_, i) => {
    let best = 0;
    for (let j = 1; j < A.cols; j++) if (A.get(i, j) > A.get(i, best)) best = j;
    return best;
  });
}
