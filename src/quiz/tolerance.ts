/**
 * What a numeric exercise says about its tolerance under the answer field. A relative tolerance is
 * shown as a percentage; a question checked without one (whole numbers: head widths, path lengths)
 * says it wants the exact answer instead of "±0%".
 */
import type { Tolerance } from './types.ts';

/** Relative tolerance when a question gives none (as check.ts applies it). */
const DEFAULT_RELATIVE = 1e-2;

export type ToleranceNote = { key: 'exercise.tolerance'; percent: string } | { key: 'exercise.exact' };

export function toleranceNote(t: Tolerance): ToleranceNote {
  const relative = t.relative ?? DEFAULT_RELATIVE;
  if (relative <= 0) return { key: 'exercise.exact' };
  // 3 significant digits: 0.005 → "0.5", not "0.5000000000000001"
  return { key: 'exercise.tolerance', percent: String(Number((relative * 100).toPrecision(3))) };
}
