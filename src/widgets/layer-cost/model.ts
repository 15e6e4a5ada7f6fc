/**
 * "Table 1 live" (LayerCost): Vaswani et al. 2017, Table 1, evaluated by the kernel for the n, d,
 * k and r the reader picks: the rows with their formulas spelled out with the numbers in play, the
 * best value of each column, the comparison of self-attention with a recurrent layer (they cost
 * the same at n = d) and the curves of operations against n. No DOM, no words: the island renders.
 */
import { formatNumber, layerComplexity, subscript, superscript } from '../../kernel/index.ts';
import { type ProblemKind as NumberProblem, quoted, readNumber } from '../ui/number-input.ts';

export const LAYERS = ['selfAttention', 'recurrent', 'convolutional', 'restrictedSelfAttention'] as const;
export type LayerName = (typeof LAYERS)[number];
export type TableOne = ReturnType<typeof layerComplexity>;

export interface CostInputs {
  /** Sequence length (tokens). */
  n: number;
  /** Representation width. */
  d: number;
  /** Convolution kernel width. */
  k: number;
  /** Neighbourhood of restricted self-attention (at most n). */
  r: number;
}
export type Field = keyof CostInputs;
export const FIELDS: readonly Field[] = ['n', 'd', 'k', 'r'];

export interface WholeRule {
  min: number;
  max: number;
}

/** The allowed ranges. r's upper end is the sequence length: a neighbourhood wider than the sequence is the whole sequence. */
export const N_RULE: WholeRule = { min: 1, max: 100_000 };
export const D_RULE: WholeRule = { min: 1, max: 8192 };
export const K_RULE: WholeRule = { min: 2, max: 15 };
export const R_MIN = 1;

export function ruleFor(field: Field, n: number): WholeRule {
  switch (field) {
    case 'n':
      return N_RULE;
    case 'd':
      return D_RULE;
    case 'k':
      return K_RULE;
    case 'r':
      return { min: R_MIN, max: n };
  }
}

/** A sentence read by the paper's base model (d = 512): the widget opens here. */
export const DEFAULT_INPUTS: CostInputs = { n: 30, d: 512, k: 3, r: 4 };

export type PresetId = 'sentence' | 'document' | 'big';
export interface Preset {
  id: PresetId;
  n: number;
  d: number;
}
/** Quick picks: the base model (d = 512) on a sentence and on a long document, the big model (d = 1024) on a sentence. */
export const PRESETS: readonly Preset[] = [
  { id: 'sentence', n: 30, d: 512 },
  { id: 'document', n: 8192, d: 512 },
  { id: 'big', n: 30, d: 1024 },
];

/** Slider stops (log scale); each includes the presets' values. */
export const N_STOPS: readonly number[] = [
  1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 70, 100, 150, 200, 300, 512, 700, 1000, 1500, 2000, 3000, 5000, 8192, 10_000, 15_000, 20_000, 30_000,
  50_000, 70_000, 100_000,
];
export const D_STOPS: readonly number[] = [1, 2, 4, 8, 16, 32, 64, 128, 256, 384, 512, 768, 1024, 1536, 2048, 3072, 4096, 6144, 8192];
export const K_STOPS: readonly number[] = Array.from({ length: K_RULE.max - K_RULE.min + 1 }, (_, i) => K_RULE.min + i);

/** The stops of a field's slider; r's run up to n and end on n itself. */
export function stopsFor(field: Field, n: number): number[] {
  switch (field) {
    case 'n':
      return [...N_STOPS];
    case 'd':
      return [...D_STOPS];
    case 'k':
      return [...K_STOPS];
    case 'r':
      return [...N_STOPS.filter((v) => v < n), n];
  }
}

/** The index of the stop nearest to `value` on a log scale (stops positive and increasing). */
export function nearestStop(stops: readonly number[], value: number): number {
  let best = 0;
  for (let i = 1; i < stops.length; i++) {
    if (Math.abs(Math.log(stops[i]! / value)) < Math.abs(Math.log(stops[best]! / value))) best = i;
  }
  return best;
}

/* ---------- reading what the reader typed ---------- */

export type ProblemKind = NumberProblem | 'aboveN';

export interface InputProblem {
  kind: ProblemKind;
  field: Field;
  /** What the reader typed, trimmed and cut short. */
  text: string;
  min: number;
  max: number;
}

export type ReadResult = { ok: true; value: number } | { ok: false; problem: InputProblem };

/** A whole number within the field's range (r: up to the current n, and a message of its own above it). */
export function readField(field: Field, input: string, n: number): ReadResult {
  const rule = ruleFor(field, n);
  const where = { field, min: rule.min, max: rule.max };
  const r = readNumber(input, { ...rule, max: field === 'r' ? N_RULE.max : rule.max, whole: true });
  if (!r.ok) return { ok: false, problem: { ...r.problem, ...where, text: quoted(r.problem.text) } };
  if (r.value > rule.max) return { ok: false, problem: { kind: 'aboveN', ...where, text: quoted(input.trim()) } };
  return r;
}

/**
 * The inputs after one field changed to a valid value. A shorter sequence takes r down with it
 * (r ≤ n), and says so, so that every value shown stays one the reader could have typed.
 */
export function withField(inputs: CostInputs, field: Field, value: number): { inputs: CostInputs; rClamped: boolean } {
  const next = { ...inputs, [field]: value };
  const rClamped = next.r > next.n;
  if (rClamped) next.r = next.n;
  return { inputs: next, rClamped };
}

/** A preset's n and d, keeping k and r (r brought down to n where needed). */
export function withPreset(inputs: CostInputs, preset: Preset): { inputs: CostInputs; rClamped: boolean } {
  return withField({ ...inputs, d: preset.d }, 'n', preset.n);
}

export function isPreset(inputs: CostInputs, preset: Preset): boolean {
  return inputs.n === preset.n && inputs.d === preset.d;
}

/* ---------- the table ---------- */

/** A whole number with thousands separators: 460800 → "460,800". */
export const grouped = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 0 });

/** "30² × 512": a count's formula with the numbers in play (Unicode, no words). */
export function operationsFormula(layer: LayerName, { n, d, k, r }: CostInputs): string {
  const sq = (v: number) => `${grouped(v)}${superscript(2)}`;
  switch (layer) {
    case 'selfAttention':
      return `${sq(n)} × ${grouped(d)}`;
    case 'recurrent':
      return `${grouped(n)} × ${sq(d)}`;
    case 'convolutional':
      return `${grouped(k)} × ${grouped(n)} × ${sq(d)}`;
    case 'restrictedSelfAttention':
      return `${grouped(r)} × ${grouped(n)} × ${grouped(d)}`;
  }
}

/** The symbolic entry of Table 1 for each column. */
export const SYMBOLS: Readonly<Record<LayerName, { operations: string; sequential: string; path: string }>> = {
  selfAttention: { operations: 'n²·d', sequential: 'O(1)', path: 'O(1)' },
  recurrent: { operations: 'n·d²', sequential: 'O(n)', path: 'O(n)' },
  convolutional: { operations: 'k·n·d²', sequential: 'O(1)', path: 'O(logₖ n)' },
  restrictedSelfAttention: { operations: 'r·n·d', sequential: 'O(1)', path: 'O(n/r)' },
};

export interface Row {
  layer: LayerName;
  operations: number;
  /** "30² × 512". */
  formula: string;
  sequential: number;
  /** Table 1's path length (dilated kernels for a convolution). */
  path: number;
  /** How the path length is worked out: "⌈log₃ 30⌉", "⌈30 / 4⌉", or null where it is n or 1. */
  pathFormula: string | null;
  /** Contiguous kernels' path length and its formula, for the convolutional row only. */
  contiguous: { path: number; formula: string } | null;
}

export interface CostTable {
  inputs: CostInputs;
  table: TableOne;
  rows: Row[];
  /** The layers with the fewest operations, sequential operations and shortest path (ties all count). */
  best: { operations: LayerName[]; sequential: LayerName[]; path: LayerName[] };
}

export function costTable(inputs: CostInputs): CostTable {
  const { n, k, r } = inputs;
  const table = layerComplexity(inputs.n, inputs.d, inputs.k, inputs.r);
  const rows = LAYERS.map((layer): Row => {
    const c = table[layer];
    return {
      layer,
      operations: c.operations,
      formula: operationsFormula(layer, inputs),
      sequential: c.sequentialOperations,
      path: c.maxPathLength,
      pathFormula:
        layer === 'convolutional' ? `⌈log${subscript(k)} ${grouped(n)}⌉` : layer === 'restrictedSelfAttention' ? `⌈${grouped(n)} / ${grouped(r)}⌉` : null,
      contiguous: layer === 'convolutional' ? { path: table.convolutional.contiguousMaxPathLength, formula: `⌈${grouped(n - 1)} / ${grouped(k - 1)}⌉` } : null,
    };
  });
  const fewest = (pick: (row: Row) => number) => {
    const least = Math.min(...rows.map(pick));
    return rows.filter((row) => pick(row) === least).map((row) => row.layer);
  };
  return { inputs, table, rows, best: { operations: fewest((row) => row.operations), sequential: fewest((row) => row.sequential), path: fewest((row) => row.path) } };
}

/* ---------- self-attention against a recurrent layer ---------- */

export type Relation = 'cheaper' | 'equal' | 'dearer';

export interface Comparison {
  /** Self-attention against a recurrent layer. */
  relation: Relation;
  selfAttention: number;
  recurrent: number;
  /** The larger count over the smaller: d / n when n < d, n / d when n > d. */
  ratio: number;
}

/** A ratio as a reader says it: "16" when whole, else three significant digits ("17.1", "2.5") or a whole number from 100 on. */
export function ratioText(x: number): { text: string; exact: boolean } {
  if (Number.isInteger(x)) return { text: grouped(x), exact: true };
  if (x >= 100) return { text: grouped(Math.round(x)), exact: false };
  return { text: formatNumber(x, { significant: 3 }).replace(/\.0+$|(\.\d*?)0+$/, '$1'), exact: false };
}

export function compareWithRecurrent(t: CostTable): Comparison {
  const sa = t.table.selfAttention.operations, rnn = t.table.recurrent.operations;
  const relation: Relation = sa < rnn ? 'cheaper' : sa > rnn ? 'dearer' : 'equal';
  return { relation, selfAttention: sa, recurrent: rnn, ratio: Math.max(sa, rnn) / Math.min(sa, rnn) };
}

/**
 * Where self-attention and a recurrent layer cost the same for this d: n²·d = n·d², so n = d.
 * Found from the kernel's counts (the smallest n at which self-attention is no cheaper), not assumed.
 */
export function crossover(d: number): { n: number; operations: number } {
  let lo = N_RULE.min, hi = Math.max(N_RULE.min, d * 2);
  const saNotCheaper = (n: number) => {
    const t = layerComplexity(n, d);
    return t.selfAttention.operations >= t.recurrent.operations;
  };
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (saNotCheaper(mid)) hi = mid;
    else lo = mid + 1;
  }
  return { n: lo, operations: layerComplexity(lo, d).selfAttention.operations };
}

/* ---------- the chart: operations per layer against n ---------- */

export const CHART_LAYERS = ['selfAttention', 'recurrent', 'convolutional'] as const;
export type ChartLayer = (typeof CHART_LAYERS)[number];

export interface CostCurves {
  /** The n of each point: whole numbers spread evenly on a log scale over the allowed range, with n and d among them. */
  ns: number[];
  series: Record<ChartLayer, number[]>;
}

/** Four points a decade; the lines are power laws, so on log axes they are straight and every point lies on them. */
export function curvePoints(extra: readonly number[] = []): number[] {
  const decades = Math.log10(N_RULE.max / N_RULE.min);
  const grid = Array.from({ length: decades * 4 + 1 }, (_, i) => Math.round(N_RULE.min * 10 ** (i / 4)));
  return [...new Set([...grid, ...extra.filter((v) => Number.isInteger(v) && v >= N_RULE.min && v <= N_RULE.max)])].sort((a, b) => a - b);
}

export function costCurves({ n, d, k }: CostInputs): CostCurves {
  const ns = curvePoints([n, d, k * d]);
  const tables = ns.map((m) => layerComplexity(m, d, k));
  return {
    ns,
    series: {
      selfAttention: tables.map((t) => t.selfAttention.operations),
      recurrent: tables.map((t) => t.recurrent.operations),
      convolutional: tables.map((t) => t.convolutional.operations),
    },
  };
}
