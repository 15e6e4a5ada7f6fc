import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_WORD_LENGTH, quoted, readSentence } from '../../../../src/widgets/position-swap/input.ts';
import { CONSTANT_LIMIT, pasteConstant, readConstant } from '../../../../src/widgets/position-swap/constant.ts';
import { MAX_TOKENS } from '../../../../src/widgets/position-swap/model.ts';
import { formatDiff, formatValue } from '../../../../src/widgets/position-swap/format.ts';

describe('reading the sentence', () => {
  it('splits on any spaces, the full-width one included', () => {
    expect(readSentence('我 爱 你')).toEqual({ ok: true, tokens: ['我', '爱', '你'] });
    expect(readSentence('  dog\tbites   man \n')).toEqual({ ok: true, tokens: ['dog', 'bites', 'man'] });
    expect(readSentence('老师\u3000表扬\u3000学生')).toEqual({ ok: true, tokens: ['老师', '表扬', '学生'] });
    expect(readSentence('I have 2 cats')).toEqual({ ok: false, problem: { kind: 'notAWord', word: '2', index: 2 } });
  });

  it('says what is wrong: empty, one word, too many, not a word, too long', () => {
    expect(readSentence('')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(readSentence('   ')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(readSentence('我爱你')).toEqual({ ok: false, problem: { kind: 'oneWord', word: '我爱你' } });
    expect(readSentence('NaN')).toEqual({ ok: false, problem: { kind: 'oneWord', word: 'NaN' } });
    expect(readSentence('1,2,3')).toEqual({ ok: false, problem: { kind: 'notAWord', word: '1,2,3', index: 0 } });
    expect(readSentence('0.1 0.2 0.3 0.4')).toEqual({ ok: false, problem: { kind: 'notAWord', word: '0.1', index: 0 } });
    expect(readSentence('a b c d e f g')).toEqual({ ok: false, problem: { kind: 'tooMany', count: 7 } });
    expect(readSentence('dog ，')).toEqual({ ok: false, problem: { kind: 'notAWord', word: '，', index: 1 } });
    const long = 'x'.repeat(2000);
    expect(readSentence(long)).toEqual({ ok: false, problem: { kind: 'tooLong', word: quoted(long), index: 0 } });
    expect(quoted(long)).toBe(`${'x'.repeat(16)}…`);
    expect(readSentence(`a ${'y'.repeat(MAX_WORD_LENGTH)}`).ok).toBe(true);
    expect(readSentence(`a ${'y'.repeat(MAX_WORD_LENGTH + 1)}`).ok).toBe(false);
  });

  it('takes any 2 to 6 words with a letter, and nothing else', () => {
    const word = fc.stringMatching(/^[a-z\u4e00-\u9fa5]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 9 }), (words) => {
        const r = readSentence(words.join(' '));
        expect(r.ok).toBe(words.length >= 2 && words.length <= MAX_TOKENS);
        if (r.ok) expect(r.tokens).toEqual(words);
      }),
    );
  });
});

describe('reading the constant vector', () => {
  it('takes four finite numbers within ±10, with a typographic minus or a decimal comma', () => {
    expect(readConstant([['0.5', '−1', '0,25', '10']])).toEqual({ ok: true, values: [0.5, -1, 0.25, 10] });
  });

  it('names the first bad cell: blank, text, NaN, ±1e308, out of range, a row typed into one cell', () => {
    const at = (cells: string[]) => readConstant([cells]);
    expect(at(['1', '', '2', '3'])).toEqual({ ok: false, problem: { index: 1, reason: 'blank', text: '' } });
    expect(at(['abc', '', '2', '3'])).toEqual({ ok: false, problem: { index: 0, reason: 'notANumber', text: 'abc' } });
    expect(at(['1', '2', 'NaN', '3'])).toEqual({ ok: false, problem: { index: 2, reason: 'notFinite', text: 'NaN' } });
    expect(at(['1', '2', '3', '1e309'])).toEqual({ ok: false, problem: { index: 3, reason: 'notFinite', text: '1e309' } });
    expect(at(['1e308', '2', '3', '4'])).toEqual({ ok: false, problem: { index: 0, reason: 'range', text: '1e308' } });
    expect(at(['1', '-1e308', '3', '4'])).toEqual({ ok: false, problem: { index: 1, reason: 'range', text: '-1e308' } });
    expect(at(['1', '2', '10.5', '4'])).toEqual({ ok: false, problem: { index: 2, reason: 'range', text: '10.5' } });
    expect(at(['1', '0.1 0.2', '3', '4'])).toEqual({ ok: false, problem: { index: 1, reason: 'notANumber', text: '0.1 0.2' } });
    expect(at(['1', '2', '3'])).toEqual({ ok: false, problem: { index: 3, reason: 'blank', text: '' } });
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        const r = at([String(x), '0', '0', '0']);
        expect(r.ok).toBe(Number.isFinite(x) && Math.abs(x) <= CONSTANT_LIMIT);
      }),
    );
  });

  it('spreads a pasted row to the right and drops what does not fit', () => {
    expect(pasteConstant([['1', '2', '3', '4']], 1, [['a', 'b', 'c', 'd']])).toEqual([['1', 'a', 'b', 'c']]);
    expect(pasteConstant([['1', '2', '3', '4']], 0, [['5', '6'], ['7', '8']])).toEqual([['5', '6', '3', '4']]);
  });
});

describe('numbers on screen', () => {
  it('writes differences honestly: 0 only when exactly zero, rounding in scientific notation', () => {
    expect(formatDiff(0)).toBe('0');
    expect(formatDiff(1.1102230246251565e-16)).toBe('1.1 × 10⁻¹⁶');
    expect(formatDiff(0.80694)).toBe('0.807');
    expect(formatDiff(0.0004)).toBe('4.0 × 10⁻⁴');
    expect(formatValue(-0.11049)).toBe('−0.110');
    expect(formatValue(-0.0001)).toBe('0.000');
  });
});
