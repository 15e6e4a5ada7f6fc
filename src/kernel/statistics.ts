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
  /** Standard deviation σ of every component of q and k. */
  sigma: number;
  samples: number;
  /** Every sampled q·k, in order: for histograms. */
  dots: Float64Array;
  /** Mean and variance of q·k: near 0 and d_k σ⁴. */
  mean: number;
  variance: number;
  /** d_k σ⁴, what the variance tends to as the samples grow. */
  theoreticalVariance: number;
  /** Mean and variance of q·k / √d_k: near 0 and σ⁴. */
  scaledMean: number;
  scaledVariance: number;
}

/**
 * Samples q, k with independent normal components of mean 0 and standard deviation σ (default
 * 1). Each product q_i k_i has mean 0 and variance σ⁴, so q·k = Σ q_i k_i, a sum of d_k of them,
 * has variance d_k σ⁴, and q·k / √d_k has variance σ⁴ (Vaswani et al. 2017, footnote 4).
 */
export function dotProductVarianceExperiment(rng: Rng, d_k: number, samples: number, sigma = 1): DotProductExperiment {
  ensure(Number.isInteger(d_k) && d_k >= 1, 'd_k', 'must be a whole number ≥ 1');
  ensure(Number.isInteger(samples) && samples >= 2, 'samples', 'must be a whole number ≥ 2');
  ensure(Number.isFinite(sigma) && sigma > 0, 'sigma', 'must be a finite number > 0');
  const dots = new Float64Array(samples);
  for (let s = 0; s < samples; s++) {
    let qk = 0;
    for (let i = 0; i < d_k; i++) qk += rng.normal(0, sigma) * rng.normal(0, sigma);
    dots[s] = qk;
  }
  const scaled = dots.map((v) => v / Math.sqrt(d_k));
  return {
    d_k, sigma, samples, dots, mean: mean(dots), variance: variance(dots), theoreticalVariance: d_k * sigma ** 4,
    scaledMean: mean(scaled), scaledVariance: variance(scaled),
  };
}

export interface Histogram {
  /** Left edge of the first bin and width of every bin. */
  min: number;
  width: number;
  counts: number[];
  /** Values below min or at or above min + bins·width. */
  below: number;
  above: number;
}

/** Counts values in `bins` equal bins over [min, max). */
export function histogram(xs: ArrayLike<number>, bins: number, min: number, max: number): Histogram {
  ensure(Number.isInteger(bins) && bins >= 1, 'bins', 'must be a whole number ≥ 1');
  ensure(Number.isFinite(min) && Number.isFinite(max) && min < max, 'min, max', 'must be finite with min < max');
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  let below = 0, above = 0;
  for (let i = 0; i < xs.length; i++) {
    const k = Math.floor((xs[i]! - min) / width);
    if (k < 0) below++;
    else if (k >= bins) above++;
    else counts[k]!++;
  }
  return { min, width, counts, below, above };
}

/** Shannon entropy −Σ p log p in nats: 0 for a one-hot row, log n for a uniform one. */
export function entropy(p: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < p.length; i++) if (p[i]! > 0) h -= p[i]! * Math.log(p[i]!);
  return h;
}
