/**
 * What the reader may type into PathHops' fields (n, i, j, k, r): whole numbers within a range.
 * Reading a field returns the value or the problem (a key of the path-hops strings with what to
 * fill in), so the widget can say exactly what is wrong and keep its last good result. No DOM.
 */
import { type InputProblem, type ProblemKind, quoted, readNumber } from '../ui/number-input.ts';

export type { InputProblem, ProblemKind };

export interface IntRule {
  min: number;
  max: number;
}

/** A whole number within the rule, or the first thing wrong with the text. */
export const readInt = (input: string, rule: IntRule) => readNumber(input, { ...rule, whole: true });

/** The message key of each problem, in src/i18n/strings/path-hops.ts. */
export const PROBLEM_KEYS = {
  blank: 'pathHops.input.blank',
  notANumber: 'pathHops.input.notANumber',
  notFinite: 'pathHops.input.notFinite',
  whole: 'pathHops.input.whole',
  range: 'pathHops.input.range',
} as const satisfies Record<ProblemKind, string>;

export type ProblemKey = (typeof PROBLEM_KEYS)[ProblemKind];

/** The message key and the values to fill in, for the field called `name` whose good value is `example`. */
export function problemMessage(name: string, p: InputProblem, example: number): { key: ProblemKey; params: Record<string, string> } {
  return { key: PROBLEM_KEYS[p.kind], params: { name, value: quoted(p.text), min: String(p.min), max: String(p.max), example: String(example) } };
}
