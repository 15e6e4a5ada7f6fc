/**
 * The multi-head chapter's measured experiment (src/course/multi-head/experiment.json, written by
 * training/train_heads.py): the file is well-formed and says the same thing everywhere — every H
 * splits the same d_model, every H has every seed, the curves have the declared steps, a right
 * pair implies both of its values right, `final` is the curves' last point, and the per-head
 * analysis has one entry per head.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CURVE_FIELDS = ['loss', 'heldOutLoss', 'accuracy', 'accuracyFirst', 'accuracySecond'] as const;
type CurveField = (typeof CURVE_FIELDS)[number];

interface Accuracies {
  accuracy: number;
  accuracyFirst: number;
  accuracySecond: number;
}

interface Head {
  head: number;
  weightOnFirst: number;
  weightOnSecond: number;
  ablated: Accuracies;
}

interface Run {
  seed: number;
  curve: Record<CurveField, number[]>;
  final: Accuracies & {
    heldOutLoss: number;
    firstStepAt50: number | null;
    firstStepAt90: number | null;
    firstStepAt99: number | null;
  };
  heads: Head[];
}

interface Experiment {
  command: string;
  settings: {
    nPairs: number;
    valueVocab: number;
    answerClasses: number;
    chanceAccuracy: number;
    chancePartAccuracy: number;
    oneLookupOracle: { seesFirstOnly: number; seesSecondOnly: number };
    dModel: number;
    heads: number[];
    dK: Record<string, number>;
    layers: number;
    projectionParameters: number;
    steps: number;
    evalEvery: number;
    seeds: number[];
    curveFields: Record<CurveField, string>;
    headFields: Record<string, string>;
  };
  steps: number[];
  runs: Record<string, Run[]>;
}

const file = new URL('../../../../src/course/multi-head/experiment.json', import.meta.url);
const ex = JSON.parse(readFileSync(file, 'utf8')) as Experiment;
const s = ex.settings;
/** The file keeps 6 significant digits: relative rounding error up to 5e-6 per number. */
const close = (a: number, b: number, rel = 2e-5) => expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(Math.abs(a), Math.abs(b)));
const inUnit = (x: number) => {
  expect(x).toBeGreaterThanOrEqual(0);
  expect(x).toBeLessThanOrEqual(1);
};
/** A pair is right only if both its values are, and wrong only if at least one is. */
const pairConsistent = (a: Accuracies) => {
  for (const x of [a.accuracy, a.accuracyFirst, a.accuracySecond]) inUnit(x);
  expect(a.accuracy).toBeLessThanOrEqual(Math.min(a.accuracyFirst, a.accuracySecond) + 1e-5);
  expect(a.accuracy).toBeGreaterThanOrEqual(a.accuracyFirst + a.accuracySecond - 1 - 1e-5);
};

describe('multi-head experiment: settings', () => {
  it('names the command that produced it and stays small', () => {
    expect(ex.command).toMatch(/^\/usr\/bin\/python3 training\/train_heads\.py/);
    expect(statSync(file).size).toBeLessThan(60_000);
  });

  it('splits one d_model into 1, 2, 4 and 8 heads with the same projections', () => {
    expect(s.heads).toEqual([1, 2, 4, 8]);
    expect(s.layers).toBe(1);
    for (const h of s.heads) expect(s.dK[String(h)]! * h).toBe(s.dModel);
    expect(s.projectionParameters).toBe(4 * s.dModel * s.dModel);
  });

  it('answers an ordered pair of values: chance 1/V², each value 1/V', () => {
    expect(s.answerClasses).toBe(s.valueVocab ** 2);
    close(s.chanceAccuracy, 1 / s.answerClasses);
    close(s.chancePartAccuracy, 1 / s.valueVocab);
  });

  it('needs both positions: a reader of one of them gets the other value at chance', () => {
    for (const x of [s.oneLookupOracle.seesFirstOnly, s.oneLookupOracle.seesSecondOnly]) {
      expect(x).toBeGreaterThan(0.5 * s.chancePartAccuracy);
      expect(x).toBeLessThan(1.5 * s.chancePartAccuracy);
    }
  });

  it('declares the steps of its curves: 0, evalEvery, … steps', () => {
    expect(ex.steps).toEqual(Array.from({ length: s.steps / s.evalEvery + 1 }, (_, i) => i * s.evalEvery));
    expect(ex.steps.length).toBeGreaterThanOrEqual(40);
    expect(ex.steps.length).toBeLessThanOrEqual(101);
    expect(Object.keys(s.curveFields).sort()).toEqual([...CURVE_FIELDS].sort());
    expect(Object.keys(s.headFields).sort()).toEqual(['ablated', 'weightOnFirst', 'weightOnSecond']);
  });

  it('has every H for every seed, in the declared order', () => {
    expect(Object.keys(ex.runs).sort()).toEqual(s.heads.map(String).sort());
    for (const h of s.heads) expect(ex.runs[String(h)]!.map((r) => r.seed)).toEqual(s.seeds);
  });
});

for (const h of s.heads) {
  describe(`multi-head experiment: H = ${h}`, () => {
    for (const run of ex.runs[String(h)]!) {
      it(`seed ${run.seed}: curves of the declared length with values in range`, () => {
        for (const f of CURVE_FIELDS) {
          expect(run.curve[f]).toHaveLength(ex.steps.length);
          for (const x of run.curve[f]) expect(Number.isFinite(x)).toBe(true);
        }
        for (const x of [...run.curve.loss, ...run.curve.heldOutLoss]) expect(x).toBeGreaterThan(0);
        ex.steps.forEach((_, i) =>
          pairConsistent({ accuracy: run.curve.accuracy[i]!, accuracyFirst: run.curve.accuracyFirst[i]!, accuracySecond: run.curve.accuracySecond[i]! }),
        );
        // before any update the model is at chance: near log(V²) and 1/V² (the same initial weights for every H)
        close(run.curve.heldOutLoss[0]!, Math.log(s.answerClasses), 0.1);
        expect(run.curve.accuracy[0]!).toBeLessThan(3 * s.chanceAccuracy);
      });

      it(`seed ${run.seed}: final is the last point, and the first steps at 50/90/99 % match the curve`, () => {
        const last = ex.steps.length - 1;
        expect(run.final.accuracy).toBe(run.curve.accuracy[last]);
        expect(run.final.accuracyFirst).toBe(run.curve.accuracyFirst[last]);
        expect(run.final.accuracySecond).toBe(run.curve.accuracySecond[last]);
        expect(run.final.heldOutLoss).toBe(run.curve.heldOutLoss[last]);
        for (const [level, got] of [[0.5, run.final.firstStepAt50], [0.9, run.final.firstStepAt90], [0.99, run.final.firstStepAt99]] as const) {
          const at = run.curve.accuracy.findIndex((a) => a >= level);
          expect(got).toBe(at < 0 ? null : ex.steps[at]);
        }
      });

      it(`seed ${run.seed}: one analysis per head, weights and ablations in range`, () => {
        expect(run.heads.map((x) => x.head)).toEqual(Array.from({ length: h }, (_, i) => i));
        for (const x of run.heads) {
          inUnit(x.weightOnFirst);
          inUnit(x.weightOnSecond);
          // one softmax row: the two positions together hold at most all of it
          expect(x.weightOnFirst + x.weightOnSecond).toBeLessThanOrEqual(1 + 1e-5);
          pairConsistent(x.ablated);
        }
      });
    }
  });
}
