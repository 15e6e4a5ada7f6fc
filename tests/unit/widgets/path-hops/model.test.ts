/**
 * PathHops' logic: for every small n, k, r and every pair, the four counts equal Table 1's
 * formulas, each path has exactly as many hops as its count, the drawings draw that many hops,
 * and the receptive-field bands first cover j at the counted layer.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../../src/i18n/translate.ts';
import * as strings from '../../../../src/i18n/strings/path-hops.ts';
import {
  type ConvKind, DEFAULTS, type Settings, formulaNumbers, hopDone, nextStep, paths, rnnHop, ruleOf, shortPath, validSettings, withSetting,
} from '../../../../src/widgets/path-hops/model.ts';
import { LABEL_W, arcs, cellWidth, chain, columns, convLayers, restrictedLayers, rowHeight } from '../../../../src/widgets/path-hops/layout.ts';

const NS = Array.from({ length: 19 }, (_, t) => t + 2); // 2 … 20
const KS = [2, 3, 4, 5];
const KINDS: ConvKind[] = ['contiguous', 'dilated'];

/** The fewest L with k^L ≥ d + 1, by counting, independent of the kernel's loop. */
const digits = (d: number, k: number) => (d === 0 ? 0 : d.toString(k).length);

describe('counts and paths for every small case', () => {
  /** Everything that disagrees, as sentences (plain comparisons: some 23,000 cases). */
  function mismatches(n: number): string[] {
    const out: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) out.push(what);
    };
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const cols = columns(n);
    for (const k of KS) {
      for (const conv of KINDS) {
        const r = Math.min(n - 1, k); // a radius that varies with k
        for (let i = 1; i <= n; i++) {
          for (let j = 1; j <= n; j++) {
            const s: Settings = { n, i, j, k, conv, r };
            const p = paths(s), d = Math.abs(i - j), at = `n=${n} k=${k} ${conv} r=${r} ${i}→${j}`;
            const contiguous = Math.ceil(d / (k - 1)), dilated = digits(d, k);
            check(p.distance === d && p.rnn.length === d, `${at}: RNN ${p.rnn.length}`);
            check(p.attention.length === (d === 0 ? 0 : 1), `${at}: attention ${p.attention.length}`);
            check(p.conv.length === (conv === 'dilated' ? dilated : contiguous), `${at}: convolution ${p.conv.length}`);
            check(p.conv.other === (conv === 'dilated' ? contiguous : dilated), `${at}: the other convolution ${p.conv.other}`);
            check(p.restricted.length === Math.ceil(d / r), `${at}: restricted ${p.restricted.length}`);
            // paths: one more entry than hops, from i to j (the RNN from the earlier to the later position)
            for (const route of [p.conv, p.attention, p.restricted]) {
              check(route.path.length - 1 === route.length && route.path[0] === i && route.path.at(-1) === j, `${at}: path ${route.path.join(' ')}`);
            }
            check(same(p.rnn.path, Array.from({ length: d + 1 }, (_, t) => Math.min(i, j) + t)), `${at}: RNN path`);
            check(same(p.conv.dilations, Array.from({ length: p.conv.length }, (_, l) => (conv === 'dilated' ? k ** l : 1))), `${at}: dilations`);
            // drawings: as many hops as counted
            check(same(chain(cols, p).links.filter((l) => l.hop > 0).map((l) => l.hop), Array.from({ length: d }, (_, t) => t + 1)), `${at}: chain hops`);
            const cg = convLayers(cols, p.conv, k), rg = restrictedLayers(cols, p.restricted, r);
            check(cg.hops.length === p.conv.length && cg.rows.length === p.conv.length + 1, `${at}: convolution drawing`);
            check(rg.hops.length === p.restricted.length && rg.rows.length === p.restricted.length + 1, `${at}: restricted drawing`);
            // each unit on the path reads its predecessor through exactly one tap, of at most k (2r + 1) taps
            for (let layer = 1; layer <= p.conv.length; layer++) {
              const taps = cg.taps.filter((t) => t.y2 === cg.rows[layer]!.y);
              check(taps.length <= k && taps.filter((t) => t.used).length === 1, `${at}: taps of layer ${layer}`);
            }
            for (let layer = 1; layer <= p.restricted.length; layer++) {
              const taps = rg.taps.filter((t) => t.y2 === rg.rows[layer]!.y);
              check(taps.length <= 2 * r + 1 && taps.filter((t) => t.used).length === 1, `${at}: window of layer ${layer}`);
            }
            // the band of positions reached first covers j at the counted layer
            const covers = (band: { from: number; to: number }) => band.from <= j && j <= band.to;
            check(cg.rows.findIndex((row) => covers(row.band)) === p.conv.length, `${at}: convolution band`);
            check(rg.rows.findIndex((row) => covers(row.band)) === p.restricted.length, `${at}: restricted band`);
            const a = arcs(cols, i, j);
            check(a.arcs.length === n - 1 && a.arcs.filter((x) => x.chosen).length === (d === 0 ? 0 : 1), `${at}: arcs`);
          }
        }
      }
    }
    return out;
  }

  it.each(NS)('n = %i: the formulas hold, and every path and drawing has the counted number of hops', (n) => {
    expect(mismatches(n)).toEqual([]);
  });

  it('opens on the default pair with far-apart counts', () => {
    const p = paths(DEFAULTS);
    expect([p.rnn.length, p.conv.length, p.attention.length, p.restricted.length]).toEqual([13, 7, 1, 4]);
    expect(p.conv.other).toBe(3);
    expect(paths({ ...DEFAULTS, conv: 'dilated' }).conv.path).toEqual([1, 2, 5, 14]);
  });
});

describe('formulas with the numbers in play', () => {
  const zh = translator(strings.zh), en = translator(strings.en);
  it('fill each row’s calculation', () => {
    const p = paths(DEFAULTS), f = formulaNumbers(p);
    expect(zh('pathHops.calc.rnn', f.rnn)).toBe('= |1 − 14| = 13');
    expect(zh('pathHops.calc.contiguous', f.conv)).toBe('= ⌈13 / 2⌉ = 7');
    expect(zh('pathHops.calc.restricted', f.restricted)).toBe('= ⌈13 / 4⌉ = 4');
    const fd = formulaNumbers(paths({ ...DEFAULTS, conv: 'dilated' }));
    expect(zh('pathHops.calc.dilated', fd.conv)).toBe('：3² = 9 < 14 ≤ 27 = 3³，所以 L = 3');
    expect(en('pathHops.calc.dilated', fd.conv)).toBe(': 3² = 9 < 14 ≤ 27 = 3³, so L = 3');
    const f0 = formulaNumbers(paths({ ...DEFAULTS, j: 1, conv: 'dilated' }));
    expect(en('pathHops.calc.dilatedZero', f0.conv)).toBe(': 1 = 3⁰, so L = 0');
    // an exact power: 8 = 2³ needs 4 layers (2⁴ = 16 ≥ 9)
    const fp = formulaNumbers(paths({ n: 16, i: 1, j: 9, k: 2, r: 4, conv: 'dilated' }));
    expect(en('pathHops.calc.dilated', fp.conv)).toBe(': 2³ = 8 < 9 ≤ 16 = 2⁴, so L = 4');
  });
});

describe('settings', () => {
  it('pull i, j and r into what a smaller n allows', () => {
    expect(withSetting(DEFAULTS, 'n', 8)).toEqual({ ...DEFAULTS, n: 8, j: 8, r: 4 });
    expect(withSetting(DEFAULTS, 'n', 3)).toEqual({ ...DEFAULTS, n: 3, j: 3, r: 2 });
    expect(withSetting(DEFAULTS, 'k', 5)).toEqual({ ...DEFAULTS, k: 5 });
    expect(ruleOf('r', { n: 2 })).toEqual({ min: 1, max: 1 });
    expect(ruleOf('j', { n: 30 })).toEqual({ min: 1, max: 30 });
  });

  it('are checked as a whole', () => {
    expect(validSettings(DEFAULTS)).toBe(true);
    expect(validSettings({ ...DEFAULTS, n: 65 })).toBe(false);
    expect(validSettings({ ...DEFAULTS, j: 17 })).toBe(false);
    expect(validSettings({ ...DEFAULTS, k: 1 })).toBe(false);
    expect(validSettings({ ...DEFAULTS, r: 16 })).toBe(false);
    expect(validSettings({ ...DEFAULTS, i: 1.5 })).toBe(false);
    expect(validSettings({ ...DEFAULTS, conv: 'strided' as ConvKind })).toBe(false);
  });
});

describe('stepping through the RNN', () => {
  it('goes hop by hop and stays on the last', () => {
    const p = paths({ ...DEFAULTS, i: 9, j: 6 });
    expect(p.rnn.from).toBe(6);
    expect([1, 2, 3].map((t) => rnnHop(p, t))).toEqual([{ from: 6, to: 7 }, { from: 7, to: 8 }, { from: 8, to: 9 }]);
    expect(() => rnnHop(p, 4)).toThrow(RangeError);
    expect(nextStep(null, 3)).toBe(1);
    expect(nextStep(1, 3)).toBe(2);
    expect(nextStep(3, 3)).toBe(3);
    expect(nextStep(null, 0)).toBeNull();
    expect(hopDone(2, null)).toBe(true);
    expect(hopDone(2, 1)).toBe(false);
    expect(hopDone(2, 2)).toBe(true);
  });
});

describe('layout', () => {
  it('shares one column per position between the buttons and every drawing', () => {
    expect([2, 12, 16, 24, 40, 64].map(cellWidth)).toEqual([48, 48, 38, 28, 22, 20]);
    const cols = columns(16);
    expect(cols.x(1)).toBe(LABEL_W + 19);
    expect(cols.x(16) + cols.cell / 2).toBeLessThanOrEqual(cols.width);
    for (const box of chain(cols, paths(DEFAULTS)).boxes) expect(Math.abs(box.x + box.width / 2 - cols.x(box.p))).toBeLessThan(1e-9);
  });

  it('keeps a deep stack within about 260 px', () => {
    expect(rowHeight(0)).toBe(34);
    expect(rowHeight(7)).toBe(34);
    expect(rowHeight(63)).toBe(7);
    const deep = convLayers(columns(64), paths({ n: 64, i: 1, j: 64, k: 2, r: 4, conv: 'contiguous' }).conv, 2);
    expect(deep.hops.length).toBe(63);
    expect(deep.height).toBeLessThanOrEqual(22 + 63 * 7 + 26);
    expect(deep.dots).toBe(false);
    expect(deep.rows.filter((row) => row.labelled).map((row) => row.layer).slice(0, 3)).toEqual([0, 3, 6]);
  });

  it('shortens long paths in the text', () => {
    expect(shortPath([1, 2, 3])).toEqual([1, 2, 3]);
    expect(shortPath(Array.from({ length: 14 }, (_, t) => t + 1))).toEqual([1, 2, 3, 4, null, 12, 13, 14]);
    expect(shortPath([1, 2, 3, 4, 5, 6, 7, 8])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
