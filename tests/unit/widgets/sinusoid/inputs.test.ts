/** What the sinusoid widget makes of what the reader types into its five settings. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../../src/i18n/translate.ts';
import * as sinusoid from '../../../../src/i18n/strings/sinusoid.ts';
import {
  DEFAULTS, D_RULE, N_RULE, PROBLEM_KEYS, problemMessage, readInt, ruleOf, validSettings, withSetting,
} from '../../../../src/widgets/sinusoid/inputs.ts';

const keyOf = (r: ReturnType<typeof readInt>) => (r.ok ? `ok ${r.value}` : PROBLEM_KEYS[r.problem.kind]);

describe('reading the model width', () => {
  it.each([
    ['', 'sinusoid.input.blank'],
    ['  ', 'sinusoid.input.blank'],
    ['abc', 'sinusoid.input.notANumber'],
    ['1,2,3', 'sinusoid.input.notANumber'],
    ['0.1 0.2 0.3 0.4', 'sinusoid.input.notANumber'],
    ['0.1\t0.2\t0.3', 'sinusoid.input.notANumber'],
    ['NaN', 'sinusoid.input.notFinite'],
    ['Infinity', 'sinusoid.input.notFinite'],
    ['1e309', 'sinusoid.input.notFinite'],
    ['1e308', 'sinusoid.input.range'],
    ['-1e308', 'sinusoid.input.range'],
    ['0', 'sinusoid.input.range'],
    ['130', 'sinusoid.input.range'],
    ['16.5', 'sinusoid.input.whole'],
    ['7', 'sinusoid.input.odd'],
    ['127', 'sinusoid.input.odd'],
    ['x'.repeat(2000), 'sinusoid.input.notANumber'],
  ])('%j → %s', (text, key) => {
    expect(keyOf(readInt(text, D_RULE))).toBe(key);
  });

  it.each([['2', 2], ['16', 16], [' 128 ', 128], ['64.0', 64], ['6e1', 60]])('%j is %i', (text, value) => {
    expect(readInt(text, D_RULE)).toEqual({ ok: true, value });
  });
});

describe('the other settings', () => {
  it('ranges follow the width and the number of positions', () => {
    const s = { d: 16, n: 32 };
    expect(ruleOf('d', s)).toBe(D_RULE);
    expect(ruleOf('n', s)).toBe(N_RULE);
    expect(ruleOf('pos', s)).toEqual({ min: 0, max: 31 });
    expect(ruleOf('i', s)).toEqual({ min: 0, max: 7 });
    expect(ruleOf('k', s)).toEqual({ min: -32, max: 32 });
  });

  it('read a typographic minus, and refuse what is out of range', () => {
    const k = ruleOf('k', { d: 16, n: 32 });
    expect(readInt('−5', k)).toEqual({ ok: true, value: -5 });
    expect(readInt('-0', k)).toEqual({ ok: true, value: 0 });
    expect(Object.is((readInt('-0', k) as { value: number }).value, 0)).toBe(true);
    expect(keyOf(readInt('-33', k))).toBe('sinusoid.input.range');
    expect(keyOf(readInt('32', ruleOf('pos', { d: 16, n: 32 })))).toBe('sinusoid.input.range');
    expect(keyOf(readInt('8', ruleOf('i', { d: 16, n: 32 })))).toBe('sinusoid.input.range');
    expect(keyOf(readInt('65', N_RULE))).toBe('sinusoid.input.range');
    expect(keyOf(readInt('3', N_RULE))).toBe('ok 3'); // only the width must be even
  });

  it('a narrower width or a shorter table pulls the chosen position, pair and offset back into range', () => {
    const s = { d: 64, n: 64, pos: 60, i: 30, k: -64 };
    expect(withSetting(s, 'd', 8)).toEqual({ d: 8, n: 64, pos: 60, i: 3, k: -64 });
    expect(withSetting(s, 'n', 10)).toEqual({ d: 64, n: 10, pos: 9, i: 30, k: -10 });
    expect(withSetting(s, 'pos', 3)).toEqual({ ...s, pos: 3 });
  });

  it('the defaults are valid, and invalid props are caught', () => {
    expect(validSettings({ ...DEFAULTS })).toBe(true);
    expect(validSettings({ ...DEFAULTS, d: 15 })).toBe(false);
    expect(validSettings({ ...DEFAULTS, pos: 32 })).toBe(false);
    expect(validSettings({ ...DEFAULTS, i: 8 })).toBe(false);
    expect(validSettings({ ...DEFAULTS, k: 1.5 })).toBe(false);
  });
});

describe('messages', () => {
  for (const locale of ['zh', 'en'] as const) {
    const tr = translator(sinusoid[locale]);
    it(`say what is wrong in ${locale}, quoting a long text only in part`, () => {
      const odd = readInt('7', D_RULE);
      if (odd.ok) throw new Error('7 is odd');
      const m = problemMessage(tr('sinusoid.d.name'), odd.problem, 16);
      const text = tr(m.key, m.params);
      expect(text).toContain('“7”');
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).toMatch(locale === 'zh' ? /偶数/ : /even/);
      const long = readInt('x'.repeat(2000), D_RULE);
      if (long.ok) throw new Error('not a number');
      const said = tr(problemMessage(tr('sinusoid.d.name'), long.problem, 16).key, problemMessage('', long.problem, 16).params);
      expect(said.length).toBeLessThan(200);
      const range = readInt('-40', ruleOf('k', { d: 16, n: 32 }));
      if (range.ok) throw new Error('out of range');
      const r = problemMessage(tr('sinusoid.k.name'), range.problem, 4);
      expect(tr(r.key, r.params)).toContain('−32');
    });
  }
});
