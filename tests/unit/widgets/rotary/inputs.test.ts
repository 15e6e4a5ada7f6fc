/** What the rotary widget makes of what the reader types: the value, or the message to show. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../../src/i18n/translate.ts';
import * as rotary from '../../../../src/i18n/strings/rotary.ts';
import { PROBLEM_KEYS, problemMessage, readComponent, readComponents, readPosition } from '../../../../src/widgets/rotary/inputs.ts';
import { pasteCells } from '../../../../src/widgets/ui/number-input.ts';

const keyOf = (r: ReturnType<typeof readPosition>) => (r.ok ? `ok ${r.value}` : problemMessage('m', r.problem).key);

describe('reading a position', () => {
  it.each([
    ['', 'rotary.input.blank'],
    ['  ', 'rotary.input.blank'],
    ['abc', 'rotary.input.notANumber'],
    ['1,2,3', 'rotary.input.notANumber'],
    ['0.1 0.2 0.3 0.4', 'rotary.input.notANumber'],
    ['NaN', 'rotary.input.notFinite'],
    ['1e309', 'rotary.input.notFinite'],
    ['1e308', 'rotary.input.range'],
    ['-1e308', 'rotary.input.range'],
    ['-1', 'rotary.input.range'],
    ['21', 'rotary.input.range'],
    ['2.5', 'rotary.input.whole'],
    ['0,5', 'rotary.input.whole'],
  ])('%j → %s', (text, key) => {
    expect(keyOf(readPosition(text))).toBe(key);
  });

  it.each([['0', 0], ['20', 20], [' 7 ', 7], ['05', 5], ['3.0', 3], ['-0', 0]])('%j is position %i', (text, value) => {
    const r = readPosition(text);
    expect(r).toEqual({ ok: true, value });
    if (r.ok) expect(Object.is(r.value, -0)).toBe(false);
  });
});

describe('reading the components of q and k', () => {
  it('any number within ±10, a decimal comma and a typographic minus understood', () => {
    expect(readComponent('−0,5')).toEqual({ ok: true, value: -0.5 });
    expect(readComponent('10')).toEqual({ ok: true, value: 10 });
    expect(readComponent('1e308')).toMatchObject({ ok: false, problem: { kind: 'range' } });
    expect(readComponent('-10.5')).toMatchObject({ ok: false, problem: { kind: 'range' } });
    expect(readComponent('Infinity')).toMatchObject({ ok: false, problem: { kind: 'notFinite' } });
  });

  it('the first cell that cannot be used is named', () => {
    expect(readComponents(['1', '0.5', '-0.5', '-1'])).toEqual({ ok: true, values: [1, 0.5, -0.5, -1] });
    expect(readComponents(['1', 'x', '', '-1'])).toMatchObject({ ok: false, index: 1, problem: { kind: 'notANumber', text: 'x' } });
    expect(readComponents(['1', '2', '', '-1'])).toMatchObject({ ok: false, index: 2, problem: { kind: 'blank' } });
  });

  it('a pasted row spills to the right; extra values are dropped', () => {
    expect(pasteCells(['1', '2', '3', '4'], 1, ['7', '8'])).toEqual(['1', '7', '8', '4']);
    expect(pasteCells(['1', '2', '3', '4'], 2, ['7', '8', '9'])).toEqual(['1', '2', '7', '8']);
  });
});

describe('messages', () => {
  it('every problem has a message in both languages that names the field, the value and the range', () => {
    for (const locale of ['zh', 'en'] as const) {
      const tr = translator(rotary[locale]);
      for (const key of Object.values(PROBLEM_KEYS)) expect(rotary[locale][key]).toContain('{name}');
      const r = readPosition('25');
      if (r.ok) throw new Error('25 is out of range');
      const m = problemMessage('n', r.problem);
      const text = tr(m.key, m.params);
      expect(text).toContain('n');
      expect(text).toContain('0');
      expect(text).toContain('20');
      expect(text).toContain('25');
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it('a long text is cut short in the message', () => {
    const long = readComponent('x'.repeat(2000));
    if (long.ok) throw new Error('not a number');
    expect(problemMessage('q₁', long.problem).params['value']).toBe(`${'x'.repeat(24)}…`);
  });
});
