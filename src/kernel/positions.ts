/**
 * Position information. Self-attention alone is permutation-equivariant: it sees a set, not
 * a sequence. These encodings put order back in.
 */
import { KernelError, ensure } from './errors.ts';
import { Matrix, type MatrixLike, add, assertShape, fromFunction, matrix, sliceRows } from './matrix.ts';

/**
 * The sinusoidal encoding of Vaswani et al. 2017, §3.5:
 *   PE(pos, 2i)   = sin(pos / 10000^(2i / d_model))
 *   PE(pos, 2i+1) = cos(pos / 10000^(2i / d_model))
 * for positions 0..n−1. Returns [n, d_model].
 */
export function sinusoidalPositionalEncoding(n: number, d_model: number): Matrix {
  ensure(Number.isInteger(n) && n >= 1, 'n', 'must be a whole number ≥ 1');
  ensure(Number.isInteger(d_model) && d_model >= 1, 'd_model', 'must be a whole number ≥ 1');
  return fromFunction(n, d_model, (pos, j) => {
    const i = Math.floor(j / 2);
    const angle = pos / 10000 ** ((2 * i) / d_model);
    return j % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
  });
}

/** A learned table of position vectors, [max_len, d_model]: positions 0..n−1 are its first n rows. */
export function learnedPositionalEncoding(table: MatrixLike, n: number): Matrix {
  const P = matrix(table, 'position table');
  ensure(Number.isInteger(n) && n >= 1 && n <= P.rows, 'n', `the table has rows for ${P.rows} positions`);
  return sliceRows(P, 0, n); // [n, d_model]
}

/** X + P: positions are added to the token embeddings, before attention. */
export function addPositionalEncoding(X_: MatrixLike, P_: MatrixLike): Matrix {
  const X = matrix(X_, 'X'), P = matrix(P_, 'P');
  assertShape(P, X.shape, 'P');
  return add(X, P, ['X', 'P']);
}

/**
 * Rotary position embedding (RoPE, Su et al. 2021): each pair (x_2i, x_2i+1) of row `pos` is
 * rotated by the angle pos · θ_i, θ_i = base^(−2i/d). Applied to Q and K, it makes q_m · k_n
 * depend on the offset m − n only. `positions` defaults to 0..n−1. X: [n, d], d even.
 */
export function rotaryEmbedding(X_: MatrixLike, options: { positions?: readonly number[]; base?: number } = {}): Matrix {
  const X = matrix(X_, 'X');
  const d = X.cols;
  const base = options.base ?? 10000;
  const positions = options.positions ?? Array.from({ length: X.rows }, (_, i) => i);
  ensure(d % 2 === 0, 'X', `RoPE rotates pairs of entries, so the width must be even (it is ${d})`);
  ensure(positions.length === X.rows, 'positions', `needs one position per row (${X.rows})`);
  ensure(base > 1 && Number.isFinite(base), 'base', 'must be a finite number > 1');
  const Y = new Matrix(X.rows, d); // [n, d]
  for (let r = 0; r < X.rows; r++) {
    for (let i = 0; i < d / 2; i++) {
      const angle = positions[r]! * base ** ((-2 * i) / d);
      const c = Math.cos(angle), s = Math.sin(angle);
      const x0 = X.get(r, 2 * i), x1 = X.get(r, 2 * i + 1);
      Y.set(r, 2 * i, x0 * c - x1 * s);
      Y.set(r, 2 * i + 1, x0 * s + x1 * c);
    }
  }
  return Y;
}

/** Row i of the result is row perm[i] of M: the sequence in a new order. */
export function permuteRows(M_: MatrixLike, perm: readonly number[]): Matrix {
  const M = matrix(M_, 'matrix');
  assertPermutation(perm, M.rows);
  return fromFunction(M.rows, M.cols, (i, j) => M.get(perm[i]!, j));
}

/** The permutation that undoes `perm`. */
export function invertPermutation(perm: readonly number[]): number[] {
  assertPermutation(perm, perm.length);
  const inv = new Array<number>(perm.length);
  perm.forEach((p, i) => { inv[p] = i; });
  return inv;
}

function assertPermutation(perm: readonly number[], n: number): void {
  const seen = new Set(perm);
  if (perm.length !== n || seen.size !== n || perm.some((p) => !Number.isInteger(p) || p < 0 || p >= n)) {
    throw new KernelError({ code: 'invalidArgument', argument: 'perm', reason: `must list each of 0..${n - 1} exactly once` });
  }
}
