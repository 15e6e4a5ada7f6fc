/**
 * What the reader may type into PathHops' fields (n, i, j, k, r): whole numbers within a range.
 * Reading a field returns the value or the problem (a key of the path-hops strings with what to
 * fill in), so the widget can say exactly what is wrong and keep its last good result. No DOM.
 */
import { parseNumber } from '../../quiz/parse.ts';

export interface IntRule {
  min: number;
  max: number;
}

export type ProblemKind = 'blank' | 'notANumber' | 'notFinite' | 'whole' | 'range';

export interface InputProblem {
  kind: ProblemKind;
  /** What the reader typed (trimmed). */
  text: string;
  min: number;
  max: number;
}

export type ReadResult = { ok: true; value: number } | { ok: false; problem: InputProblem };

/** A whole number within the rule, or the first thing wrong with the text. */
export function readInt(input: string, rule: IntRule): ReadResult {
  const parsed = parseNumber(input);
  const where = { min: rule.min, max: rule.max };
  if (!parsed.ok) return { ok: false, problem: { kind: parsed.reason, text: parsed.text, ...where } };
  const text = input.trim();
  if (!Number.isInteger(parsed.value)) return { ok: false, problem: { kind: 'whole', text, ...where } };
  if (parsed.value < rule.min || parsed.value > rule.max) return { ok: false, problem: { kind: 'range', text, ...where } };
  return { ok: true, value: parsed.value === 0 ? 0 : parsed.value }; // "-0" is just 0
}

/** The message key of each problem, in src/i18n/strings/path-hops.ts. */
export const PROBLEM_KEYS = {
  blank: 'pathHops.input.blank',
  notANumber: 'pathHops.input.notANumber',
  notFinite: 'pathHops.input.notFinite',
  whole: 'pathHops.input.whole',
  range: 'pathHops.input.range',
} as const satisfies Record<ProblemKind, string>;

export type ProblemKey = (typeof PROBLEM_KEYS)[ProblemKind];

/** What a message may quote of the reader's text: a pasted essay is cut short. */
export function quoted(text: string, max = 24): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The message key and the values to fill in, for the field called `name` whose good value is `example`. */
export function problemMessage(name: string, p: InputProblem, example: number): { key: ProblemKey; params: Record<string, string> } {
  return { key: PROBLEM_KEYS[p.kind], params: { name, value: quoted(p.text), min: String(p.min), max: String(p.max), example: String(example) } };
}
