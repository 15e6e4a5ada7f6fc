/**
 * Every chapter's exercises, found in src/course/<slug>/exercises/: the shared bank checks on
 * each chapter (a new chapter is checked without a new test), the course-wide rules, and the
 * split of parametric exercises into a draw module and one text module per language.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exercisesByChapter } from '../../../src/course/exercises.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { NOT_TEXT, type Generate } from '../../../src/quiz/types.ts';
import { MOVED_IDS, SEEDS, checkBank, idPrefix } from '../../helpers/bank-checks.ts';

const chapterFiles = readdirSync('content/zh').filter((f) => /^\d\d-[a-z0-9-]+\.mdx$/.test(f));
const chapterSlugs = chapterFiles.map((f) => f.replace(/^\d\d-(.*)\.mdx$/, '$1'));
const chapters = Object.entries(exercisesByChapter);

/** Every module of every chapter's exercises folder, by path: ../../../src/course/<slug>/exercises/<file>. */
const textModules = import.meta.glob<{ generate: Generate }>('../../../src/course/*/exercises/*.{zh,en}.ts', { eager: true });
const drawModules = import.meta.glob<{ draw: (seed: number) => unknown }>('../../../src/course/*/exercises/*.ts', { eager: true });
const moduleOf = (slug: string, file: string) => `../../../src/course/${slug}/exercises/${file}`;

/** A one-language question without its words: what every language must agree on. */
const withoutWords = (x: unknown, key?: string): unknown => {
  if (typeof x === 'string') return key !== undefined && NOT_TEXT.has(key) ? x : '…';
  if (Array.isArray(x)) return x.map((v) => withoutWords(v));
  if (typeof x === 'object' && x !== null) return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, withoutWords(v, k)]));
  return x;
};

describe.each(chapters)('exercises of %s', (_slug, exercises) => {
  checkBank(exercises);
});

describe('the course’s exercises', () => {
  it('every chapter has exercises, and every exercises folder a chapter', () => {
    expect(Object.keys(exercisesByChapter).sort()).toEqual([...chapterSlugs].sort());
  });

  it('exercise ids are unique across the course, and each chapter’s prefix is its own', () => {
    const ids = chapters.flatMap(([, list]) => list.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const [slug, list] of chapters) {
      const prefix = idPrefix(list.map((e) => e.id));
      for (const [other, otherList] of chapters) if (other !== slug) for (const e of otherList) if (!MOVED_IDS.has(e.id)) expect(e.id.startsWith(prefix), `${e.id} (${other}) starts with ${slug}’s ${prefix}`).toBe(false);
    }
  });

  it.each(chapters)('%s: every exercise is placed in both editions of its chapter', (slug, list) => {
    const file = chapterFiles.find((f) => f.endsWith(`-${slug}.mdx`))!;
    for (const locale of locales) {
      const mdx = readFileSync(`content/${locale}/${file}`, 'utf8');
      for (const e of list) expect(mdx, `${locale}/${file} places ${e.id}`).toContain(`<Exercise id="${e.id}"`);
    }
  });

  it('every parametric exercise has a draw module and a text module per language, and every text module an exercise', () => {
    const expected = new Set<string>();
    for (const [slug, list] of chapters) {
      for (const e of list.filter((x) => x.parametric)) {
        expect(typeof drawModules[moduleOf(slug, `${e.id}.ts`)]?.draw, `${slug}/exercises/${e.id}.ts exports draw`).toBe('function');
        for (const locale of locales) expected.add(moduleOf(slug, `${e.id}.${locale}.ts`));
      }
    }
    expect(Object.keys(textModules).sort()).toEqual([...expected].sort());
  });

  it('the text modules of a parametric exercise give the same answer and mistake values for the same seed', () => {
    for (const [slug, list] of chapters) {
      for (const e of list.filter((x) => x.parametric)) {
        const [first, ...others] = locales.map((locale) => textModules[moduleOf(slug, `${e.id}.${locale}.ts`)]!.generate);
        for (const seed of SEEDS) {
          const reference = withoutWords(first!(seed));
          for (const generate of others) expect(withoutWords(generate(seed)), `${e.id}#${seed}`).toEqual(reference);
        }
      }
    }
  });

  it('src/quiz/ knows nothing about chapters: it imports nothing from src/course/', () => {
    const files = readdirSync('src/quiz', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|svelte)$/.test(f));
    for (const f of files) {
      const imports = [...readFileSync(`src/quiz/${f}`, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
      for (const spec of imports) expect(spec, `src/quiz/${f}`).not.toMatch(/(^|\/)course\//);
    }
  });
});
