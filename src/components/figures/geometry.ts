/**
 * The geometry of the course's build-time figures: pure functions from the kernel's numbers to
 * coordinates in an SVG viewBox, so that what a figure shows (a line as thick as its weight, a
 * block as wide as its matrix) is unit-tested. The .astro components only draw what these return.
 */

/** The index of the largest value (the first one on a tie); -1 for an empty list. */
export function winner(values: readonly number[]): number {
  let best = -1;
  values.forEach((v, i) => {
    if (best < 0 || v > values[best]!) best = i;
  });
  return best;
}

// ── Attention as lines: one query fanning out to every key ──────────────────────────────────

export interface FanLine {
  /** The key's index in the sentence and its label. */
  index: number;
  key: string;
  weight: number;
  /** The key's row: its line ends here and its label sits on it. */
  y: number;
  /** Stroke width and opacity, both proportional to the weight (relative to the largest). */
  width: number;
  opacity: number;
  /** The key with the largest weight. */
  win: boolean;
}

export interface Fan {
  width: number;
  height: number;
  /** Where every line starts: just right of the query's label. */
  query: { label: string; x: number; y: number };
  /** Where the lines end, and where key labels and weights are written. */
  keyX: number;
  labelX: number;
  valueX: number;
  lines: FanLine[];
}

export interface FanOptions {
  /** Height of one key's row. */
  rowHeight?: number;
  /** The thickest line (the largest weight). */
  maxStroke?: number;
  /** The thinnest line, so that a tiny weight still shows where it goes. */
  minStroke?: number;
}

export const FAN_WIDTH = 340;

/**
 * One query's attention as lines: the query on the left, every key on its own row on the right,
 * a line to each whose width and opacity are proportional to its weight.
 */
export function attentionFan(query: string, keys: readonly string[], weights: readonly number[], options: FanOptions = {}): Fan {
  if (keys.length !== weights.length) throw new RangeError(`${keys.length} keys but ${weights.length} weights`);
  if (keys.length === 0) throw new RangeError('a fan needs at least one key');
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) throw new RangeError('weights must be finite and non-negative');
  const { rowHeight = 30, maxStroke = 12, minStroke = 0.75 } = options;
  const top = 8;
  const height = top * 2 + keys.length * rowHeight;
  const max = Math.max(...weights);
  const best = winner(weights);
  const lines = keys.map((key, index) => {
    const r = max > 0 ? weights[index]! / max : 0;
    return {
      index, key, weight: weights[index]!,
      y: top + (index + 0.5) * rowHeight,
      width: Math.max(minStroke, r * maxStroke),
      opacity: 0.2 + 0.8 * r,
      win: index === best,
    };
  });
  return { width: FAN_WIDTH, height, query: { label: query, x: 92, y: height / 2 }, keyX: 208, labelX: 216, valueX: FAN_WIDTH - 4, lines };
}

// ── A chain against direct edges: an RNN's path and self-attention's ─────────────────────────

export interface ChainBox {
  index: number;
  label: string;
  x: number;
  /** Wide enough for its word: "butterfly" needs more room than "it". */
  width: number;
  /** On the path between the two words (inclusive). */
  onPath: boolean;
  endpoint: boolean;
}

export interface Chain {
  width: number;
  height: number;
  boxHeight: number;
  /** The RNN row's top and the attention row's top. */
  rnnY: number;
  attentionY: number;
  boxes: ChainBox[];
  /** The RNN's hops, one per neighbour pair on the path: from box i's right edge to box i+1's left edge. */
  hops: { x1: number; x2: number }[];
  /** Self-attention's edges from `to` to every other word; `direct` is the one to `from`. */
  edges: { index: number; path: string; direct: boolean }[];
  /** RNN steps and attention steps between the two words. */
  rnnSteps: number;
  attentionSteps: number;
}

/**
 * A generous width in pixels of a word in the figures' 14 px labels, without measuring (there is no
 * layout at build time): a CJK character is a square, a Latin letter at most about 0.62 of one.
 */
export function labelWidth(text: string, px = 14): number {
  let units = 0;
  for (const ch of text) units += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(ch) ? 1 : 0.62;
  return units * px;
}

/**
 * The same sentence twice: in the RNN row the signal from `from` to `to` hops along every
 * neighbour in between; in the attention row `to` reaches every word, `from` included, in one
 * edge. Step counts come from the caller (the kernel's path lengths).
 */
export function chainFigure(tokens: readonly string[], from: number, to: number, steps: { rnn: number; attention: number }): Chain {
  const n = tokens.length;
  if (!(from >= 0 && from < n && to >= 0 && to < n && from !== to)) throw new RangeError(`no path from ${from} to ${to} in ${n} tokens`);
  const minBox = 56, inset = 16, boxHeight = 30, gap = 10, pad = 8;
  const widths = tokens.map((label) => Math.max(minBox, Math.ceil(labelWidth(label) + inset)));
  const xs = widths.map((_, i) => pad + widths.slice(0, i).reduce((sum, w) => sum + w + gap, 0));
  const x = (i: number) => xs[i]!;
  const w = (i: number) => widths[i]!;
  const width = x(n - 1) + w(n - 1) + pad;
  const lo = Math.min(from, to), hi = Math.max(from, to);
  const boxes = tokens.map((label, index) => ({ index, label, x: x(index), width: w(index), onPath: index >= lo && index <= hi, endpoint: index === from || index === to }));
  const rnnY = 34;
  const attentionY = 204;
  const hops = Array.from({ length: hi - lo }, (_, k) => ({ x1: x(lo + k) + w(lo + k), x2: x(lo + k + 1) }));
  const centre = (i: number) => x(i) + w(i) / 2;
  const edges = tokens.flatMap((_, index) => {
    if (index === to) return [];
    const x1 = centre(to), x2 = centre(index);
    // arcs above the row, higher for words further apart
    const lift = 14 + Math.abs(to - index) * 9;
    return [{ index, path: `M ${x1} ${attentionY} Q ${(x1 + x2) / 2} ${attentionY - lift * 2} ${x2} ${attentionY}`, direct: index === from }];
  });
  return { width, height: attentionY + boxHeight + 8, boxHeight, rnnY, attentionY, boxes, hops, edges, rnnSteps: steps.rnn, attentionSteps: steps.attention };
}

// ── Matrix shapes as proportioned blocks ─────────────────────────────────────────────────────

export interface ShapeTerm {
  /** The name as drawn (plain text with optional subscript after "_"), e.g. "W_Q". */
  name: string;
  rows: number;
  cols: number;
}

export interface PlacedBlock extends ShapeTerm {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ShapeRow {
  blocks: PlacedBlock[];
  /** The "×" and "=" signs between blocks. */
  signs: { x: number; y: number; text: string }[];
  /** The row's top (for the names) and bottom (for the sizes). */
  top: number;
  bottom: number;
}

export interface Shapes {
  width: number;
  height: number;
  unit: number;
  rows: ShapeRow[];
}

/**
 * Equations of the form A × B = C, one per row, each matrix a block of rows × cols unit squares.
 * `product` checks the sizes, so a figure cannot show an impossible product.
 */
export function shapeRows(equations: readonly (readonly [ShapeTerm, ShapeTerm, ShapeTerm])[], unit = 20): Shapes {
  const sign = 30, labelTop = 22, labelBottom = 24, pad = 6, rowGap = 16;
  let y = pad;
  let width = 0;
  const rows = equations.map(([a, b, c]) => {
    if (a.cols !== b.rows || c.rows !== a.rows || c.cols !== b.cols) {
      throw new RangeError(`${a.name} ${a.rows}×${a.cols} × ${b.name} ${b.rows}×${b.cols} is not ${c.name} ${c.rows}×${c.cols}`);
    }
    const tallest = Math.max(a.rows, b.rows, c.rows) * unit;
    const top = y;
    const mid = top + labelTop + tallest / 2;
    let x = pad;
    const blocks: PlacedBlock[] = [];
    const signs: ShapeRow['signs'] = [];
    [a, b, c].forEach((m, k) => {
      if (k > 0) {
        signs.push({ x: x + sign / 2, y: mid, text: k === 1 ? '×' : '=' });
        x += sign;
      }
      const w = m.cols * unit, h = m.rows * unit;
      blocks.push({ ...m, x, y: mid - h / 2, width: w, height: h });
      x += w;
    });
    width = Math.max(width, x + pad);
    y = top + labelTop + tallest + labelBottom + rowGap;
    return { blocks, signs, top, bottom: top + labelTop + tallest };
  });
  return { width, height: y - 16 + pad, unit, rows };
}
