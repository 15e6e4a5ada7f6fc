/**
 * The saturation widget's model. One query's scores s are taken at the size that ÷√d_k gives
 * them (about ±1). Without the division a dot product of width d_k is typically √d_k times
 * larger, so the softmax sees z = √d_k · s; with ÷√d_k it sees s itself; dividing by d_k instead
 * would give s / √d_k. Every case is the softmax of c · s for a factor c, and for each the widget
 * shows the weights, their entropy and the size of the softmax's Jacobian
 * J_ij = ∂a_i/∂z_j = a_i(δ_ij − a_j), which is what passes a gradient back to the scores.
 */
import { type Matrix, createRng, entropy, matrixSize, softmax, softmaxJacobian } from '../../kernel/index.ts';

/** What the right-hand column divides the raw scores by. */
export type Divisor = 'sqrt' | 'dk';

export const MIN_KEYS = 2;
export const MAX_KEYS = 8;

export interface Column {
  /** The factor c in z = c · s. */
  factor: number;
  /** The softmax's input z = c · s. */
  z: number[];
  weights: number[];
  /** −Σ a log a, in nats, and its largest possible value log n (uniform weights). */
  entropy: number;
  maxEntropy: number;
  largest: number;
  /** The index of the largest weight (the first, where several tie). */
  argmax: number;
  jacobian: Matrix;
  /** The largest |J_ij| and the Frobenius norm of J. */
  jMax: number;
  jNorm: number;
}

/** softmax(c · s), its entropy and its Jacobian: one column of the widget, or one point of its curve. */
export function column(scores: readonly number[], factor: number): Column {
  const z = scores.map((s) => factor * s);
  const weights = softmax(z);
  const J = softmaxJacobian(weights); // [n, n]
  const size = matrixSize(J);
  let argmax = 0;
  weights.forEach((w, i) => { if (w > weights[argmax]!) argmax = i; });
  return {
    factor, z, weights, entropy: entropy(weights), maxEntropy: Math.log(weights.length),
    largest: weights[argmax]!, argmax, jacobian: J, jMax: size.maxAbs, jNorm: size.frobenius,
  };
}

/** The factors of the two columns: without division (√d_k) and with the chosen divisor. */
export function factors(d_k: number, divisor: Divisor): { without: number; with: number } {
  const root = Math.sqrt(d_k);
  return { without: root, with: divisor === 'sqrt' ? 1 : 1 / root };
}

export function compare(scores: readonly number[], d_k: number, divisor: Divisor): { without: Column; with: Column } {
  const f = factors(d_k, divisor);
  return { without: column(scores, f.without), with: column(scores, f.with) };
}

/** The curve's factors, 1/32 … 32 (both ends of the widget's d_k range) in steps of 2^(1/8). */
export const CURVE_MIN = 1 / 32;
export const CURVE_MAX = 32;
export const curveFactors: readonly number[] = Array.from({ length: 81 }, (_, k) => 2 ** ((k - 40) / 8));

export interface CurvePoint {
  factor: number;
  jNorm: number;
  jMax: number;
  /** Entropy as a share of log n: 1 for uniform weights, 0 for one-hot ones. */
  evenness: number;
}

export function curve(scores: readonly number[], at: readonly number[] = curveFactors): CurvePoint[] {
  return at.map((factor) => {
    const c = column(scores, factor);
    return { factor, jNorm: c.jNorm, jMax: c.jMax, evenness: c.maxEntropy > 0 ? c.entropy / c.maxEntropy : 0 };
  });
}

/** The rows of the curve's table: c = 2⁻⁵ … 2⁵. */
export const tableFactors: readonly number[] = Array.from({ length: 11 }, (_, k) => 2 ** (k - 5));

/** A fresh row of n scores of the size scaling gives them: normal, mean 0, σ 1, one decimal. */
export function randomScores(seed: number, n: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => Math.round(rng.normal() * 10) / 10);
}

/** A saturated row: one weight takes (nearly) everything. */
export const isSaturated = (c: Column): boolean => c.largest > 0.99;
/** A near-uniform row: the entropy is within 5% of its largest value. */
export const isNearlyUniform = (c: Column): boolean => c.maxEntropy > 0 && c.entropy / c.maxEntropy > 0.95;
