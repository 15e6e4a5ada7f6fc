/** What PathHops makes of what the reader types into its fields, and the messages it shows. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../../src/i18n/translate.ts';
import * as strings from '../../../../src/i18n/strings/path-hops.ts';
import { PROBLEM_KEYS, problemMessage, readInt } from '../../../../src/widgets/path-hops/inputs.ts';
import { N_RULE, K_RULE } from '../../../../src/widgets/path-hops/model.ts';

const keyOf = (r: ReturnType<typeof readInt>) => (r.ok ? `ok ${r.value}` : PROBLEM_KEYS[r.problem.kind]);

describe('reading a whole number', () => {
  it.each([
    ['', 'pathHops.input.blank'],
    ['   ', 'pathHops.input.blank'],
    ['abc', 'pathHops.input.notANumber'],
    ['1,2,3', 'pathHops.input.notANumber'],
    ['0.1 0.2 0.3 0.4', 'pathHops.input.notANumber'],
    ['0.1\t0.2\t0.3', 'pathHops.input.notANumber'],
    ['x'.repeat(2000), 'pathHops.input.notANumber'],
    ['NaN', 'pathHops.input.notFinite'],
    ['-Infinity', 'pathHops.input.notFinite'],
    ['1e309', 'pathHops.input.notFinite'],
    ['1e308', 'pathHops.input.range'],
    ['-1e308', 'pathHops.input.range'],
    ['1', 'pathHops.input.range'],
    ['65', 'pathHops.input.range'],
    ['16.5', 'pathHops.input.whole'],
    ['2,5', 'pathHops.input.whole'],
  ])('n ← %j: %s', (text, key) => {
    expect(keyOf(readInt(text, N_RULE))).toBe(key);
  });

  it.each([['2', 2], [' 64 ', 64], ['16.0', 16], ['3e1', 30], ['+9', 9]])('%j is %i', (text, value) => {
    expect(readInt(text, N_RULE)).toEqual({ ok: true, value });
  });

  it('checks the kernel width against 2 … 9 and turns −0 into 0', () => {
    expect(keyOf(readInt('10', K_RULE))).toBe('pathHops.input.range');
    expect(keyOf(readInt('9', K_RULE))).toBe('ok 9');
    expect(readInt('-0', { min: 0, max: 3 })).toEqual({ ok: true, value: 0 });
    expect(Object.is((readInt('-0', { min: 0, max: 3 }) as { value: number }).value, -0)).toBe(false);
  });
});

describe('messages', () => {
  it('say what is wrong in the reader’s language, quoting at most 24 characters', () => {
    const zh = translator(strings.zh), en = translator(strings.en);
    const r = readInt('70', N_RULE);
    if (r.ok) throw new Error('70 is out of range');
    const mz = problemMessage(zh('pathHops.name.n'), r.problem, 16), me = problemMessage(en('pathHops.name.n'), r.problem, 16);
    expect(zh(mz.key, mz.params)).toBe('位置数 n 只能在 2 到 64 之间，“70”超出了范围。');
    expect(en(me.key, me.params)).toBe('“70” is out of range: the number of positions n runs from 2 to 64.');
    const long = readInt('y'.repeat(100), N_RULE);
    if (long.ok) throw new Error('not a number');
    expect(problemMessage('n', long.problem, 16).params['value']).toBe(`${'y'.repeat(24)}…`);
    const blank = readInt('', K_RULE);
    if (blank.ok) throw new Error('blank');
    const mb = problemMessage(en('pathHops.name.k'), blank.problem, 3);
    expect(en(mb.key, mb.params)).toBe('The field for the kernel width k is empty: enter a whole number.');
  });
});
