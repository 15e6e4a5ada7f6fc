/**
 * content/glossary.yaml, read exactly as Astro's file() loader reads it (js-yaml). A definition
 * written unquoted in a YAML flow mapping is cut at its first ASCII comma ("例如 (1, 2)" became
 * "例如 (1") and the rest turns into stray keys; every tooltip then shows the cut text. These
 * checks fail on such a definition, and on one that stops before its sentence ends.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { compareTerms } from '../../../src/components/glossary-order.ts';

const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

type Entry = Record<string, Record<string, unknown>>;
const glossary = load(readFileSync('content/glossary.yaml', 'utf8')) as Record<string, Entry>;
const entries = Object.entries(glossary);

/** Brackets and quotes that must close within a definition. */
const PAIRS: readonly [string, string][] = [['(', ')'], ['（', '）'], ['“', '”'], ['《', '》'], ['[', ']']];
const balanced = (s: string): boolean => PAIRS.every(([open, close]) => s.split(open).length === s.split(close).length);

/** Every ASCII comma, colon and bracket outside the definition's own text on its source line is a sign of a cut. */
const sourceLine = (id: string, locale: string): string => {
  const lines = readFileSync('content/glossary.yaml', 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${id}:`));
  return lines.slice(at + 1).find((l) => l.trimStart().startsWith(`${locale}:`)) ?? '';
};

describe('the glossary', () => {
  it('has entries', () => {
    expect(entries.length).toBeGreaterThan(20);
  });

  it.each(entries)('%s: each language has exactly a term and a definition (no stray keys from a cut)', (_id, entry) => {
    expect(Object.keys(entry).sort()).toEqual(['en', 'zh']);
    for (const locale of ['zh', 'en']) {
      expect(Object.keys(entry[locale]!).sort()).toEqual(['definition', 'term']);
      expect(typeof entry[locale]!['term']).toBe('string');
      expect(typeof entry[locale]!['definition']).toBe('string');
    }
  });

  it.each(entries)('%s: every definition is a complete sentence', (id, entry) => {
    for (const [locale, end] of [['zh', /[。！？]$/], ['en', /[.!?]$/]] as const) {
      const definition = String(entry[locale]!['definition']);
      expect(definition, `${id}.${locale}`).toMatch(end);
      expect(balanced(definition), `${id}.${locale} closes every bracket and quote: ${definition}`).toBe(true);
      // The whole definition as written in the file: a parser that stopped early would not reach its end.
      expect(sourceLine(id, locale), `${id}.${locale} is read to the end of its line`).toContain(definition.replaceAll('"', '\\"'));
    }
  });

  it('catches a definition cut by an unquoted comma', () => {
    const cut = load('x:\n  zh: { term: 点积, definition: 例如 (1, 2)·(3, 4) = 11。 }\n') as Record<string, Entry>;
    const zh = cut['x']!['zh']!;
    expect(Object.keys(zh).sort()).not.toEqual(['definition', 'term']);
    expect(balanced(String(zh['definition']))).toBe(false);
  });

  it('defines every term the chapters mark with <Term id>', () => {
    const ids = new Set<string>();
    for (const locale of ['zh', 'en']) {
      for (const f of readdirSync(`content/${locale}`)) {
        for (const m of readFileSync(`content/${locale}/${f}`, 'utf8').matchAll(/<Term id="([^"]+)"/g)) ids.add(m[1]!);
      }
    }
    for (const id of ids) expect(glossary[id], `glossary entry ${id}`).toBeDefined();
  });

  it('has the terms the chapters use: layer normalisation, residual connection, feed-forward layer, multi-head attention, positional encoding', () => {
    for (const id of ['layer-norm', 'residual-connection', 'feed-forward', 'multi-head-attention', 'positional-encoding']) expect(glossary[id], id).toBeDefined();
  });

  it('calls attention weights weights, not probabilities', () => {
    expect(String(glossary['attention-weights']!['zh']!['definition'])).not.toContain('概率');
  });

  it('files each Chinese term under the pinyin of its own reading: 长度外推 and 长短期记忆网络 (cháng) among the C terms, not after 隐藏状态 (Z)', () => {
    const zh = entries.map(([, e]) => String(e['zh']!['term'])).sort(compareTerms('zh'));
    const at = (term: string) => zh.findIndex((t) => t.startsWith(term));
    for (const term of ['长度外推', '长短期记忆网络']) {
      expect(at(term), term).toBeGreaterThan(at('查询'));
      expect(at(term), term).toBeLessThan(at('词元'));
    }
    // the rest keeps ICU's pinyin order
    expect(at('隐藏状态')).toBeLessThan(at('正弦位置编码'));
  });
});
