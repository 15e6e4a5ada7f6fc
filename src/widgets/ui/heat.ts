/**
 * How a heatmap cell is shaded (MatrixView with `heat`): two bands of one hue, so that the printed
 * number is readable on every shade without a chip behind it. Below 0.5 the cell runs from
 * --heat-low to --heat-mid-low with the dark ink; from 0.5 it runs from --heat-mid-high to
 * --heat-high with the light ink (global.css holds the colours of both themes, chosen for a
 * contrast of at least 4.5 : 1 across each band).
 */
export interface HeatShade {
  band: 'low' | 'high';
  /** Position within the band, 0–100 (%). */
  p: number;
}

export function heatShade(value: number): HeatShade {
  const v = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  return v < 0.5 ? { band: 'low', p: Math.round(v * 200) } : { band: 'high', p: Math.round((v - 0.5) * 200) };
}

/** The inline style of a shaded cell. */
export function heatStyle(value: number): string {
  const { band, p } = heatShade(value);
  return band === 'low'
    ? `--heat-from: var(--heat-low); --heat-to: var(--heat-mid-low); --heat-ink: var(--heat-ink-low); --p: ${p}%`
    : `--heat-from: var(--heat-mid-high); --heat-to: var(--heat-high); --heat-ink: var(--heat-ink-high); --p: ${p}%`;
}

/**
 * The column of the largest value in each row (the row's winning key), or -1 where no single
 * value is the largest (a tie, or a row with NaN), so that no key is marked as winning a draw.
 */
export function rowWinners(rows: number, cols: number, get: (i: number, j: number) => number, tolerance = 1e-9): number[] {
  return Array.from({ length: rows }, (_, i) => {
    let best = -1;
    for (let j = 0; j < cols; j++) {
      const v = get(i, j);
      if (!Number.isFinite(v)) return -1;
      if (best < 0 || v > get(i, best)) best = j;
    }
    if (best < 0) return -1;
    const top = get(i, best);
    for (let j = 0; j < cols; j++) if (j !== best && top - get(i, j) <= tolerance) return -1;
    return best;
  });
}
