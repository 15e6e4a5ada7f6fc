/**
 * Reading the constant position vector c from its one row of cells (ConstantEditor.svelte, loaded
 * on demand): the values, or the first cell that cannot be used and why.
 */
import { parseNumber } from '../../quiz/parse.ts';
import { type Grid, pasteInto } from '../ui/grid.ts';
import { quoted } from './input.ts';
import { D } from './model.ts';

/** The entries of the constant vector lie in [−LIMIT, LIMIT]. */
export const CONSTANT_LIMIT = 10;

export type ConstantProblem = { index: number; reason: 'blank' | 'notANumber' | 'notFinite' | 'range'; text: string };

export type ReadConstant = { ok: true; values: number[] } | { ok: false; problem: ConstantProblem };

/** The constant vector from its one row of cells: D finite numbers in [−CONSTANT_LIMIT, CONSTANT_LIMIT]. */
export function readConstant(grid: Grid): ReadConstant {
  const row = grid[0] ?? [];
  const values: number[] = [];
  for (let index = 0; index < D; index++) {
    const text = row[index] ?? '';
    const parsed = parseNumber(text);
    if (!parsed.ok) return { ok: false, problem: { index, reason: parsed.reason, text: quoted(parsed.text) } };
    if (Math.abs(parsed.value) > CONSTANT_LIMIT) return { ok: false, problem: { index, reason: 'range', text: quoted(text.trim()) } };
    values.push(parsed.value);
  }
  return { ok: true, values };
}

/** The constant's cells after a row of values was pasted into cell `col`: values spill to the right, extra ones are dropped. */
export function pasteConstant(grid: Grid, col: number, rows: readonly (readonly string[])[]): Grid {
  return pasteInto(grid, 0, col, rows.slice(0, 1));
}
