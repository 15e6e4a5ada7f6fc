/**
 * What the ScalingInModel island receives (as one JSON string) and what it shows, as pure
 * functions: the table's cells as text, the reading sentence's numbers, and the dot plot's
 * geometry. Unit-tested in tests/unit/widgets/scaling-model.test.ts; the Playwright test formats
 * its expected cells with these same functions.
 */
import { formatNumber } from '../../kernel/index.ts';
import type { CorefMeta, Lang, Vocab } from '../../model/metadata.ts';
import type { ScoreMoments, ScoreStatistics } from '../../model/score-statistics.ts';
import { CHART_TEXT, logScale, logTicks, textWidth } from '../ui/chart.ts';

/** One head's numbers as the widget needs them (no histogram). */
export type HeadNumbers = Pick<ScoreStatistics, 'raw' | 'scaled' | 'q' | 'k' | 'pairs' | 'tokens'> & { layer: number; head: number };

export interface ScalingData extends Pick<CorefMeta, 'layers' | 'heads' | 'd_k' | 'maxLength' | 'specialTokens' | 'lexicon'> {
  vocab: Vocab;
  heldOut: { sentences: number; pairs: number; results: HeadNumbers[] };
  /** The demo's preset sentences, the page language first. */
  presets: { lang: Lang; text: string }[];
  bytes: { runtime: number; model: number };
}

/** Keeps what the widget shows of a head's statistics. */
export function headNumbers(s: ScoreStatistics & { layer: number; head: number }): HeadNumbers {
  return { layer: s.layer, head: s.head, raw: s.raw, scaled: s.scaled, q: s.q, k: s.k, pairs: s.pairs, tokens: s.tokens };
}

/** Every number in the tables: three significant digits (variances run from about 0.05 to 150). */
export const fmt = (x: number): string => formatNumber(x, { significant: 3 });

/** The main table's cells for one head, after its name: mean and variance before, after, the two predictions after. */
export function headCells(h: Pick<HeadNumbers, 'raw' | 'scaled'>): string[] {
  return [h.raw.mean, h.raw.variance, h.scaled.mean, h.scaled.variance, h.scaled.theory, h.scaled.unrelatedVariance].map(fmt);
}

/** The live columns: the sentence's mean and variance after scaling. */
export const liveCells = (s: Pick<ScoreMoments, 'mean' | 'variance'>): string[] => [fmt(s.mean), fmt(s.variance)];

/** The components table's cells for one head. */
export const componentCells = (h: Pick<HeadNumbers, 'q' | 'k'>): string[] => [h.q.variance, h.q.meanRms, h.k.variance, h.k.meanRms].map(fmt);

export interface Reading {
  max: HeadNumbers;
  min: HeadNumbers;
  /** max's scaled variance ÷ 1, and min's. */
  maxFactor: number;
  minFraction: number;
  /** Heads whose scaled variance lies in [0.5, 2]. */
  inRange: number;
  total: number;
  /** Heads whose measured variance exceeds d_k σ_q² σ_k². */
  theoryBelow: number;
}

/** The numbers of the reading sentence under the table. */
export function readingOf(heads: readonly HeadNumbers[]): Reading {
  if (heads.length === 0) throw new RangeError('readingOf: no heads');
  const byVariance = [...heads].sort((a, b) => a.scaled.variance - b.scaled.variance);
  const min = byVariance[0]!, max = byVariance[byVariance.length - 1]!;
  return {
    max, min,
    maxFactor: max.scaled.variance / max.scaled.unit,
    minFraction: min.scaled.variance / min.scaled.unit,
    inRange: heads.filter((h) => h.scaled.variance >= 0.5 && h.scaled.variance <= 2).length,
    total: heads.length,
    theoryBelow: heads.filter((h) => h.scaled.variance > h.scaled.theory).length,
  };
}

/** The dot plot: one row per head, scaled variances on a log axis. Pixels of a fixed viewBox. */
export interface DotPlot {
  width: number;
  height: number;
  /** x of each tick and its label; x of the theory's 1. */
  ticks: { x: number; label: string }[];
  one: number;
  rows: { y: number; label: string; measured: number; theory: number; unrelated: number; live: number | null }[];
  plot: { left: number; right: number; top: number; bottom: number };
}

/** `left` is the least room for the row labels; a longer label ("layer 1 · head 1") widens it. */
export const PLOT = { width: 360, rowHeight: 26, left: 104, right: 14, top: 8, axis: 30 } as const;
/** Between a row label's end and the plot. */
const LABEL_GAP = 8;

/** Geometry of the dot plot; `live` holds the reader's sentence's scaled variances, head by head, once measured. */
export function dotPlot(heads: readonly HeadNumbers[], names: readonly string[], live: readonly number[] | null): DotPlot {
  const values = heads.flatMap((h) => [h.scaled.variance, h.scaled.theory, h.scaled.unrelatedVariance]).concat(live ?? [], [1]);
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  // A fixed frame of powers of ten around the data (at least 0.01 … 100), so the live markers rarely move the axis.
  const lo = Math.min(0.01, 10 ** Math.floor(Math.log10(Math.min(...positive))));
  const hi = Math.max(100, 10 ** Math.ceil(Math.log10(Math.max(...positive))));
  // the labels are drawn right-aligned just left of the plot: measured, so their first letters stay inside the picture
  const left = Math.max(PLOT.left, 4 + LABEL_GAP + Math.max(0, ...names.map((n) => textWidth(n, CHART_TEXT.label))));
  const right = PLOT.width - PLOT.right, top = PLOT.top;
  const bottom = top + heads.length * PLOT.rowHeight;
  const x = logScale([lo, hi], [left, right]);
  return {
    width: PLOT.width,
    height: bottom + PLOT.axis,
    ticks: logTicks([lo, hi]).map((v) => ({ x: x(v), label: formatNumber(v, { significant: 1 }) })),
    one: x(1),
    rows: heads.map((h, n) => ({
      y: top + (n + 0.5) * PLOT.rowHeight,
      label: names[n] ?? '',
      measured: x(h.scaled.variance),
      theory: x(h.scaled.theory),
      unrelated: x(h.scaled.unrelatedVariance),
      live: live?.[n] === undefined ? null : x(live[n]),
    })),
    plot: { left, right, top, bottom },
  };
}
