/**
 * Checking answers. Pure functions over the structure of a question (answers, tolerances,
 * known mistakes), so they serve a question in both languages alike; the exercise island turns
 * what they return into words.
 */
import { createRng } from '../kernel/index.ts';
import { parseNumber } from './parse.ts';
import type { Tolerance } from './types.ts';

/** Why an answer could not be checked at all (nothing chosen, not a number, …). */
export type InvalidReason =
  | { kind: 'selectOne' }
  | { kind: 'selectSome' }
  | { kind: 'enterNumber' }
  | { kind: 'notANumber'; value: string }
  | { kind: 'fillAll' }
  | { kind: 'cellNotANumber'; row: number; col: number; value: string };

export type Feedback =
  | { status: 'invalid'; reason: InvalidReason }
  | { status: 'correct' }
  /**
   * `mistake` indexes the question's known mistakes when the answer matches one;
   * `rightChoices` counts correct picks (multiple choice); `correctPositions` items in place (ordering).
   */
  | { status: 'incorrect'; mistake?: number; rightChoices?: number; correctPositions?: number };

/** |x − answer| ≤ max(absolute, relative · |answer|), with relative 1e-2 by default. */
export function withinTolerance(x: number, answer: number, tol: Tolerance = {}): boolean {
  const relative = tol.relative ?? 1e-2, absolute = tol.absolute ?? 1e-9;
  return Math.abs(x - answer) <= Math.max(absolute, relative * Math.abs(answer));
}

/** |a − b| clearly beyond an answer's tolerance (3 % of b, at least `margin`), so a generated mistake is never mistaken for the answer. */
export function farApart(a: number, b: number, margin = 0.01): boolean {
  return Math.abs(a - b) > Math.max(margin, 0.03 * Math.abs(b));
}

/**
 * The mistakes a checker can tell apart from the answer and from each other, for generated
 * exercises: with random numbers two formulas can land on the same value (n/d and (n/d)² near n = d).
 */
export function distinguishable<M extends { value: number }>(answer: number, mistakes: readonly M[], tol: Tolerance = {}): M[] {
  const kept: M[] = [];
  for (const m of mistakes) {
    const clash = (v: number) => withinTolerance(m.value, v, tol) || withinTolerance(v, m.value, tol);
    if (!clash(answer) && !kept.some((k) => clash(k.value))) kept.push(m);
  }
  return kept;
}

type Options = readonly { correct: boolean }[];

export function checkSingle(options: Options, chosen: number | null): Feedback {
  if (chosen === null || options[chosen] === undefined) return { status: 'invalid', reason: { kind: 'selectOne' } };
  return options[chosen].correct ? { status: 'correct' } : { status: 'incorrect' };
}

export function checkMultiple(options: Options, chosen: ReadonlySet<number>): Feedback {
  if (chosen.size === 0) return { status: 'invalid', reason: { kind: 'selectSome' } };
  if (options.every((o, i) => o.correct === chosen.has(i))) return { status: 'correct' };
  return { status: 'incorrect', rightChoices: [...chosen].filter((i) => options[i]?.correct).length };
}

/** Options whose explanation to show after a check: the chosen ones, and the correct ones missed. */
export function optionsToExplain(options: Options, chosen: ReadonlySet<number>): number[] {
  return options.flatMap((o, i) => (chosen.has(i) || o.correct ? [i] : []));
}

interface NumericShape extends Tolerance {
  answer: number;
  mistakes?: readonly { value: number }[];
}

export function checkNumeric(q: NumericShape, input: string): Feedback {
  const parsed = parseNumber(input);
  if (!parsed.ok) return { status: 'invalid', reason: parsed.reason === 'blank' ? { kind: 'enterNumber' } : { kind: 'notANumber', value: parsed.text } };
  if (withinTolerance(parsed.value, q.answer, q)) return { status: 'correct' };
  const mistake = q.mistakes?.findIndex((m) => withinTolerance(parsed.value, m.value, q)) ?? -1;
  return mistake >= 0 ? { status: 'incorrect', mistake } : { status: 'incorrect' };
}

type Grid = readonly (readonly number[])[];
interface MatrixShape extends Tolerance {
  answer: Grid;
  mistakes?: readonly { value: Grid }[];
}

export function checkMatrix(q: MatrixShape, cells: readonly (readonly string[])[]): Feedback {
  const values: number[][] = [];
  for (let i = 0; i < q.answer.length; i++) {
    const row: number[] = [];
    for (let j = 0; j < q.answer[i]!.length; j++) {
      const parsed = parseNumber(cells[i]?.[j] ?? '');
      if (!parsed.ok) return { status: 'invalid', reason: parsed.reason === 'blank' ? { kind: 'fillAll' } : { kind: 'cellNotANumber', row: i + 1, col: j + 1, value: parsed.text } };
      row.push(parsed.value);
    }
    values.push(row);
  }
  const matches = (target: Grid) => target.length === values.length && target.every((r, i) => r.length === values[i]!.length && r.every((v, j) => withinTolerance(values[i]![j]!, v, q)));
  if (matches(q.answer)) return { status: 'correct' };
  const mistake = q.mistakes?.findIndex((m) => matches(m.value)) ?? -1;
  return mistake >= 0 ? { status: 'incorrect', mistake } : { status: 'incorrect' };
}

/** `order[k]` is the index of the item the reader put in position k; the correct order is 0, 1, 2, … */
export function checkOrdering(order: readonly number[]): Feedback {
  const correctPositions = order.filter((item, k) => item === k).length;
  return correctPositions === order.length ? { status: 'correct' } : { status: 'incorrect', correctPositions };
}

/** A 32-bit FNV-1a hash of a string: a stable seed from an exercise id. */
export function hashId(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * The order in which a choice question shows its options: `order[k]` is the index of the option
 * shown in position k. Seeded by the exercise id, so every reader sees the same order on every
 * visit (and at build time, before the island hydrates), while the right option lands in a
 * different place from one question to the next. Checking still goes by the option's own index.
 */
export function optionOrder(id: string, n: number): number[] {
  return createRng(hashId(`options:${id}`)).permutation(n);
}

/** A shuffled starting order for an ordering question that is never already correct. */
export function initialOrder(n: number, seed: number): number[] {
  const order = createRng(seed).permutation(n);
  if (n > 1 && order.every((v, i) => v === i)) order.reverse();
  return order;
}
