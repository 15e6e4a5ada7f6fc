/**
 * Reading the numbers a reader types into the scaling widgets: d_k, σ and the scores. Each reader
 * returns the value or the problem (a key of the scaling strings, with what to fill in), so the
 * widget can say exactly what is wrong and keep its last good result.
 */
import { type InputProblem, type NumberRule, type ProblemKind, type ReadResult, pasteCells, quoted, readCells, readNumber } from '../ui/number-input.ts';
import { formatExact } from './format.ts';

export type { InputProblem, NumberRule, ProblemKind, ReadResult };

/** The message key of each problem, in src/i18n/strings/scaling.ts. */
export const PROBLEM_KEYS = {
  blank: 'scaling.input.blank',
  notANumber: 'scaling.input.notANumber',
  notFinite: 'scaling.input.notFinite',
  range: 'scaling.input.range',
  whole: 'scaling.input.whole',
} as const satisfies Record<ProblemKind, string>;

export type ProblemKey = (typeof PROBLEM_KEYS)[ProblemKind];

/** d_k: a whole number of dimensions, 1 to 1,024. */
export const DK_RULE: NumberRule = { min: 1, max: 1024, whole: true };
/** σ of every component of q and k. */
export const SIGMA_RULE: NumberRule = { min: 0.1, max: 3 };
/**
 * A score after ÷√d_k (about ±1 when σ = 1). Five at most: the widget multiplies scores by up to
 * √1024 = 32, and beyond ±5 the smallest Jacobian entries would leave the range of doubles
 * (their squares underflow in the Frobenius norm).
 */
export const SCORE_RULE: NumberRule = { min: -5, max: 5 };

export const readDk = (input: string) => readNumber(input, DK_RULE);
export const readSigma = (input: string) => readNumber(input, SIGMA_RULE);
export const readScore = (input: string) => readNumber(input, SCORE_RULE);

/** The message key and the values to fill in, for a field called `name`. */
export function problemMessage(name: string, p: InputProblem): { key: ProblemKey; params: Record<string, string | number> } {
  return { key: PROBLEM_KEYS[p.kind], params: { name, value: quoted(p.text), min: formatExact(p.min), max: formatExact(p.max) } };
}

/** A slider over positive values spread on a log scale: the index of the position nearest to `value`. */
export function nearestIndex(positions: readonly number[], value: number): number {
  let best = 0;
  for (let i = 1; i < positions.length; i++) {
    if (Math.abs(Math.log(positions[i]! / value)) < Math.abs(Math.log(positions[best]! / value))) best = i;
  }
  return best;
}

/** Every score cell, or the first one that cannot be used. */
export const readScores = (cells: readonly string[]) => readCells(cells, SCORE_RULE);

/** The cells after a row of values was pasted into cell `at`: values spill to the right; extra ones are dropped. */
export const pasteScores = pasteCells;
