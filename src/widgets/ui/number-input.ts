/**
 * Reading a number the reader typed into a widget's field. The result is the value, or the first
 * thing wrong with the text (blank, not a number, not finite, not whole, odd, out of range), with
 * what the widget's message needs to say it: each widget maps a problem to its own strings, so the
 * message names the field in the page's language, and keeps its last good result meanwhile.
 * No DOM here.
 */
import { parseNumber } from '../../quiz/parse.ts';

export type ProblemKind = 'blank' | 'notANumber' | 'notFinite' | 'whole' | 'range';
/** An even number's problems: one more. */
export type EvenProblemKind = ProblemKind | 'odd';

export interface NumberRule {
  min: number;
  max: number;
  /** Only whole numbers (a dimension, a position, a count). */
  whole?: boolean;
}

export interface InputProblem<K extends string = ProblemKind> {
  kind: K;
  /** What the reader typed (trimmed). */
  text: string;
  /** The allowed range, for the range message. */
  min: number;
  max: number;
}

export type ReadResult<K extends string = ProblemKind> = { ok: true; value: number } | { ok: false; problem: InputProblem<K> };

export function readNumber(input: string, rule: NumberRule): ReadResult {
  const parsed = parseNumber(input);
  const where = { min: rule.min, max: rule.max };
  if (!parsed.ok) return { ok: false, problem: { kind: parsed.reason, text: parsed.text, ...where } };
  const text = input.trim();
  if (rule.whole && !Number.isInteger(parsed.value)) return { ok: false, problem: { kind: 'whole', text, ...where } };
  if (parsed.value < rule.min || parsed.value > rule.max) return { ok: false, problem: { kind: 'range', text, ...where } };
  return { ok: true, value: parsed.value === 0 ? 0 : parsed.value }; // "-0" is just 0
}

/** An even whole number within the range (a model width: one sine and one cosine per pair). */
export function readEven(input: string, rule: Omit<NumberRule, 'whole'>): ReadResult<EvenProblemKind> {
  const r = readNumber(input, { ...rule, whole: true });
  if (r.ok && r.value % 2 !== 0) return { ok: false, problem: { kind: 'odd', text: input.trim(), min: rule.min, max: rule.max } };
  return r;
}

/** What a message may quote of the reader's text: a pasted essay is cut short. */
export function quoted(text: string, max = 24): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export type ReadCells = { ok: true; values: number[] } | { ok: false; index: number; problem: InputProblem };

/** Every cell of a row, or the first one that cannot be used. */
export function readCells(cells: readonly string[], rule: NumberRule): ReadCells {
  const values: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const r = readNumber(cells[i]!, rule);
    if (!r.ok) return { ok: false, index: i, problem: r.problem };
    values.push(r.value);
  }
  return { ok: true, values };
}

/** The cells after a row of values was pasted into cell `at`: values spill to the right; extra ones are dropped. */
export function pasteCells(cells: readonly string[], at: number, values: readonly string[]): string[] {
  const next = [...cells];
  values.forEach((v, k) => {
    if (at + k < next.length) next[at + k] = v;
  });
  return next;
}
