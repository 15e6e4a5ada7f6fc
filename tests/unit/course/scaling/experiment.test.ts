/**
 * The scaling chapter's measured experiment (src/course/scaling/experiment.json, written by
 * training/train_scaling.py): the file is well-formed and says the same thing everywhere — the
 * curves have the declared steps, every seed has both variants from the same initial weights,
 * the init statistics agree with the declared scale, and `final` is the curves' last point.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Variant = 'scaled' | 'unscaled';
const CURVE_FIELDS = ['loss', 'heldOutLoss', 'accuracy', 'targetWeight', 'entropy'] as const;
type CurveField = (typeof CURVE_FIELDS)[number];

interface InitStats {
  qComponentVariance: number;
  kComponentVariance: number;
  dotVariance: number;
  scoreVariance: number;
  meanMaxWeight: number;
  meanTargetWeight: number;
  meanEntropy: number;
  meanJacobianNorm: number;
  meanJacobianNormPerDot: number;
  gradNormWQ: number;
  gradNormWK: number;
}

interface Run {
  seed: number;
  init: InitStats;
  curve: Record<CurveField, number[]>;
  final: {
    accuracy: number;
    heldOutLoss: number;
    targetWeight: number;
    firstStepAt50: number | null;
    firstStepAt90: number | null;
    firstStepAt99: number | null;
  };
}

interface Experiment {
  command: string;
  settings: {
    nPairs: number;
    valueVocab: number;
    logN: number;
    chanceAccuracy: number;
    dModel: number;
    dK: number;
    heads: number;
    layers: number;
    steps: number;
    evalEvery: number;
    seeds: number[];
    curveFields: Record<CurveField, string>;
  };
  steps: number[];
  runs: Record<Variant, Run[]>;
}

const file = new URL('../../../../src/course/scaling/experiment.json', import.meta.url);
const ex = JSON.parse(readFileSync(file, 'utf8')) as Experiment;
const s = ex.settings;
const variants: Variant[] = ['scaled', 'unscaled'];
const scaleOf: Record<Variant, number> = { scaled: 1 / Math.sqrt(s.dK), unscaled: 1 };
/** The file keeps 6 significant digits: relative rounding error up to 5e-6 per number. */
const close = (a: number, b: number, rel = 2e-5) => expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(Math.abs(a), Math.abs(b)));

describe('scaling experiment: settings', () => {
  it('names the command that produced it and stays small', () => {
    expect(ex.command).toMatch(/^\/usr\/bin\/python3 training\/train_scaling\.py/);
    expect(statSync(file).size).toBeLessThan(60_000);
  });

  it('is a wide one-head, one-layer model', () => {
    expect(s.dK).toBeGreaterThanOrEqual(64);
    expect([s.heads, s.layers]).toEqual([1, 1]);
    close(s.logN, Math.log(s.nPairs));
    close(s.chanceAccuracy, 1 / s.valueVocab);
  });

  it('declares the steps of its curves: 0, evalEvery, … steps', () => {
    expect(ex.steps).toEqual(Array.from({ length: s.steps / s.evalEvery + 1 }, (_, i) => i * s.evalEvery));
    expect(ex.steps.length).toBeGreaterThanOrEqual(40);
    expect(ex.steps.length).toBeLessThanOrEqual(101);
    expect(Object.keys(s.curveFields).sort()).toEqual([...CURVE_FIELDS].sort());
  });

  it('has both variants for every seed, in the declared order', () => {
    for (const v of variants) expect(ex.runs[v].map((r) => r.seed)).toEqual(s.seeds);
    expect(Object.keys(ex.runs).sort()).toEqual(variants);
  });
});

for (const v of variants) {
  describe(`scaling experiment: ${v} runs`, () => {
    for (const [i, run] of ex.runs[v].entries()) {
      it(`seed ${run.seed}: curves of the declared length with values in range`, () => {
        for (const f of CURVE_FIELDS) {
          expect(run.curve[f]).toHaveLength(ex.steps.length);
          for (const x of run.curve[f]) expect(Number.isFinite(x)).toBe(true);
        }
        for (const x of [...run.curve.loss, ...run.curve.heldOutLoss]) expect(x).toBeGreaterThan(0);
        for (const x of [...run.curve.accuracy, ...run.curve.targetWeight]) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
        for (const x of run.curve.entropy) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(s.logN * (1 + 1e-5));
        }
      });

      it(`seed ${run.seed}: final is the last point, and the first steps at 50/90/99 % match the curve`, () => {
        const last = ex.steps.length - 1;
        expect(run.final.accuracy).toBe(run.curve.accuracy[last]);
        expect(run.final.heldOutLoss).toBe(run.curve.heldOutLoss[last]);
        expect(run.final.targetWeight).toBe(run.curve.targetWeight[last]);
        for (const [level, got] of [[0.5, run.final.firstStepAt50], [0.9, run.final.firstStepAt90], [0.99, run.final.firstStepAt99]] as const) {
          const at = run.curve.accuracy.findIndex((a) => a >= level);
          expect(got).toBe(at < 0 ? null : ex.steps[at]);
        }
      });

      it(`seed ${run.seed}: init statistics agree with the scale and the curves' step 0`, () => {
        const init = run.init;
        close(init.scoreVariance, init.dotVariance * scaleOf[v] ** 2);
        close(init.meanJacobianNormPerDot, init.meanJacobianNorm * scaleOf[v], 1e-4);
        // the paper's assumption: components of q and k with variance about 1, so Var(q·k) ≈ d_k
        for (const x of [init.qComponentVariance, init.kComponentVariance]) {
          expect(x).toBeGreaterThan(0.7);
          expect(x).toBeLessThan(1.4);
        }
        expect(init.dotVariance / s.dK).toBeGreaterThan(0.6);
        expect(init.dotVariance / s.dK).toBeLessThan(1.6);
        expect(init.meanMaxWeight).toBeGreaterThanOrEqual(1 / s.nPairs);
        expect(init.meanMaxWeight).toBeLessThanOrEqual(1);
        expect(init.meanEntropy).toBeLessThanOrEqual(s.logN);
        expect(init.meanJacobianNorm).toBeGreaterThanOrEqual(0);
        // ‖diag(p) − ppᵀ‖²_F = Σp² − 2Σp³ + (Σp²)² ≤ Σp² − (Σp²)² ≤ ¼, since Σp³ ≥ (Σp²)²
        expect(init.meanJacobianNorm).toBeLessThanOrEqual(0.5);
        expect(init.meanEntropy).toBe(run.curve.entropy[0]);
        expect(init.meanTargetWeight).toBe(run.curve.targetWeight[0]);
        // the two variants of a seed start from the same weights: the same q, k and raw q·k
        const other = ex.runs[v === 'scaled' ? 'unscaled' : 'scaled'][i]!.init;
        for (const k of ['qComponentVariance', 'kComponentVariance', 'dotVariance'] as const) expect(init[k]).toBe(other[k]);
      });
    }
  });
}
