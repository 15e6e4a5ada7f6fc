/**
 * Geometry of the widget's line charts, in pixels of the SVG's own width (the component measures
 * its box, so text keeps its size on a phone): scales, ticks, one path per series with markers
 * spread so overlapping lines stay apart, the shaded trained range, the chosen level and a
 * horizontal reference line. No DOM here.
 */

export type Scale = (value: number) => number;

/** Maps [d0, d1] onto [r0, r1]; a domain of one point maps to the middle of the range. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  if (!(Number.isFinite(d0) && Number.isFinite(d1)) || d0 === d1) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** Log₁₀ scale on a positive domain; values at or below zero land on the domain's lower end. */
export function logScale([d0, d1]: readonly [number, number], range: readonly [number, number]): Scale {
  const inner = linearScale([Math.log10(d0), Math.log10(d1)], range);
  return (v) => inner(Math.log10(Math.max(v, d0)));
}

/** Whole or decimal "nice" ticks (steps 1, 2, 5 × 10ⁿ) inside [min, max], at most maxCount of them. */
export function niceTicks(min: number, max: number, maxCount: number): number[] {
  if (!(Number.isFinite(min) && Number.isFinite(max)) || max < min) return [];
  if (max === min) return [min];
  const count = Math.max(1, Math.floor(maxCount));
  const span = max - min;
  let step = 10 ** Math.floor(Math.log10(span / count));
  for (let guard = 0; guard < 40; guard++) {
    for (const m of [1, 2, 5]) {
      const s = step * m;
      const first = Math.ceil(min / s - 1e-9) * s;
      const n = Math.floor((max - first) / s + 1e-9) + 1;
      if (n <= count) return Array.from({ length: n }, (_, i) => round(first + i * s));
    }
    step *= 10;
  }
  return [min, max];
}

/** The powers of ten that enclose the positive finite values (at least one decade). */
export function logDomain(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  if (positive.length === 0) return [0.1, 1];
  const lo = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  let hi = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
  if (hi <= lo) hi = lo * 10;
  return [round(lo), round(hi)];
}

/** The powers of ten from lo to hi. */
export function logTicks([lo, hi]: readonly [number, number]): number[] {
  const out: number[] = [];
  for (let e = Math.round(Math.log10(lo)); e <= Math.round(Math.log10(hi)); e++) out.push(round(10 ** e));
  return out;
}

/** Spreads markers so series drawn on top of each other still show each shape: every k-th point, each series shifted. */
export function markerIndices(n: number, seriesIndex: number, seriesCount: number, maxMarkers = 8): number[] {
  if (n <= 0) return [];
  const k = Math.max(seriesCount, Math.ceil(n / maxMarkers), 1);
  const offset = Math.floor((seriesIndex * k) / Math.max(1, seriesCount)) % k;
  const out: number[] = [];
  for (let i = offset; i < n; i += k) out.push(i);
  return out;
}

export interface Margin { top: number; right: number; bottom: number; left: number }

export interface ChartSpec {
  width: number;
  height: number;
  /** The x value of each point. */
  levels: readonly number[];
  series: readonly { id: string; values: readonly number[] }[];
  y: { kind: 'linear'; min: number; max: number; ticks: readonly number[] } | { kind: 'log'; domain?: [number, number] };
  /** The shaded range of x (the trained levels). */
  band?: readonly [number, number] | null;
  /** The chosen level, drawn as a vertical line with a larger marker on each series. */
  current?: number | null;
  /** A horizontal line at this y (chance). */
  reference?: number | null;
  margin?: Partial<Margin>;
}

export interface Point { x: number; y: number; level: number; value: number }

export interface SeriesGeometry {
  id: string;
  /** SVG path data; a gap (a missing or non-finite value) starts a new segment. */
  d: string;
  markers: Point[];
  /** The point at the chosen level, if the series has one there. */
  current: Point | null;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** `hidden` where the chosen level's own label, drawn on the axis, would overlap it. */
  xTicks: { value: number; x: number; hidden: boolean }[];
  yTicks: { value: number; y: number }[];
  series: SeriesGeometry[];
  band: { x: number; width: number } | null;
  current: { x: number; level: number } | null;
  reference: { y: number } | null;
}

/**
 * The course's chart text sizes, in pixels as drawn (CSS px where the SVG is drawn at its own width,
 * viewBox units otherwise): every chart, live or built, uses these, so the figures read alike.
 */
export const CHART_TEXT = { tick: 12, label: 13, note: 12 } as const;

/**
 * A rough width of a label in pixels, for placing it without measuring: CJK characters take a
 * full em, others about 0.6 em (sans digits and letters), so margins can fit the longest label.
 */
export function textWidth(text: string, px: number = CHART_TEXT.tick): number {
  let units = 0;
  for (const ch of text) units += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.6;
  return units * px;
}

/**
 * Whether an x tick's label, centred at x, stays clear of the chosen level's label box (centred at
 * boxX, boxHalf each side) drawn on the same line: otherwise the box would cover it.
 */
export function clearOfBox(x: number, label: string, boxX: number, boxHalf: number): boolean {
  return Math.abs(x - boxX) >= boxHalf + textWidth(label) / 2 + 3;
}

/** Top room for the y axis's title above the highest tick label, so the two never touch. */
const DEFAULT_MARGIN: Margin = { top: 32, right: 16, bottom: 46, left: 48 };
/** The least vertical room between two log-scale y tick labels (12 px text and a gap). */
const MIN_Y_TICK_GAP = 20;
/** Room for one x tick label: keeps labels apart at any width. */
const PX_PER_X_TICK = 46;

export function chartGeometry(spec: ChartSpec): ChartGeometry {
  const width = Math.max(120, finiteOr(spec.width, 560));
  const height = Math.max(100, finiteOr(spec.height, 300));
  const m = { ...DEFAULT_MARGIN, ...spec.margin };
  const plot = { left: m.left, top: m.top, right: width - m.right, bottom: height - m.bottom };
  const levels = spec.levels;
  const xMin = levels.length ? Math.min(...levels) : 0;
  const xMax = levels.length ? Math.max(...levels) : 1;
  const x = linearScale([xMin, xMax], [plot.left, plot.right]);

  let y: Scale;
  let yTickValues: readonly number[];
  let clampY: (v: number) => number;
  if (spec.y.kind === 'linear') {
    const { min, max } = spec.y;
    y = linearScale([min, max], [plot.bottom, plot.top]);
    yTickValues = spec.y.ticks;
    clampY = (v) => Math.min(max, Math.max(min, v));
  } else {
    const domain = spec.y.domain ?? logDomain(spec.series.flatMap((s) => s.values));
    y = logScale(domain, [plot.bottom, plot.top]);
    // a decade every MIN_Y_TICK_GAP px at least: on a short (phone) chart, every other power of ten
    const decades = logTicks(domain);
    const every = Math.max(1, Math.ceil(MIN_Y_TICK_GAP / ((plot.bottom - plot.top) / Math.max(1, decades.length - 1))));
    yTickValues = decades.filter((_, i) => (decades.length - 1 - i) % every === 0);
    clampY = (v) => Math.min(domain[1], Math.max(domain[0], v));
  }

  const maxXTicks = Math.max(2, Math.floor((plot.right - plot.left) / PX_PER_X_TICK));
  const current = spec.current ?? null;
  const currentX = current !== null && Number.isFinite(current) && current >= xMin && current <= xMax ? r(x(current)) : null;
  const xTicks = niceTicks(xMin, xMax, maxXTicks).map((value) => {
    const at = r(x(value));
    return { value, x: at, hidden: currentX !== null && Math.abs(at - currentX) < PX_PER_X_TICK / 2 };
  });
  const yTicks = yTickValues.map((value) => ({ value, y: r(y(value)) }));

  const series = spec.series.map((s, si): SeriesGeometry => {
    const n = Math.min(levels.length, s.values.length);
    const ok = (i: number) => Number.isFinite(s.values[i]) && (spec.y.kind === 'linear' || s.values[i]! > 0);
    const at = (i: number): Point => ({ x: r(x(levels[i]!)), y: r(y(clampY(s.values[i]!))), level: levels[i]!, value: s.values[i]! });
    let d = '';
    let pen = false;
    for (let i = 0; i < n; i++) {
      if (!ok(i)) { pen = false; continue; }
      const p = at(i);
      d += `${d ? ' ' : ''}${pen ? 'L' : 'M'}${p.x} ${p.y}`;
      pen = true;
    }
    const markers = markerIndices(n, si, spec.series.length).filter(ok).map(at);
    const ci = current === null ? -1 : levels.indexOf(current);
    return { id: s.id, d, markers, current: ci >= 0 && ci < n && ok(ci) ? at(ci) : null };
  });

  let band: ChartGeometry['band'] = null;
  if (spec.band) {
    const lo = Math.max(xMin, Math.min(spec.band[0], spec.band[1]));
    const hi = Math.min(xMax, Math.max(spec.band[0], spec.band[1]));
    if (hi >= lo) {
      const x0 = r(x(lo)), x1 = r(x(hi));
      band = { x: x0, width: r(Math.max(x1 - x0, 2)) };
    }
  }
  const reference = spec.reference === undefined || spec.reference === null || !Number.isFinite(spec.reference)
    ? null
    : { y: r(y(clampY(spec.reference))) };

  return {
    width, height, plot, xTicks, yTicks, series, band, reference,
    current: currentX === null ? null : { x: currentX, level: current! },
  };
}

function finiteOr(v: number, fallback: number): number {
  return Number.isFinite(v) && v > 0 ? v : fallback;
}
/** Two decimals are plenty for pixels and keep the SVG short. */
const r = (v: number) => Math.round(v * 100) / 100;
/** Removes float noise from tick values (0.30000000000000004 → 0.3). */
const round = (v: number) => Number(v.toPrecision(12));

export type MarkerShape = 'circle' | 'square' | 'triangle';

/** SVG path data for a marker of the given shape centred on (x, y), about `size` across. */
export function markerPath(shape: MarkerShape, x: number, y: number, size: number): string {
  const h = size / 2;
  switch (shape) {
    case 'square':
      return `M${r(x - h)} ${r(y - h)}h${r(size)}v${r(size)}h${r(-size)}Z`;
    case 'triangle': {
      const t = h * 1.2;
      return `M${r(x)} ${r(y - t)}L${r(x + t)} ${r(y + t * 0.8)}L${r(x - t)} ${r(y + t * 0.8)}Z`;
    }
    case 'circle':
      return `M${r(x - h)} ${r(y)}a${r(h)} ${r(h)} 0 1 0 ${r(size)} 0a${r(h)} ${r(h)} 0 1 0 ${r(-size)} 0Z`;
  }
}
