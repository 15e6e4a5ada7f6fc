/**
 * Every chapter's exercises: src/course/<chapter-slug>/exercises/index.ts lists them in order.
 * Build-time code only: it loads every exercise in both languages. The browser uses
 * load-exercise.ts, which loads one parametric exercise in one language.
 */
import { locales } from '../i18n/locales.ts';
import type { ExerciseRef } from '../quiz/progress-data.ts';
import type { Exercise } from '../quiz/types.ts';
import { hasGenerator } from './load-exercise.ts';

const modules = import.meta.glob<{ exercises: readonly Exercise[] }>('./*/exercises/index.ts', { eager: true });

/** Exercises by chapter slug, in the order of each chapter's index.ts. */
export const exercisesByChapter: Readonly<Record<string, readonly Exercise[]>> = Object.fromEntries(
  Object.entries(modules).map(([path, m]) => [path.replace(/^\.\/([^/]+)\/exercises\/index\.ts$/, '$1'), m.exercises]),
);

// A parametric exercise the browser could not load would fail only in the reader's browser: fail here.
for (const [chapter, list] of Object.entries(exercisesByChapter)) {
  for (const e of list) {
    for (const locale of locales) {
      if (e.parametric && !hasGenerator(chapter, e.id, locale)) throw new Error(`exercise ${e.id} is parametric but src/course/${chapter}/exercises/${e.id}.${locale}.ts is missing`);
    }
  }
}

export function findExercise(id: string): { chapter: string; exercise: Exercise } | undefined {
  for (const [chapter, list] of Object.entries(exercisesByChapter)) {
    const exercise = list.find((e) => e.id === id);
    if (exercise) return { chapter, exercise };
  }
  return undefined;
}

export function exerciseRefs(chapter: string): ExerciseRef[] {
  return (exercisesByChapter[chapter] ?? []).map((e) => ({ id: e.id, parametric: e.parametric }));
}
