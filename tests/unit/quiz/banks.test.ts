/** Course-wide rules for the exercise banks (each bank also has its own test). */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { banks } from '../../../src/quiz/banks.ts';

const chapterSlugs = readdirSync('content/zh').map((f) => f.replace(/^\d\d-(.*)\.mdx$/, '$1'));

describe('exercise banks', () => {
  it('every chapter has a bank, and every bank a chapter', () => {
    expect(Object.keys(banks).sort()).toEqual([...chapterSlugs].sort());
  });

  it('exercise ids are unique across the course', () => {
    const ids = Object.values(banks).flatMap((list) => list.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(Object.entries(banks))('%s: at least six exercises of four kinds, two of them parametric', (_slug, list) => {
    expect(list.length).toBeGreaterThanOrEqual(6);
    const kinds = new Set(list.map((e) => (e.parametric ? e.generate(1).kind : e.question.kind)));
    expect(kinds.size).toBeGreaterThanOrEqual(4);
    expect(list.filter((e) => e.parametric).length).toBeGreaterThanOrEqual(2);
  });

  it.each(Object.entries(banks))('%s: every exercise is placed in both editions of its chapter', async (slug, list) => {
    const { readFileSync } = await import('node:fs');
    const file = readdirSync('content/zh').find((f) => f.endsWith(`-${slug}.mdx`))!;
    for (const locale of ['zh', 'en']) {
      const mdx = readFileSync(`content/${locale}/${file}`, 'utf8');
      for (const e of list) expect(mdx, `${locale}/${file} places ${e.id}`).toContain(`<Exercise id="${e.id}"`);
    }
  });
});
