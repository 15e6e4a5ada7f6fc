/**
 * Geometry of the saturation widget's small curves: a log-scale x axis (the factor c), a log or
 * linear y axis, one line and a marker for each column of the widget. Pixels of the SVG's own
 * width, so text keeps its size on a phone. No DOM here.
 */
import { superscript } from '../../kernel/index.ts';
import { type MarkerShape, linearScale, logDomain, logScale, logTicks, markerPath } from '../ui/chart.ts';

export interface CurveMarker {
  x: number;
  y: number;
  shape: MarkerShape;
  tone: 'raw' | 'scaled';
}

export interface CurveSpec {
  width: number;
  height: number;
  xs: readonly number[];
  ys: readonly number[];
  xDomain: readonly [number, number];
  xTicks: readonly number[];
  y: { kind: 'log' } | { kind: 'linear'; min: number; max: number; ticks: readonly number[] };
  markers: readonly CurveMarker[];
}

export interface CurveGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  path: string;
  xTicks: { value: number; x: number }[];
  yTicks: { value: number; y: number }[];
  markers: (CurveMarker & { cx: number; cy: number; d: string })[];
}

/** Top: the y title's own line above the top tick label; bottom: the x labels clear of the lowest y label. */
const MARGIN = { top: 28, right: 12, bottom: 28, left: 44 };
/** At most this many labelled decades on a log y axis. */
const MAX_Y_TICKS = 5;
const r = (v: number) => Math.round(v * 100) / 100;

/** The y domain of a log axis: whole decades around the values, reaching at least from 0.1 to 1. */
export function logYDomain(ys: readonly number[]): [number, number] {
  const [lo, hi] = logDomain(ys);
  return [Math.min(lo, 0.1), Math.max(hi, 1)];
}

export function curveGeometry(spec: CurveSpec): CurveGeometry {
  const width = Math.max(160, spec.width), height = Math.max(100, spec.height);
  const plot = { left: MARGIN.left, top: MARGIN.top, right: width - MARGIN.right, bottom: height - MARGIN.bottom };
  const x = logScale(spec.xDomain, [plot.left, plot.right]);
  let y: (v: number) => number;
  let yTickValues: number[];
  if (spec.y.kind === 'log') {
    const domain = logYDomain(spec.ys);
    y = logScale(domain, [plot.bottom, plot.top]);
    const decades = logTicks(domain);
    const every = Math.ceil(decades.length / MAX_Y_TICKS);
    yTickValues = decades.filter((_, i) => (decades.length - 1 - i) % every === 0);
  } else {
    const { min, max } = spec.y;
    const inner = linearScale([min, max], [plot.bottom, plot.top]);
    y = (v) => inner(Math.min(max, Math.max(min, v)));
    yTickValues = [...spec.y.ticks];
  }
  let path = '';
  spec.xs.forEach((xv, i) => {
    const yv = spec.ys[i];
    if (yv === undefined || !Number.isFinite(yv)) return;
    path += `${path ? 'L' : 'M'}${r(x(xv))} ${r(y(yv))}`;
  });
  return {
    width, height, plot, path,
    xTicks: spec.xTicks.map((value) => ({ value, x: r(x(value)) })),
    yTicks: yTickValues.map((value) => ({ value, y: r(y(value)) })),
    markers: spec.markers.map((m) => {
      const cx = r(x(m.x)), cy = r(y(m.y));
      return { ...m, cx, cy, d: markerPath(m.shape, cx, cy, 10) };
    }),
  };
}

/** A factor as a tick label: "1/32", "1", "8". */
export function factorLabel(c: number): string {
  if (c >= 1) return String(Number(c.toPrecision(6)));
  const inverse = 1 / c;
  return Number.isInteger(Math.round(inverse * 1e6) / 1e6) ? `1/${Math.round(inverse)}` : String(Number(c.toPrecision(3)));
}

/** A power of ten as a tick label: "1", "10⁻³". */
export function decadeLabel(v: number): string {
  const e = Math.round(Math.log10(v));
  if (e === 0) return '1';
  return `10${e < 0 ? '⁻' : ''}${superscript(Math.abs(e))}`;
}
