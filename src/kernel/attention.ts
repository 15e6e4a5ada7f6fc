/**
 * Scaled dot-product attention (Vaswani et al. 2017, eq. 1):
 *
 *   Attention(Q, K, V) = softmax(QKᵀ / √d_k) V
 *
 * computed in the four steps the course teaches (score, scale, mask + softmax, weighted
 * sum), returning every intermediate so a widget can show each stage.
 */
import { KernelError, ensure } from './errors.ts';
import { Matrix, type MatrixLike, addRowVector, assertNoOverflow, assertShape, matmul, matmulTransposed, matrix } from './matrix.ts';
import { type MaskLike, mask as toMask } from './masks.ts';
import { softmaxRows } from './softmax.ts';

export interface AttentionOptions {
  /** Which keys each query may attend to; masked pairs get weight exactly 0. */
  mask?: MaskLike;
  /** The divisor of the scores. Default √d_k; pass 1 to see attention without scaling. */
  divideBy?: number;
}

export interface AttentionResult {
  /** Width of queries and keys. */
  d_k: number;
  /** S = QKᵀ, [n_q, n_k]: s_ij = q_i · k_j, how well query i matches key j. */
  scores: Matrix;
  /** S / √d_k, [n_q, n_k]. */
  scaledScores: Matrix;
  /** The scaled scores with −∞ where the mask forbids attending, [n_q, n_k]. */
  maskedScores: Matrix;
  /** A = softmax(row-wise), [n_q, n_k]: each row sums to 1 (or is all 0 if fully masked). */
  weights: Matrix;
  /** Z = A V, [n_q, d_v]: row i is the weighted average of the values query i attends to. */
  output: Matrix;
  /** fullyMasked[i]: query i could attend to nothing, so its weights and output are 0. */
  fullyMasked: boolean[];
}

/** softmax(QKᵀ / √d_k + M) V with every intermediate. Q: [n_q, d_k], K: [n_k, d_k], V: [n_k, d_v]. */
export function scaledDotProductAttention(Q_: MatrixLike, K_: MatrixLike, V_: MatrixLike, options: AttentionOptions = {}): AttentionResult {
  const Q = matrix(Q_, 'Q'), K = matrix(K_, 'K'), V = matrix(V_, 'V');
  const d_k = Q.cols;
  assertShape(K, [-1, d_k], 'K');
  assertShape(V, [K.rows, -1], 'V');
  const divideBy = options.divideBy ?? Math.sqrt(d_k);
  ensure(Number.isFinite(divideBy) && divideBy > 0, 'divideBy', 'must be a finite number > 0');
  const M = options.mask === undefined ? undefined : toMask(options.mask, Q.rows, K.rows);

  const scores = matmulTransposed(Q, K, ['Q', 'K']); // [n_q, n_k]
  assertNoOverflow(scores, 'QKᵀ');
  const scaledScores = new Matrix(scores.rows, scores.cols); // [n_q, n_k]
  for (let k = 0; k < scores.data.length; k++) scaledScores.data[k] = scores.data[k]! / divideBy;
  assertNoOverflow(scaledScores, 'QKᵀ/√d_k'); // a tiny divideBy can overflow
  const maskedScores = M === undefined ? scaledScores : new Matrix(scores.rows, scores.cols); // [n_q, n_k]
  if (M !== undefined) for (let k = 0; k < scores.data.length; k++) maskedScores.data[k] = M.allowed[k] === 1 ? scaledScores.data[k]! : -Infinity;
  const { weights, fullyMasked } = softmaxRows(scaledScores, 1, M?.allowed); // [n_q, n_k]
  const output = matmul(weights, V, ['A', 'V']); // [n_q, d_v]
  assertNoOverflow(output, 'Z');
  return { d_k, scores, scaledScores, maskedScores, weights, output, fullyMasked };
}

/** A learned linear map x ↦ xW + b; b is optional (the paper's equations have none). */
export interface Linear {
  W: MatrixLike;
  b?: readonly number[];
}

/** X W + b, applied to every row. X: [n, d_in], W: [d_in, d_out] → [n, d_out]. */
export function linear(X_: MatrixLike, layer: Linear, names: readonly [string, string] = ['X', 'W']): Matrix {
  const X = matrix(X_, names[0]), W = matrix(layer.W, names[1]);
  if (W.rows !== X.cols) throw new KernelError({ code: 'shape', matrix: names[1], expected: [X.cols, -1], actual: W.shape });
  const Y = matmul(X, W, names); // [n, d_out]
  const out = layer.b === undefined ? Y : addRowVector(Y, layer.b, `b of ${names[1]}`);
  assertNoOverflow(out, `${names[0]}·${names[1]}`);
  return out;
}

export interface ProjectionWeights {
  W_Q: MatrixLike; // [d_model, d_k]
  W_K: MatrixLike; // [d_model, d_k]
  W_V: MatrixLike; // [d_model, d_v]
  b_Q?: readonly number[];
  b_K?: readonly number[];
  b_V?: readonly number[];
}

export interface Projections {
  Q: Matrix;
  K: Matrix;
  V: Matrix;
}

/**
 * Q = X_q W_Q, K = X_kv W_K, V = X_kv W_V. For self-attention X_q = X_kv = X; for
 * cross-attention the queries come from one sequence and keys and values from another.
 */
export function project(X_q: MatrixLike, X_kv: MatrixLike, w: ProjectionWeights): Projections {
  const bias = (b: readonly number[] | undefined) => (b === undefined ? {} : { b });
  const Q = linear(X_q, { W: w.W_Q, ...bias(w.b_Q) }, ['X', 'W_Q']); // [n_q, d_k]
  const K = linear(X_kv, { W: w.W_K, ...bias(w.b_K) }, [X_q === X_kv ? 'X' : 'Y', 'W_K']); // [n_k, d_k]
  const V = linear(X_kv, { W: w.W_V, ...bias(w.b_V) }, [X_q === X_kv ? 'X' : 'Y', 'W_V']); // [n_k, d_v]
  if (K.cols !== Q.cols) throw new KernelError({ code: 'shape', matrix: 'W_K', expected: [-1, Q.cols], actual: matrix(w.W_K, 'W_K').shape });
  return { Q, K, V };
}

/** Self-attention of one sequence X: [n, d_model]. */
export function selfAttention(X: MatrixLike, w: ProjectionWeights, options: AttentionOptions = {}): Projections & AttentionResult {
  const p = project(X, X, w);
  return { ...p, ...scaledDotProductAttention(p.Q, p.K, p.V, options) };
}

/** Cross-attention: queries from X: [n_q, d_model], keys and values from Y: [n_k, d_model]. */
export function crossAttention(X: MatrixLike, Y: MatrixLike, w: ProjectionWeights, options: AttentionOptions = {}): Projections & AttentionResult {
  const p = project(X, Y, w);
  return { ...p, ...scaledDotProductAttention(p.Q, p.K, p.V, options) };
}
