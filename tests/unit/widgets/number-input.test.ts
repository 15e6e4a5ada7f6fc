/** The one reader of numbers typed into widget fields: what each kind of bad text is called. */
import { describe, expect, it } from 'vitest';
import { pasteCells, quoted, readCells, readEven, readNumber } from '../../../src/widgets/ui/number-input.ts';

const kindOf = (r: { ok: boolean; problem?: { kind: string } }) => (r.ok ? 'ok' : r.problem?.kind);

describe('reading a number field', () => {
  const rule = { min: -2, max: 10 };

  it('names each problem, in the order a reader would fix them', () => {
    expect(kindOf(readNumber('', rule))).toBe('blank');
    expect(kindOf(readNumber('   ', rule))).toBe('blank');
    expect(kindOf(readNumber('abc', rule))).toBe('notANumber');
    expect(kindOf(readNumber('NaN', rule))).toBe('notFinite');
    expect(kindOf(readNumber('1e308', rule))).toBe('range');
    expect(kindOf(readNumber('1e309', rule))).toBe('notFinite');
    expect(kindOf(readNumber('2.5', { ...rule, whole: true }))).toBe('whole');
    expect(kindOf(readNumber('11', rule))).toBe('range');
    expect(kindOf(readNumber('-2.5', { ...rule, whole: true }))).toBe('whole');
  });

  it('returns the value, with "-0" read as 0 and the range and the text kept for messages', () => {
    expect(readNumber(' 2.5 ', rule)).toEqual({ ok: true, value: 2.5 });
    const zero = readNumber('-0', rule);
    expect(zero.ok && Object.is(zero.value, 0)).toBe(true);
    expect(readNumber(' 12 ', rule)).toEqual({ ok: false, problem: { kind: 'range', text: '12', min: -2, max: 10 } });
  });

  it('asks an even field for a whole number first, then the range, then evenness', () => {
    const width = { min: 2, max: 128 };
    expect(readEven('16', width)).toEqual({ ok: true, value: 16 });
    expect(kindOf(readEven('15', width))).toBe('odd');
    expect(kindOf(readEven('15.5', width))).toBe('whole');
    expect(kindOf(readEven('129', width))).toBe('range');
  });

  it('reads a row of cells up to the first bad one, and pastes a row that spills right', () => {
    expect(readCells(['1', '2', '-1'], rule)).toEqual({ ok: true, values: [1, 2, -1] });
    const bad = readCells(['1', 'x', '99'], rule);
    expect(bad.ok ? -1 : bad.index).toBe(1);
    expect(pasteCells(['a', 'b', 'c'], 1, ['7', '8', '9'])).toEqual(['a', '7', '8']);
  });

  it('quotes a pasted essay short', () => {
    expect(quoted('abc')).toBe('abc');
    expect(quoted('x'.repeat(100))).toBe(`${'x'.repeat(24)}…`);
  });
});
