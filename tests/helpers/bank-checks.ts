/**
 * The checks every chapter's exercises must pass: one rule, applied to every chapter by
 * tests/unit/course/exercises.test.ts (call inside a `describe`). A chapter's own tests, on what
 * only its exercises do, live in tests/unit/course/<slug>/exercises.test.ts.
 */
import { expect, it } from 'vitest';
import { checkMatrix, checkNumeric, checkOrdering, checkSingle } from '../../src/quiz/check.ts';
import type { Exercise, Localized, Question } from '../../src/quiz/types.ts';
import { formatNumber } from '../../src/kernel/index.ts';

export const SEEDS = [...Array.from({ length: 40 }, (_, i) => i + 1), 1234, 99991, 2 ** 31 - 1, 2 ** 32 - 1];

/** Every text of a question, in both languages. */
export function textsOf(q: Question): Localized[] {
  const out: Localized[] = [q.prompt, q.solution];
  if (q.kind === 'single' || q.kind === 'multiple') for (const o of q.options) out.push(o.text, o.explanation);
  if (q.kind === 'numeric' && q.label) out.push(q.label);
  if (q.kind === 'numeric' || q.kind === 'matrix') for (const m of q.mistakes ?? []) out.push(m.hint);
  if (q.kind === 'matrix') out.push(...(q.columns ?? []));
  if (q.kind === 'ordering') out.push(...q.items);
  return out;
}

/**
 * Exercises that moved to another chapter keep their id, so that a reader's saved answers to them
 * still count: they keep their first chapter's prefix and are left out of the prefix rule.
 */
export const MOVED_IDS: ReadonlySet<string> = new Set(['model-recurrence']);

/** The longest prefix all ids share (moved ones aside), cut after its last "-": "qkv-" for qkv-score-by-hand, qkv-shapes, … */
export function idPrefix(allIds: readonly string[]): string {
  const ids = allIds.filter((id) => !MOVED_IDS.has(id));
  let prefix = ids[0] ?? '';
  for (const id of ids) while (!id.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix.slice(0, prefix.lastIndexOf('-') + 1);
}

/** The ways a reader types a numeric answer that must be accepted: as is, to 3 significant figures, and to 3 decimals when that keeps 3 figures. */
const typings = (x: number) => [String(x), formatNumber(x, { significant: 3 }), ...(Math.abs(x) >= 0.1 ? [formatNumber(x, { decimals: 3 })] : [])];

export function checkBank(exercises: readonly Exercise[]): void {
  const questions = (): { id: string; seed?: number; q: Question }[] =>
    exercises.flatMap((e) => (e.parametric ? SEEDS.map((seed) => ({ id: `${e.id}#${seed}`, seed, q: e.generate(seed) })) : [{ id: e.id, q: e.question }]));

  it('has at least 6 exercises of at least 4 kinds, at least 2 parametric', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(6);
    const kinds = new Set(exercises.map((e) => (e.parametric ? e.generate(1) : e.question).kind));
    expect(kinds.size).toBeGreaterThanOrEqual(4);
    expect(exercises.filter((e) => e.parametric).length).toBeGreaterThanOrEqual(2);
  });

  it('has unique ids of lowercase words, all starting with the chapter’s prefix', () => {
    const ids = exercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(idPrefix(ids), ids.join(', ')).not.toBe('');
    for (const id of ids) expect(id, id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every text in both languages', () => {
    for (const { id, q } of questions()) for (const t of textsOf(q)) {
      expect(t.zh.trim(), id).not.toBe('');
      expect(t.en.trim(), id).not.toBe('');
    }
  });

  it('has exactly one correct option in every single choice, right and wrong ones in every multiple choice', () => {
    for (const { id, q } of questions()) {
      if (q.kind === 'single') {
        expect(q.options.filter((o) => o.correct).length, id).toBe(1);
        expect(checkSingle(q.options, q.options.findIndex((o) => o.correct)), id).toEqual({ status: 'correct' });
      }
      if (q.kind === 'multiple') {
        expect(q.options.some((o) => o.correct), id).toBe(true);
        expect(q.options.some((o) => !o.correct), id).toBe(true);
      }
    }
  });

  it('has at least 4 items in every ordering, accepted in their given order', () => {
    for (const { id, q } of questions()) {
      if (q.kind !== 'ordering') continue;
      expect(q.items.length, id).toBeGreaterThanOrEqual(4);
      expect(checkOrdering(q.items.map((_, i) => i)).status, id).toBe('correct');
    }
  });

  it('accepts the stated answers as a reader types them, and tells every listed mistake apart from them', () => {
    for (const { id, q } of questions()) {
      if (q.kind === 'numeric') {
        for (const typed of typings(q.answer)) expect(checkNumeric(q, typed), `${id}: ${typed} for ${q.answer}`).toEqual({ status: 'correct' });
        expect((q.mistakes ?? []).length, `${id} lists at least 2 mistakes`).toBeGreaterThanOrEqual(2);
        q.mistakes?.forEach((m, k) => expect(checkNumeric(q, String(m.value)), `${id} mistake ${k}`).toEqual({ status: 'incorrect', mistake: k }));
      }
      if (q.kind === 'matrix') {
        for (const typed of [String, (v: number) => formatNumber(v, { decimals: 2 })]) expect(checkMatrix(q, q.answer.map((r) => r.map(typed))), id).toEqual({ status: 'correct' });
        q.mistakes?.forEach((m, k) => expect(checkMatrix(q, m.value.map((r) => r.map(String))), `${id} mistake ${k}`).toEqual({ status: 'incorrect', mistake: k }));
      }
    }
  });

  it('generates parametric variants deterministically, with fresh numbers for most fresh seeds', () => {
    for (const e of exercises) {
      if (!e.parametric) continue;
      expect(JSON.stringify(e.generate(5)), e.id).toBe(JSON.stringify(e.generate(5)));
      const prompts = new Set(SEEDS.map((s) => JSON.stringify(e.generate(s).prompt)));
      expect(prompts.size, e.id).toBeGreaterThan(SEEDS.length / 2);
    }
  });

  it('writes parametric texts without TeX, since the browser renders them without KaTeX', () => {
    for (const { id, seed, q } of questions()) {
      if (seed === undefined) continue;
      for (const t of textsOf(q)) expect(`${t.zh}\n${t.en}`, id).not.toMatch(/\$|\\frac|\\sqrt/);
    }
  });
}
