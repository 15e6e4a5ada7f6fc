/**
 * Chapter 4, "Multi-head attention": every number its prose, equations and figures show, computed
 * once for both languages with the kernel. `claims` lists what the prose says about them.
 */
import { createRng, matmul, multiHeadAttention, selfAttention, sliceRows, add, type Matrix } from '../../kernel/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { claim, type Claim } from '../claims.ts';
import { argmax } from '../text.ts';
import { pyRow } from '../python.ts';
import corefJson from '../../../public/models/coref.json';
import experimentJson from './experiment.json';

// ── The paper's sizes and the parameter count ───────────────────────────────────────────────────

export const paper = { d_model: 512, h: 8, d_k: 512 / 8 } as const;

/** Parameters of W_Q, W_K, W_V (H blocks of d_model × d_k each) and W_O (H·d_v × d_model), no biases. */
export function projectionParameters(d_model: number, H: number) {
  const d_k = d_model / H;
  const perHead = d_model * d_k; // one head's W_Q^h (likewise W_K^h, W_V^h)
  const qkv = 3 * H * perHead;
  const out = H * d_k * d_model;
  return { H, d_k, perHead, qkv, out, total: qkv + out };
}
/** The paper's d_model split into 1, 2, 4, 8 and 16 heads: the total is 4·d_model² every time. */
export const splits = [1, 2, 4, 8, 16].map((H) => projectionParameters(paper.d_model, H));

/**
 * Multiply–adds of the attention itself for n tokens: the scores QKᵀ (H heads of n × n × d_k) and
 * the weighted sums AV (the same): 2·n²·d_model whatever H is; only the number of softmax rows (H·n) grows.
 */
export const attentionWork = (n: number, d_model: number, H: number) => ({ multiplyAdds: 2 * H * n * n * (d_model / H), softmaxRows: H * n });

// ── Worked example: three tokens, d_model = 4, two heads ────────────────────────────────────────

export const tokens: Readonly<Record<Locale, readonly string[]>> = { zh: ['猫', '追', '球'], en: ['cat', 'chases', 'ball'] };
export const H = 2;
/** X and the four weight matrices, drawn once from a fixed seed and rounded to one decimal. */
export const weights = (() => {
  const rng = createRng(5);
  const o = { min: -1.5, max: 1.5, decimals: 1 };
  return { X: rng.matrix(3, 4, o), W_Q: rng.matrix(4, 4, o), W_K: rng.matrix(4, 4, o), W_V: rng.matrix(4, 4, o), W_O: rng.matrix(4, 4, o) };
})();
export const { X } = weights;
export const worked = multiHeadAttention(X, weights, H);
export const d_k = worked.d_k;
/** For each head, the key each token attends to most. */
export const favourites: readonly (readonly number[])[] = worked.heads.map((h) => [0, 1, 2].map((i) => argmax(h.weights.row(i))));

/** W_O seen as a sum over heads: head h's output times its own block of rows of W_O. */
export const W_O_blocks: readonly Matrix[] = [0, 1].map((h) => sliceRows(weights.W_O, h * d_k, (h + 1) * d_k));
export const terms: readonly Matrix[] = worked.heads.map((head, h) => matmul(head.output, W_O_blocks[h]!));
export const sumOfTerms: Matrix = add(terms[0]!, terms[1]!);
/** The largest difference between the two views: zero, or the last bit of a double. */
export const viewsDiffer = Math.max(...sumOfTerms.data.map((v, k) => Math.abs(v - worked.output.data[k]!)));

/** One head with the full width and the same weights (H = 1), for comparison. */
export const oneHead = multiHeadAttention(X, weights, 1);

// ── The course's trained model (public/models/coref.json) ───────────────────────────────────────

export interface HeadImportance {
  layer: number;
  head: number;
  /** Mean held-out accuracy over the three sets with this head's output zeroed. */
  accuracyWhenZeroed: number;
  toRightNoun: number;
  toAdjective: number;
}
type Analysis = (typeof corefJson.headAnalysis)[number];
/** One head's entry (the others are whole layers zeroed at once, head "all"). */
const isHead = (h: Analysis): h is Analysis & { head: number; toRightNoun: number; toAdjective: number } =>
  typeof h.head === 'number' && h.toRightNoun !== undefined && h.toAdjective !== undefined;
const meanAccuracy = (a: { fresh: number; unseenNouns: number; unseenCombos: number }) => (a.fresh + a.unseenNouns + a.unseenCombos) / 3;

export const realModel = {
  layers: corefJson.layers,
  heads: corefJson.heads,
  d_model: corefJson.d_model,
  d_k: corefJson.d_k,
  pointer: corefJson.pointer,
  /** Mean held-out accuracy over the three sets, nothing zeroed. */
  accuracy: meanAccuracy(corefJson.accuracy),
  perHead: corefJson.headAnalysis.filter(isHead).map((h): HeadImportance => ({
    layer: h.layer, head: h.head, toRightNoun: h.toRightNoun, toAdjective: h.toAdjective,
    accuracyWhenZeroed: meanAccuracy(h.accuracyWhenZeroed),
  })),
  /** How many held-out sentences the accuracies are measured on (three sets). */
  heldOutSentences: corefJson.evaluation.fresh.n + corefJson.evaluation.unseenNouns.n + corefJson.evaluation.unseenCombos.n,
  /** Accuracy with every head of layer 0 zeroed at once. */
  layer0Zeroed: meanAccuracy(corefJson.headAnalysis.find((h) => h.layer === 0 && h.head === 'all')!.accuracyWhenZeroed),
};
/** Layer-0 heads by the accuracy lost when each is zeroed, most important first. */
export const layer0ByImportance = realModel.perHead.filter((h) => h.layer === 0).sort((a, b) => a.accuracyWhenZeroed - b.accuracyWhenZeroed);
/** The heads of the pointer's own layer: zeroing their outputs cannot change a reading taken from that layer's attention. */
export const pointerLayerHeads = realModel.perHead.filter((h) => h.layer === realModel.pointer.layer);

// ── One head or many, measured (experiment.json, training/train_heads.py) ──────────────────────

type HeadCount = '1' | '2' | '4' | '8';
export const headCounts: readonly HeadCount[] = ['1', '2', '4', '8'];
/** A head "holds" a relation when at least this share of its weight goes to that relation's position. */
export const SHARP = 0.85;

export const experiment = {
  settings: experimentJson.settings,
  steps: experimentJson.steps,
  runs: experimentJson.runs,
  byH: Object.fromEntries(headCounts.map((H) => {
    const runs = experimentJson.runs[H];
    return [H, {
      at90: runs.map((r) => r.final.firstStepAt90),
      at99: runs.map((r) => r.final.firstStepAt99),
      finalAccuracy: runs.map((r) => r.final.accuracy),
      /** Per seed: the lowest held-out accuracy after the run first reached 99%. */
      worstAfter99: runs.map((r) => {
        const k = r.curve.accuracy.findIndex((a) => a >= 0.99);
        return k < 0 ? 0 : Math.min(...r.curve.accuracy.slice(k));
      }),
      /** Per seed: does one head hold the first key and another the second? */
      specialised: runs.map((r) => r.heads.some((h) => h.weightOnFirst >= SHARP) && r.heads.some((h) => h.weightOnSecond >= SHARP)),
    }];
  })) as Record<HeadCount, { at90: number[]; at99: number[]; finalAccuracy: number[]; worstAfter99: number[]; specialised: boolean[] }>,
  /** H = 1's single head, per seed: its weight on the first and on the second key's position. */
  oneHeadSplit: experimentJson.runs['1'].map((r) => ({ first: r.heads[0]!.weightOnFirst, second: r.heads[0]!.weightOnSecond })),
  /** H = 2, per seed: each head's weights on the two positions. */
  twoHeads: experimentJson.runs['2'].map((r) => r.heads.map((h) => ({ first: h.weightOnFirst, second: h.weightOnSecond }))),
};
const xb = experiment.byH;
const allFinal = headCounts.flatMap((H) => xb[H].finalAccuracy);
const best99 = Math.min(...headCounts.flatMap((H) => xb[H].at99));

// ── From formula to code ───────────────────────────────────────────────────────────────────────

/**
 * What numpy_example.py prints: each head's weights, the output, and whether the concatenation
 * and the sum over heads agree to 1e-12 (their last bits may differ with the BLAS). tests/unit/course/numpy.test.ts compares.
 */
export const numpyOutput = [
  ...worked.heads.flatMap((h, i) => [`head ${i + 1} weights`, ...h.weights.toArray().map((r) => pyRow(r, 3, 6))]),
  'output', ...worked.output.toArray().map((r) => pyRow(r, 3, 6)),
  `concat view == sum over heads: ${viewsDiffer < 1e-12 ? 'True' : 'False'}`,
].join('\n');

// ── Claims ─────────────────────────────────────────────────────────────────────────────────────

const single = selfAttention(X, weights);
export const claims: Claim[] = [
  claim('the projections have 4·d_model² parameters for every H', splits.every((s) => s.total === 4 * paper.d_model ** 2)),
  claim('the attention’s multiply–adds do not depend on H', [1, 2, 4, 8].every((h) => attentionWork(10, 512, h).multiplyAdds === attentionWork(10, 512, 1).multiplyAdds)),
  claim('worked example: head 1 attends most to each token itself', favourites[0]!.every((j, i) => j === i)),
  claim('worked example: head 2 attends most to the next token (the last to the first)', favourites[1]!.every((j, i) => j === (i + 1) % 3)),
  claim('worked example: the two views of W_O agree to within 1e-12', viewsDiffer < 1e-12),
  claim('H = 1 is plain self-attention followed by W_O', oneHead.heads[0]!.weights.data.every((v, k) => Math.abs(v - single.weights.data[k]!) < 1e-15)),
  claim('real model: zeroing any head of the pointer’s layer leaves the accuracy unchanged', pointerLayerHeads.every((h) => h.accuracyWhenZeroed === realModel.accuracy)),
  claim('real model: two layer-0 heads cost more than 10 points each, the other two less than 3', layer0ByImportance.slice(0, 2).every((h) => h.accuracyWhenZeroed < realModel.accuracy - 0.1) && layer0ByImportance.slice(2).every((h) => h.accuracyWhenZeroed > realModel.accuracy - 0.03)),
  claim('experiment: every run ends at or above 99% held-out accuracy', allFinal.every((a) => a >= 0.99)),
  claim('experiment: H = 8 is the slowest to 90% in every seed', xb['8'].at90.every((s, i) => (['1', '2', '4'] as const).every((H) => s > xb[H].at90[i]!))),
  claim('experiment: the fastest runs to 99% are H = 2 runs whose heads specialised', xb['2'].at99.some((s, i) => s === best99 && xb['2'].specialised[i])),
  claim('experiment: every single-head seed dips below 97% after reaching 99%, no multi-head seed below 98.5%', xb['1'].worstAfter99.every((a) => a < 0.97) && (['2', '4', '8'] as const).every((H) => xb[H].worstAfter99.every((a) => a >= 0.985))),
  claim('experiment: H = 2 specialises in some seeds but not all', xb['2'].specialised.some(Boolean) && !xb['2'].specialised.every(Boolean)),
  claim('experiment: the single head splits its weight between the two positions (neither above 0.85)', experiment.oneHeadSplit.every((w) => w.first < SHARP && w.second < SHARP && w.first > 0.2 && w.second > 0.2)),
  claim('real model: zeroing all of layer 0 costs more than any single head', realModel.layer0Zeroed < layer0ByImportance[0]!.accuracyWhenZeroed),
];
