import { describe, expect, it } from 'vitest';
import { localeOf, localePath, switchLocale } from '../../src/i18n/locales.ts';
import { fill, translator } from '../../src/i18n/translate.ts';
import { describeError, describeProblem } from '../../src/widgets/ui/describe.ts';
import { stringModules, t, ui } from '../../src/i18n/ui.ts';
import * as qkv from '../../src/i18n/strings/qkv.ts';
import * as widget from '../../src/i18n/strings/widget.ts';
import { KernelError, matrix } from '../../src/kernel/index.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('exist in both languages with the same placeholders, none empty', () => {
    expect(Object.keys(ui.en).sort()).toEqual(Object.keys(ui.zh).sort());
    for (const key of Object.keys(ui.zh) as (keyof typeof ui.zh)[]) {
      if (!key.startsWith('punct.')) {
        // punctuation may be blank in one language (no space between Chinese sentences)
        expect(ui.zh[key].trim(), key).not.toBe('');
        expect(ui.en[key].trim(), key).not.toBe('');
      }
      expect(placeholders(ui.en[key]), key).toEqual(placeholders(ui.zh[key]));
    }
  });

  it('fill placeholders, leaving unknown ones visible', () => {
    expect(t('en', 'chapter.chapterN', { n: 2 })).toBe('Chapter 2');
    expect(t('zh', 'chapter.chapterN', { n: 2 })).toBe('第 2 章');
    expect(translator(qkv.en)('qkv.step', { n: 3 })).toBe('Step 3 of 4');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('drops the space a Chinese template puts around a number when the value starts or ends in Chinese', () => {
    expect(fill('是自注意力的 {ratio} 倍', { ratio: '约 17.1' })).toBe('是自注意力的约 17.1 倍');
    expect(fill('是自注意力的 {ratio} 倍', { ratio: '2' })).toBe('是自注意力的 2 倍');
    expect(fill('看 {head} 的整张矩阵', { head: '第 1 层 · 头 2' })).toBe('看第 1 层 · 头 2 的整张矩阵');
    expect(fill('到达 {to}。', { to: '它' })).toBe('到达它。');
    expect(fill('the {a} {b} cat', { a: '我', b: '是' }), 'not between two values, nor in English').toBe('the 我 是 cat');
    expect(fill('{a} {b}', { a: 'x' })).toBe('x {b}');
  });

  it('keep each key in exactly one module', () => {
    const owner = new Map<string, string>();
    for (const [name, m] of Object.entries(stringModules)) {
      for (const key of Object.keys(m.zh)) {
        expect(owner.get(key), `${key} is in ${owner.get(key)} and ${name}`).toBeUndefined();
        owner.set(key, name);
      }
      expect(Object.keys(m.en).sort(), name).toEqual(Object.keys(m.zh).sort());
    }
  });

  it('describe kernel errors and bad cells in the reader’s language', () => {
    const zh = translator(widget.zh), en = translator(widget.en);
    let error: unknown;
    try {
      matrix([[1, 2], [3]], 'W_Q');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KernelError);
    expect(describeError(en, error)).toBe('Row 2 of W_Q should have 2 numbers, not 1.');
    expect(describeError(zh, error)).toBe('W_Q 的第 2 行有 1 个数，应该有 2 个。');
    expect(describeProblem(en, { matrix: 'Q', row: 0, col: 1, reason: 'notANumber', text: 'abc' })).toBe('“abc” in Q row 1, column 2 is not a number. Enter something like 0.5 or -1.2.');
    expect(describeProblem(zh, { matrix: 'Q', row: 0, col: 1, reason: 'blank', text: '' })).toBe('Q 第 1 行第 2 列是空的，请填一个数。');
    expect(describeError(en, new Error('boom'))).toContain('boom');
  });
});

describe('locale paths', () => {
  it('map pages between the two languages', () => {
    expect(localeOf('/en/queries-keys-values/')).toBe('en');
    expect(localeOf('/queries-keys-values/')).toBe('zh');
    expect(localeOf('/enigma/')).toBe('zh');
    expect(localePath('en', '/glossary/')).toBe('/en/glossary/');
    expect(localePath('zh', 'glossary/')).toBe('/glossary/');
    expect(switchLocale('/queries-keys-values/', 'en')).toBe('/en/queries-keys-values/');
    expect(switchLocale('/en/queries-keys-values/', 'zh')).toBe('/queries-keys-values/');
    expect(switchLocale('/en/', 'zh')).toBe('/');
    expect(switchLocale('/', 'en')).toBe('/en/');
  });
});
