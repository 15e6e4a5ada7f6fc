/**
 * Reading what the reader types into the rotary widget: the four components of q and k and the
 * positions m and n. Each reader returns the value or the problem (a key of the rotary strings,
 * with what to fill in), so the widget can say exactly what is wrong and keep its last good result.
 */
import { formatNumber } from '../../kernel/index.ts';
import { type InputProblem, type NumberRule, type ProblemKind, quoted, readCells, readNumber } from '../ui/number-input.ts';

export type { InputProblem, NumberRule, ProblemKind };

/** The message key of each problem, in src/i18n/strings/rotary.ts. */
export const PROBLEM_KEYS = {
  blank: 'rotary.input.blank',
  notANumber: 'rotary.input.notANumber',
  notFinite: 'rotary.input.notFinite',
  range: 'rotary.input.range',
  whole: 'rotary.input.whole',
} as const satisfies Record<ProblemKind, string>;

export type ProblemKey = (typeof PROBLEM_KEYS)[ProblemKind];

/** A position: a whole number from 0 to 20. */
export const POSITION_RULE = { min: 0, max: 20, whole: true } as const satisfies NumberRule;
/** A component of q or k: the diagram and the numbers stay readable within ±10. */
export const COMPONENT_RULE = { min: -10, max: 10 } as const satisfies NumberRule;

export const readPosition = (input: string) => readNumber(input, POSITION_RULE);
export const readComponent = (input: string) => readNumber(input, COMPONENT_RULE);

/** The message key and the values to fill in, for a field called `name`. */
export function problemMessage(name: string, p: InputProblem): { key: ProblemKey; params: Record<string, string | number> } {
  return { key: PROBLEM_KEYS[p.kind], params: { name, value: quoted(p.text), min: formatNumber(p.min, { decimals: 0 }), max: formatNumber(p.max, { decimals: 0 }) } };
}

/** Every component cell (q₁, q₂, k₁, k₂), or the first one that cannot be used. */
export const readComponents = (cells: readonly string[]) => readCells(cells, COMPONENT_RULE);
