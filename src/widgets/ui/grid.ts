/**
 * Grids of cells as the reader typed them (strings), and their conversion to numbers with the
 * first problem found, so a widget can say exactly which cell is wrong.
 */
import { parseNumber } from '../../quiz/parse.ts';

export type Grid = string[][];

export type CellProblem = { matrix: string; row: number; col: number; reason: 'blank' | 'notANumber' | 'notFinite'; text: string };

export type ParsedGrid = { ok: true; values: number[][] } | { ok: false; problem: CellProblem };

/** Numbers as a grid of strings, written the way a person would type them. */
export function toGrid(values: readonly (readonly number[])[]): Grid {
  return values.map((row) => row.map((v) => String(v)));
}

export function parseGrid(grid: Grid, matrix: string): ParsedGrid {
  const values: number[][] = [];
  for (let i = 0; i < grid.length; i++) {
    const row: number[] = [];
    for (let j = 0; j < grid[i]!.length; j++) {
      const parsed = parseNumber(grid[i]![j]!);
      if (!parsed.ok) return { ok: false, problem: { matrix, row: i, col: j, reason: parsed.reason, text: parsed.text } };
      row.push(parsed.value);
    }
    values.push(row);
  }
  return { ok: true, values };
}

/** The grid at a new size: existing cells kept, new ones filled with `fill`. */
export function resizeGrid(grid: Grid, rows: number, cols: number, fill = '0'): Grid {
  return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => grid[i]?.[j] ?? fill));
}

/** Puts pasted rows of values into the grid from cell (row, col) on; cells outside are dropped. */
export function pasteInto(grid: Grid, row: number, col: number, rows: readonly (readonly string[])[]): Grid {
  const next = grid.map((r) => [...r]);
  rows.forEach((values, di) =>
    values.forEach((v, dj) => {
      if (next[row + di]?.[col + dj] !== undefined) next[row + di]![col + dj] = v;
    }),
  );
  return next;
}

/** Splits pasted text into rows of cells ("0.2 0.5\n1, 2"); null when it is a single value. */
export function splitPaste(text: string): string[][] | null {
  const rows = text.trim().split(/\r?\n/).map((line) => line.trim().split(/[\s,;\t]+/).filter((p) => p !== ''));
  return rows.length === 1 && rows[0]!.length <= 1 ? null : rows;
}
