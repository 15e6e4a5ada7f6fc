/**
 * Multi-head attention (Vaswani et al. 2017, §3.2.2):
 *
 *   head_h = Attention(Q_h, K_h, V_h),  Q_h = (X W_Q)[:, h·d_k : (h+1)·d_k]  (likewise K, V)
 *   MultiHead(X) = Concat(head_1, …, head_H) W_O
 *
 * Projecting once to width H·d_k and cutting the columns into H blocks is the same as
 * H separate projections W_Q^h of width d_k: the blocks of W_Q are the per-head matrices.
 * With d_k = d_model / H the total width, and so the cost, matches one full-width head.
 */
import { KernelError, ensure } from './errors.ts';
import { type AttentionOptions, type AttentionResult, type Linear, type ProjectionWeights, linear, project, scaledDotProductAttention } from './attention.ts';
import { Matrix, type MatrixLike, concatCols, matrix, splitHeads } from './matrix.ts';

export interface MultiHeadWeights extends ProjectionWeights {
  /** Output projection, [H·d_v, d_model]. */
  W_O: MatrixLike;
  b_O?: readonly number[];
}

export interface MultiHeadOptions extends AttentionOptions {
  /** Keys and values from this sequence instead of X (cross-attention). */
  source?: MatrixLike;
}

export interface HeadResult extends AttentionResult {
  /** This head's slices: Q_h, K_h: [n, d_k], V_h: [n, d_v]. */
  Q: Matrix;
  K: Matrix;
  V: Matrix;
}

export interface MultiHeadResult {
  H: number;
  d_k: number;
  d_v: number;
  /** Full projections before the split, [n, H·d_k] (V: [n, H·d_v]). */
  Q: Matrix;
  K: Matrix;
  V: Matrix;
  heads: HeadResult[];
  /** Concat(head_1, …, head_H), [n_q, H·d_v]. */
  concat: Matrix;
  /** Concat(…) W_O, [n_q, d_model]. */
  output: Matrix;
}

/** MultiHead(X) with H heads; every head's intermediates are kept. X: [n, d_model]. */
export function multiHeadAttention(X: MatrixLike, w: MultiHeadWeights, H: number, options: MultiHeadOptions = {}): MultiHeadResult {
  ensure(Number.isInteger(H) && H >= 1, 'H', 'the number of heads must be a whole number ≥ 1');
  const { source, ...attentionOptions } = options;
  const { Q, K, V } = project(X, source ?? X, w); // [n_q, H·d_k], [n_k, H·d_k], [n_k, H·d_v]
  const Qs = splitHeads(Q, H, 'Q'), Ks = splitHeads(K, H, 'K'), Vs = splitHeads(V, H, 'V'); // H × [n, d_k]
  const heads = Qs.map((Q_h, h) => ({ Q: Q_h, K: Ks[h]!, V: Vs[h]!, ...scaledDotProductAttention(Q_h, Ks[h]!, Vs[h]!, attentionOptions) }));
  const concat = concatCols(heads.map((head) => head.output)); // [n_q, H·d_v]
  const W_O = matrix(w.W_O, 'W_O');
  if (W_O.rows !== concat.cols) throw new KernelError({ code: 'shape', matrix: 'W_O', expected: [concat.cols, -1], actual: W_O.shape });
  const output = linear(concat, withBias(W_O, w.b_O), ['Concat', 'W_O']); // [n_q, d_model]
  return { H, d_k: Q.cols / H, d_v: V.cols / H, Q, K, V, heads, concat, output };
}

function withBias(W: Matrix, b: readonly number[] | undefined): Linear {
  return b === undefined ? { W } : { W, b };
}
