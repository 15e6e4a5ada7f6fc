import { describe, expect, it } from 'vitest';
import { labelEvery, labelSide, logPosition, powerOfTen, textWidth } from '../../../../src/widgets/layer-cost/chart-marks.ts';

describe('LayerCost chart marks', () => {
  it('places values on a log axis', () => {
    expect(logPosition(1, [0, 5], [50, 550])).toBe(50);
    expect(logPosition(100_000, [0, 5], [50, 550])).toBe(550);
    expect(logPosition(1000, [0, 5], [50, 550])).toBeCloseTo(350, 9);
    expect(logPosition(0, [0, 5], [50, 550])).toBe(300); // no log of 0: the middle, never NaN
    expect(logPosition(10, [1, 1], [0, 100])).toBe(50);
  });

  it('writes powers of ten, short ones in full', () => {
    expect([1, 10, 100, 1000, 1e4, 1e5, 1e12].map(powerOfTen)).toEqual(['1', '10', '100', '1000', '10⁴', '10⁵', '10¹²']);
    expect(powerOfTen(0.01)).toBe('10⁻²');
  });

  it('thins labels and keeps them inside the plot', () => {
    expect(labelEvery(12, 6)).toBe(2);
    expect(labelEvery(5, 6)).toBe(1);
    expect(labelEvery(13, 4)).toBe(4);
    expect(labelEvery(3, 0)).toBe(3);
    expect(labelSide(100, 500, 80)).toBe('start');
    expect(labelSide(450, 500, 80)).toBe('end');
    expect(textWidth('n = d = 512')).toBeCloseTo(11 * 0.6 * 12, 9);
    expect(textWidth('中文')).toBe(24);
  });
});
