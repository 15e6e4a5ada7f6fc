/**
 * The sinusoid widget's numbers against the formula of Vaswani et al. 2017 §3.5, and the two facts
 * it shows live: PE(p + k) = M(k)·PE(p) with one M(k) for every p, and PE(p)·PE(q) a function of
 * q − p alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sinusoidalPositionalEncoding } from '../../../../src/kernel/index.ts';
import {
  HEAT_STEPS, angleArc, applyBlock, circlePoint, contrastPair, encodingTable, heatFill, heatLevel, heatRuns, omega, omegas,
  pairOf, pairView, positionsWith, rotationBlock, rotationError, turns,
} from '../../../../src/widgets/sinusoid/model.ts';

const evenWidth = fc.integer({ min: 1, max: 64 }).map((h) => 2 * h);

describe('the encoding table', () => {
  it('is the paper’s formula, for positions 0 … 2n − 1', () => {
    const d = 16, n = 32;
    const t = encodingTable(d, n);
    expect(t.P.shape).toEqual([64, 16]);
    for (const pos of [0, 1, 5, 31, 63]) {
      for (let i = 0; i < d / 2; i++) {
        const angle = pos / 10000 ** ((2 * i) / d);
        expect(t.P.get(pos, 2 * i)).toBeCloseTo(Math.sin(angle), 14);
        expect(t.P.get(pos, 2 * i + 1)).toBeCloseTo(Math.cos(angle), 14);
      }
    }
    // and exactly the kernel's numbers
    expect(Array.from(t.P.data)).toEqual(Array.from(sinusoidalPositionalEncoding(64, 16).data));
  });

  it('PE(0) is (0, 1, 0, 1, …), and pair 0 turns one radian per position', () => {
    const t = encodingTable(8, 4);
    expect(Array.from(t.P.row(0))).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
    expect(t.P.get(1, 0)).toBe(Math.sin(1));
    expect(t.omegas[0]).toBe(1);
  });

  it('has frequencies that fall along the pairs, each by the same factor 10000^(−2/d)', () => {
    fc.assert(fc.property(evenWidth.filter((d) => d >= 4), (d) => {
      const w = omegas(d);
      expect(w).toHaveLength(d / 2);
      for (let i = 1; i < w.length; i++) {
        expect(w[i]!).toBeLessThan(w[i - 1]!);
        expect(w[i]! / w[i - 1]!).toBeCloseTo(10000 ** (-2 / d), 12);
      }
      expect(w[w.length - 1]!).toBeGreaterThan(1 / 10000); // the slowest pair stops short of 1/10000
    }));
    expect(omega(3, 16)).toBeCloseTo(10000 ** (-6 / 16), 15);
  });
});

describe('the rotation PE(p + k) = M(k)·PE(p)', () => {
  it('holds to 1e-12 for random widths, positions and offsets, with the same block for every p', () => {
    fc.assert(
      fc.property(evenWidth, fc.integer({ min: 0, max: 500 }), fc.integer({ min: -300, max: 300 }), (d, pos, k) => {
        fc.pre(pos + k >= 0);
        const P = sinusoidalPositionalEncoding(Math.max(pos, pos + k) + 1, d);
        for (let i = 0; i < d / 2; i++) {
          const [a, b] = applyBlock(rotationBlock(k, omega(i, d)), pairOf(P, pos, i));
          expect(Math.abs(P.get(pos + k, 2 * i) - a)).toBeLessThan(1e-12);
          expect(Math.abs(P.get(pos + k, 2 * i + 1) - b)).toBeLessThan(1e-12);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the block puts sin(kω) at the top right, because a pair is ordered (sin, cos)', () => {
    const [[c, s], [ms, c2]] = rotationBlock(2, 0.5);
    expect([c, s, ms, c2]).toEqual([Math.cos(1), Math.sin(1), -Math.sin(1), Math.cos(1)]);
    // the textbook rotation [[cos, −sin], [sin, cos]] would turn the pair the other way
    const P = sinusoidalPositionalEncoding(8, 2);
    const [x, y] = pairOf(P, 3, 0);
    expect(Math.abs(Math.cos(2) * x - Math.sin(2) * y - P.get(5, 0))).toBeGreaterThan(0.1);
  });

  it('is checked over every p of the table whose p + k is in it, and stays at rounding level', () => {
    const t = encodingTable(16, 32);
    for (const k of [-32, -5, 0, 4, 32]) {
      const r = rotationError(t, k);
      expect(r.count).toBe(64 - Math.abs(k));
      expect(r.error).toBeLessThan(1e-13);
    }
    expect(rotationError(t, 0).error).toBe(0);
    expect(positionsWith(-3, 10)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(positionsWith(3, 10)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(positionsWith(11, 10)).toEqual([]);
  });

  it('a wrong block would be caught: the check is not vacuous', () => {
    const t = encodingTable(8, 8);
    const v = pairView(t, 2, 1, 3);
    const wrong = applyBlock(rotationBlock(-3, t.omegas[1]!), v.from);
    expect(Math.abs(wrong[0] - v.to![0])).toBeGreaterThan(1e-3);
  });
});

describe('the dot product depends only on q − p', () => {
  it('to 1e-12 for random widths and offsets, and equals Σ cos((q − p)·ωᵢ)', () => {
    fc.assert(
      fc.property(evenWidth, fc.integer({ min: 1, max: 64 }), (d, n) => {
        const t = encodingTable(d, n);
        expect(t.similarity).toHaveLength(2 * n + 1);
        for (const c of t.similarity) {
          expect(c.count).toBe(2 * n - Math.abs(c.offset));
          expect(c.spread).toBeLessThan(1e-12);
          expect(c.formulaDiff).toBeLessThan(1e-12);
          expect(c.formula).toBeCloseTo(omegas(d).reduce((s, w) => s + Math.cos(c.offset * w), 0), 12);
        }
        expect(t.similarity[n]!.value).toBeCloseTo(d / 2, 12); // offset 0: |PE(p)|² = number of pairs
        expect(t.maxSpread).toBeLessThan(1e-12);
      }),
      { numRuns: 60 },
    );
  });

  it('is symmetric and highest at offset 0', () => {
    const t = encodingTable(16, 32);
    for (let o = 1; o <= 32; o++) {
      expect(t.similarity[32 + o]!.value).toBeCloseTo(t.similarity[32 - o]!.value, 12);
      expect(t.similarity[32 + o]!.value).toBeLessThan(t.similarity[32]!.value);
    }
  });
});

describe('the chosen pair', () => {
  it('shows the kernel’s values at pos and pos + k, the angle and the period', () => {
    const t = encodingTable(16, 32);
    const v = pairView(t, 5, 1, 4);
    const P = sinusoidalPositionalEncoding(10, 16);
    expect(v.from).toEqual([P.get(5, 2), P.get(5, 3)]);
    expect(v.to).toEqual([P.get(9, 2), P.get(9, 3)]);
    expect(v.q).toBe(9);
    expect(v.omega).toBeCloseTo(10000 ** (-2 / 16), 15);
    expect(v.angle).toBeCloseTo(5 * v.omega, 15);
    expect(v.period).toBeCloseTo(2 * Math.PI * 10000 ** (2 / 16), 10);
    expect(v.pairError).toBeLessThan(1e-15);
    expect(v.samples.map((x) => x.p)).toEqual([0, 1, 2, 3]);
    expect(v.similarity.offset).toBe(4);
  });

  it('has no PE(pos + k) when pos + k < 0, but keeps the block and the check', () => {
    const v = pairView(encodingTable(8, 8), 2, 0, -5);
    expect(v.to).toBeNull();
    expect(v.pairError).toBeNull();
    expect(v.rotation.count).toBe(11);
    expect(v.samples.map((x) => x.p)).toEqual([5, 6, 7, 8]);
  });

  it('turns, the contrast pair and the circle', () => {
    expect(turns(1, 32)).toBeCloseTo(31 / (2 * Math.PI), 14);
    expect(contrastPair(1, 16)).toBe(2);
    expect(contrastPair(7, 16)).toBeNull();
    expect(circlePoint([1, 0], 100)).toEqual({ x: 0, y: -100 }); // sin = 1: straight up on screen
    expect(angleArc(0, 10)).toBe('');
    expect(angleArc(2 * Math.PI, 10)).toBe('');
    expect(angleArc(Math.PI / 2, 10)).toBe('M10 0A10 10 0 0 0 0 -10');
    expect(angleArc(-Math.PI / 2, 10)).toBe('M10 0A10 10 0 1 0 0 10'); // −90° is 270° anticlockwise
  });
});

describe('the heatmap', () => {
  it('rounds values to shades, with NaN as the middle', () => {
    expect(heatLevel(1)).toBe(HEAT_STEPS);
    expect(heatLevel(-1)).toBe(-HEAT_STEPS);
    expect(heatLevel(5)).toBe(HEAT_STEPS);
    expect(heatLevel(0.01)).toBe(0);
    expect(heatLevel(Number.NaN)).toBe(0);
    expect(heatFill(0)).toBe('var(--pe-mid)');
    expect(heatFill(-HEAT_STEPS)).toContain('var(--pe-neg) 100%');
    expect(heatFill(3)).toContain('var(--pe-pos) 50%');
  });

  it('covers every cell exactly once, merging runs down each column', () => {
    const t = encodingTable(16, 32);
    const runs = heatRuns(32, 16, (r, c) => t.P.get(r, c));
    const covered = new Map<string, number>();
    let rects = 0;
    for (const run of runs) {
      for (const m of run.d.matchAll(/M(\d+) (\d+)h1v(\d+)h-1z/g)) {
        rects++;
        const [c, r, h] = [Number(m[1]), Number(m[2]), Number(m[3])];
        for (let k = 0; k < h; k++) {
          const key = `${r + k},${c}`;
          expect(covered.has(key)).toBe(false);
          covered.set(key, run.level);
          expect(heatLevel(t.P.get(r + k, c))).toBe(run.level);
        }
      }
    }
    expect(covered.size).toBe(32 * 16);
    expect(rects).toBeLessThan(32 * 16 / 2); // merging pays: the slow columns are one or two runs
    expect(runs.map((r) => r.level)).toEqual([...runs.map((r) => r.level)].sort((a, b) => a - b));
  });
});
