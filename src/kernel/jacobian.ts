/**
 * The softmax's Jacobian and the size of a matrix: how much a softmax's output can still move
 * when its inputs move (the scaling chapter). Kept apart from softmax.ts so that pages which only
 * need the softmax do not load it.
 */
import { ensure } from './errors.ts';
import { Matrix } from './matrix.ts';

/**
 * The Jacobian of a = softmax(z), given a: ∂a_i/∂z_j = a_i(δ_ij − a_j). Every entry is at most
 * 1/4 in size, and all of them go to 0 as one a_i goes to 1: a saturated softmax passes almost
 * no gradient back to its scores.
 */
export function softmaxJacobian(a: readonly number[]): Matrix {
  ensure(a.length > 0, 'weights', 'need at least one weight');
  ensure(a.every((x) => Number.isFinite(x) && x >= 0), 'weights', 'must be finite numbers ≥ 0');
  const n = a.length;
  const J = new Matrix(n, n); // [n, n]
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) J.set(i, j, a[i]! * ((i === j ? 1 : 0) - a[j]!));
  return J;
}

/** The largest |entry| and the Frobenius norm √(Σ J_ij²) of a matrix: two sizes of a Jacobian. */
export function matrixSize(J: Matrix): { maxAbs: number; frobenius: number } {
  let maxAbs = 0, sq = 0;
  for (const v of J.data) {
    maxAbs = Math.max(maxAbs, Math.abs(v));
    sq += v * v;
  }
  return { maxAbs, frobenius: Math.sqrt(sq) };
}
