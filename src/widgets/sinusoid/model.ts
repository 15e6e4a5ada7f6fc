/**
 * Everything the sinusoid widget shows, computed from the kernel's sinusoidalPositionalEncoding
 * (Vaswani et al. 2017, §3.5): PE(pos, 2i) = sin(pos·ωᵢ), PE(pos, 2i+1) = cos(pos·ωᵢ), with
 * ωᵢ = 1/10000^(2i/d_model). Two facts are checked live on the kernel's numbers:
 *
 *   rotation:   PE(p + k) = M(k)·PE(p), M(k) block-diagonal, block i = [[cos kωᵢ, sin kωᵢ], [−sin kωᵢ, cos kωᵢ]]
 *               (the pair is ordered (sin, cos), hence the sine at the top right), the same M(k) for every p;
 *   similarity: PE(p)·PE(q) = Σᵢ cos((q − p)·ωᵢ), a function of the offset q − p alone.
 *
 * The table holds positions 0 … 2n − 1, so every offset k in −n … n has at least n pairs (p, p + k)
 * to check; the heatmap shows the first n. No DOM here.
 */
import { type Matrix, matmulTransposed, sinusoidalPositionalEncoding } from '../../kernel/index.ts';

/** The base of the paper's wavelengths. */
export const BASE = 10000;

/** ωᵢ = 1/10000^(2i/d_model): the angle pair i turns by from one position to the next. */
export const omega = (i: number, d: number): number => 1 / BASE ** ((2 * i) / d);

/** Every pair's ω, fastest first. */
export const omegas = (d: number): number[] => Array.from({ length: d / 2 }, (_, i) => omega(i, d));

/** Block i of M(k), for a pair ordered (sin, cos): [[cos kω, sin kω], [−sin kω, cos kω]]. */
export function rotationBlock(k: number, w: number): [[number, number], [number, number]] {
  const c = Math.cos(k * w), s = Math.sin(k * w);
  return [[c, s], [-s, c]];
}

/** B·v for a 2 × 2 block and a pair. */
export const applyBlock = ([[a, b], [c, e]]: [[number, number], [number, number]], [x, y]: readonly [number, number]): [number, number] => [
  a * x + b * y,
  c * x + e * y,
];

/** Pair i of row p: (PE(p, 2i), PE(p, 2i+1)) = (sin, cos). */
export const pairOf = (P: Matrix, p: number, i: number): [number, number] => [P.get(p, 2 * i), P.get(p, 2 * i + 1)];

/** The offsets of the similarity curve, with what was checked at each. */
export interface OffsetCheck {
  /** q − p. */
  offset: number;
  /** PE(p)·PE(p + offset) at the first p. */
  value: number;
  /** Largest minus smallest PE(p)·PE(p + offset) over every p in the table. */
  spread: number;
  /** How many p were compared. */
  count: number;
  /** Σᵢ cos(offset·ωᵢ). */
  formula: number;
  /** Largest |PE(p)·PE(p + offset) − Σᵢ cos(offset·ωᵢ)| over those p. */
  formulaDiff: number;
}

/** What depends only on the width and the number of positions. */
export interface EncodingTable {
  d: number;
  n: number;
  /** PE for positions 0 … 2n − 1: [2n, d]. */
  P: Matrix;
  /** PE·PEᵀ: every dot product of two positions, [2n, 2n]. */
  G: Matrix;
  omegas: number[];
  /** Offsets −n … n. */
  similarity: OffsetCheck[];
  /** The largest spread over every offset. */
  maxSpread: number;
}

export function encodingTable(d: number, n: number): EncodingTable {
  const P = sinusoidalPositionalEncoding(2 * n, d); // [2n, d]
  const G = matmulTransposed(P, P, ['PE', 'PE']); // [2n, 2n]
  const w = omegas(d);
  const similarity: OffsetCheck[] = [];
  for (let offset = -n; offset <= n; offset++) {
    const formula = w.reduce((s, wi) => s + Math.cos(offset * wi), 0);
    let lo = Infinity, hi = -Infinity, first = NaN, count = 0, formulaDiff = 0;
    for (const p of positionsWith(offset, 2 * n)) {
      const v = G.get(p, p + offset);
      if (count === 0) first = v;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      formulaDiff = Math.max(formulaDiff, Math.abs(v - formula));
      count++;
    }
    similarity.push({ offset, value: first, spread: hi - lo, count, formula, formulaDiff });
  }
  return { d, n, P, G, omegas: w, similarity, maxSpread: Math.max(...similarity.map((c) => c.spread)) };
}

/** Every p with both p and p + k among positions 0 … rows − 1. */
export function positionsWith(k: number, rows: number): number[] {
  const from = Math.max(0, -k), to = Math.min(rows - 1, rows - 1 - k);
  return to < from ? [] : Array.from({ length: to - from + 1 }, (_, j) => from + j);
}

/** The rotation property over the whole table for offset k: the largest |PE(p + k) − M(k)·PE(p)| over every p and pair. */
export function rotationError(t: EncodingTable, k: number): { error: number; count: number } {
  const blocks = t.omegas.map((w) => rotationBlock(k, w));
  const ps = positionsWith(k, t.P.rows);
  let error = 0;
  for (const p of ps) {
    blocks.forEach((B, i) => {
      const [a, b] = applyBlock(B, pairOf(t.P, p, i));
      error = Math.max(error, Math.abs(t.P.get(p + k, 2 * i) - a), Math.abs(t.P.get(p + k, 2 * i + 1) - b));
    });
  }
  return { error, count: ps.length };
}

/** What the panels show for the chosen position, pair and offset. */
export interface PairView {
  pos: number;
  i: number;
  k: number;
  /** pos + k. */
  q: number;
  omega: number;
  /** 2π/ω: positions per turn. */
  period: number;
  /** pos·ω, in radians. */
  angle: number;
  /** k·ω. */
  shift: number;
  block: [[number, number], [number, number]];
  /** Pair i of PE(pos). */
  from: [number, number];
  /** M(k)·PE(pos), pair i. */
  predicted: [number, number];
  /** Pair i of PE(pos + k) from the kernel, or null when pos + k < 0 (no such position). */
  to: [number, number] | null;
  /** |PE(pos + k) − M(k)·PE(pos)| for this pair. */
  pairError: number | null;
  /** Over the table (every p, every pair). */
  rotation: { error: number; count: number };
  /** The similarity at offset k. */
  similarity: OffsetCheck;
  /** PE(p)·PE(p + k) for the first few p. */
  samples: { p: number; value: number }[];
}

export function pairView(t: EncodingTable, pos: number, i: number, k: number, samples = 4): PairView {
  const w = t.omegas[i]!;
  const block = rotationBlock(k, w);
  const from = pairOf(t.P, pos, i);
  const predicted = applyBlock(block, from);
  const q = pos + k;
  const to = q >= 0 && q < t.P.rows ? pairOf(t.P, q, i) : null;
  const ps = positionsWith(k, t.P.rows).slice(0, samples);
  return {
    pos, i, k, q, omega: w, period: (2 * Math.PI) / w, angle: pos * w, shift: k * w, block, from, predicted, to,
    pairError: to === null ? null : Math.max(Math.abs(to[0] - predicted[0]), Math.abs(to[1] - predicted[1])),
    rotation: rotationError(t, k),
    similarity: t.similarity[k + t.n]!,
    samples: ps.map((p) => ({ p, value: t.G.get(p, p + k) })),
  };
}

/** Turns a pair makes over positions 0 … n − 1: (n − 1)·ω / 2π. */
export const turns = (w: number, n: number): number => ((n - 1) * w) / (2 * Math.PI);

/** The slower pair drawn beside pair i for contrast (the next one), or null after the last. */
export const contrastPair = (i: number, d: number): number | null => (i + 1 < d / 2 ? i + 1 : null);

/** Column j of the first `rows` rows. */
export const columnOf = (P: Matrix, j: number, rows: number): number[] => Array.from({ length: rows }, (_, p) => P.get(p, j));

/* ---------- the heatmap ---------- */

/** Shades on each side of zero: values are rounded to multiples of 1/HEAT_STEPS. */
export const HEAT_STEPS = 6;

/** The shade of a value in [−1, 1]: −HEAT_STEPS … HEAT_STEPS (0 for anything not finite). */
export function heatLevel(v: number): number {
  if (!Number.isFinite(v)) return 0;
  return Math.round(Math.min(1, Math.max(-1, v)) * HEAT_STEPS) + 0; // + 0: never −0
}

export interface HeatRun {
  level: number;
  /** Unit squares in a viewBox of cols × rows, consecutive rows of a column with the same shade merged. */
  d: string;
}

/**
 * A rows × cols heatmap as one SVG path per shade. Down a column the slow dimensions keep their
 * shade for many rows, so runs are merged vertically: 64 × 128 cells become a few thousand
 * rectangles in about 2·HEAT_STEPS + 1 elements.
 */
export function heatRuns(rows: number, cols: number, value: (r: number, c: number) => number): HeatRun[] {
  const parts = new Map<number, string[]>();
  for (let c = 0; c < cols; c++) {
    let r = 0;
    while (r < rows) {
      const level = heatLevel(value(r, c));
      let end = r + 1;
      while (end < rows && heatLevel(value(end, c)) === level) end++;
      let list = parts.get(level);
      if (!list) parts.set(level, (list = []));
      list.push(`M${c} ${r}h1v${end - r}h-1z`);
      r = end;
    }
  }
  return [...parts.entries()].sort(([a], [b]) => a - b).map(([level, list]) => ({ level, d: list.join('') }));
}

/** A shade's fill: the theme's negative and positive colours mixed into its middle (global colours in the widget's CSS). */
export function heatFill(level: number): string {
  if (level === 0) return 'var(--pe-mid)';
  const share = Math.round((Math.abs(level) / HEAT_STEPS) * 100);
  return `color-mix(in oklab, var(${level < 0 ? '--pe-neg' : '--pe-pos'}) ${share}%, var(--pe-mid))`;
}

/* ---------- the unit circle ---------- */

/** A point of pair i at angle θ on a circle of radius r in SVG coordinates (y down): x = cos, y = −sin. */
export const circlePoint = ([sin, cos]: readonly [number, number], r: number): { x: number; y: number } => ({ x: round2(cos * r), y: round2(-sin * r) });

/** The arc from angle 0 to θ (counter-clockwise on screen for θ > 0), radius r, as SVG path data; empty when θ ≡ 0. */
export function angleArc(theta: number, r: number): string {
  const full = 2 * Math.PI;
  let t = theta % full;
  if (t < 0) t += full;
  if (t < 1e-9 || full - t < 1e-9) return '';
  const x = round2(r * Math.cos(t)), y = round2(-r * Math.sin(t));
  return `M${r} 0A${r} ${r} 0 ${t > Math.PI ? 1 : 0} 0 ${x} ${y}`;
}

const round2 = (v: number) => Math.round(v * 100) / 100;
