/**
 * Parametric exercises in two parts: a language-free module draws the numbers of a seed and
 * computes the answer and the mistakes' values with the kernel; one small module per language
 * turns them into that language's texts (a `Generate`). The browser loads one language's module
 * (which imports the draw); build time and tests join the languages with `parametric`.
 */
import type { Locale } from '../i18n/locales.ts';
import { mergeLanguages } from './localize.ts';
import type { Generate, ParametricExercise } from './types.ts';

/** A mistake as drawn, before it has words: which one it is, and its value. */
export interface DrawnMistake<K extends string, T = number> {
  key: K;
  value: T;
}

/** The hint of every mistake a draw can list, in one language. */
export type Hints<K extends string> = Readonly<Record<K, string>>;

/** The drawn mistakes with their hints in one language, in the draw's order. */
export function withHints<K extends string, T>(mistakes: readonly DrawnMistake<K, T>[], hints: Hints<K>): { value: T; hint: string }[] {
  return mistakes.map((m) => ({ value: m.value, hint: hints[m.key] }));
}

/** A parametric exercise in both languages (build time, tests) from its language modules. */
export function parametric(id: string, generate: Readonly<Record<Locale, Generate>>): ParametricExercise {
  return { id, parametric: true, generate: (seed) => mergeLanguages({ zh: generate.zh(seed), en: generate.en(seed) }) };
}
