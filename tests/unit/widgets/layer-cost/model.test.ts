import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layerComplexity } from '../../../../src/kernel/index.ts';
import {
  D_RULE, D_STOPS, DEFAULT_INPUTS, K_RULE, LAYERS, N_RULE, N_STOPS, PRESETS, compareWithRecurrent, costCurves, costTable, crossover, curvePoints,
  grouped, isPreset, nearestStop, operationsFormula, ratioText, readField, stopsFor, withField, withPreset,
} from '../../../../src/widgets/layer-cost/model.ts';

const inputs = fc.record({
  n: fc.integer({ min: N_RULE.min, max: N_RULE.max }),
  d: fc.integer({ min: D_RULE.min, max: D_RULE.max }),
  k: fc.integer({ min: K_RULE.min, max: K_RULE.max }),
}).chain((x) => fc.record({ n: fc.constant(x.n), d: fc.constant(x.d), k: fc.constant(x.k), r: fc.integer({ min: 1, max: x.n }) }));

describe('the table', () => {
  it('opens on a sentence read by the base model, where self-attention is the cheaper', () => {
    expect(DEFAULT_INPUTS).toEqual({ n: 30, d: 512, k: 3, r: 4 });
    const t = costTable(DEFAULT_INPUTS);
    const sa = t.rows.find((r) => r.layer === 'selfAttention')!;
    expect(sa.formula).toBe('30² × 512');
    expect(sa.operations).toBe(460_800);
    expect(grouped(sa.operations)).toBe('460,800');
    expect(t.rows.map((r) => r.formula)).toEqual(['30² × 512', '30 × 512²', '3 × 30 × 512²', '4 × 30 × 512']);
    expect(t.rows.map((r) => r.operations)).toEqual([460_800, 7_864_320, 23_592_960, 61_440]);
    expect(t.rows.map((r) => r.sequential)).toEqual([1, 30, 1, 1]);
    expect(t.rows.map((r) => r.path)).toEqual([1, 30, 4, 8]); // ⌈log₃ 30⌉ = 4 (3³ = 27 < 30), ⌈30 / 4⌉ = 8
    expect(t.rows.map((r) => r.pathFormula)).toEqual([null, null, '⌈log₃ 30⌉', '⌈30 / 4⌉']);
    expect(t.rows[2]!.contiguous).toEqual({ path: 15, formula: '⌈29 / 2⌉' });
    expect(compareWithRecurrent(t)).toEqual({ relation: 'cheaper', selfAttention: 460_800, recurrent: 7_864_320, ratio: 512 / 30 });
  });

  it('shows the kernel’s counts and the formulas’ own arithmetic for any n, d, k, r', () => {
    fc.assert(
      fc.property(inputs, (x) => {
        const t = costTable(x);
        const k = layerComplexity(x.n, x.d, x.k, x.r);
        expect(t.rows.map((r) => r.layer)).toEqual([...LAYERS]);
        for (const row of t.rows) {
          expect(row.operations).toBe(k[row.layer].operations);
          expect(row.sequential).toBe(k[row.layer].sequentialOperations);
          expect(row.path).toBe(k[row.layer].maxPathLength);
          // the formula shown evaluates to the count shown
          const value = row.formula.replace(/,/g, '').split(' × ').map((f) => (f.endsWith('²') ? Number(f.slice(0, -1)) ** 2 : Number(f))).reduce((a, b) => a * b, 1);
          expect(value).toBe(row.operations);
        }
        expect(t.rows[0]!.operations).toBe(x.n ** 2 * x.d);
        expect(t.rows[1]!.operations).toBe(x.n * x.d ** 2);
        expect(t.rows[2]!.operations).toBe(x.k * x.n * x.d ** 2);
        expect(t.rows[3]!.operations).toBe(x.r * x.n * x.d);
      }),
      { numRuns: 300 },
    );
  });

  it('marks the lowest of each column, ties included', () => {
    // n = 30 ≤ d: restricted attention (r < n) does the fewest operations; three layers need one sequential step; self-attention the shortest path
    const t = costTable(DEFAULT_INPUTS);
    expect(t.best).toEqual({ operations: ['restrictedSelfAttention'], sequential: ['selfAttention', 'convolutional', 'restrictedSelfAttention'], path: ['selfAttention'] });
    // r = n: restricted attention is full attention, and they tie
    expect(costTable({ n: 30, d: 512, k: 3, r: 30 }).best.operations).toEqual(['selfAttention', 'restrictedSelfAttention']);
    // n = 1: everything is one step and one hop
    expect(costTable({ n: 1, d: 8, k: 3, r: 1 }).best.path).toEqual([...LAYERS]);
    // d = 1, n large: the recurrent layer is the cheapest of all (n·1 < r·n·1 needs r > 1)
    expect(costTable({ n: 1000, d: 1, k: 2, r: 4 }).best.operations).toEqual(['recurrent']);
    fc.assert(
      fc.property(inputs, (x) => {
        const t = costTable(x);
        const least = Math.min(...t.rows.map((r) => r.operations));
        expect(t.best.operations.length).toBeGreaterThan(0);
        for (const row of t.rows) expect(t.best.operations.includes(row.layer)).toBe(row.operations === least);
      }),
      { numRuns: 200 },
    );
  });

  it('compares self-attention with a recurrent layer: cheaper below n = d, dearer above, by d/n or n/d', () => {
    fc.assert(
      fc.property(inputs, (x) => {
        const c = compareWithRecurrent(costTable(x));
        expect(c.relation).toBe(x.n < x.d ? 'cheaper' : x.n > x.d ? 'dearer' : 'equal');
        expect(c.ratio).toBeCloseTo(x.n < x.d ? x.d / x.n : x.n / x.d, 9);
      }),
    );
    expect(compareWithRecurrent(costTable({ n: 8192, d: 512, k: 3, r: 4 }))).toMatchObject({ relation: 'dearer', ratio: 16 });
    expect(compareWithRecurrent(costTable({ n: 512, d: 512, k: 3, r: 4 }))).toMatchObject({ relation: 'equal', ratio: 1 });
  });

  it('writes ratios as a reader says them', () => {
    expect(ratioText(16)).toEqual({ text: '16', exact: true });
    expect(ratioText(512 / 30)).toEqual({ text: '17.1', exact: false });
    expect(ratioText(2.5)).toEqual({ text: '2.5', exact: false });
    expect(ratioText(1.25)).toEqual({ text: '1.25', exact: false });
    expect(ratioText(8192 / 3)).toEqual({ text: '2,731', exact: false });
    expect(ratioText(100_000)).toEqual({ text: '100,000', exact: true });
  });

  it('writes formulas with the numbers in play', () => {
    const x = { n: 8192, d: 512, k: 5, r: 16 };
    expect(operationsFormula('selfAttention', x)).toBe('8,192² × 512');
    expect(operationsFormula('recurrent', x)).toBe('8,192 × 512²');
    expect(operationsFormula('convolutional', x)).toBe('5 × 8,192 × 512²');
    expect(operationsFormula('restrictedSelfAttention', x)).toBe('16 × 8,192 × 512');
    expect(costTable(x).rows[2]!.pathFormula).toBe('⌈log₅ 8,192⌉');
    expect(costTable({ ...x, k: 12 }).rows[2]!.pathFormula).toBe('⌈log₁₂ 8,192⌉');
  });
});

describe('the crossover', () => {
  it('is at n = d for every d, found from the kernel’s counts', () => {
    for (const d of [1, 2, 3, 64, 100, 511, 512, 1000, 4096, 8192]) {
      const c = crossover(d);
      expect(c.n).toBe(d);
      expect(c.operations).toBe(d ** 3);
      const below = layerComplexity(Math.max(1, d - 1), d), at = layerComplexity(d, d), above = layerComplexity(d + 1, d);
      if (d > 1) expect(below.selfAttention.operations).toBeLessThan(below.recurrent.operations);
      expect(at.selfAttention.operations).toBe(at.recurrent.operations);
      expect(above.selfAttention.operations).toBeGreaterThan(above.recurrent.operations);
    }
  });

  it('moves with d and not with n', () => {
    expect(crossover(256).n).toBeLessThan(crossover(512).n);
    const a = costCurves({ n: 30, d: 512, k: 3, r: 4 }), b = costCurves({ n: 30, d: 1024, k: 3, r: 4 });
    const crossIndex = (c: typeof a) => c.ns.findIndex((_, i) => c.series.selfAttention[i]! >= c.series.recurrent[i]!);
    expect(a.ns[crossIndex(a)]).toBe(512);
    expect(b.ns[crossIndex(b)]).toBe(1024);
  });
});

describe('the curves', () => {
  it('cover the whole range of n, four points a decade, with n, d and k·d among them', () => {
    const ns = curvePoints();
    expect(ns[0]).toBe(1);
    expect(ns[ns.length - 1]).toBe(100_000);
    expect(ns).toHaveLength(21);
    expect(curvePoints([30, 512, 1536, 0, 1e9, 2.5])).toEqual(expect.arrayContaining([30, 512, 1536]));
    expect(curvePoints([0, 1e9, 2.5])).toEqual(ns);
    const c = costCurves({ n: 30, d: 512, k: 3, r: 4 });
    expect(c.ns).toEqual([...c.ns].sort((x, y) => x - y));
    expect(new Set(c.ns).size).toBe(c.ns.length);
    c.ns.forEach((n, i) => {
      const t = layerComplexity(n, 512, 3);
      expect([c.series.selfAttention[i], c.series.recurrent[i], c.series.convolutional[i]]).toEqual([t.selfAttention.operations, t.recurrent.operations, t.convolutional.operations]);
    });
  });
});

describe('reading the fields', () => {
  it('takes whole numbers within each range', () => {
    expect(readField('n', '30', 30)).toEqual({ ok: true, value: 30 });
    expect(readField('n', ' 100000 ', 30)).toEqual({ ok: true, value: 100_000 });
    expect(readField('d', '8192', 30)).toEqual({ ok: true, value: 8192 });
    expect(readField('k', '15', 30)).toEqual({ ok: true, value: 15 });
    expect(readField('r', '30', 30)).toEqual({ ok: true, value: 30 });
    expect(readField('n', '1e3', 30)).toEqual({ ok: true, value: 1000 });
  });

  it('names every problem', () => {
    const kind = (field: 'n' | 'd' | 'k' | 'r', text: string, n = 30) => {
      const r = readField(field, text, n);
      return r.ok ? 'ok' : r.problem.kind;
    };
    expect(kind('n', '')).toBe('blank');
    expect(kind('n', '   ')).toBe('blank');
    expect(kind('n', 'abc')).toBe('notANumber');
    expect(kind('n', '1,2,3')).toBe('notANumber');
    expect(kind('n', '0.1 0.2 0.3 0.4')).toBe('notANumber');
    expect(kind('n', 'NaN')).toBe('notFinite');
    expect(kind('n', '1e309')).toBe('notFinite');
    expect(kind('n', '1e308')).toBe('range');
    expect(kind('n', '-1e308')).toBe('range');
    expect(kind('n', '0')).toBe('range');
    expect(kind('n', '100001')).toBe('range');
    expect(kind('n', '2.5')).toBe('whole');
    expect(kind('d', '8193')).toBe('range');
    expect(kind('k', '1')).toBe('range');
    expect(kind('k', '16')).toBe('range');
    expect(kind('r', '31')).toBe('aboveN');
    expect(kind('r', '0')).toBe('range');
    expect(kind('r', '1e6')).toBe('range');
    const r = readField('r', '31', 30);
    expect(r.ok ? null : r.problem).toEqual({ kind: 'aboveN', field: 'r', text: '31', min: 1, max: 30 });
    const long = readField('n', 'x'.repeat(2000), 30);
    expect(long.ok ? '' : long.problem.text).toBe(`${'x'.repeat(24)}…`);
  });

  it('brings r down with n, and only then', () => {
    expect(withField(DEFAULT_INPUTS, 'n', 3)).toEqual({ inputs: { ...DEFAULT_INPUTS, n: 3, r: 3 }, rClamped: true });
    expect(withField(DEFAULT_INPUTS, 'n', 4)).toEqual({ inputs: { ...DEFAULT_INPUTS, n: 4 }, rClamped: false });
    expect(withField(DEFAULT_INPUTS, 'd', 64)).toEqual({ inputs: { ...DEFAULT_INPUTS, d: 64 }, rClamped: false });
    const doc = withPreset(DEFAULT_INPUTS, PRESETS[1]!);
    expect(doc.inputs).toEqual({ n: 8192, d: 512, k: 3, r: 4 });
    expect(isPreset(doc.inputs, PRESETS[1]!)).toBe(true);
    expect(isPreset(doc.inputs, PRESETS[0]!)).toBe(false);
    expect(withPreset({ n: 8192, d: 512, k: 3, r: 100 }, PRESETS[0]!).inputs).toEqual({ n: 30, d: 512, k: 3, r: 30 });
  });

  it('has slider stops that hold the presets and stay inside the ranges', () => {
    for (const p of PRESETS) {
      expect(N_STOPS).toContain(p.n);
      expect(D_STOPS).toContain(p.d);
    }
    expect(N_STOPS[0]).toBe(N_RULE.min);
    expect(N_STOPS[N_STOPS.length - 1]).toBe(N_RULE.max);
    expect(D_STOPS[D_STOPS.length - 1]).toBe(D_RULE.max);
    for (const stops of [N_STOPS, D_STOPS]) for (let i = 1; i < stops.length; i++) expect(stops[i]).toBeGreaterThan(stops[i - 1]!);
    expect(stopsFor('k', 30)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(stopsFor('r', 30)).toEqual([1, 2, 3, 5, 7, 10, 15, 20, 30]);
    expect(stopsFor('r', 40)).toEqual([1, 2, 3, 5, 7, 10, 15, 20, 30, 40]);
    expect(stopsFor('r', 1)).toEqual([1]);
    expect(N_STOPS[nearestStop(N_STOPS, 30)]).toBe(30);
    expect(N_STOPS[nearestStop(N_STOPS, 33)]).toBe(30);
    expect(D_STOPS[nearestStop(D_STOPS, 600)]).toBe(512);
  });
});
