/**
 * Exercise definitions: the machinery's types, no chapter content. A chapter's exercises live in
 * src/course/<chapter-slug>/exercises/; the MDX places each one with <Exercise id="…" />. Every
 * text exists in both languages.
 *
 * Texts may use **bold**, `code` and, in static exercises, $TeX$ (rendered to HTML at build
 * time). Parametric exercises are generated in the browser, one language at a time
 * (`Generate`), so their texts use plain Unicode (q₁ · k₂ = 0.2 × 0.8 + …) instead of TeX.
 */
import type { Locale } from '../i18n/locales.ts';

export type Localized = Readonly<Record<Locale, string>>;

interface QuestionBase {
  prompt: Localized;
  /** The worked steps, shown after "Show solution". */
  solution: Localized;
}

export interface ChoiceOption {
  text: Localized;
  correct: boolean;
  /** Why this option is right or wrong: every option gets its own (Butler & Roediger 2008). */
  explanation: Localized;
}

/** Exactly one option is correct. */
export interface SingleChoice extends QuestionBase {
  kind: 'single';
  options: readonly ChoiceOption[];
}

/** One or more options are correct; the answer is right when exactly those are chosen. */
export interface MultipleChoice extends QuestionBase {
  kind: 'multiple';
  options: readonly ChoiceOption[];
}

/** A wrong answer that reveals a specific misunderstanding, with the hint that names it. */
export interface Mistake<T> {
  value: T;
  hint: Localized;
}

export interface Tolerance {
  /** Relative tolerance; 1e-2 by default (as PrairieLearn). */
  relative?: number;
  /** Absolute tolerance, for answers near 0; 1e-9 by default. */
  absolute?: number;
}

export interface NumericQuestion extends QuestionBase, Tolerance {
  kind: 'numeric';
  answer: number;
  /** A short label before the input, e.g. "w₁₂ =". */
  label?: Localized;
  mistakes?: readonly Mistake<number>[];
}

export interface MatrixQuestion extends QuestionBase, Tolerance {
  kind: 'matrix';
  /** The matrix's name, used in cell labels ("Z row 1, column 2"). */
  name: string;
  answer: readonly (readonly number[])[];
  /** Optional column headings, e.g. the quantities of a 1 × 3 row. */
  columns?: readonly Localized[];
  mistakes?: readonly Mistake<readonly (readonly number[])[]>[];
}

export interface OrderingQuestion extends QuestionBase {
  kind: 'ordering';
  /** The items in the correct order; the reader sees them shuffled. */
  items: readonly Localized[];
}

export type Question = SingleChoice | MultipleChoice | NumericQuestion | MatrixQuestion | OrderingQuestion;
export type QuestionKind = Question['kind'];

export interface StaticExercise {
  id: string;
  parametric: false;
  question: Question;
}

/**
 * Fresh numbers for every variant: generate(seed) must be deterministic in the seed. Both
 * languages at once, for build time and tests; the browser loads one language's `Generate`.
 */
export interface ParametricExercise {
  id: string;
  parametric: true;
  generate: (seed: number) => Question;
}

/** T in one language: every Localized text replaced by a string (its markup, or its HTML). */
export type OneLanguage<T> = T extends Localized
  ? string
  : T extends readonly (infer U)[]
    ? OneLanguage<U>[]
    : T extends object
      ? { [K in keyof T]: OneLanguage<T[K]> }
      : T;

/** A question in one language, its texts still markup (**bold**, `code`). */
export type QuestionText = OneLanguage<Question>;

/** One language of a parametric exercise: the question of a seed, deterministic in the seed. */
export type Generate = (seed: number) => QuestionText;

/**
 * The string fields of a question that are not texts: they are the same in every language and
 * never rendered as markup.
 */
export const NOT_TEXT: ReadonlySet<string> = new Set(['kind', 'name']);

export type Exercise = StaticExercise | ParametricExercise;
