/**
 * The geometry of part 1's picture: q and k before the rotation (dashed) and after (solid) as
 * arrows from the centre of a circle, and an arc for the angle from q_m to k_n. SVG coordinates
 * (y grows downwards), so a vector (x, y) is drawn at (c + s·x, c − s·y).
 */
import type { PairResult, Vec2 } from './model.ts';

/** The picture's width and height, and the radius of the circle that the longer vector reaches. */
export const SIZE = 260;
export const RADIUS = 96;
const C = SIZE / 2;
const HEAD = 9;

export interface Arrow {
  /** Tip of the arrow. */
  x: number;
  y: number;
  /** The arrowhead's triangle, "x,y x,y x,y"; empty for a zero vector. */
  head: string;
  /** Where its label goes, a little beyond the tip. */
  labelX: number;
  labelY: number;
  /** False for the zero vector (nothing to draw). */
  visible: boolean;
}

export interface DiagramGeometry {
  centre: number;
  radius: number;
  q: Arrow;
  k: Arrow;
  qRot: Arrow;
  kRot: Arrow;
  /** The arc from q_m to k_n ("" when either is zero), and where its label goes. */
  arc: string;
  arcLabelX: number;
  arcLabelY: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

function arrow(v: Vec2, scale: number): Arrow {
  const len = Math.hypot(v[0], v[1]);
  const x = C + scale * v[0], y = C - scale * v[1];
  if (len === 0) return { x: C, y: C, head: '', labelX: C, labelY: C, visible: false };
  const ux = v[0] / len, uy = -v[1] / len; // unit direction on screen
  const bx = x - HEAD * ux, by = y - HEAD * uy; // base of the head
  const px = -uy * HEAD * 0.5, py = ux * HEAD * 0.5; // half its width, across
  const head = [[x, y], [bx + px, by + py], [bx - px, by - py]].map(([a, b]) => `${round(a!)},${round(b!)}`).join(' ');
  return { x: round(x), y: round(y), head, labelX: round(x + 14 * ux), labelY: round(y + 14 * uy), visible: true };
}

export function diagram(r: PairResult, q: Vec2, k: Vec2): DiagramGeometry {
  const longest = Math.max(r.normQ, r.normK);
  const scale = longest > 0 ? RADIUS / longest : 1;
  const qRot = arrow(r.qRot, scale), kRot = arrow(r.kRot, scale);
  let arc = '', arcLabelX = C, arcLabelY = C;
  if (qRot.visible && kRot.visible) {
    const rArc = RADIUS * 0.3;
    const a0 = Math.atan2(r.qRot[1], r.qRot[0]), a1 = a0 + r.between;
    const at = (a: number, rad: number) => [C + rad * Math.cos(a), C - rad * Math.sin(a)] as const;
    const [x0, y0] = at(a0, rArc), [x1, y1] = at(a1, rArc);
    // A counter-clockwise angle (positive) is counter-clockwise on screen too: SVG's sweep flag 0.
    arc = `M ${round(x0)} ${round(y0)} A ${rArc} ${rArc} 0 0 ${r.between > 0 ? 0 : 1} ${round(x1)} ${round(y1)}`;
    const [lx, ly] = at(a0 + r.between / 2, rArc + 16);
    arcLabelX = round(lx);
    arcLabelY = round(ly);
  }
  return { centre: C, radius: RADIUS, q: arrow(q, scale), k: arrow(k, scale), qRot, kRot, arc, arcLabelX, arcLabelY };
}
