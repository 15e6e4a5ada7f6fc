/** The saturation widget's model: the softmax of c · s, its entropy and its Jacobian, for each column and along the curve. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { softmax } from '../../../../src/kernel/index.ts';
import { baseScores } from '../../../../src/course/scaling/numbers.ts';
import {
  CURVE_MAX, CURVE_MIN, column, compare, curve, curveFactors, factors, isNearlyUniform, isSaturated, randomScores, tableFactors,
} from '../../../../src/widgets/scaling/saturation.ts';
import { DK_POSITIONS } from '../../../../src/widgets/scaling/variance-lab.ts';

/** ∂a_i/∂z_j by central differences of the softmax itself. */
function finiteDifferences(z: readonly number[], h = 1e-6): number[][] {
  return z.map((_, i) =>
    z.map((__, j) => {
      const up = softmax(z.map((v, k) => (k === j ? v + h : v)));
      const down = softmax(z.map((v, k) => (k === j ? v - h : v)));
      return (up[i]! - down[i]!) / (2 * h);
    }),
  );
}

describe('the Jacobian the widget shows', () => {
  it('matches finite differences of softmax(z) at z = c · s, for every column of every setting', () => {
    for (const d_k of [1, 4, 64, 512, 1024]) {
      for (const divisor of ['sqrt', 'dk'] as const) {
        const { without, with: scaled } = compare(baseScores, d_k, divisor);
        for (const c of [without, scaled]) {
          const fd = finiteDifferences(c.z);
          for (let i = 0; i < c.z.length; i++) for (let j = 0; j < c.z.length; j++) expect(c.jacobian.get(i, j)).toBeCloseTo(fd[i]![j]!, 6);
        }
      }
    }
  });

  it('matches finite differences for any row of scores and factor', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 2, maxLength: 8 }),
        fc.double({ min: CURVE_MIN, max: CURVE_MAX, noNaN: true }),
        (s, factor) => {
          const c = column(s, factor);
          const fd = finiteDifferences(c.z);
          for (let i = 0; i < s.length; i++) for (let j = 0; j < s.length; j++) expect(c.jacobian.get(i, j)).toBeCloseTo(fd[i]![j]!, 5);
          expect(c.jMax).toBeLessThanOrEqual(0.25);
          expect(c.jNorm).toBeGreaterThanOrEqual(c.jMax);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives the size as the largest |entry| and the Frobenius norm', () => {
    const c = column([1, 0, -1], 2);
    const entries = Array.from(c.jacobian.data);
    expect(c.jMax).toBe(Math.max(...entries.map(Math.abs)));
    expect(c.jNorm).toBeCloseTo(Math.sqrt(entries.reduce((a, v) => a + v * v, 0)), 15);
  });
});

describe('saturation as the factor grows', () => {
  // Below c ≈ 1 the norm rises a little (from uniform weights towards a split between the two
  // top keys); from there on, on every stop of the d_k slider, it only falls.
  const stops = DK_POSITIONS.filter((d_k) => d_k >= 2).map(Math.sqrt);

  it('the Jacobian shrinks at every stop of the slider from d_k = 2 to 1024, for the chapter’s scores', () => {
    const sizes = stops.map((c) => column(baseScores, c));
    sizes.forEach((s, i) => {
      if (i === 0) return;
      expect(s.jNorm).toBeLessThan(sizes[i - 1]!.jNorm);
      expect(s.jMax).toBeLessThan(sizes[i - 1]!.jMax);
      expect(s.largest).toBeGreaterThan(sizes[i - 1]!.largest);
    });
    expect(sizes.at(-1)!.jMax).toBeLessThan(1e-6);
  });

  it('and for fresh random rows, once the top weight passes 0.9 (before that, a near tie can make it rise)', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const s = randomScores(seed, 5);
      const cols = curveFactors.map((c) => column(s, c)).filter((c) => c.largest > 0.9);
      cols.forEach((c, i) => { if (i > 0) expect(c.jNorm).toBeLessThanOrEqual(cols[i - 1]!.jNorm + 1e-15); });
    }
  });

  it('turns one-hot without division at large d_k, and stays put with ÷√d_k', () => {
    const wide = compare(baseScores, 512, 'sqrt');
    expect(isSaturated(wide.without)).toBe(true);
    expect(wide.without.jMax).toBeLessThan(1e-4);
    expect(isSaturated(wide.with)).toBe(false);
    for (const d_k of DK_POSITIONS) expect(compare(baseScores, d_k, 'sqrt').with.weights).toEqual(softmax(baseScores));
  });

  it('÷d_k goes too far: nearly uniform weights at large d_k', () => {
    const c = compare(baseScores, 1024, 'dk').with;
    expect(c.factor).toBeCloseTo(1 / 32, 15);
    expect(isNearlyUniform(c)).toBe(true);
    expect(c.entropy / c.maxEntropy).toBeGreaterThan(0.99);
    expect(Math.abs(c.largest - 1 / baseScores.length)).toBeLessThan(0.02);
  });

  it('d_k = 1: all three columns agree', () => {
    const a = compare(baseScores, 1, 'sqrt'), b = compare(baseScores, 1, 'dk');
    expect(a.without.weights).toEqual(a.with.weights);
    expect(b.with.weights).toEqual(a.with.weights);
    expect(factors(64, 'sqrt')).toEqual({ without: 8, with: 1 });
    expect(factors(64, 'dk')).toEqual({ without: 8, with: 1 / 8 });
  });
});

describe('the curve and its table', () => {
  it('runs from c = 1/32 to 32 through 1, with entropy near its maximum at the small end and near 0 at the large end', () => {
    expect(curveFactors[0]).toBeCloseTo(CURVE_MIN, 15);
    expect(curveFactors.at(-1)).toBeCloseTo(CURVE_MAX, 12);
    expect(curveFactors[40]).toBe(1);
    const pts = curve(baseScores);
    expect(pts[0]!.evenness).toBeGreaterThan(0.99);
    expect(pts.at(-1)!.evenness).toBeLessThan(1e-4);
    expect(tableFactors).toEqual([1 / 32, 1 / 16, 1 / 8, 1 / 4, 1 / 2, 1, 2, 4, 8, 16, 32]);
  });

  it('random rows are seeded and of the size ÷√d_k gives', () => {
    expect(randomScores(3, 5)).toEqual(randomScores(3, 5));
    expect(randomScores(3, 5)).toEqual([...baseScores]); // the chapter's row is seed 3 too
    const many = randomScores(9, 400);
    expect(Math.abs(many.reduce((a, b) => a + b * b, 0) / 400 - 1)).toBeLessThan(0.2);
  });
});
