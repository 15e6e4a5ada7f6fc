/**
 * A small heatmap as a few SVG paths instead of one <rect> per cell: values are rounded to
 * `levels` shades and each shade is one path of unit squares. A 16 × 16 map becomes ~10 paths
 * instead of 256 elements, which keeps the static HTML small. For thumbnails only: exact
 * numbers belong in a table.
 */
export interface HeatPath {
  /** The shade's opacity, in (0, 1]. */
  opacity: number;
  /** Unit squares "M x y h1 v1 h-1 z" in a viewBox of cols × rows. */
  d: string;
}

/** value(i, j) in [0, 1] (clamped) for a rows × cols grid → one path per non-empty shade. */
export function heatPaths(rows: number, cols: number, value: (i: number, j: number) => number, levels = 8): HeatPath[] {
  const squares: string[][] = Array.from({ length: levels }, () => []);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = Math.min(1, Math.max(0, value(i, j)));
      const level = Math.round(v * levels); // 0 = blank
      if (Number.isFinite(level) && level > 0) squares[level - 1]!.push(`M${j} ${i}h1v1h-1z`);
    }
  }
  return squares.flatMap((s, k) => (s.length === 0 ? [] : [{ opacity: (k + 1) / levels, d: s.join('') }]));
}
