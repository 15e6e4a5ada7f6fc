/**
 * All exercises, one module per chapter: bank/<chapter-slug>.ts exports `exercises`.
 * Build-time code only: it reads every bank. The browser uses load-exercise.ts instead.
 */
import type { ExerciseRef } from './progress-data.ts';
import type { Exercise } from './types.ts';

const modules = import.meta.glob<{ exercises: readonly Exercise[] }>('./bank/*.ts', { eager: true });

/** Exercises by chapter slug. */
export const banks: Record<string, readonly Exercise[]> = Object.fromEntries(
  Object.entries(modules).map(([path, m]) => [path.replace(/^\.\/bank\/(.*)\.ts$/, '$1'), m.exercises]),
);

export function findExercise(id: string): { chapter: string; exercise: Exercise } | undefined {
  for (const [chapter, list] of Object.entries(banks)) {
    const exercise = list.find((e) => e.id === id);
    if (exercise) return { chapter, exercise };
  }
  return undefined;
}

export function exerciseRefs(chapter: string): ExerciseRef[] {
  return (banks[chapter] ?? []).map((e) => ({ id: e.id, parametric: e.parametric }));
}
