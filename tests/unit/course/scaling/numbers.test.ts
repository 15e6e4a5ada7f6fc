import { describe, expect, it } from 'vitest';
import { matrixSize, softmax, softmaxJacobian } from '../../../../src/kernel/index.ts';
import * as ch from '../../../../src/course/scaling/numbers.ts';

describe('scaling: the prose’s claims', () => {
  for (const c of ch.claims) it(c.what, () => expect(c.holds).toBe(true));
});

describe('scaling: the numbers', () => {
  it('samples the same dot products for the figure every time (fixed seed)', () => {
    expect(ch.spreads.map((s) => s.samples)).toEqual([ch.SAMPLES, ch.SAMPLES, ch.SAMPLES]);
    for (const s of ch.spreads) {
      const inside = s.raw.counts.reduce((a, b) => a + b, 0);
      expect(inside + s.raw.below + s.raw.above).toBe(ch.SAMPLES);
    }
  });

  it('saturation multiplies the base scores by √d_k and measures the kernel’s Jacobian', () => {
    const s = ch.saturationAt(64);
    expect(s.raw).toEqual(ch.baseScores.map((z) => z * 8));
    expect(s.weights).toEqual(softmax(s.raw));
    expect(s.jacobianMax).toBe(matrixSize(softmaxJacobian(softmax(s.raw))).maxAbs);
  });

  it('the worked Jacobian has rows summing to 0 and the bound for a weight of 0.999 is 0.999 × 0.001', () => {
    for (let i = 0; i < 3; i++) expect(Array.from(ch.jJ.row(i)).reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
    expect(ch.topBound).toBeCloseTo(0.000999, 12);
  });

  it('prints Python’s exponent format', () => {
    expect(ch.pyExp(1.2204e-5, 2)).toBe('1.22e-05');
    expect(ch.pyExp(0.2358, 2)).toBe('2.36e-01');
    expect(ch.pyExp(123.4, 1)).toBe('1.2e+02');
  });

  it('reads the committed experiment: one summary per seed and variant', () => {
    for (const v of ['scaled', 'unscaled'] as const) {
      expect(ch.experiment.summary[v].at90).toHaveLength(ch.experiment.seeds.length);
    }
    expect(ch.slowdown).toHaveLength(ch.experiment.seeds.length);
    console.log(JSON.stringify(ch.experiment.summary), ch.slowdown, ch.experiment.chanceLoss, JSON.stringify(ch.model.rawRange), JSON.stringify(ch.model.scaledRange));
  });
});
