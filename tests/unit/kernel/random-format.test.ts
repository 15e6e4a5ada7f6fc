import { describe, expect, it } from 'vitest';
import { createRng, entropy, formatNumber, mean, subscript, superscript, texDotProduct, texFactor, texMatrix, texNumber, variance } from '../../../src/kernel/index.ts';
import { errorDetails } from '../../helpers/kernel-error.ts';

const details = errorDetails;

describe('seeded random numbers', () => {
  it('repeat for the same seed and differ for another', () => {
    const a = createRng(42), b = createRng(42), c = createRng(43);
    const draw = (r: ReturnType<typeof createRng>) => Array.from({ length: 5 }, () => r.next());
    const first = draw(a);
    expect(draw(b)).toEqual(first);
    expect(draw(c)).not.toEqual(first);
    expect(first.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('draw integers in range, picks, permutations and rounded matrices', () => {
    const r = createRng(1);
    const ints = Array.from({ length: 2000 }, () => r.int(-2, 2));
    expect(new Set(ints)).toEqual(new Set([-2, -1, 0, 1, 2]));
    expect(['a', 'b']).toContain(r.pick(['a', 'b']));
    expect(r.permutation(10).sort((x, y) => x - y)).toEqual([...Array(10).keys()]);
    const M = r.matrix(3, 4, { min: 0, max: 1, decimals: 1 });
    expect(M.data.every((v) => v >= 0 && v <= 1 && Number(v.toFixed(1)) === v)).toBe(true);
    expect(details(() => r.int(2, 1))).toMatchObject({ argument: 'lo, hi' });
    expect(details(() => r.pick([]))).toMatchObject({ argument: 'items' });
    expect(details(() => r.matrix(1, 1, { min: 1, max: 1 }))).toMatchObject({ argument: 'min, max' });
    expect(details(() => createRng(NaN))).toMatchObject({ argument: 'seed' });
  });

  it('normal samples have the asked mean and spread', () => {
    const r = createRng(3);
    const xs = Array.from({ length: 20000 }, () => r.normal(2, 3));
    expect(mean(xs)).toBeCloseTo(2, 1);
    expect(Math.sqrt(variance(xs))).toBeCloseTo(3, 1);
    const M = createRng(4).matrix(100, 100, { std: 0.5 });
    expect(Math.sqrt(variance(M.data))).toBeCloseTo(0.5, 1);
  });

  it('entropy is 0 for one-hot and log n for uniform', () => {
    expect(entropy([0, 1, 0])).toBe(0);
    expect(entropy([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(Math.log(4), 14);
    expect(details(() => mean([]))).toMatchObject({ argument: 'values' });
  });
});

describe('number formatting', () => {
  it('writes text with a real minus and never −0', () => {
    expect(formatNumber(0.25)).toBe('0.25');
    expect(formatNumber(-1.5)).toBe('−1.50');
    expect(formatNumber(-0.001)).toBe('0.00');
    expect(formatNumber(0.123456, { decimals: 4 })).toBe('0.1235');
    expect(formatNumber(0.000123456, { significant: 3 })).toBe('0.000123');
    expect(formatNumber(1234.5, { significant: 2 })).toBe('1200');
    expect(formatNumber(1e-12, { significant: 2 })).toBe('0.0000000000010');
    expect(formatNumber(1e308)).toBe('1.00e308');
    expect(formatNumber(-Infinity)).toBe('−∞');
    expect(formatNumber(NaN)).toBe('NaN');
  });

  it('writes TeX with the same digits', () => {
    expect(texNumber(-1.5)).toBe('-1.50');
    expect(texNumber(-0.001)).toBe('0.00');
    expect(texNumber(1e308, { significant: 3 })).toBe('1.00 \\times 10^{308}');
    expect(texNumber(-Infinity)).toBe('-\\infty');
    expect(texNumber(NaN)).toBe('\\text{NaN}');
    expect(texFactor(-0.5, { decimals: 1 })).toBe('(-0.5)');
    expect(texFactor(2e9, { decimals: 0 })).toBe('(2 \\times 10^{9})');
  });

  it('spells out a dot product and a matrix', () => {
    expect(texDotProduct([0.2, 0.5, 0.1], [0.8, -0.2, 0.3], { decimals: 1 })).toBe('0.2 \\times 0.8 + 0.5 \\times (-0.2) + 0.1 \\times 0.3');
    expect(texMatrix([[1, -2], [0.5, 0]], { decimals: 1 })).toBe('\\begin{bmatrix} 1.0 & -2.0 \\\\ 0.5 & 0.0 \\end{bmatrix}');
  });
});

describe('subscript and superscript', () => {
  it('write every digit, and leave other characters alone', () => {
    expect(subscript(1234567890)).toBe('₁₂₃₄₅₆₇₈₉₀');
    expect(superscript('10')).toBe('¹⁰');
    expect(subscript('ij')).toBe('ij');
  });
});
