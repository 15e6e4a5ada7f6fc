/** The ScalingInModel widget's logic: table cells, the reading sentence's numbers, the dot plot. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ModelScoresFile } from '../../../src/model/score-statistics.ts';
import { type HeadNumbers, componentCells, dotPlot, fmt, headCells, headNumbers, liveCells, readingOf } from '../../../src/widgets/scaling-model/view.ts';

const moments = (variance: number, theory: number, unrelatedVariance: number) => ({ mean: 0.1, variance, unit: 1, theory, unrelatedMean: 0, unrelatedVariance });
const head = (layer: number, h: number, variance: number, theory = 1): HeadNumbers => ({
  layer, head: h, pairs: 4, tokens: 2,
  raw: { ...moments(12 * variance, 12 * theory, 12), unit: 12 }, scaled: moments(variance, theory, 1),
  q: { variance: 0.5, meanRms: 0.25 }, k: { variance: 2, meanRms: 0.125 },
});

describe('the scaling widget', () => {
  it('formats every cell with three significant digits and a real minus', () => {
    expect(fmt(11.8938)).toBe('11.9');
    expect(fmt(-0.03612)).toBe('−0.0361');
    expect(headCells(head(0, 0, 2))).toEqual(['0.100', '24.0', '0.100', '2.00', '1.00', '1.00']);
    expect(liveCells({ mean: -0.5, variance: 0.25 })).toEqual(['−0.500', '0.250']);
    expect(componentCells(head(0, 0, 2))).toEqual(['0.500', '0.250', '2.00', '0.125']);
  });

  it('reads the largest and smallest scaled variance and counts the heads near 1', () => {
    const r = readingOf([head(0, 0, 3, 1), head(0, 1, 0.1, 0.2), head(1, 0, 1.5, 1), head(1, 1, 0.5, 0.6)]);
    expect([r.max.layer, r.max.head, r.min.layer, r.min.head]).toEqual([0, 0, 0, 1]);
    expect(r.maxFactor).toBe(3);
    expect(r.minFraction).toBe(0.1);
    expect(r.inRange).toBe(2);
    expect(r.total).toBe(4);
    expect(r.theoryBelow).toBe(2);
    expect(() => readingOf([])).toThrow(RangeError);
  });

  it('places the dot plot on a log axis with the theory’s 1 between the decades', () => {
    const heads = [head(0, 0, 10), head(0, 1, 0.1)];
    const p = dotPlot(heads, ['a', 'b'], null);
    expect(p.ticks.map((t) => t.label)).toEqual(['0.01', '0.1', '1', '10', '100']);
    expect(p.one).toBeCloseTo((p.ticks[0]!.x + p.ticks[4]!.x) / 2, 9);
    expect(p.rows[0]!.measured).toBeCloseTo(p.ticks[3]!.x, 9);
    expect(p.rows[1]!.measured).toBeCloseTo(p.ticks[1]!.x, 9);
    expect(p.rows.every((r) => r.live === null)).toBe(true);
    const withLive = dotPlot(heads, ['a', 'b'], [1000, 1]);
    expect(withLive.ticks.at(-1)!.label).toBe('1000');
    expect(withLive.rows[1]!.live).toBeCloseTo(withLive.one, 9);
    expect(withLive.rows[0]!.y).toBeLessThan(withLive.rows[1]!.y);
  });

  it('keeps what the widget needs from the committed measurements', () => {
    const file = JSON.parse(readFileSync(new URL('../../../src/course/scaling/model-scores.json', import.meta.url), 'utf8')) as ModelScoresFile;
    const n = headNumbers(file.results[0]!);
    expect(Object.keys(n).sort()).toEqual(['head', 'k', 'layer', 'pairs', 'q', 'raw', 'scaled', 'tokens']);
    expect(n.scaled).toEqual(file.results[0]!.scaled);
  });
});
