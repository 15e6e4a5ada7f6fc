/**
 * The comparison widget's logic: what it takes from recurrence-curves.json, the examples it
 * draws, the answers it reads from logits, and the chart geometry.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RecurrenceCurves } from '../../../src/model/metadata.ts';
import { evaluationSet } from '../../../src/model/recurrence-tasks.ts';
import { CHART_TEXT, chartGeometry, linearScale, logDomain, logScale, logTicks, markerIndices, markerPath, niceTicks, textWidth } from '../../../src/widgets/ui/chart.ts';
import {
  MODEL_ORDER, accuracyCurve, chance, initialLevel, isTrained, measuredAt, nearestLevel, percent, summarizeCurve, widgetData,
} from '../../../src/widgets/recurrence/data.ts';
import { answerAt, countCorrect, drawExample, exampleSeed, runBatch } from '../../../src/widgets/recurrence/example.ts';
import { type Action, actionOf, keptAfterFailure, queued } from '../../../src/widgets/recurrence/pending.ts';
import { formatBytes } from '../../../src/model/bytes.ts';
import { en, zh } from '../../../src/i18n/strings/recurrence.ts';

const curves = JSON.parse(readFileSync(new URL('../../../public/models/recurrence-curves.json', import.meta.url), 'utf8')) as RecurrenceCurves;
const data = widgetData(curves);
const def = data.definition;

describe('the data handed to the island', () => {
  it('keeps every measured point and drops what the island does not need', () => {
    for (const m of MODEL_ORDER) {
      expect(data.models[m].correct).toEqual(curves.models[m].correct);
      expect(data.models[m].gradientToFirst).toEqual(curves.models[m].gradientToFirst);
      expect(data.models[m].learnedFromScratch).toEqual(curves.models[m].learnedFromScratch);
      expect(data.models[m]).not.toHaveProperty('file');
      expect(data.models[m]).not.toHaveProperty('description');
    }
    expect(data.levels).toEqual(curves.levels);
    expect(data.fromScratch.delays).toEqual(curves.fromScratch.delays);
    // A copy: the island cannot change the build's object.
    data.levels.delay.push(999);
    expect(curves.levels.delay).not.toContain(999);
    data.levels.delay.pop();
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('reads measured accuracy per level, and nothing where there is no level', () => {
    const at = measuredAt(data, 'gru', 'load', 12)!;
    expect(at.correct).toBe(curves.models.gru.correct.load.at(-1));
    expect(at.total).toBe(def.examplesPerLevel);
    expect(at.accuracy).toBeCloseTo(at.correct / at.total, 12);
    expect(measuredAt(data, 'gru', 'load', 0)).toBeNull();
    expect(measuredAt(data, 'rnn', 'delay', 61)).toBeNull();
    expect(accuracyCurve(data, 'attention', 'load')).toHaveLength(curves.levels.load.length);
  });

  it('tells which levels were trained and opens at a measured level', () => {
    const [lo, hi] = def.tasks.delay.trained;
    expect(isTrained(data, 'delay', lo)).toBe(true);
    expect(isTrained(data, 'delay', hi)).toBe(true);
    expect(isTrained(data, 'delay', hi + 1)).toBe(false);
    expect(initialLevel(data, 'delay')).toBe(hi);
    expect(initialLevel(data, 'load', 7.4)).toBe(7);
    expect(initialLevel(data, 'load', 1000)).toBe(curves.levels.load.at(-1));
    expect(nearestLevel([3, 5, 9], Number.NaN)).toBe(3);
    expect(nearestLevel([], 4)).toBe(0);
  });

  it('summarizes a curve for its text alternative', () => {
    expect(summarizeCurve([1, 2, 3, 4], [1, 0.5, 0.5, 0.75])).toEqual({
      first: { level: 1, value: 1 }, last: { level: 4, value: 0.75 }, min: { level: 2, value: 0.5 }, max: { level: 1, value: 1 },
    });
    expect(summarizeCurve([], [])).toBeNull();
  });

  it('writes percentages without claiming a perfect score that is not', () => {
    expect(percent(1)).toBe('100%');
    expect(percent(0.9975)).toBe('99.8%');
    expect(percent(0.99975)).toBe('>99.9%');
    expect(percent(0.2725)).toBe('27.3%');
    expect(percent(0.125)).toBe('12.5%');
    expect(percent(0)).toBe('0%');
    expect(percent(Number.NaN)).toBe('–');
    expect(chance(def)).toBe(1 / def.symbols.count);
  });
});

describe('the example and the answers', () => {
  it('draws the same example for the same draw, another for the next draw, at every level', () => {
    for (const task of ['delay', 'load'] as const) {
      for (const level of curves.levels[task]) {
        const a = drawExample(def, task, level, 0)!;
        expect(a).toEqual(drawExample(def, task, level, 0));
        expect(a.tokens).toHaveLength(task === 'delay' ? level + 2 : level + 1);
        if (task === 'delay') expect(a.tokens[0]).toBe(a.answer);
      }
    }
    const seen = new Set(Array.from({ length: 20 }, (_, n) => drawExample(def, 'delay', 30, n)!.tokens.join(',')));
    expect(seen.size).toBeGreaterThan(15);
  });

  it('keeps the reader’s seeds apart from the evaluation seeds', () => {
    expect(exampleSeed(0, 'delay', 5)).not.toBe(exampleSeed(0, 'load', 5));
    expect(exampleSeed(0, 'delay', 5)).not.toBe(exampleSeed(1, 'delay', 5));
    expect(exampleSeed(0, 'delay', 5)).not.toBe(exampleSeed(0, 'delay', 6));
    const first = evaluationSet(def, 'delay', 40, 1)[0]!;
    expect(drawExample(def, 'delay', 40, 0)!.tokens).not.toEqual(first.tokens);
  });

  it('returns null instead of throwing for a level that cannot be built', () => {
    expect(drawExample(def, 'load', 0, 0)).toBeNull();
    expect(drawExample(def, 'delay', -1, 0)).toBeNull();
  });

  it('batches the example with the level’s evaluation examples, all of one length', () => {
    const ex = drawExample(def, 'load', 5, 3)!;
    const { tokens, evaluation } = runBatch(def, 'load', 5, ex);
    expect(tokens).toHaveLength(def.examplesPerLevel + 1);
    expect(tokens[0]).toEqual(ex.tokens);
    expect(new Set(tokens.map((t) => t.length))).toEqual(new Set([6]));
    expect(evaluation).toEqual(evaluationSet(def, 'load', 5));
  });

  it('reads the argmax and its softmax probability from a row of logits', () => {
    const K = def.symbols.count;
    const logits = new Float32Array(2 * K);
    logits[3] = 2; // row 0 → symbol 3
    logits[K + 6] = 1;
    logits[K + 1] = 1; // row 1: a tie goes to the first
    const a = answerAt(logits, 0, def)!;
    expect(a.symbol).toBe(def.symbols.first + 3);
    expect(a.probability).toBeCloseTo(Math.exp(2) / (Math.exp(2) + K - 1), 6);
    expect(answerAt(logits, 1, def)!.symbol).toBe(def.symbols.first + 1);
    expect(answerAt(logits, 2, def)).toBeNull();
    expect(answerAt([Number.NaN, 0, 0, 0, 0, 0, 0, 0], 0, def)).toBeNull();
  });

  it('counts correct answers from a given row on', () => {
    const K = def.symbols.count;
    const examples = [{ tokens: [], answer: def.symbols.first + 2 }, { tokens: [], answer: def.symbols.first + 5 }];
    const logits = new Float32Array(3 * K);
    logits[0 * K + 7] = 1; // row 0: the reader's example, skipped
    logits[1 * K + 2] = 1; // right
    logits[2 * K + 4] = 1; // wrong
    expect(countCorrect(logits, examples, def, 1)).toBe(1);
    expect(countCorrect(logits, examples, def, 0)).toBe(0);
  });

  it('has a message for every failure code', () => {
    for (const code of ['noWasm', 'noWorker', 'runtime', 'model', 'run']) expect(zh).toHaveProperty(`recur.error.${code}`);
  });

  it('writes download sizes', () => {
    expect(formatBytes(14_239_897 + 139_665)).toBe('14 MB');
    expect(formatBytes(2_500_000)).toBe('2.5 MB');
    expect(formatBytes(103_796)).toBe('104 KB');
    expect(formatBytes(-1)).toBe('');
  });
});

describe('what the reader does before the component has loaded', () => {
  it('reads the task, the level, "new example" and "run" from the static controls, and nothing else', () => {
    expect(actionOf('change', 'task', 'load')).toEqual({ task: 'load' });
    expect(actionOf('change', 'task', 'delay')).toEqual({ task: 'delay' });
    expect(actionOf('change', 'task', 'other')).toBeNull();
    expect(actionOf('click', 'task', 'load')).toBeNull(); // the change that follows the click counts, once
    expect(actionOf('input', 'level', '7')).toEqual({ level: 7 });
    expect(actionOf('change', 'level', '7')).toBeNull(); // the input events already said so
    expect(actionOf('input', 'level', '')).toBeNull();
    expect(actionOf('input', 'level', '-1')).toBeNull();
    expect(actionOf('input', 'level', '1.5')).toBeNull();
    expect(actionOf('click', 'draw', '')).toEqual({ draw: true });
    expect(actionOf('click', 'run', '')).toEqual({ run: true });
    expect(actionOf('click', null, '')).toBeNull();
    expect(actionOf('click', undefined, '')).toBeNull();
    expect(actionOf('focusin', 'run', '')).toBeNull();
    expect(actionOf('pointerover', 'level', '3')).toBeNull();
  });

  it('keeps the actions in order, one slider drag as its last level', () => {
    let list: Action[] = [];
    for (const a of [{ level: 3 }, { level: 4 }, { level: 5 }, { task: 'load' }, { level: 2 }, { draw: true }, { level: 1 }, { level: 0 }, { run: true }] as Action[]) list = queued(list, a);
    expect(list).toEqual([{ level: 5 }, { task: 'load' }, { level: 2 }, { draw: true }, { level: 0 }, { run: true }]);
    const before = [...list];
    queued(list, { draw: true });
    expect(list, 'a new list, the old one untouched').toEqual(before);
  });

  it('after a failed load keeps what the static controls still show, not the clicks that did nothing', () => {
    expect(keptAfterFailure([{ task: 'load' }, { run: true }, { level: 4 }, { draw: true }])).toEqual([{ task: 'load' }, { level: 4 }]);
    expect(keptAfterFailure([])).toEqual([]);
  });
});

describe('chart geometry', () => {
  it('scales linearly and logarithmically', () => {
    const x = linearScale([0, 60], [50, 350]);
    expect(x(0)).toBe(50);
    expect(x(30)).toBe(200);
    expect(x(60)).toBe(350);
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
    const y = logScale([0.01, 10], [300, 0]);
    expect(y(0.01)).toBeCloseTo(300, 9);
    expect(y(0.1)).toBeCloseTo(200, 9);
    expect(y(10)).toBeCloseTo(0, 9);
    expect(y(0)).toBeCloseTo(300, 9); // off the domain: on its lower edge
  });

  it('picks nice ticks that fit', () => {
    expect(niceTicks(0, 60, 9)).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(niceTicks(0, 60, 4)).toEqual([0, 20, 40, 60]);
    expect(niceTicks(1, 12, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(niceTicks(1, 12, 6)).toEqual([2, 4, 6, 8, 10, 12]);
    expect(niceTicks(0, 1, 6)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.5, 1]);
    for (const n of [2, 3, 5, 8, 13]) expect(niceTicks(0, 60, n).length).toBeLessThanOrEqual(n);
    expect(niceTicks(3, 3, 5)).toEqual([3]);
    expect(niceTicks(5, 1, 5)).toEqual([]);
  });

  it('spans whole decades on a log axis', () => {
    expect(logDomain([0.0098, 1.6, 0.2])).toEqual([0.001, 10]);
    expect(logDomain([1, 1])).toEqual([1, 10]);
    expect(logDomain([0, -1, Number.NaN])).toEqual([0.1, 1]);
    expect(logTicks([0.001, 10])).toEqual([0.001, 0.01, 0.1, 1, 10]);
  });

  it('spreads markers so series on top of each other keep apart', () => {
    const series = [0, 1, 2].map((i) => markerIndices(61, i, 3));
    const all = series.flat();
    expect(new Set(all).size).toBe(all.length);
    for (const s of series) expect(s.length).toBeGreaterThan(5);
    const load = [0, 1, 2].map((i) => markerIndices(12, i, 3)).flat();
    expect(new Set(load).size).toBe(load.length);
    expect(markerIndices(0, 0, 3)).toEqual([]);
  });

  it('places lines, the trained band, the chosen level and the reference line inside the plot', () => {
    const g = chartGeometry({
      width: 400, height: 250, levels: [0, 1, 2, 3, 4],
      series: [{ id: 'a', values: [1, 1, 0.5, 0.25, 0] }, { id: 'b', values: [0, Number.NaN, 1, 1, 1] }],
      y: { kind: 'linear', min: 0, max: 1, ticks: [0, 0.5, 1] },
      band: [0, 2], current: 3, reference: 0.125,
    });
    const { left, right, top, bottom } = g.plot;
    expect(g.series[0]!.d.startsWith(`M${left} ${top}`)).toBe(true);
    expect(g.series[0]!.d.endsWith(`L${right} ${bottom}`)).toBe(true);
    // A missing value breaks the line into two segments.
    expect(g.series[1]!.d.match(/M/g)).toHaveLength(2);
    expect(g.series[0]!.current).toMatchObject({ level: 3, value: 0.25 });
    expect(g.series[1]!.current).toMatchObject({ level: 3, value: 1, y: top });
    expect(g.band!.x).toBe(left);
    expect(g.band!.x + g.band!.width).toBeCloseTo((left + right) / 2, 1);
    expect(g.current!.x).toBeCloseTo(left + (3 / 4) * (right - left), 1);
    expect(g.reference!.y).toBeCloseTo(bottom - 0.125 * (bottom - top), 1);
    expect(g.yTicks.map((t) => t.y)).toEqual([bottom, (top + bottom) / 2, top]);
    // The tick under the chosen level gives way to its label.
    expect(g.xTicks.find((t) => t.value === 3)?.hidden).toBe(true);
    expect(g.xTicks.find((t) => t.value === 0)?.hidden).toBe(false);
  });

  it('clips a band and a chosen level outside the levels, and survives nonsense sizes', () => {
    const g = chartGeometry({
      width: Number.NaN, height: -5, levels: [1, 2, 3],
      series: [{ id: 'a', values: [2, -1, 0.5] }],
      y: { kind: 'linear', min: 0, max: 1, ticks: [] },
      band: [0, 20], current: 9,
    });
    expect(g.width).toBeGreaterThan(0);
    expect(g.height).toBeGreaterThan(0);
    expect(g.band).toEqual({ x: g.plot.left, width: g.plot.right - g.plot.left });
    expect(g.current).toBeNull();
    for (const m of g.series[0]!.d.matchAll(/[ML]([\d.]+) ([\d.]+)/g)) {
      expect(Number(m[2])).toBeGreaterThanOrEqual(g.plot.top);
      expect(Number(m[2])).toBeLessThanOrEqual(g.plot.bottom);
    }
  });

  it('draws a log chart of the measured gradients with every value on the plot', () => {
    const g = chartGeometry({
      width: 560, height: 280, levels: curves.levels.delay,
      series: MODEL_ORDER.map((m) => ({ id: m, values: curves.models[m].gradientToFirst })),
      y: { kind: 'log' }, band: def.tasks.delay.trained, current: 30,
    });
    expect(g.yTicks[0]!.y).toBe(g.plot.bottom);
    expect(g.yTicks.at(-1)!.y).toBe(g.plot.top);
    for (const s of g.series) {
      expect(s.d.match(/M/g)).toHaveLength(1);
      expect(s.d.match(/[ML]/g)).toHaveLength(curves.levels.delay.length);
    }
  });

  it('labels every other decade of a log axis where the chart is short, always keeping the top one', () => {
    const spec = { levels: [1, 2], series: [{ id: 'a', values: [1e-7, 1] }], y: { kind: 'log' as const } };
    const tall = chartGeometry({ ...spec, width: 560, height: 400 });
    expect(tall.yTicks.map((t) => t.value)).toEqual(logTicks([1e-7, 1]));
    const short = chartGeometry({ ...spec, width: 300, height: 210 });
    expect(short.yTicks.length).toBeLessThan(tall.yTicks.length);
    expect(short.yTicks.at(-1)!.value).toBe(1);
    const gaps = short.yTicks.slice(1).map((t, i) => short.yTicks[i]!.y - t.y);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(20);
  });

  it('estimates a label’s width: a CJK character a full em, others 0.6 em', () => {
    expect(textWidth('中文', 13)).toBe(26);
    expect(textWidth('layer 1', 10)).toBeCloseTo(42, 9);
    expect(textWidth('第 1 层', 10)).toBeCloseTo(38, 9);
  });

  it('leaves the y title its own line above the top tick label', () => {
    const g = chartGeometry({ width: 560, height: 280, levels: [0, 1], series: [], y: { kind: 'linear', min: 0, max: 1, ticks: [0, 1] } });
    // the title's baseline sits at CHART_TEXT.label; the top tick's label is centred on plot.top
    expect(g.plot.top - CHART_TEXT.tick / 2).toBeGreaterThan(CHART_TEXT.label + 2);
  });

  it('draws marker shapes as closed paths', () => {
    for (const shape of ['circle', 'square', 'triangle'] as const) expect(markerPath(shape, 10, 10, 6)).toMatch(/^M.*Z$/);
  });
});

describe('the widget’s strings', () => {
  it('exist in both languages with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) expect(holes(en[key]), key).toEqual(holes(zh[key]));
  });
});
