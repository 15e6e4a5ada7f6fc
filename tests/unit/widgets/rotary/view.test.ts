/** The rotary widget's equation, picture and number formats: the numbers in them are the kernel's. */
import { describe, expect, it } from 'vitest';
import { computePair } from '../../../../src/widgets/rotary/model.ts';
import { pairEquation } from '../../../../src/widgets/rotary/equation.ts';
import { RADIUS, SIZE, diagram } from '../../../../src/widgets/rotary/diagram.ts';
import { formatDiff, formatExact, formatScore, formatShift, formatVector } from '../../../../src/widgets/rotary/format.ts';
import { THETAS } from '../../../../src/widgets/rotary/model.ts';
import * as rotary from '../../../../src/i18n/strings/rotary.ts';

describe('the equation with the numbers in play', () => {
  it('shows |q|, |k|, both directions, n − m, θ and the kernel’s score, in TeX and in text', () => {
    const r = computePair({ q: [1, 0.5], k: [-0.5, -1], m: 2, n: 5, pair: 0 });
    const { tex, text } = pairEquation(r, 2, 5);
    expect(tex).toContain('1.118 \\times 1.118');
    expect(tex).toContain('\\cos\\bigl(-2.034 - 0.464 + (5 - 2) \\times 1\\bigr)');
    expect(tex.endsWith(`= ${formatScore(r.score).replace('−', '-')} \\end{aligned}`)).toBe(true);
    expect(tex.startsWith('\\begin{aligned} q_m \\cdot k_n &= |q|')).toBe(true);
    expect(text).toContain('cos(−2.034 − 0.464 + (5 − 2) × 1)');
    expect(text.endsWith(`= ${formatScore(r.score)}`)).toBe(true);
    // a negative φ(q) is put in parentheses
    const s = computePair({ q: [1, -1], k: [0, 1], m: 0, n: 1, pair: 1 });
    expect(pairEquation(s, 0, 1).text).toContain('− (−0.785) + (1 − 0) × 0.1)');
    expect(pairEquation(s, 0, 1).tex).toContain('- (-0.785) + (1 - 0) \\times 0.1');
  });
});

describe('the picture', () => {
  it('the longer vector reaches the circle; a zero vector is not drawn', () => {
    const r = computePair({ q: [3, 4], k: [1, 0], m: 1, n: 2, pair: 0 });
    const g = diagram(r, [3, 4], [1, 0]);
    const c = SIZE / 2;
    expect(Math.hypot(g.q.x - c, g.q.y - c)).toBeCloseTo(RADIUS, 1);
    expect(Math.hypot(g.qRot.x - c, g.qRot.y - c)).toBeCloseTo(RADIUS, 1);
    expect(Math.hypot(g.kRot.x - c, g.kRot.y - c)).toBeCloseTo(RADIUS / 5, 1);
    // y grows downwards: q = (3, 4) points up and to the right
    expect(g.q.x).toBeGreaterThan(c);
    expect(g.q.y).toBeLessThan(c);
    expect(g.arc).toMatch(/^M [\d.]+ [\d.]+ A [\d.]+ [\d.]+ 0 0 [01] [\d.]+ [\d.]+$/);
    expect(g.q.head.split(' ')).toHaveLength(3);
    const z = diagram(computePair({ q: [0, 0], k: [1, 0], m: 0, n: 0, pair: 0 }), [0, 0], [1, 0]);
    expect(z.q.visible).toBe(false);
    expect(z.qRot.visible).toBe(false);
    expect(z.kRot.visible).toBe(true);
    expect(z.arc).toBe('');
  });

  it('a counter-clockwise angle from qₘ to kₙ sweeps counter-clockwise on screen (flag 0)', () => {
    const ccw = computePair({ q: [1, 0], k: [0, 1], m: 0, n: 0, pair: 0 });
    expect(ccw.between).toBeCloseTo(Math.PI / 2, 12);
    expect(diagram(ccw, [1, 0], [0, 1]).arc).toMatch(/ 0 0 0 /);
    const cw = computePair({ q: [0, 1], k: [1, 0], m: 0, n: 0, pair: 0 });
    expect(diagram(cw, [0, 1], [1, 0]).arc).toMatch(/ 0 0 1 /);
  });
});

describe('formats', () => {
  it('θ without trailing zeros, differences in scientific notation, shifts with a sign', () => {
    expect(THETAS.map(formatExact)).toEqual(['1', '0.1', '0.01', '0.001']);
    expect(formatDiff(0)).toBe('0');
    expect(formatDiff(-1.1e-16)).toBe('1.1 × 10⁻¹⁶');
    expect([formatShift(1), formatShift(-1)]).toEqual(['+1', '−1']);
    expect(formatVector([1, -0.5])).toBe('1.000, −0.500');
  });
});

describe('strings', () => {
  it('both languages have the same keys, all with the widget’s prefix, and TeX only in the typeset ones', () => {
    expect(Object.keys(rotary.en).sort()).toEqual(Object.keys(rotary.zh).sort());
    for (const locale of ['zh', 'en'] as const) {
      for (const [key, text] of Object.entries(rotary[locale])) {
        expect(key.startsWith('rotary.')).toBe(true);
        const typeset = (rotary.TYPESET as readonly string[]).includes(key);
        expect(text.includes('$'), key).toBe(typeset);
        // no plain-text math that the site's typesetting test rejects
        expect(text, key).not.toMatch(/\bd_k\b|\bd_model\b|\bW_[QKVO]\b/);
      }
    }
  });
});
