/**
 * The checks every chapter's exercises must pass: one rule, applied to every chapter by
 * tests/unit/course/exercises.test.ts (call inside a `describe`). A chapter's own tests, on what
 * only its exercises do, live in tests/unit/course/<slug>/exercises.test.ts.
 */
import { expect, it } from 'vitest';
import { checkMatrix, checkNumeric, checkOrdering, checkSingle } from '../../src/quiz/check.ts';
import type { Exercise, Generate, Localized, Question, QuestionText } from '../../src/quiz/types.ts';
import { formatNumber } from '../../src/kernel/index.ts';
import { renderRich } from '../../src/components/tex.ts';

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

  it('writes parametric texts whose $TeX$ KaTeX typesets (the browser loads KaTeX with the generator)', () => {
    for (const { id, seed, q } of questions()) {
      if (seed === undefined) continue;
      for (const t of textsOf(q)) for (const text of [t.zh, t.en]) expect(() => renderRich(text), `${id}#${seed}: ${text}`).not.toThrow();
    }
  });
}

/** A bank's exercise by id, and a static exercise's question. */
export function lookup(exercises: readonly Exercise[]) {
  const byId = (id: string): Exercise => exercises.find((e) => e.id === id)!;
  const staticQuestion = (id: string): Question => {
    const e = byId(id);
    if (e.parametric) throw new Error(`${id} is parametric`);
    return e.question;
  };
  return { byId, staticQuestion };
}

/** Plain math outside $…$ in a static text (the chapter adds its own symbols). */
const PLAIN_MATH = /d_k|d_model|d_\{|W_[QKVO]|\\sqrt|\\top/;

/**
 * How a chapter's own exercises are written, in both languages (call inside a `describe`): each
 * option explains itself, Chinese is spaced and punctuated as Chinese, static math is TeX, and the
 * two languages of a parametric exercise have the same shape and numbers.
 */
export function checkChapterTexts(all: readonly Exercise[], o: { own: readonly Exercise[]; seeds: readonly number[]; plainMath?: RegExp; pairs: [string, Generate, Generate][]; promptNumbersMatch?: boolean }): void {
  it('give every option its own explanation, in both languages', () => {
    for (const e of all) {
      const q = e.parametric ? e.generate(1) : e.question;
      if (q.kind !== 'single' && q.kind !== 'multiple') continue;
      const explanations = q.options.flatMap((x) => [x.explanation.zh, x.explanation.en]);
      for (const x of explanations) expect(x.trim().length, e.id).toBeGreaterThan(20);
      expect(new Set(explanations).size, `${e.id}: no explanation repeated`).toBe(explanations.length);
    }
  });

  it('write Chinese with a space between Chinese and Latin letters or digits, and no ASCII punctuation after Chinese', () => {
    for (const e of o.own) {
      const questions = e.parametric ? o.seeds.map((s) => e.generate(s)) : [e.question];
      for (const q of questions) for (const t of textsOf(q)) {
        expect(t.zh, e.id).not.toMatch(/[\u4e00-\u9fff][A-Za-z0-9$]|[A-Za-z0-9$][\u4e00-\u9fff]/);
        expect(t.zh, e.id).not.toMatch(/[\u4e00-\u9fff][,;:?!()]/);
      }
    }
  });

  it('write the math of every text, static or generated, as TeX: no plain symbols outside $…$', () => {
    const plain = new RegExp(`${PLAIN_MATH.source}${o.plainMath ? `|${o.plainMath.source}` : ''}`);
    for (const e of o.own) {
      const questions = e.parametric ? o.seeds.map((s) => e.generate(s)) : [e.question];
      for (const q of questions) for (const t of textsOf(q)) for (const text of [t.zh, t.en]) expect(text.replace(/\$[^$]*\$/g, ''), e.id).not.toMatch(plain);
    }
  });

  it('give both languages of a parametric exercise the same shape: lines, bold marks and numbers', () => {
    const shape = (q: QuestionText) => JSON.stringify(q, (_k, v: unknown) => (typeof v === 'string' ? [v.split('\n').length, (v.match(/\*\*/g) ?? []).length] : v));
    const numbers = (s: string) => (s.match(/−?\d+(\.\d+)?/g) ?? []).sort().join(' ');
    for (const [id, zh, en] of o.pairs) {
      for (const seed of o.seeds) {
        const a = zh(seed), b = en(seed);
        expect(shape(a), `${id}#${seed}`).toBe(shape(b));
        expect(numbers(b.solution), `${id}#${seed}: the solution’s numbers`).toBe(numbers(a.solution));
        // a prompt may write a number in words in one language ("Three decimals")
        if (o.promptNumbersMatch) expect(numbers(b.prompt), `${id}#${seed}: the prompt’s numbers`).toBe(numbers(a.prompt));
      }
    }
  });
}
