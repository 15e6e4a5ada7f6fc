/**
 * The checks every exercise bank must pass, shared by the per-chapter bank tests: call inside a
 * `describe`, then add the bank's own tests beside it.
 */
import { expect, it } from 'vitest';
import { checkMatrix, checkNumeric, checkOrdering } from '../../src/quiz/check.ts';
import type { Exercise, Localized, Question } from '../../src/quiz/types.ts';
import { formatNumber } from '../../src/kernel/index.ts';

export const SEEDS = [...Array.from({ length: 40 }, (_, i) => i + 1), 1234, 99991, 2 ** 31 - 1, 2 ** 32 - 1];

const filled = (t: Localized) => t.zh.trim().length > 0 && t.en.trim().length > 0;

export function checkBank(exercises: readonly Exercise[], prefix: string): void {
  const questions = (): { id: string; q: Question }[] =>
    exercises.flatMap((e) => (e.parametric ? SEEDS.map((s) => ({ id: `${e.id}#${s}`, q: e.generate(s) })) : [{ id: e.id, q: e.question }]));

  it('has at least 6 exercises of at least 4 kinds, at least 2 parametric', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(6);
    const kinds = new Set(exercises.map((e) => (e.parametric ? e.generate(1) : e.question).kind));
    expect(kinds.size).toBeGreaterThanOrEqual(4);
    expect(exercises.filter((e) => e.parametric).length).toBeGreaterThanOrEqual(2);
  });

  it(`has unique ids, all prefixed with ${prefix}`, () => {
    const ids = exercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith(prefix) && /^[a-z0-9-]+$/.test(id), id).toBe(true);
  });

  it('gives every text in both languages', () => {
    for (const { id, q } of questions()) {
      expect(filled(q.prompt), id).toBe(true);
      expect(filled(q.solution), id).toBe(true);
      if (q.kind === 'single' || q.kind === 'multiple') for (const o of q.options) expect(filled(o.text) && filled(o.explanation), id).toBe(true);
      if (q.kind === 'ordering') for (const item of q.items) expect(filled(item), id).toBe(true);
      if (q.kind === 'numeric' || q.kind === 'matrix') for (const m of q.mistakes ?? []) expect(filled(m.hint), id).toBe(true);
    }
  });

  it('has exactly one correct option in every single choice, at least one in every multiple choice', () => {
    for (const { id, q } of questions()) {
      if (q.kind === 'single') expect(q.options.filter((o) => o.correct).length, id).toBe(1);
      if (q.kind === 'multiple') expect(q.options.filter((o) => o.correct).length, id).toBeGreaterThanOrEqual(1);
    }
  });

  it('accepts the stated answers and tells every listed mistake apart from them', () => {
    for (const { id, q } of questions()) {
      if (q.kind === 'numeric') {
        // The answer as a reader would type it: rounded to the 3 decimals the prompt asks for.
        expect(checkNumeric(q, formatNumber(q.answer, { decimals: 3 })).status, id).toBe('correct');
        q.mistakes?.forEach((m, k) => {
          const fb = checkNumeric(q, String(m.value));
          expect(fb.status, `${id} mistake ${k}`).toBe('incorrect');
          expect(fb.status === 'incorrect' && fb.mistake, `${id} mistake ${k}`).toBe(k);
        });
      }
      if (q.kind === 'matrix') {
        const typed = q.answer.map((r) => r.map((v) => formatNumber(v, { decimals: 2 })));
        expect(checkMatrix(q, typed).status, id).toBe('correct');
        q.mistakes?.forEach((m, k) => {
          const fb = checkMatrix(q, m.value.map((r) => r.map(String)));
          expect(fb.status, `${id} mistake ${k}`).toBe('incorrect');
          expect(fb.status === 'incorrect' && fb.mistake, `${id} mistake ${k}`).toBe(k);
        });
      }
      if (q.kind === 'ordering') expect(checkOrdering(q.items.map((_, i) => i)).status, id).toBe('correct');
    }
  });

  it('generates parametric variants deterministically, with fresh numbers for fresh seeds', () => {
    for (const e of exercises) {
      if (!e.parametric) continue;
      expect(JSON.stringify(e.generate(5)), e.id).toBe(JSON.stringify(e.generate(5)));
      const prompts = new Set(SEEDS.map((s) => JSON.stringify(e.generate(s).prompt)));
      expect(prompts.size, e.id).toBeGreaterThanOrEqual(SEEDS.length - 1);
    }
  });

  it('writes parametric texts without TeX, since the browser renders them without KaTeX', () => {
    for (const e of exercises) {
      if (!e.parametric) continue;
      const texts = JSON.stringify(e.generate(3));
      expect(texts, e.id).not.toMatch(/\$|\\frac|\\sqrt/);
    }
  });
}
