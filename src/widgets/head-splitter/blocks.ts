/**
 * Blocks of a matrix's columns or rows that belong together: the heads of multi-head attention.
 * The head splitter hands them to MatrixEditor and MatrixView as a cell style (each block tinted
 * in its colour) and header cells (each block named), so the colour is never the only cue.
 */
export interface Blocks {
  /** Which way the matrix is cut: column blocks (W_Q's heads) or row blocks (W_O's). */
  axis: 'cols' | 'rows';
  /** Columns (or rows) per block. */
  size: number;
  /** One name per block, shown in the header: "h1", "h2", … */
  labels: readonly string[];
  /** One CSS colour per block, e.g. "var(--head-1)". */
  colors: readonly string[];
}

/** The block (0-based) that column or row `k` belongs to. */
export const blockOf = (blocks: Blocks, k: number): number => Math.floor(k / blocks.size);

/** The header cells of the blocks: where each starts, how many it spans, its name and colour. */
export function blockHeaders(blocks: Blocks, count: number): { start: number; span: number; label: string; color: string }[] {
  const n = Math.ceil(count / blocks.size);
  return Array.from({ length: n }, (_, b) => ({
    start: b * blocks.size,
    span: Math.min(blocks.size, count - b * blocks.size),
    label: blocks.labels[b] ?? String(b + 1),
    color: blocks.colors[b] ?? 'transparent',
  }));
}

/** The inline style of cell (i, j): a tint of its block's colour over the page's surface. */
export function blockTint(blocks: Blocks, i: number, j: number): string {
  const color = blocks.colors[blockOf(blocks, blocks.axis === 'cols' ? j : i)] ?? 'transparent';
  return `background: color-mix(in srgb, ${color} 20%, var(--surface))`;
}
