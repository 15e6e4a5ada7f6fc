/**
 * softmax(x)_j = exp((x_j − max x) / T) / Σ_k exp((x_k − max x) / T), row by row.
 *
 * Subtracting the row maximum changes nothing mathematically (it cancels in the ratio) but
 * keeps every exponent ≤ 0, so exp never overflows, even for entries of ±1e308: the largest
 * entry contributes exp(0) = 1 and the sum is at least 1. Entries equal to −∞ are masked and
 * get weight exactly 0; a row with no unmasked entry gets all zeros and is flagged.
 */
import { KernelError, ensure } from './errors.ts';
import { Matrix, type MatrixLike, matrix } from './matrix.ts';
import { type MaskLike, mask as toMask } from './masks.ts';

export interface SoftmaxOptions {
  /** T > 0: below 1 sharpens, above 1 flattens. Default 1. */
  temperature?: number;
  /** Entries where the mask is false are treated as −∞. */
  mask?: MaskLike;
}

export interface SoftmaxResult {
  weights: Matrix;
  /** fullyMasked[i] is true when row i had nothing to attend to (its weights are all 0). */
  fullyMasked: boolean[];
}

/** Row-wise softmax of a matrix, or the softmax of a single vector. */
export function softmax(x: readonly number[], options?: SoftmaxOptions): number[];
export function softmax(x: MatrixLike, options?: SoftmaxOptions): Matrix;
export function softmax(x: MatrixLike | readonly number[], options: SoftmaxOptions = {}): Matrix | number[] {
  if (isVector(x)) return Array.from(maskedSoftmax([x], options).weights.row(0));
  return maskedSoftmax(x, options).weights;
}

function isVector(x: MatrixLike | readonly number[]): x is readonly number[] {
  return Array.isArray(x) && (x.length === 0 || !Array.isArray(x[0]));
}

/** Row-wise softmax that also reports which rows were fully masked. */
export function maskedSoftmax(x: MatrixLike, options: SoftmaxOptions = {}): SoftmaxResult {
  const S = scoresWithMinusInfinity(x);
  const T = options.temperature ?? 1;
  ensure(Number.isFinite(T) && T > 0, 'temperature', 'must be a finite number > 0');
  const M = options.mask === undefined ? undefined : toMask(options.mask, S.rows, S.cols);
  return softmaxRows(S, T, M?.allowed);
}

/** Like `matrix`, but −∞ is allowed: it is how a masked score is written. */
function scoresWithMinusInfinity(x: MatrixLike): Matrix {
  if (x instanceof Matrix) {
    const k = x.data.findIndex((v) => Number.isNaN(v) || v === Infinity);
    if (k >= 0) throw new KernelError({ code: 'nonFinite', matrix: 'scores', row: Math.floor(k / x.cols), col: k % x.cols, value: x.data[k] });
    if (x.rows === 0 || x.cols === 0) throw new KernelError({ code: 'empty', matrix: 'scores' });
    return x;
  }
  const finite = x.map((r) => (Array.isArray(r) ? r.map((v) => (v === -Infinity ? 0 : v)) : r));
  const M = matrix(finite, 'scores'); // validates shape and everything but −∞
  x.forEach((r, i) => r.forEach((v, j) => { if (v === -Infinity) M.set(i, j, -Infinity); }));
  return M;
}

/**
 * The softmax itself, on already validated scores; `allowed` (row-major, 1 = may attend) masks
 * entries. Used by attention too.
 */
export function softmaxRows(S: Matrix, T: number, allowed?: Uint8Array): SoftmaxResult {
  const n = S.rows, m = S.cols;
  const W = new Matrix(n, m); // [n, m]
  const fullyMasked: boolean[] = [];
  const s = S.data, w = W.data;
  for (let i = 0; i < n; i++) {
    const o = i * m;
    let max = -Infinity;
    for (let j = 0; j < m; j++) if ((allowed === undefined || allowed[o + j] === 1) && s[o + j]! > max) max = s[o + j]!;
    fullyMasked.push(max === -Infinity);
    if (max === -Infinity) continue; // the row stays all zeros
    let sum = 0;
    for (let j = 0; j < m; j++) {
      // (x − max) may be −∞ (a masked entry, or −1e308 − 1e308); exp(−∞) = 0 exactly.
      const e = allowed === undefined || allowed[o + j] === 1 ? Math.exp((s[o + j]! - max) / T) : 0;
      w[o + j] = e;
      sum += e;
    }
    for (let j = 0; j < m; j++) w[o + j]! /= sum;
  }
  return { weights: W, fullyMasked };
}

