/**
 * Choice options in a seeded order: stable for a reader, different from one question to the next,
 * so the right answer's place gives nothing away; and the right option is not the longest one
 * as a rule (a test-wise reader would pick the longest).
 */
import { describe, expect, it } from 'vitest';
import { exercisesByChapter } from '../../../src/course/exercises.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { checkSingle, hashId, optionOrder } from '../../../src/quiz/check.ts';
import type { SingleChoice } from '../../../src/quiz/types.ts';

const singles = Object.values(exercisesByChapter)
  .flat()
  .flatMap((e) => (!e.parametric && e.question.kind === 'single' ? [{ id: e.id, q: e.question as SingleChoice }] : []));

describe('optionOrder', () => {
  it('is a permutation, the same on every call, seeded by the id', () => {
    for (const n of [2, 3, 4, 5, 6]) {
      const order = optionOrder('some-exercise', n);
      expect([...order].sort()).toEqual(Array.from({ length: n }, (_, i) => i));
      expect(optionOrder('some-exercise', n)).toEqual(order);
    }
    const orders = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => optionOrder(id, 4).join()));
    expect(orders.size).toBeGreaterThan(3);
  });

  it('hashes ids to stable 32-bit seeds', () => {
    expect(hashId('qkv-shapes')).toBe(hashId('qkv-shapes'));
    expect(hashId('qkv-shapes')).not.toBe(hashId('qkv-shape'));
    expect(hashId('')).toBe(2166136261);
  });

  it('leaves checking by the option’s own index: the right option is right wherever it is shown', () => {
    for (const { id, q } of singles) {
      const order = optionOrder(id, q.options.length);
      const shownAt = order.findIndex((i) => q.options[i]!.correct);
      expect(checkSingle(q.options, order[shownAt]!), id).toEqual({ status: 'correct' });
    }
  });
});

describe('the course’s single-choice questions', () => {
  it('are there to judge (at least 6)', () => expect(singles.length).toBeGreaterThanOrEqual(6));

  it('show the right option in varying places: at least 3 different ones, none taking more than half', () => {
    const places = singles.map(({ id, q }) => optionOrder(id, q.options.length).findIndex((i) => q.options[i]!.correct));
    expect(new Set(places).size, places.join(',')).toBeGreaterThanOrEqual(3);
    for (const p of new Set(places)) expect(places.filter((x) => x === p).length, `place ${p} in ${places.join(',')}`).toBeLessThanOrEqual(singles.length / 2);
  });

  it.each(locales)('do not make the right option the longest as a rule (%s)', (locale) => {
    const longest = singles.filter(({ q }) => {
      const lengths = q.options.map((o) => o.text[locale].length);
      const right = lengths[q.options.findIndex((o) => o.correct)]!;
      return lengths.every((l, i) => q.options[i]!.correct || l < right);
    });
    expect(longest.length, longest.map((x) => x.id).join(', ')).toBeLessThanOrEqual(singles.length / 4);
  });
});
