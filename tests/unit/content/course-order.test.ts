/**
 * The reading order of the chapters. The real-model chapter is the course's capstone: it comes
 * last in both languages, whatever chapters are added before it, and the number a reader sees
 * ("Chapter 3") is its place in the course, not its file number (07-real-model.mdx).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';

/** The chapter files of a language in reading order: file number, slug and frontmatter order. */
function filesOf(locale: string): { file: string; nn: number; slug: string; order: number }[] {
  return readdirSync(`content/${locale}`)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const m = /^(\d\d)-([a-z0-9-]+)\.mdx$/.exec(file);
      if (m === null) throw new Error(`content/${locale}/${file} is not named NN-slug.mdx`);
      const order = /^order:\s*(\d+)\s*$/m.exec(readFileSync(`content/${locale}/${file}`, 'utf8'));
      return { file, nn: Number(m[1]), slug: m[2]!, order: Number(order?.[1]) };
    })
    .sort((a, b) => a.nn - b.nn);
}

// chaptersOf() reads the collection through astro:content; give it the files above instead.
vi.mock('astro:content', () => ({
  getCollection: async (_name: string, filter: (e: { id: string }) => boolean) =>
    locales.flatMap((locale) => filesOf(locale).map((f) => ({ id: `${locale}/${f.file.replace(/\.mdx$/, '')}`, data: { order: f.order, title: f.slug } }))).filter(filter),
}));

describe('the course’s reading order', () => {
  it.each(locales)('%s: every file’s order equals its number, and no two share one', (locale) => {
    const files = filesOf(locale);
    for (const f of files) expect(f.order, f.file).toBe(f.nn);
    expect(new Set(files.map((f) => f.nn)).size).toBe(files.length);
  });

  it('both languages have the same chapters in the same order', () => {
    const [zh, en] = [filesOf('zh'), filesOf('en')];
    expect(en.map((f) => f.file)).toEqual(zh.map((f) => f.file));
  });

  it('a chapter takes the same reading time in both languages (the home page and its header show it)', () => {
    const minutes = (locale: string, file: string) => Number(/^minutes:\s*(\d+)\s*$/m.exec(readFileSync(`content/${locale}/${file}`, 'utf8'))?.[1]);
    for (const { file } of filesOf('zh')) {
      expect(minutes('zh', file), file).toBeGreaterThan(0);
      expect(minutes('en', file), file).toBe(minutes('zh', file));
    }
  });

  it.each(locales)('%s: the real-model chapter is the last one, after the first two', (locale) => {
    const slugs = filesOf(locale).map((f) => f.slug);
    expect(slugs.at(-1)).toBe('real-model');
    expect(slugs.slice(0, 2)).toEqual(['why-self-attention', 'queries-keys-values']);
  });

  it.each(locales)('%s: the number a reader sees is the chapter’s place in the course, not its file number', async (locale) => {
    const { chaptersOf } = await import('../../../src/course/chapters.ts');
    const chapters = await chaptersOf(locale);
    expect(chapters.map((c) => c.number)).toEqual(chapters.map((_, i) => i + 1));
    expect(chapters.map((c) => c.slug)).toEqual(filesOf(locale).map((f) => f.slug));
    const last = chapters.at(-1)!;
    expect(last.slug).toBe('real-model');
    expect(last.number).toBe(chapters.length);
    expect(last.path).toBe(locale === 'zh' ? '/real-model/' : '/en/real-model/');
  });
});
