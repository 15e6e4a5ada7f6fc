/**
 * What the recurrent-models comparison widget needs from recurrence-curves.json, picked at build
 * time by RecurrenceCompare.astro (the island never imports the JSON), and small readers of it.
 */
import type { RecurrenceCurves, RecurrenceDefinition, RecurrenceModelName, RecurrenceTask } from '../../model/metadata.ts';

/** The models in the order the widget shows them (table rows, legend, chart series). */
export const MODEL_ORDER: readonly RecurrenceModelName[] = ['rnn', 'gru', 'attention'];
export const TASKS: readonly RecurrenceTask[] = ['delay', 'load'];

export interface WidgetModel {
  parameters: number;
  width: number;
  /** Correct answers out of examplesPerLevel at each level of `levels[task]`. */
  correct: Record<RecurrenceTask, number[]>;
  /** Mean gradient norm reaching the first token, at each delay of `levels.delay`. */
  gradientToFirst: number[];
  /** Correct answers (out of examplesPerLevel) of a fresh model trained on one delay, at each of fromScratch.delays. */
  learnedFromScratch: number[];
}

export interface WidgetData {
  definition: RecurrenceDefinition;
  levels: Record<RecurrenceTask, number[]>;
  models: Record<RecurrenceModelName, WidgetModel>;
  fromScratch: { delays: number[]; steps: number };
}

/** The part of recurrence-curves.json the island receives as a prop (no prose, no file names). */
export function widgetData(curves: RecurrenceCurves): WidgetData {
  const pick = (name: RecurrenceModelName): WidgetModel => {
    const m = curves.models[name];
    return {
      parameters: m.parameters,
      width: m.width,
      correct: { delay: [...m.correct.delay], load: [...m.correct.load] },
      gradientToFirst: [...m.gradientToFirst],
      learnedFromScratch: [...m.learnedFromScratch],
    };
  };
  return {
    definition: curves.definition,
    levels: { delay: [...curves.levels.delay], load: [...curves.levels.load] },
    models: { rnn: pick('rnn'), gru: pick('gru'), attention: pick('attention') },
    fromScratch: { delays: [...curves.fromScratch.delays], steps: curves.fromScratch.steps },
  };
}

export const isTask = (value: unknown): value is RecurrenceTask => value === 'delay' || value === 'load';

/** The level of `levels` nearest to `value` (the first level for anything that is not a finite number). */
export function nearestLevel(levels: readonly number[], value: number): number {
  if (levels.length === 0) return 0;
  if (!Number.isFinite(value)) return levels[0]!;
  let best = levels[0]!;
  for (const l of levels) if (Math.abs(l - value) < Math.abs(best - value)) best = l;
  return best;
}

/** The level a task opens at: `wanted` if given (snapped to a measured level), else the top of the trained range. */
export function initialLevel(data: WidgetData, task: RecurrenceTask, wanted?: number): number {
  const levels = data.levels[task];
  return nearestLevel(levels, wanted ?? data.definition.tasks[task].trained[1]);
}

export interface Measured {
  correct: number;
  total: number;
  /** 0–1 */
  accuracy: number;
}

/** A model's measured result at one level, or null where the file has none. */
export function measuredAt(data: WidgetData, model: RecurrenceModelName, task: RecurrenceTask, level: number): Measured | null {
  const i = data.levels[task].indexOf(level);
  const correct = data.models[model].correct[task][i];
  const total = data.definition.examplesPerLevel;
  if (i < 0 || correct === undefined || !(total > 0)) return null;
  return { correct, total, accuracy: correct / total };
}

/** A model's accuracy (0–1) at every level of a task. */
export function accuracyCurve(data: WidgetData, model: RecurrenceModelName, task: RecurrenceTask): number[] {
  const total = data.definition.examplesPerLevel;
  return data.models[model].correct[task].map((c) => c / total);
}

/** Is `level` inside the range the models were trained on? */
export function isTrained(data: WidgetData, task: RecurrenceTask, level: number): boolean {
  const [lo, hi] = data.definition.tasks[task].trained;
  return level >= lo && level <= hi;
}

/** Accuracy of always guessing one symbol: 1 / the number of symbols. */
export const chance = (def: RecurrenceDefinition): number => 1 / def.symbols.count;

export interface CurveSummary {
  first: { level: number; value: number };
  last: { level: number; value: number };
  /** The lowest point (the first one, where several tie). */
  min: { level: number; value: number };
  max: { level: number; value: number };
}

/** Where a curve starts, ends, and its lowest and highest points: the chart's text alternative. */
export function summarizeCurve(levels: readonly number[], values: readonly number[]): CurveSummary | null {
  const n = Math.min(levels.length, values.length);
  if (n === 0) return null;
  const point = (i: number) => ({ level: levels[i]!, value: values[i]! });
  let lo = 0, hi = 0;
  for (let i = 1; i < n; i++) {
    if (values[i]! < values[lo]!) lo = i;
    if (values[i]! > values[hi]!) hi = i;
  }
  return { first: point(0), last: point(n - 1), min: point(lo), max: point(hi) };
}

/**
 * How each model is drawn: colour from the site's palette, plus a dash pattern and a marker
 * shape, so the lines differ without colour (and in print).
 */
export const SERIES_STYLE: Record<RecurrenceModelName, { color: string; dash: string; shape: 'circle' | 'square' | 'triangle' }> = {
  rnn: { color: 'var(--highlight)', dash: '', shape: 'circle' },
  gru: { color: 'var(--accent)', dash: '9 5', shape: 'square' },
  attention: { color: 'var(--text)', dash: '1 5', shape: 'triangle' },
};

/** A share as a percentage: "100%", "99.8%", "27.3%"; never rounds a miss up to "100%". */
export function percent(share: number): string {
  if (!Number.isFinite(share)) return '–';
  const p = share * 100;
  if (p < 100 && p >= 99.95) return '>99.9%';
  if (p > 0 && p < 0.05) return '<0.1%';
  const text = p.toFixed(1);
  return `${text.endsWith('.0') ? text.slice(0, -2) : text}%`;
}
