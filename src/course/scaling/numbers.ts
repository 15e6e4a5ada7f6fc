/**
 * Chapter 3, "Scaling: why divide by √d_k": every number its prose, equations and figures show,
 * computed once for both languages with the kernel. `claims` lists what the prose says about them.
 */
import {
  createRng, dotProductVarianceExperiment, entropy, histogram, matrixSize, softmax, softmaxJacobian,
  type DotProductExperiment, type Histogram, type Matrix,
} from '../../kernel/index.ts';
import { claim, type Claim } from '../claims.ts';
import { pyFixed } from '../python.ts';
import experimentJson from './experiment.json';
import modelJson from './model-scores.json';

// ── Dot products grow with d_k ─────────────────────────────────────────────────────────────────

/** The seed of every sample this chapter draws: the widgets start from it too. */
export const SEED = 2017;
/** How many q·k pairs each width samples for the figure and the prose. */
export const SAMPLES = 2000;
/** The widths the chapter follows: a toy head, the paper's head (64), a wide one. */
export const widths = [4, 64, 512] as const;

export interface Spread extends DotProductExperiment {
  /** Sample standard deviations of q·k and of q·k/√d_k. */
  sd: number;
  scaledSd: number;
  /** Histograms on the figure's fixed axes, so the spreads can be compared by eye. */
  raw: Histogram;
  scaled: Histogram;
}

/** The figure's axes: raw q·k over ±RAW_RANGE, scaled over ±SCALED_RANGE. */
export const RAW_RANGE = 60;
export const SCALED_RANGE = 4;
export const BINS = 30;

export const spreads: readonly Spread[] = widths.map((d_k) => {
  const e = dotProductVarianceExperiment(createRng(SEED), d_k, SAMPLES);
  const scaledDots = e.dots.map((v) => v / Math.sqrt(d_k));
  return {
    ...e,
    sd: Math.sqrt(e.variance),
    scaledSd: Math.sqrt(e.scaledVariance),
    raw: histogram(e.dots, BINS, -RAW_RANGE, RAW_RANGE),
    scaled: histogram(scaledDots, BINS, -SCALED_RANGE, SCALED_RANGE),
  };
});
export const spreadOf = (d_k: (typeof widths)[number]): Spread => spreads[widths.indexOf(d_k)]!;

/** The worked numbers of the derivation: σ = 0.5 at d_k = 64. */
export const derivation = { d_k: 64, sigma: 0.5 } as const;
export const derivationVariance = derivation.d_k * derivation.sigma ** 4;
export const derivationScaled = derivation.sigma ** 4;

// ── Softmax saturates ───────────────────────────────────────────────────────────────────────────

/**
 * One query's scores against five keys at the size scaling gives them (variance about 1); an
 * unscaled dot product of width d_k is typically √d_k times larger.
 */
export const baseScores: readonly number[] = (() => {
  const rng = createRng(3);
  return Array.from({ length: 5 }, () => Math.round(rng.normal() * 10) / 10);
})();

export interface Saturation {
  d_k: number;
  /** The scores as they would be without ÷√d_k, and their softmax. */
  raw: readonly number[];
  weights: readonly number[];
  top: number;
  entropy: number;
  /** Largest |∂a_i/∂z_j| and the Frobenius norm of the softmax's Jacobian. */
  jacobianMax: number;
  jacobianNorm: number;
}

export function saturationAt(d_k: number, scores: readonly number[] = baseScores): Saturation {
  const raw = scores.map((z) => z * Math.sqrt(d_k));
  const weights = softmax(raw);
  const size = matrixSize(softmaxJacobian(weights));
  return { d_k, raw, weights, top: Math.max(...weights), entropy: entropy(weights), jacobianMax: size.maxAbs, jacobianNorm: size.frobenius };
}

/** With ÷√d_k the scores are baseScores whatever d_k is: the same as d_k = 1 without it. */
export const scaledSaturation = saturationAt(1);
export const saturations: readonly Saturation[] = widths.map((d_k) => saturationAt(d_k));
export const saturationOf = (d_k: (typeof widths)[number]): Saturation => saturations[widths.indexOf(d_k)]!;
/** log n: the entropy of uniform weights over the five keys, the most a row can have. */
export const maxEntropy = Math.log(baseScores.length);

/** The saturation figure's curve: d_k = 2⁰ … 2¹⁰. */
export const curveWidths: readonly number[] = Array.from({ length: 11 }, (_, e) => 2 ** e);
export const saturationCurve: readonly Saturation[] = curveWidths.map((d_k) => saturationAt(d_k));

/** Too small a scale: the same scores × 0.1 give nearly uniform weights. */
export const SMALL = 0.1;
export const small = (() => {
  const weights = softmax(baseScores.map((z) => z * SMALL));
  return { weights, top: Math.max(...weights), low: Math.min(...weights), entropy: entropy(weights) };
})();

// ── The softmax Jacobian, worked ───────────────────────────────────────────────────────────────

/** Three scaled scores for the worked example. */
export const jz: readonly number[] = [1.2, 0.4, -0.5];
export const ja: readonly number[] = softmax(jz);
export const jJ: Matrix = softmaxJacobian(ja);
/** The same scores ×10: a nearly one-hot row and its Jacobian. */
export const JSHARP = 10;
export const jaSharp: readonly number[] = softmax(jz.map((z) => z * JSHARP));
export const jJSharp: Matrix = softmaxJacobian(jaSharp);
export const jSize = matrixSize(jJ);
export const jSharpSize = matrixSize(jJSharp);

/** "One weight is 0.999": the largest any entry of the Jacobian can then be. */
export const TOP = 0.999;
export const topBound = TOP * (1 - TOP);

// ── Temperature and the divisor ────────────────────────────────────────────────────────────────

/** The paper's base model and another split of its width, where √d_k, √h and √d_model differ. */
export const paper = { d_model: 512, h: 8, d_k: 64 } as const;
export const split16 = { d_model: 512, h: 16, d_k: 512 / 16 } as const;
export const roots = {
  dk: Math.sqrt(split16.d_k),
  h: Math.sqrt(split16.h),
  dModel: Math.sqrt(split16.d_model),
} as const;

// ── The trained model's scores (model-scores.json, `npm run measure:scaling`) ─────────────────

/** Per layer × head: q·k over the held-out sentences, before and after ÷√d_k, beside the theory. */
const heads = modelJson.results;
const scaledVariances = heads.map((h) => h.scaled.variance);
export const model = {
  d_k: modelJson.d_k,
  sentences: modelJson.sentences,
  pairs: modelJson.pairs,
  heads,
  /** The smallest and largest variance over the heads, raw and scaled. */
  rawRange: [Math.min(...heads.map((h) => h.raw.variance)), Math.max(...heads.map((h) => h.raw.variance))] as const,
  scaledRange: [Math.min(...scaledVariances), Math.max(...scaledVariances)] as const,
  /** How many heads end up with a scaled variance between 0.5 and 2. */
  nearOne: scaledVariances.filter((v) => v >= 0.5 && v <= 2).length,
  /** The head with the largest scaled variance (layer and head numbered from 0). */
  widest: heads.reduce((a, b) => (b.scaled.variance > a.scaled.variance ? b : a)),
  /** Largest relative gap between the measured variance and the "unrelated" one (every query meeting random keys). */
  unrelatedGap: Math.max(...heads.map((h) => Math.abs(h.scaled.unrelatedVariance / h.scaled.variance - 1))),
  /** Largest ratio of the measured variance to the theory fed the model's own component variances. */
  overTheory: Math.max(...heads.map((h) => h.scaled.variance / h.scaled.theory)),
};

// ── The training experiment (experiment.json, training/train_scaling.py) ──────────────────────

type Variant = 'scaled' | 'unscaled';
const variants: readonly Variant[] = ['scaled', 'unscaled'];

/** After a run first reaches 99.9%: its lowest held-out accuracy and the step where it happened. */
function worstAfterLearning(accuracy: readonly number[]): { accuracy: number; step: number } | null {
  const learned = accuracy.findIndex((a) => a >= 0.999);
  if (learned < 0) return null;
  let worst = learned;
  for (let k = learned; k < accuracy.length; k++) if (accuracy[k]! < accuracy[worst]!) worst = k;
  return { accuracy: accuracy[worst]!, step: experimentJson.steps[worst]! };
}

export interface VariantSummary {
  /** Per seed, in the order of `seeds`. */
  at50: number[];
  at90: number[];
  finalAccuracy: number[];
  finalTargetWeight: number[];
  initMaxWeight: number[];
  initEntropy: number[];
  initDotVariance: number[];
  initGradWQ: number[];
  initJacobian: number[];
  worstAfter: ({ accuracy: number; step: number } | null)[];
  /** The step of the last point before which the held-out loss stayed within 0.1 of chance (ln n). */
  plateauEnd: number[];
}

const chanceLoss = Math.log(experimentJson.settings.valueVocab);

export const experiment = {
  settings: experimentJson.settings,
  steps: experimentJson.steps,
  runs: experimentJson.runs,
  seeds: experimentJson.settings.seeds,
  chanceLoss,
  summary: Object.fromEntries(variants.map((v): [Variant, VariantSummary] => {
    const runs = experimentJson.runs[v];
    const must = (x: number | null) => { if (x === null) throw new Error(`scaling experiment: a ${v} run never reached the level`); return x; };
    return [v, {
      at50: runs.map((r) => must(r.final.firstStepAt50)),
      at90: runs.map((r) => must(r.final.firstStepAt90)),
      finalAccuracy: runs.map((r) => r.final.accuracy),
      finalTargetWeight: runs.map((r) => r.final.targetWeight),
      initMaxWeight: runs.map((r) => r.init.meanMaxWeight),
      initEntropy: runs.map((r) => r.init.meanEntropy),
      initDotVariance: runs.map((r) => r.init.dotVariance),
      initGradWQ: runs.map((r) => r.init.gradNormWQ),
      initJacobian: runs.map((r) => r.init.meanJacobianNorm),
      worstAfter: runs.map((r) => worstAfterLearning(r.curve.accuracy)),
      plateauEnd: runs.map((r) => experimentJson.steps[Math.max(0, r.curve.heldOutLoss.findIndex((l) => l < chanceLoss - 0.1) - 1)]!),
    }];
  })) as Record<Variant, VariantSummary>,
};
const sc = experiment.summary.scaled, un = experiment.summary.unscaled;
/** The deepest drop of any unscaled run after it had learned the task. */
export const worstUnscaled = un.worstAfter.reduce<{ accuracy: number; step: number }>(
  (w, x) => (x !== null && x.accuracy < w.accuracy ? x : w), { accuracy: 1, step: 0 });
/** The lowest accuracy of any scaled run after it had learned the task. */
export const worstScaled = Math.min(...sc.worstAfter.map((w) => w?.accuracy ?? 0));
/** How many times later the unscaled runs reached 90%, seed by seed. */
export const slowdown: readonly number[] = un.at90.map((u, i) => u / sc.at90[i]!);

// ── From formula to code ───────────────────────────────────────────────────────────────────────

/** Python's f"{x:.2e}": "1.22e-05". */
export const pyExp = (x: number, digits: number): string => {
  const [m = '', e = '0'] = x.toExponential(digits).split('e');
  const n = Number(e);
  return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
};

/**
 * What numpy_example.py prints: for each width, the largest weight and the largest Jacobian entry
 * without and with ÷√d_k. tests/unit/course/numpy.test.ts runs it and compares.
 */
export const numpyOutput = [
  'd_k  top(raw)  max|J|(raw)  top(scaled)  max|J|(scaled)',
  ...widths.map((d_k) => {
    const s = saturationOf(d_k);
    return `${String(d_k).padStart(3)}  ${pyFixed(s.top, 4, 8)}  ${pyExp(s.jacobianMax, 2).padStart(11)}  ${pyFixed(scaledSaturation.top, 4, 11)}  ${pyExp(scaledSaturation.jacobianMax, 2).padStart(14)}`;
  }),
].join('\n');

// ── Claims ─────────────────────────────────────────────────────────────────────────────────────

const near = (x: number, target: number, relative: number) => Math.abs(x / target - 1) < relative;

export const claims: Claim[] = [
  claim('the sample standard deviation of q·k is close to √d_k for every width', spreads.every((s) => near(s.sd, Math.sqrt(s.d_k), 0.08))),
  claim('after ÷√d_k the sample variance is close to 1 for every width', spreads.every((s) => near(s.scaledVariance, 1, 0.1))),
  claim('at d_k = 4 the unscaled weights are still spread out (top < 0.7)', saturationOf(4).top < 0.7),
  claim('at d_k = 512 the unscaled weights are nearly one-hot (top > 0.9999)', saturationOf(512).top > 0.9999),
  claim('the largest Jacobian entry falls below 10⁻⁴ at d_k = 512', saturationOf(512).jacobianMax < 1e-4),
  claim('the Jacobian shrinks at every doubling of d_k on the curve', saturationCurve.every((s, i) => i === 0 || s.jacobianNorm < saturationCurve[i - 1]!.jacobianNorm)),
  claim('with ÷√d_k the top weight stays below 0.7', scaledSaturation.top < 0.7),
  claim('×0.1 gives nearly uniform weights (all within 0.05 of 1/5)', small.weights.every((w) => Math.abs(w - 0.2) < 0.05)),
  claim('the worked Jacobian’s largest entry is a diagonal one', jSize.maxAbs === Math.max(...ja.map((a) => a * (1 - a)))),
  claim('×10 makes the worked example’s top weight above 0.99', Math.max(...jaSharp) > 0.99),
  claim('√d_k, √h and √d_model differ for 16 heads of 512', roots.dk !== roots.h && roots.dk !== roots.dModel),
  claim('model: after ÷√d_k the heads’ variances span more than a factor of 100', model.scaledRange[1] / model.scaledRange[0] > 100),
  claim('model: exactly one head lands between 0.5 and 2 after scaling (the prose says “only 1 head”)', model.nearOne === 1),
  claim('model: the widest head is the pointer head (layer 1, head 0)', model.widest.layer === 1 && model.widest.head === 0),
  claim('model: the “unrelated” variance is within 15% of the measured one in every head', model.unrelatedGap < 0.15),
  claim('model: the own-σ theory falls short by more than 5 times in some head', model.overTheory > 5),
  claim('experiment: every run ends above 99% held-out accuracy', [...sc.finalAccuracy, ...un.finalAccuracy].every((a) => a > 0.99)),
  claim('experiment: without scaling every seed reached 90% at least twice as late', slowdown.every((r) => r >= 2)),
  claim('experiment: at initialisation the unscaled rows put over 80% on one pair, the scaled ones under 20%', un.initMaxWeight.every((w) => w > 0.8) && sc.initMaxWeight.every((w) => w < 0.2)),
  claim('experiment: at initialisation the gradient reaching W_Q is larger without scaling, for every seed', un.initGradWQ.every((g, i) => g > sc.initGradWQ[i]!)),
  claim('experiment: the raw q·k variance at initialisation is near d_k (within 20%)', sc.initDotVariance.every((v) => near(v, experiment.settings.dK, 0.2))),
  claim('experiment: no scaled run drops below 99.9% after learning, some unscaled run drops below 99.5%', sc.worstAfter.every((w) => w !== null && w.accuracy >= 0.999) && un.worstAfter.some((w) => w !== null && w.accuracy < 0.995)),
  claim('experiment: once learned, the unscaled runs weight the matching pair more sharply', un.finalTargetWeight.every((w, i) => w > sc.finalTargetWeight[i]!)),
];
