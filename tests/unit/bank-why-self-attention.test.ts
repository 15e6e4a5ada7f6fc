import { describe, expect, it } from 'vitest';
import { exercises } from '../../src/quiz/bank/why-self-attention.ts';
import { checkMatrix, checkNumeric, checkSingle } from '../../src/quiz/check.ts';
import type { Localized, Question } from '../../src/quiz/types.ts';
import { layerComplexity, rnnPathLength } from '../../src/kernel/index.ts';

const PREFIX = 'why-self-attention-';
const SEEDS = [1, 2, 3, 7, 42, 99, 123, 2024, 31337, 65535];

const questions = (): { id: string; seed?: number; q: Question }[] =>
  exercises.flatMap((e) => (e.parametric ? SEEDS.map((seed) => ({ id: e.id, seed, q: e.generate(seed) })) : [{ id: e.id, q: e.question }]));

const texts = (q: Question): Localized[] => {
  const out: Localized[] = [q.prompt, q.solution];
  if (q.kind === 'single' || q.kind === 'multiple') for (const o of q.options) out.push(o.text, o.explanation);
  if (q.kind === 'numeric') {
    if (q.label) out.push(q.label);
    for (const m of q.mistakes ?? []) out.push(m.hint);
  }
  if (q.kind === 'matrix') for (const m of q.mistakes ?? []) out.push(m.hint);
  if (q.kind === 'ordering') out.push(...q.items);
  return out;
};

/** The answer as the reader would type it: rounded to the digits the prompt asks for. */
const typed = (x: number) => (Number.isInteger(x) ? String(x) : x.toPrecision(3));

describe('bank: why-self-attention', () => {
  it('has at least 6 exercises of at least 4 kinds, 2 or more parametric', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(6);
    expect(new Set(questions().map(({ q }) => q.kind)).size).toBeGreaterThanOrEqual(4);
    expect(exercises.filter((e) => e.parametric).length).toBeGreaterThanOrEqual(2);
  });

  it('ids are unique and prefixed with the chapter', () => {
    const ids = exercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith(PREFIX), id).toBe(true);
  });

  it('every text exists in both languages', () => {
    for (const { id, q } of questions()) for (const t of texts(q)) {
      expect(t.zh.trim(), id).not.toBe('');
      expect(t.en.trim(), id).not.toBe('');
    }
  });

  it('parametric texts use no TeX (they are rendered without KaTeX)', () => {
    for (const { id, seed, q } of questions()) if (seed !== undefined) for (const t of texts(q)) {
      expect(t.zh.includes('$'), `${id} @${seed}`).toBe(false);
      expect(t.en.includes('$'), `${id} @${seed}`).toBe(false);
    }
  });

  it('single choice: exactly one correct option; every option explained', () => {
    for (const { id, q } of questions()) {
      if (q.kind !== 'single' && q.kind !== 'multiple') continue;
      if (q.kind === 'single') {
        expect(q.options.filter((o) => o.correct).length, id).toBe(1);
        expect(checkSingle(q.options, q.options.findIndex((o) => o.correct))).toEqual({ status: 'correct' });
      } else {
        expect(q.options.some((o) => o.correct), id).toBe(true);
        expect(q.options.some((o) => !o.correct), id).toBe(true);
      }
      for (const o of q.options) {
        expect(o.explanation.zh.trim().length, id).toBeGreaterThan(0);
        expect(o.explanation.en.trim().length, id).toBeGreaterThan(0);
      }
    }
  });

  it('ordering questions have several items', () => {
    const orderings = questions().filter(({ q }) => q.kind === 'ordering');
    expect(orderings.length).toBeGreaterThan(0);
    for (const { q } of orderings) if (q.kind === 'ordering') expect(q.items.length).toBeGreaterThanOrEqual(4);
  });

  it('parametric generators are deterministic and vary with the seed', () => {
    for (const e of exercises) {
      if (!e.parametric) continue;
      expect(JSON.stringify(e.generate(5)), e.id).toBe(JSON.stringify(e.generate(5)));
      const prompts = new Set(SEEDS.map((s) => e.generate(s).prompt.en));
      expect(prompts.size, e.id).toBeGreaterThan(SEEDS.length / 2);
    }
  });

  it('numeric answers pass the checker, and every listed mistake is recognised as that mistake', () => {
    for (const { id, seed, q } of questions()) {
      if (q.kind !== 'numeric') continue;
      const where = `${id} @${seed}`;
      expect(checkNumeric(q, String(q.answer)), where).toEqual({ status: 'correct' });
      expect(checkNumeric(q, typed(q.answer)), where).toEqual({ status: 'correct' });
      (q.mistakes ?? []).forEach((m, k) => {
        expect(checkNumeric(q, String(m.value)), `${where} mistake ${k}`).toEqual({ status: 'incorrect', mistake: k });
      });
      expect((q.mistakes ?? []).length, where).toBeGreaterThanOrEqual(2);
    }
  });

  it('matrix answers pass the checker, and every listed mistake is recognised as that mistake', () => {
    for (const { id, seed, q } of questions()) {
      if (q.kind !== 'matrix') continue;
      const where = `${id} @${seed}`;
      const cells = (g: readonly (readonly number[])[]) => g.map((r) => r.map(String));
      expect(checkMatrix(q, cells(q.answer)), where).toEqual({ status: 'correct' });
      (q.mistakes ?? []).forEach((m, k) => {
        expect(checkMatrix(q, cells(m.value)), `${where} mistake ${k}`).toEqual({ status: 'incorrect', mistake: k });
      });
    }
  });

  it('answers come from the kernel', () => {
    const path = exercises.find((e) => e.id === `${PREFIX}rnn-path`);
    const ops = exercises.find((e) => e.id === `${PREFIX}sequential-ops`);
    const signal = exercises.find((e) => e.id === `${PREFIX}signal-fades`);
    if (!path?.parametric || !ops?.parametric || !signal?.parametric) throw new Error('parametric exercises missing');
    for (const seed of SEEDS) {
      const p = path.generate(seed);
      const [i, j] = (p.prompt.en.match(/\*\*(\d+)\*\*/g) ?? []).slice(1).map((s) => Number(s.replaceAll('*', '')));
      if (p.kind !== 'numeric') throw new Error('rnn-path must be numeric');
      expect(p.answer).toBe(rnnPathLength(i!, j!));

      const o = ops.generate(seed);
      const n = Number(/n = (\d+)/.exec(o.prompt.en)?.[1]);
      const t = layerComplexity(n, 512);
      if (o.kind !== 'matrix') throw new Error('sequential-ops must be a matrix');
      expect(o.answer).toEqual([[t.selfAttention.sequentialOperations, t.recurrent.sequentialOperations, t.convolutional.sequentialOperations]]);

      const s = signal.generate(seed);
      const [g, from, to] = (s.prompt.en.match(/\*\*(?:g = )?([\d.]+)\*\*/g) ?? []).map((x) => Number(x.replace(/[^\d.]/g, '')));
      if (s.kind !== 'numeric') throw new Error('signal-fades must be numeric');
      expect(s.answer).toBeCloseTo(g! ** (to! - from!), 12);
    }
  });
});
