/** The kernel's tools for the scaling chapter: the softmax Jacobian, histograms, the variance experiment with σ. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, dotProductVarianceExperiment, formatScientific, histogram, matrixSize, softmax, softmaxJacobian, texScientific } from '../../../src/kernel/index.ts';

describe('softmaxJacobian', () => {
  it('matches central finite differences of the softmax', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -6, max: 6, noNaN: true }), { minLength: 1, maxLength: 7 }), (z) => {
      const J = softmaxJacobian(softmax(z));
      const h = 1e-6;
      for (let j = 0; j < z.length; j++) {
        const up = softmax(z.map((v, k) => (k === j ? v + h : v)));
        const down = softmax(z.map((v, k) => (k === j ? v - h : v)));
        for (let i = 0; i < z.length; i++) expect(J.get(i, j)).toBeCloseTo((up[i]! - down[i]!) / (2 * h), 6);
      }
    }));
  });

  it('has rows that sum to 0 and entries no larger than 1/4', () => {
    const J = softmaxJacobian(softmax([0.3, -1.2, 2, 0.5]));
    for (let i = 0; i < 4; i++) expect(Array.from(J.row(i)).reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
    expect(matrixSize(J).maxAbs).toBeLessThanOrEqual(0.25);
  });

  it('shrinks monotonically as the same scores are multiplied by a growing factor', () => {
    const z = [1.1, 0.4, -0.3, 0.2, -1];
    let last = Infinity;
    for (let f = 1; f <= 40; f += 0.5) {
      const size = matrixSize(softmaxJacobian(softmax(z.map((v) => v * f)))).frobenius;
      expect(size).toBeLessThan(last);
      last = size;
    }
    expect(last).toBeLessThan(1e-10);
  });

  it('rejects weights that are not weights', () => {
    expect(() => softmaxJacobian([])).toThrow();
    expect(() => softmaxJacobian([0.5, Number.NaN])).toThrow();
    expect(() => softmaxJacobian([-0.1, 1.1])).toThrow();
  });
});

describe('histogram', () => {
  it('puts every value in one bin or in below/above', () => {
    const h = histogram([-3, -1, -0.5, 0, 0.49, 0.5, 2, 5], 4, -1, 1);
    expect(h.counts).toEqual([1, 1, 2, 1]);
    expect(h.below).toBe(1);
    expect(h.above).toBe(2);
    expect(h.counts.reduce((a, b) => a + b, 0) + h.below + h.above).toBe(8);
  });
});

describe('dotProductVarianceExperiment with σ', () => {
  it.each([[1, 1], [16, 0.5], [64, 2], [256, 1]])('d_k = %i, σ = %f: the variance is near d_k σ⁴, the scaled one near σ⁴', (d_k, sigma) => {
    const r = dotProductVarianceExperiment(createRng(7), d_k, 20_000, sigma);
    // The sample variance of 20,000 draws is within about 3% of the truth (its relative standard
    // error is about √(2/n)·√(1 + 3/d_k)); 8% leaves room for every case here.
    expect(r.variance / r.theoreticalVariance).toBeGreaterThan(0.92);
    expect(r.variance / r.theoreticalVariance).toBeLessThan(1.08);
    expect(r.scaledVariance / sigma ** 4).toBeGreaterThan(0.92);
    expect(r.scaledVariance / sigma ** 4).toBeLessThan(1.08);
    expect(r.dots).toHaveLength(20_000);
  });
});

describe('formatScientific / texScientific', () => {
  it('writes small numbers with a power of ten', () => {
    expect(formatScientific(3.24e-6)).toBe('3.2 × 10⁻⁶');
    expect(formatScientific(-0.00012, 3)).toBe('−1.20 × 10⁻⁴');
    expect(formatScientific(2.5)).toBe('2.5');
    expect(formatScientific(0)).toBe('0');
    expect(texScientific(3.24e-6)).toBe('3.2 \\times 10^{-6}');
    expect(texScientific(1234, 2)).toBe('1.2 \\times 10^{3}');
  });
});
