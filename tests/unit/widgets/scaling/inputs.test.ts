/** What the scaling widgets make of what the reader types: the value, or the message to show. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../../src/i18n/translate.ts';
import * as scaling from '../../../../src/i18n/strings/scaling.ts';
import {
  PROBLEM_KEYS, nearestIndex, pasteScores, problemMessage, readDk, readScore, readScores, readSigma,
} from '../../../../src/widgets/scaling/inputs.ts';
import { DK_POSITIONS } from '../../../../src/widgets/scaling/variance-lab.ts';

const keyOf = (r: ReturnType<typeof readDk>) => (r.ok ? `ok ${r.value}` : problemMessage('d_k', r.problem).key);

describe('reading d_k', () => {
  it.each([
    ['', 'scaling.input.blank'],
    ['   ', 'scaling.input.blank'],
    ['abc', 'scaling.input.notANumber'],
    ['1,2,3', 'scaling.input.notANumber'],
    ['0.1 0.2 0.3 0.4', 'scaling.input.notANumber'],
    ['NaN', 'scaling.input.notFinite'],
    ['Infinity', 'scaling.input.notFinite'],
    ['1e309', 'scaling.input.notFinite'],
    ['1e308', 'scaling.input.range'],
    ['-1e308', 'scaling.input.range'],
    ['0', 'scaling.input.range'],
    ['-4', 'scaling.input.range'],
    ['2000', 'scaling.input.range'],
    ['1025', 'scaling.input.range'],
    ['1.5', 'scaling.input.whole'],
    ['0.5', 'scaling.input.whole'],
  ])('%j → %s', (text, key) => {
    expect(keyOf(readDk(text))).toBe(key);
  });

  it.each([['1', 1], ['64', 64], [' 256 ', 256], ['1e3', 1000], ['1024', 1024], ['64.0', 64]])('%j is d_k = %i', (text, value) => {
    expect(readDk(text)).toEqual({ ok: true, value });
  });
});

describe('reading σ and the scores', () => {
  it('σ: 0.1 to 3, decimals allowed, a decimal comma and a typographic minus understood', () => {
    expect(readSigma('0.5')).toEqual({ ok: true, value: 0.5 });
    expect(readSigma('0,75')).toEqual({ ok: true, value: 0.75 });
    expect(readSigma('3')).toEqual({ ok: true, value: 3 });
    for (const bad of ['0', '0.05', '3.01', '−1', '1e308']) expect(readSigma(bad)).toMatchObject({ ok: false, problem: { kind: 'range' } });
    expect(readSigma('')).toMatchObject({ ok: false, problem: { kind: 'blank' } });
  });

  it('scores: −5 to 5', () => {
    expect(readScore('−1.5')).toEqual({ ok: true, value: -1.5 });
    expect(readScore('5')).toEqual({ ok: true, value: 5 });
    for (const bad of ['5.1', '-6', '1e308', '-1e308']) expect(readScore(bad)).toMatchObject({ ok: false, problem: { kind: 'range' } });
    expect(readScore('NaN')).toMatchObject({ ok: false, problem: { kind: 'notFinite' } });
  });

  it('a row of scores: the values, or the first cell that cannot be used', () => {
    expect(readScores(['1', '-0.5', '0'])).toEqual({ ok: true, values: [1, -0.5, 0] });
    expect(readScores(['1', 'x', ''])).toMatchObject({ ok: false, index: 1, problem: { kind: 'notANumber' } });
    expect(readScores(['1', '2', '9'])).toMatchObject({ ok: false, index: 2, problem: { kind: 'range', min: -5, max: 5 } });
  });

  it('a pasted row spills to the right and drops what does not fit', () => {
    expect(pasteScores(['1', '2', '3'], 1, ['7', '8', '9'])).toEqual(['1', '7', '8']);
    expect(pasteScores(['1', '2', '3'], 0, ['7'])).toEqual(['7', '2', '3']);
  });
});

describe('the messages', () => {
  it('exist in both languages and name the field, the range and (briefly) what was typed', () => {
    for (const key of Object.values(PROBLEM_KEYS)) {
      expect(scaling.zh[key]).toMatch(/[\u4e00-\u9fff]/);
      expect(scaling.en[key]).toMatch(/[A-Za-z]{3,}/);
    }
    const r = readDk('2000');
    if (r.ok) throw new Error('2000 is out of range');
    const m = problemMessage('d_k', r.problem);
    expect(translator(scaling.en)(m.key, m.params)).toBe('d_k must lie between 1 and 1024; “2000” is outside that range.');
    expect(translator(scaling.zh)(m.key, m.params)).toBe('d_k 要在 1 到 1024 之间，“2000”超出了这个范围。');
    const s = readScore('-9');
    if (s.ok) throw new Error('-9 is out of range');
    expect(translator(scaling.en)(problemMessage('score of key 2', s.problem).key, problemMessage('score of key 2', s.problem).params)).toContain('between −5 and 5');
  });
});

describe('the log-scale slider', () => {
  it('finds the nearest stop', () => {
    expect(DK_POSITIONS[nearestIndex(DK_POSITIONS, 64)]).toBe(64);
    expect(DK_POSITIONS[nearestIndex(DK_POSITIONS, 100)]).toBe(96);
    expect(DK_POSITIONS[nearestIndex(DK_POSITIONS, 1000)]).toBe(1024);
    expect(nearestIndex(DK_POSITIONS, 1)).toBe(0);
  });
});
