/** The figures' geometry: what a reader sees must be proportional to the numbers it stands for. */
import { describe, expect, it } from 'vitest';
import { attentionFan, chainFigure, labelWidth, shapeRows, winner } from '../../../src/components/figures/geometry.ts';

describe('winner', () => {
  it('is the index of the largest value, the first on a tie, -1 for nothing', () => {
    expect(winner([0.1, 0.7, 0.2])).toBe(1);
    expect(winner([0.5, 0.5])).toBe(0);
    expect(winner([])).toBe(-1);
  });
});

describe('attentionFan', () => {
  const keys = ['a', 'b', 'c', 'd'];
  const weights = [0.1, 0.6, 0.2, 0.1];
  const fan = attentionFan('q', keys, weights);

  it('draws one line per key, each on its own row, all from the query', () => {
    expect(fan.lines.map((l) => l.key)).toEqual(keys);
    const ys = fan.lines.map((l) => l.y);
    expect(new Set(ys).size).toBe(keys.length);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    for (const y of ys) expect(y).toBeGreaterThan(0), expect(y).toBeLessThan(fan.height);
    expect(fan.query.x).toBeLessThan(fan.keyX);
  });

  it('makes line width proportional to the weight (above the minimum) and marks the largest as the winner', () => {
    const [a, b, c] = fan.lines;
    expect(b!.width / c!.width).toBeCloseTo(0.6 / 0.2, 6);
    expect(b!.width).toBe(12);
    expect(a!.width).toBeCloseTo(2, 6);
    expect(fan.lines.filter((l) => l.win).map((l) => l.key)).toEqual(['b']);
    expect(b!.opacity).toBe(1);
    expect(a!.opacity).toBeLessThan(c!.opacity);
  });

  it('keeps a visible line for a zero weight and refuses bad input', () => {
    const z = attentionFan('q', ['x', 'y'], [1, 0]);
    expect(z.lines[1]!.width).toBeGreaterThan(0);
    expect(() => attentionFan('q', ['x'], [0.5, 0.5])).toThrow(RangeError);
    expect(() => attentionFan('q', ['x'], [Number.NaN])).toThrow(RangeError);
    expect(() => attentionFan('q', [], [])).toThrow(RangeError);
  });
});

describe('chainFigure', () => {
  const tokens = ['t0', 't1', 't2', 't3', 't4'];
  const c = chainFigure(tokens, 0, 3, { rnn: 3, attention: 1 });

  it('hops once per neighbour pair between the two words, left to right', () => {
    expect(c.hops).toHaveLength(3);
    for (const h of c.hops) expect(h.x2).toBeGreaterThan(h.x1);
    expect(c.boxes.filter((b) => b.onPath).map((b) => b.index)).toEqual([0, 1, 2, 3]);
    expect(c.boxes.filter((b) => b.endpoint).map((b) => b.index)).toEqual([0, 3]);
  });

  it('joins the pronoun to every other word directly, one edge being the direct path', () => {
    expect(c.edges).toHaveLength(tokens.length - 1);
    expect(c.edges.filter((e) => e.direct).map((e) => e.index)).toEqual([0]);
    expect(c.attentionY).toBeGreaterThan(c.rnnY + c.boxHeight);
    expect(c.boxes.at(-1)!.x + c.boxes.at(-1)!.width).toBeLessThanOrEqual(c.width);
  });

  it('sizes each box to its word, long English words and Chinese alike, without overlapping the next', () => {
    const words = ['kitten', 'chased', 'butterfly', 'it', '饥肠辘辘', '它'];
    const wide = chainFigure(words, 0, 3, { rnn: 3, attention: 1 });
    for (const b of wide.boxes) expect(b.width, b.label).toBeGreaterThanOrEqual(labelWidth(b.label) + 8);
    expect(wide.boxes[2]!.width, 'butterfly is wider than it').toBeGreaterThan(wide.boxes[3]!.width);
    for (const [a, b] of wide.boxes.slice(1).map((b, i) => [wide.boxes[i]!, b] as const)) expect(b.x).toBeGreaterThan(a.x + a.width);
    for (const h of wide.hops) expect(wide.boxes.some((b) => b.x + b.width === h.x1)).toBe(true);
    // a CJK character counts as a full square, a Latin letter as less
    expect(labelWidth('它它')).toBeGreaterThan(labelWidth('it'));
  });

  it('refuses a path that is not there', () => {
    expect(() => chainFigure(tokens, 2, 2, { rnn: 0, attention: 0 })).toThrow(RangeError);
    expect(() => chainFigure(tokens, 0, 9, { rnn: 9, attention: 1 })).toThrow(RangeError);
  });
});

describe('shapeRows', () => {
  const s = shapeRows([[{ name: 'X', rows: 3, cols: 4 }, { name: 'W_Q', rows: 4, cols: 2 }, { name: 'Q', rows: 3, cols: 2 }]], 10);

  it('draws each matrix as a block as wide as its columns and as tall as its rows', () => {
    const [X, W, Q] = s.rows[0]!.blocks;
    expect([X!.width, X!.height]).toEqual([40, 30]);
    expect([W!.width, W!.height]).toEqual([20, 40]);
    expect([Q!.width, Q!.height]).toEqual([20, 30]);
    expect(W!.x).toBeGreaterThan(X!.x + X!.width);
    expect(Q!.x).toBeGreaterThan(W!.x + W!.width);
    expect(s.rows[0]!.signs.map((g) => g.text)).toEqual(['×', '=']);
    expect(Q!.x + Q!.width).toBeLessThanOrEqual(s.width);
  });

  it('refuses a product whose sizes do not match', () => {
    expect(() => shapeRows([[{ name: 'X', rows: 3, cols: 4 }, { name: 'W', rows: 3, cols: 2 }, { name: 'Q', rows: 3, cols: 2 }]])).toThrow(RangeError);
    expect(() => shapeRows([[{ name: 'X', rows: 3, cols: 4 }, { name: 'W', rows: 4, cols: 2 }, { name: 'Q', rows: 2, cols: 2 }]])).toThrow(RangeError);
  });
});
