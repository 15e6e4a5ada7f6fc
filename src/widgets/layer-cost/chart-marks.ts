/**
 * What LayerCost's chart adds to the shared line-chart geometry (../ui/chart.ts): n runs on a log
 * axis (the geometry is laid out in log₁₀ n), ticks are labelled as powers of ten, and only every
 * few decades of the operations axis carry a label so that they never overlap. No DOM here.
 */
import { superscript } from '../../kernel/index.ts';

/** Where value v lands on an axis laid out in log₁₀ between [lo, hi] (log₁₀ values) and [from, to] pixels. */
export function logPosition(v: number, [lo, hi]: readonly [number, number], [from, to]: readonly [number, number]): number {
  if (!(v > 0) || hi === lo) return (from + to) / 2;
  return from + ((Math.log10(v) - lo) / (hi - lo)) * (to - from);
}

/** 1, 10, 100, 1000, 10⁴, 10⁵: a power of ten, written out while it is short. */
export function powerOfTen(v: number): string {
  const e = Math.round(Math.log10(v));
  if (!Number.isFinite(e)) return String(v);
  return e >= 0 && e <= 3 ? String(10 ** e) : `10${superscript(e).replace('-', '⁻')}`;
}

/** Every `step`-th tick keeps its label, so that at most `maxLabels` are written (the first one always). */
export function labelEvery(count: number, maxLabels: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, maxLabels)));
}

/** A label next to a vertical line: on its right, unless that would run past the plot's right edge. */
export function labelSide(x: number, right: number, labelWidth: number): 'start' | 'end' {
  return x + 6 + labelWidth <= right ? 'start' : 'end';
}

/** One estimate of a label's width for every chart (../ui/chart.ts). */
export { textWidth } from '../ui/chart.ts';
