/**
 * Reading what the reader types into the rotary widget: the four components of q and k and the
 * positions m and n. Each reader returns the value or the problem (a key of the rotary strings,
 * with what to fill in), so the widget can say exactly what is wrong and keep its last good result.
 */
import { formatNumber } from '../../kernel/index.ts';
import { parseNumber } from '../../quiz/parse.ts';

export type ProblemKind = 'blank' | 'notANumber' | 'notFinite' | 'range' | 'whole';

export interface InputProblem {
  kind: ProblemKind;
  /** What the reader typed (trimmed). */
  text: string;
  min: number;
  max: number;
}

export type ReadResult = { ok: true; value: number } | { ok: false; problem: InputProblem };

/** The message key of each problem, in src/i18n/strings/rotary.ts. */
export const PROBLEM_KEYS = {
  blank: 'rotary.input.blank',
  notANumber: 'rotary.input.notANumber',
  notFinite: 'rotary.input.notFinite',
  range: 'rotary.input.range',
  whole: 'rotary.input.whole',
} as const satisfies Record<ProblemKind, string>;

export type ProblemKey = (typeof PROBLEM_KEYS)[ProblemKind];

export interface NumberRule {
  min: number;
  max: number;
  /** Only whole numbers (a position). */
  whole?: boolean;
}

/** A position: a whole number from 0 to 20. */
export const POSITION_RULE = { min: 0, max: 20, whole: true } as const satisfies NumberRule;
/** A component of q or k: the diagram and the numbers stay readable within ±10. */
export const COMPONENT_RULE = { min: -10, max: 10 } as const satisfies NumberRule;

export function readNumber(input: string, rule: NumberRule): ReadResult {
  const parsed = parseNumber(input);
  const where = { min: rule.min, max: rule.max };
  if (!parsed.ok) return { ok: false, problem: { kind: parsed.reason, text: parsed.text, ...where } };
  const text = input.trim();
  if (rule.whole && !Number.isInteger(parsed.value)) return { ok: false, problem: { kind: 'whole', text, ...where } };
  if (parsed.value < rule.min || parsed.value > rule.max) return { ok: false, problem: { kind: 'range', text, ...where } };
  return { ok: true, value: parsed.value === 0 ? 0 : parsed.value }; // no −0
}

export const readPosition = (input: string) => readNumber(input, POSITION_RULE);
export const readComponent = (input: string) => readNumber(input, COMPONENT_RULE);

/** What the message may quote of the reader's text: a pasted essay is cut short. */
export function quoted(text: string, max = 24): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The message key and the values to fill in, for a field called `name`. */
export function problemMessage(name: string, p: InputProblem): { key: ProblemKey; params: Record<string, string | number> } {
  return { key: PROBLEM_KEYS[p.kind], params: { name, value: quoted(p.text), min: formatNumber(p.min, { decimals: 0 }), max: formatNumber(p.max, { decimals: 0 }) } };
}

export type ReadCells = { ok: true; values: number[] } | { ok: false; index: number; problem: InputProblem };

/** Every component cell (q₁, q₂, k₁, k₂), or the first one that cannot be used. */
export function readComponents(cells: readonly string[]): ReadCells {
  const values: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const r = readComponent(cells[i]!);
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
