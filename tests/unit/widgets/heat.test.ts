/** Heatmap shading: two bands so the number always has a contrasting ink; one winning key per row, none on a tie. */
import { describe, expect, it } from 'vitest';
import { heatShade, heatStyle, rowWinners } from '../../../src/widgets/ui/heat.ts';

describe('heatShade', () => {
  it('puts weights below 0.5 in the light band and the rest in the dark band, each spanning 0–100 %', () => {
    expect(heatShade(0)).toEqual({ band: 'low', p: 0 });
    expect(heatShade(0.25)).toEqual({ band: 'low', p: 50 });
    expect(heatShade(0.4999)).toEqual({ band: 'low', p: 100 });
    expect(heatShade(0.5)).toEqual({ band: 'high', p: 0 });
    expect(heatShade(1)).toEqual({ band: 'high', p: 100 });
  });
  it('clamps values outside 0–1 and treats NaN as 0', () => {
    expect(heatShade(-3)).toEqual({ band: 'low', p: 0 });
    expect(heatShade(7)).toEqual({ band: 'high', p: 100 });
    expect(heatShade(Number.NaN)).toEqual({ band: 'low', p: 0 });
  });
  it('chooses the ink of the band', () => {
    expect(heatStyle(0.1)).toContain('--heat-ink: var(--heat-ink-low)');
    expect(heatStyle(0.9)).toContain('--heat-ink: var(--heat-ink-high)');
  });
});

describe('rowWinners', () => {
  const grid = [[0.2, 0.5, 0.3], [1 / 3, 1 / 3, 1 / 3], [0.1, 0.1, 0.8]];
  it('is the column of each row’s largest weight, -1 where there is no single largest', () => {
    expect(rowWinners(3, 3, (i, j) => grid[i]![j]!)).toEqual([1, -1, 2]);
    expect(rowWinners(1, 2, () => Number.NaN)).toEqual([-1]);
  });
});
