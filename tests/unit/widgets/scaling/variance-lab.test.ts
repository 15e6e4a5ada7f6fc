/** The variance lab's model: the kernel's experiment reduced to two histograms on one axis and the statistics beside the theory. */
import { describe, expect, it } from 'vitest';
import { createRng, dotProductVarianceExperiment } from '../../../../src/kernel/index.ts';
import { SAMPLES, SEED } from '../../../../src/course/scaling/numbers.ts';
import {
  AXIS, BINS, DK_CHOICES, DK_POSITIONS, SIGMA_POSITIONS, binEdges, labKey, labResult, outside, sharedPeak,
} from '../../../../src/widgets/scaling/variance-lab.ts';

/**
 * How far a sample variance of n draws may stray from the truth. q·k is a sum of d_k products of
 * two independent normals; each product has kurtosis 9, so the sum has kurtosis κ = 3 + 6/d_k and
 * the sample variance has a relative standard error of √((κ − 1)/n) = √((2 + 6/d_k)/n): 6% at
 * d_k = 1, 3.2% at d_k = 64 for n = 2,000. We allow four standard errors: a fixed seed makes the
 * test deterministic, and four standard errors mean a correct lab would fail it for fewer than
 * one seed in ten thousand, while a wrong formula (variance d_k σ² instead of d_k σ⁴, a missing
 * √d_k) is off by far more.
 */
const tolerance = (d_k: number, n: number) => 4 * Math.sqrt((2 + 6 / d_k) / n);

describe('labResult', () => {
  const cases = [[1, 1], [4, 0.5], [64, 1], [256, 1.5], [1024, 0.3], [1024, 3]] as const;

  it.each(cases)('d_k = %i, σ = %f: the sample variance is within tolerance of d_k σ⁴, the scaled one of σ⁴', (d_k, sigma) => {
    const r = labResult({ d_k, sigma, seed: SEED, samples: SAMPLES });
    const tol = tolerance(d_k, SAMPLES);
    expect(r.raw.theoreticalVariance).toBeCloseTo(d_k * sigma ** 4, 9);
    expect(r.scaled.theoreticalVariance).toBeCloseTo(sigma ** 4, 12);
    expect(Math.abs(r.raw.variance / r.raw.theoreticalVariance - 1)).toBeLessThan(tol);
    expect(Math.abs(r.scaled.variance / r.scaled.theoreticalVariance - 1)).toBeLessThan(tol);
    expect(r.raw.std).toBeCloseTo(Math.sqrt(r.raw.variance), 12);
    // Dividing every sample by √d_k divides the variance by d_k exactly.
    expect(r.scaled.variance * d_k / r.raw.variance).toBeCloseTo(1, 12);
  });

  it('is the kernel’s experiment, sample for sample', () => {
    const r = labResult({ d_k: 64, sigma: 1, seed: SEED, samples: SAMPLES });
    const e = dotProductVarianceExperiment(createRng(SEED), 64, SAMPLES, 1);
    expect(r.raw.variance).toBe(e.variance);
    expect(r.scaled.variance).toBe(e.scaledVariance);
    expect(r.raw.mean).toBe(e.mean);
  });

  it('is the same for the same settings and changes with the seed', () => {
    const p = { d_k: 16, sigma: 1, seed: 5, samples: 500 };
    expect(labResult(p)).toEqual(labResult({ ...p }));
    expect(labResult({ ...p, seed: 6 }).raw.variance).not.toBe(labResult(p).raw.variance);
    expect(labKey(p)).not.toBe(labKey({ ...p, seed: 6 }));
    expect(labKey(p)).not.toBe(labKey({ ...p, sigma: 1.1 }));
  });

  it('counts every sample once: in a bin or beyond the shared axis', () => {
    const r = labResult({ d_k: 256, sigma: 1, seed: SEED, samples: SAMPLES });
    for (const s of [r.raw, r.scaled]) {
      const h = s.histogram;
      expect(h.counts).toHaveLength(BINS);
      expect(h.min).toBe(-AXIS);
      expect(h.counts.reduce((a, b) => a + b, 0) + h.below + h.above).toBe(SAMPLES);
    }
    expect(binEdges(r.raw.histogram, 0)).toEqual([-AXIS, -AXIS + (2 * AXIS) / BINS]);
    expect(binEdges(r.raw.histogram, BINS - 1)[1]).toBeCloseTo(AXIS, 12);
    expect(sharedPeak(r)).toBe(Math.max(...r.raw.histogram.counts, ...r.scaled.histogram.counts));
  });

  it('shows the spread growing: more samples leave the axis as d_k grows, the scaled ones stay put', () => {
    const shares = DK_CHOICES.map((d_k) => labResult({ d_k, sigma: 1, seed: SEED, samples: SAMPLES }));
    const rawOut = shares.map((r) => outside(r.raw, SAMPLES).share);
    const scaledOut = shares.map((r) => outside(r.scaled, SAMPLES).share);
    rawOut.forEach((s, i) => { if (i > 0) expect(s).toBeGreaterThan(rawOut[i - 1]!); });
    expect(rawOut.at(-1)).toBeGreaterThan(0.8);
    for (const s of scaledOut) expect(s).toBeLessThan(0.02);
  });

  it('the sliders cover the allowed ranges, increasing', () => {
    expect(DK_POSITIONS[0]).toBe(1);
    expect(DK_POSITIONS.at(-1)).toBe(1024);
    for (const c of DK_CHOICES) expect(DK_POSITIONS).toContain(c);
    expect(SIGMA_POSITIONS[0]).toBe(0.1);
    expect(SIGMA_POSITIONS.at(-1)).toBe(3);
    for (const list of [DK_POSITIONS, SIGMA_POSITIONS]) list.forEach((v, i) => { if (i > 0) expect(v).toBeGreaterThan(list[i - 1]!); });
  });
});
