/** The saturation widget's small curves: log x, log or linear y, markers where the columns are. */
import { describe, expect, it } from 'vitest';
import { curveGeometry, logYDomain } from '../../../../src/widgets/scaling/curve-chart.ts';

describe('curveGeometry', () => {
  const base = { width: 300, height: 150, xDomain: [1 / 32, 32] as const, xTicks: [1 / 32, 1, 32], markers: [] };

  it('puts c = 1 in the middle of a log axis from 1/32 to 32, and the ends at the plot’s edges', () => {
    const g = curveGeometry({ ...base, xs: [1 / 32, 1, 32], ys: [0.4, 0.4, 1e-7], y: { kind: 'log' } });
    const [a, b, c] = g.xTicks.map((t) => t.x);
    expect(a).toBe(g.plot.left);
    expect(c).toBe(g.plot.right);
    expect(b).toBeCloseTo((a! + c!) / 2, 1);
    expect(g.path.startsWith('M')).toBe(true);
    expect(g.path.split('L')).toHaveLength(3);
  });

  it('labels at most five decades on a log axis, always including the top', () => {
    expect(logYDomain([0.4, 1e-12])).toEqual([1e-12, 1]);
    const g = curveGeometry({ ...base, xs: [1, 2], ys: [0.4, 1e-12], y: { kind: 'log' } });
    expect(g.yTicks.length).toBeLessThanOrEqual(5);
    expect(g.yTicks.at(-1)!.value).toBe(1);
  });

  it('places markers on the curve’s scales and clamps a linear axis', () => {
    const g = curveGeometry({
      ...base, xs: [1 / 32, 32], ys: [1, 0], y: { kind: 'linear', min: 0, max: 1, ticks: [0, 0.5, 1] },
      markers: [{ x: 1, y: 0.5, shape: 'square', tone: 'scaled' }, { x: 32, y: 2, shape: 'circle', tone: 'raw' }],
    });
    expect(g.markers[0]!.cy).toBeCloseTo((g.plot.top + g.plot.bottom) / 2, 1);
    expect(g.markers[1]!.cy).toBe(g.plot.top);
    expect(g.markers[1]!.d.startsWith('M')).toBe(true);
  });
});
