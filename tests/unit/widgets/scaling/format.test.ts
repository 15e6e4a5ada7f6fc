/** How the scaling widgets write numbers: the digits the page, its live region and the browser tests share. */
import { describe, expect, it } from 'vitest';
import { formatExact, formatPercent, formatScore, formatSmall, formatStat } from '../../../../src/widgets/scaling/format.ts';
import { decadeLabel, factorLabel } from '../../../../src/widgets/scaling/curve-chart.ts';

describe('formatting', () => {
  it('small values switch to scientific notation instead of collapsing to 0.000', () => {
    expect(formatSmall(3.2e-9)).toBe('3.2 × 10⁻⁹');
    expect(formatSmall(-1.24e-5)).toBe('−1.2 × 10⁻⁵');
    expect(formatSmall(0.000999)).toBe('1.0 × 10⁻³');
    expect(formatSmall(0.001)).toBe('0.001');
    expect(formatSmall(0.2449)).toBe('0.245');
    expect(formatSmall(0)).toBe('0.000');
    expect(formatSmall(1)).toBe('1.000');
  });

  it('statistics keep three significant digits; exact values drop trailing zeros', () => {
    expect(formatStat(65.27)).toBe('65.3');
    expect(formatStat(1.0213)).toBe('1.02');
    expect(formatStat(0.00010123)).toBe('0.000101');
    expect(formatExact(64)).toBe('64');
    expect(formatExact(0.0625)).toBe('0.0625');
    expect(formatExact(82944)).toBe('82944');
    expect(formatExact(Math.sqrt(2))).toBe('1.41421');
    expect(formatExact(-4)).toBe('−4');
    expect(formatExact(0)).toBe('0');
    expect(formatScore(-1.5)).toBe('−1.50');
    expect(formatPercent(0.6172)).toBe('61.7%');
  });

  it('axis labels: factors as fractions below 1, decades as powers of ten', () => {
    expect([1 / 32, 1 / 8, 1, 8, 32].map(factorLabel)).toEqual(['1/32', '1/8', '1', '8', '32']);
    expect(factorLabel(0.3)).toBe('0.3');
    expect([1, 0.1, 1e-6, 1e-12].map(decadeLabel)).toEqual(['1', '10⁻¹', '10⁻⁶', '10⁻¹²']);
  });
});
