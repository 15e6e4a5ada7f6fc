/** The browser's way to a parametric exercise: loads only its chapter's bank, on demand. */
import type { Exercise } from './types.ts';

const lazy = import.meta.glob<{ exercises: readonly Exercise[] }>('./bank/*.ts');

export async function loadExercise(chapter: string, id: string): Promise<Exercise | undefined> {
  const load = lazy[`./bank/${chapter}.ts`];
  return load ? (await load()).exercises.find((e) => e.id === id) : undefined;
}
