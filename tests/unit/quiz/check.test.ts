import { describe, expect, it } from 'vitest';
import { checkMatrix, checkMultiple, checkNumeric, checkOrdering, checkSingle, initialOrder, optionsToExplain, withinTolerance, distinguishable, farApart } from '../../../src/quiz/check.ts';
import { parseNumber } from '../../../src/quiz/parse.ts';

const options = [{ correct: false }, { correct: true }, { correct: false }];

describe('reading numbers', () => {
  it.each([
    ['0.25', 0.25], [' -1.5 ', -1.5], ['−2', -2], ['0,5', 0.5], ['.5', 0.5], ['3e-2', 0.03], ['1e308', 1e308], ['+4', 4],
  ])('accepts %j', (text, value) => expect(parseNumber(text)).toEqual({ ok: true, value }));

  it.each([
    ['', 'blank'], ['   ', 'blank'], ['abc', 'notANumber'], ['0x10', 'notANumber'], ['1/3', 'notANumber'], ['1.2.3', 'notANumber'],
    ['NaN', 'notFinite'], ['Infinity', 'notFinite'], ['-∞', 'notFinite'], ['1e309', 'notFinite'],
  ])('rejects %j as %s', (text, reason) => expect(parseNumber(text)).toMatchObject({ ok: false, reason }));
});

describe('checking answers', () => {
  it('tolerance is relative 1e-2 by default, absolute near 0', () => {
    expect(withinTolerance(1.009, 1)).toBe(true);
    expect(withinTolerance(1.02, 1)).toBe(false);
    expect(withinTolerance(1e-10, 0)).toBe(true);
    expect(withinTolerance(0.004, 0, { absolute: 0.005 })).toBe(true);
  });

  it('single choice: nothing chosen is invalid, one option is right', () => {
    expect(checkSingle(options, null)).toEqual({ status: 'invalid', reason: { kind: 'selectOne' } });
    expect(checkSingle(options, 0)).toEqual({ status: 'incorrect' });
    expect(checkSingle(options, 1)).toEqual({ status: 'correct' });
  });

  it('multiple choice: exactly the correct set, with partial credit counted', () => {
    const many = [{ correct: true }, { correct: true }, { correct: false }];
    expect(checkMultiple(many, new Set())).toMatchObject({ status: 'invalid' });
    expect(checkMultiple(many, new Set([0]))).toEqual({ status: 'incorrect', rightChoices: 1 });
    expect(checkMultiple(many, new Set([0, 1, 2]))).toEqual({ status: 'incorrect', rightChoices: 2 });
    expect(checkMultiple(many, new Set([0, 1]))).toEqual({ status: 'correct' });
    expect(optionsToExplain(many, new Set([2]))).toEqual([0, 1, 2]);
  });

  it('numeric: right within tolerance, known mistakes named, text rejected with a reason', () => {
    const q = { answer: 0.31, mistakes: [{ value: 0.19 }, { value: 0.11 }] };
    expect(checkNumeric(q, '0.3105')).toEqual({ status: 'correct' });
    expect(checkNumeric(q, '0.19')).toEqual({ status: 'incorrect', mistake: 0 });
    expect(checkNumeric(q, '0.11')).toEqual({ status: 'incorrect', mistake: 1 });
    expect(checkNumeric(q, '0.5')).toEqual({ status: 'incorrect' });
    expect(checkNumeric(q, '')).toEqual({ status: 'invalid', reason: { kind: 'enterNumber' } });
    expect(checkNumeric(q, 'zero')).toEqual({ status: 'invalid', reason: { kind: 'notANumber', value: 'zero' } });
  });

  it('matrix: every cell within tolerance; blanks and text point at the cell', () => {
    const q = { answer: [[1, 2], [3, 4]], mistakes: [{ value: [[1, 3], [2, 4]] }] };
    expect(checkMatrix(q, [['1', '2'], ['3', '4.01']])).toEqual({ status: 'correct' });
    expect(checkMatrix(q, [['1', '3'], ['2', '4']])).toEqual({ status: 'incorrect', mistake: 0 });
    expect(checkMatrix(q, [['1', '2'], ['3', '5']])).toEqual({ status: 'incorrect' });
    expect(checkMatrix(q, [['1', ''], ['3', '4']])).toEqual({ status: 'invalid', reason: { kind: 'fillAll' } });
    expect(checkMatrix(q, [['1', '2'], ['x', '4']])).toEqual({ status: 'invalid', reason: { kind: 'cellNotANumber', row: 2, col: 1, value: 'x' } });
  });

  it('ordering: correct when every item is in place; the start is shuffled, never solved', () => {
    expect(checkOrdering([0, 1, 2, 3])).toEqual({ status: 'correct' });
    expect(checkOrdering([1, 0, 2, 3])).toEqual({ status: 'incorrect', correctPositions: 2 });
    for (let seed = 0; seed < 50; seed++) {
      const order = initialOrder(4, seed);
      expect([...order].sort()).toEqual([0, 1, 2, 3]);
      expect(order).not.toEqual([0, 1, 2, 3]);
    }
    expect(initialOrder(4, 7)).toEqual(initialOrder(4, 7));
  });
});

describe('distinguishable mistakes', () => {
  const hint = { zh: '提示', en: 'hint' };
  it('drops a mistake that a checker would take for the answer or for an earlier mistake', () => {
    const kept = distinguishable(1, [{ value: 1.005, hint }, { value: 2, hint }, { value: 2.01, hint }, { value: -1, hint }]);
    expect(kept.map((m) => m.value)).toEqual([2, -1]);
  });
  it('uses the question’s tolerance', () => {
    expect(distinguishable(1, [{ value: 1.05, hint }], { relative: 0.1 })).toEqual([]);
    expect(distinguishable(1, [{ value: 1.05, hint }], { relative: 0.01 })).toHaveLength(1);
  });
});

describe('farApart', () => {
  it('needs 3 % of the answer, and at least the margin', () => {
    expect(farApart(1.04, 1)).toBe(true);
    expect(farApart(1.02, 1)).toBe(false);
    expect(farApart(0.015, 0, 0.01)).toBe(true);
    expect(farApart(0.005, 0, 0.01)).toBe(false);
  });
});
