/** Small statistics for the experiments the course runs: why scale by √d_k, how peaked a softmax is. */
import { ensure } from './errors.ts';
import type { Rng } from './random.ts';

export function mean(xs: ArrayLike<number>): number {
  ensure(xs.length > 0, 'values', 'need at least one value');
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return s / xs.length;
}

/** Population variance: the mean squared distance from the mean. */
export function variance(xs: ArrayLike<number>): number {
  const m = mean(xs);
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += (xs[i]! - m) ** 2;
  return s / xs.length;
}

export interface DotProductExperiment {
  d_k: number;
  samples: number;
  /** Mean and variance of q·k: near 0 and d_k. */
  mean: number;
  variance: number;
  /** Mean and variance of q·k / √d_k: near 0 and 1. */
  scaledMean: number;
  scaledVariance: number;
}

/**
 * Samples q, k with independent standard-normal components. Then q·k = Σ q_i k_i is a sum of
 * d_k terms of mean 0 and variance 1, so Var(q·k) = d_k, and Var(q·k / √d_k) = 1
 * (Vaswani et al. 2017, footnote 4; with component variance σ² it is d_k σ⁴).
 */
export function dotProductVarianceExperiment(rng: Rng, d_k: number, samples: number): DotProductExperiment {
  ensure(Number.isInteger(d_k) && d_k >= 1, 'd_k', 'must be a whole number ≥ 1');
  ensure(Number.isInteger(samples) && samples >= 2, 'samples', 'must be a whole number ≥ 2');
  const dots = new Float64Array(samples);
  for (let s = 0; s < samples; s++) {
    let qk = 0;
    for (let i = 0; i < d_k; i++) qk += rng.normal() * rng.normal();
    dots[s] = qk;
  }
  const scaled = dots.map((v) => v / Math.sqrt(d_k));
  return { d_k, samples, mean: mean(dots), variance: variance(dots), scaledMean: mean(scaled), scaledVariance: variance(scaled) };
}

/** Shannon entropy −Σ p log p in nats: 0 for a one-hot row, log n for a uniform one. */
export function entropy(p: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < p.length; i++) if (p[i]! > 0) h -= p[i]! * Math.log(p[i]!);
  return h;
}
