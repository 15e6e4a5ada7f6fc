/**
 * Where PathHops draws things, in SVG pixels (no DOM): one column per position, shared by the row
 * of position buttons and every drawing so they line up; the recurrent chain; the layered
 * drawings of convolutions and restricted attention (one row per layer, the input at the bottom);
 * self-attention's arcs. Positions are 1-based.
 */
import type { ConvRoute, Paths, RestrictedRoute } from './model.ts';

/** Room on the left for the layer labels. */
export const LABEL_W = 58;

/** Width of one position's column: wide for short sentences, narrower (down to 20 px) for long ones. */
export function cellWidth(n: number): number {
  return n <= 12 ? 48 : n <= 20 ? 38 : n <= 32 ? 28 : n <= 48 ? 22 : 20;
}

export interface Columns {
  n: number;
  cell: number;
  /** Width of every drawing. */
  width: number;
  /** Centre of position p. */
  x: (p: number) => number;
}

export function columns(n: number): Columns {
  const cell = cellWidth(n);
  return { n, cell, width: LABEL_W + n * cell + 6, x: (p) => LABEL_W + (p - 0.5) * cell };
}

export interface Segment { x1: number; y1: number; x2: number; y2: number }

/* ---------- the recurrent chain ---------- */

export interface ChainBox { p: number; x: number; width: number; onPath: boolean; endpoint: 'i' | 'j' | null }
export interface ChainLink extends Segment { /** 1 … length for a hop of the path, else 0. */ hop: number }

export interface Chain {
  height: number;
  boxY: number;
  boxH: number;
  boxes: ChainBox[];
  links: ChainLink[];
  /** Where the labels i and j go, under their boxes. */
  labelY: number;
}

export function chain(cols: Columns, p: Paths): Chain {
  const { i, j } = p.settings;
  const boxY = 8, boxH = 24, gap = Math.min(10, Math.max(6, cols.cell * 0.3));
  const width = cols.cell - gap;
  const boxes = Array.from({ length: cols.n }, (_, t) => {
    const q = t + 1;
    return { p: q, x: cols.x(q) - width / 2, width, onPath: q >= p.rnn.from && q <= p.rnn.to, endpoint: q === i ? ('i' as const) : q === j ? ('j' as const) : null };
  });
  const y = boxY + boxH / 2;
  const links = Array.from({ length: cols.n - 1 }, (_, t) => {
    const q = t + 1;
    const hop = q >= p.rnn.from && q < p.rnn.to ? q - p.rnn.from + 1 : 0;
    return { x1: cols.x(q) + width / 2, y1: y, x2: cols.x(q + 1) - width / 2, y2: y, hop };
  });
  return { height: boxY + boxH + 20, boxY, boxH, boxes, links, labelY: boxY + boxH + 14 };
}

/* ---------- layers: convolutions and restricted attention ---------- */

export interface LayerRow {
  layer: number;
  y: number;
  /** Show this row's label (rows too close together share labels). */
  labelled: boolean;
  /** The positions the signal from i can have reached by this layer, as a band. */
  band: { x: number; width: number; from: number; to: number };
}

export interface Layered {
  height: number;
  rowH: number;
  rows: LayerRow[];
  /** Small dots for every unit when the rows are far enough apart; otherwise a line per row. */
  dots: boolean;
  /** The kernel (or window) of each unit on the path: what it reads in the layer below. */
  taps: (Segment & { used: boolean })[];
  hops: Segment[];
  nodes: { x: number; y: number; layer: number; p: number }[];
}

const TOP = 22, BOTTOM = 26;

/** Row height: up to 34 px, squeezed so that a deep stack stays within about 260 px (never below 7 px). */
export function rowHeight(layers: number): number {
  return layers === 0 ? 34 : Math.min(34, Math.max(7, Math.floor(260 / layers)));
}

function layered(cols: Columns, path: readonly number[], reach: readonly number[], span: (from: number, reach: number) => [number, number], sources: (layer: number, unit: number) => number[]): Layered {
  const L = path.length - 1, rowH = rowHeight(L);
  const y = (layer: number) => TOP + (L - layer) * rowH;
  const every = Math.ceil(15 / rowH);
  const rows = Array.from({ length: L + 1 }, (_, layer) => {
    const [from, to] = span(path[0]!, reach[layer] ?? 0);
    const a = Math.max(1, from), b = Math.min(cols.n, to);
    return {
      layer,
      y: y(layer),
      labelled: layer === 0 || layer === L || (layer % every === 0 && L - layer >= every),
      band: { x: cols.x(a) - cols.cell / 2 + 1, width: (b - a + 1) * cols.cell - 2, from: a, to: b },
    };
  });
  const taps: Layered['taps'] = [], hops: Segment[] = [];
  for (let layer = 1; layer <= L; layer++) {
    const unit = path[layer]!, below = path[layer - 1]!;
    for (const s of sources(layer, unit)) {
      if (s >= 1 && s <= cols.n) taps.push({ x1: cols.x(s), y1: y(layer - 1), x2: cols.x(unit), y2: y(layer), used: s === below });
    }
    hops.push({ x1: cols.x(below), y1: y(layer - 1), x2: cols.x(unit), y2: y(layer) });
  }
  return {
    height: TOP + L * rowH + BOTTOM,
    rowH,
    rows,
    dots: rowH >= 12,
    taps,
    hops,
    nodes: path.map((p, layer) => ({ x: cols.x(p), y: y(layer), layer, p })),
  };
}

/** The convolution stack: the kernel of layer ℓ reads k units d_ℓ apart, on the side the signal comes from. */
export function convLayers(cols: Columns, route: ConvRoute, k: number): Layered {
  const i = route.path[0]!, j = route.path.at(-1)!, s = Math.sign(j - i);
  return layered(
    cols, route.path, route.reach,
    (from, reach) => (s < 0 ? [from - reach, from] : [from, from + reach]),
    (layer, unit) => Array.from({ length: k }, (_, t) => unit - s * t * route.dilations[layer - 1]!),
  );
}

/** Restricted self-attention: each unit reads the 2r + 1 units around it; the signal spreads to both sides. */
export function restrictedLayers(cols: Columns, route: RestrictedRoute, r: number): Layered {
  return layered(
    cols, route.path, route.reach,
    (from, reach) => [from - reach, from + reach],
    (_, unit) => Array.from({ length: 2 * r + 1 }, (_, t) => unit - r + t),
  );
}

/* ---------- self-attention's arcs ---------- */

export interface Arcs {
  height: number;
  baseY: number;
  /** From i to every other position (all one step); `chosen` is the one to j. */
  arcs: { d: string; to: number; chosen: boolean }[];
}

export function arcs(cols: Columns, i: number, j: number): Arcs {
  const baseY = 84;
  const arc = (a: number, b: number) => {
    const x1 = cols.x(a), x2 = cols.x(b), h = Math.min(84, 14 + Math.abs(x2 - x1) * 0.3);
    return `M ${x1} ${baseY} C ${x1} ${baseY - h}, ${x2} ${baseY - h}, ${x2} ${baseY}`;
  };
  const list = Array.from({ length: cols.n }, (_, t) => t + 1).filter((q) => q !== i).map((q) => ({ d: arc(i, q), to: q, chosen: q === j }));
  // the chosen arc last, so it is drawn on top
  list.sort((a, b) => Number(a.chosen) - Number(b.chosen));
  return { height: baseY + 26, baseY, arcs: list };
}
