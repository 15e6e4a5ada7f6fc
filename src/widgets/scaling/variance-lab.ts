/**
 * The variance lab: sample q·k for many pairs q, k with the kernel's experiment and reduce the
 * samples to what the widget draws: two histograms on one shared axis and the statistics beside
 * the theory (Var(q·k) = d_k σ⁴, Var(q·k/√d_k) = σ⁴). Pure: it runs in the worker, on the page
 * and at build time alike.
 */
import { type Histogram, createRng, dotProductVarianceExperiment, histogram } from '../../kernel/index.ts';

/** The slider's stops for d_k: powers of two and the halves between them, 1 … 1,024. */
export const DK_POSITIONS: readonly number[] = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024];
/** Quick choices for d_k, one click each. */
export const DK_CHOICES: readonly number[] = [1, 4, 16, 64, 256, 1024];
/** The slider's stops for σ: 0.1, 0.2, … 3. */
export const SIGMA_POSITIONS: readonly number[] = Array.from({ length: 30 }, (_, i) => (i + 1) / 10);

/**
 * Both histograms share this axis, −AXIS … AXIS, whatever d_k and σ are: the scaled one stays in
 * place while the unscaled one spreads beyond the frame (the samples beyond are counted).
 */
export const AXIS = 4;
export const BINS = 40;

export interface LabParams {
  d_k: number;
  sigma: number;
  seed: number;
  samples: number;
}

export interface LabStats {
  mean: number;
  variance: number;
  /** The sample standard deviation, √variance. */
  std: number;
  /** d_k σ⁴ for q·k, σ⁴ after ÷√d_k. */
  theoreticalVariance: number;
  theoreticalStd: number;
  histogram: Histogram;
}

/** Everything the widget shows for one setting; plain data, so it crosses to and from a worker. */
export interface LabResult extends LabParams {
  raw: LabStats;
  scaled: LabStats;
}

export const labKey = (p: LabParams): string => `${p.d_k}|${p.sigma}|${p.seed}|${p.samples}`;

export function labResult(p: LabParams): LabResult {
  const e = dotProductVarianceExperiment(createRng(p.seed), p.d_k, p.samples, p.sigma);
  const root = Math.sqrt(p.d_k);
  const scaledDots = e.dots.map((v) => v / root);
  const sigma4 = p.sigma ** 4;
  return {
    ...p,
    raw: {
      mean: e.mean, variance: e.variance, std: Math.sqrt(e.variance),
      theoreticalVariance: e.theoreticalVariance, theoreticalStd: Math.sqrt(e.theoreticalVariance),
      histogram: histogram(e.dots, BINS, -AXIS, AXIS),
    },
    scaled: {
      mean: e.scaledMean, variance: e.scaledVariance, std: Math.sqrt(e.scaledVariance),
      theoreticalVariance: sigma4, theoreticalStd: Math.sqrt(sigma4),
      histogram: histogram(scaledDots, BINS, -AXIS, AXIS),
    },
  };
}

/** The tallest bin of the two histograms: both are drawn to the same height scale. */
export function sharedPeak(r: LabResult): number {
  return Math.max(1, ...r.raw.histogram.counts, ...r.scaled.histogram.counts);
}

/** How many samples fall outside the shared axis, and their share of all samples. */
export function outside(s: LabStats, samples: number): { count: number; share: number } {
  const count = s.histogram.below + s.histogram.above;
  return { count, share: count / samples };
}

/** A bin's edges, for the table of counts. */
export function binEdges(h: Histogram, i: number): [number, number] {
  return [h.min + i * h.width, h.min + (i + 1) * h.width];
}
