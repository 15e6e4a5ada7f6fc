/**
 * Chapter 5, "Positional encoding": every number its prose, equations and figures show, computed
 * once for both languages with the kernel. `claims` lists what the prose says about them.
 */
import {
  addPositionalEncoding, createRng, dot, fromFunction, permuteRows, rotaryEmbedding, selfAttention, sinusoidalPositionalEncoding,
  type Matrix,
} from '../../kernel/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { claim, type Claim } from '../claims.ts';
import { pyRow } from '../python.ts';
import { labels } from '../real-model/numbers.ts';
import noPositionsJson from './no-positions.json';
import type { NoPositionsFile } from '../../model/position-measurement.ts';

/** Largest |a − b| over two equally shaped matrices (or vectors). */
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let worst = 0;
  for (let k = 0; k < a.length; k++) worst = Math.max(worst, Math.abs(a[k]! - b[k]!));
  return worst;
};
/** The mean of a matrix's rows: an order-free summary, as a pooled classifier would take it. */
const meanRow = (M: Matrix): number[] => Array.from({ length: M.cols }, (_, j) => column(M, j).reduce((s, v) => s + v, 0) / M.rows);
const column = (M: Matrix, j: number): number[] => Array.from({ length: M.rows }, (_, i) => M.get(i, j));

// ── Swapping two words: self-attention without positions ────────────────────────────────────────

/** The sentence and its swapped version: the first and last words trade places, the middle one stays. */
export const sentence: Readonly<Record<Locale, readonly string[]>> = { zh: ['我', '爱', '你'], en: ['dog', 'bites', 'man'] };
export const perm = [2, 1, 0] as const;
export const swapped: Readonly<Record<Locale, readonly string[]>> = {
  zh: perm.map((i) => sentence.zh[i]!), en: perm.map((i) => sentence.en[i]!),
};

/** Three embeddings of width 4 and the projections, drawn once from a fixed seed, one decimal. */
export const weights = (() => {
  const rng = createRng(11);
  const o = { min: -1.5, max: 1.5, decimals: 1 };
  return { X: rng.matrix(3, 4, o), W_Q: rng.matrix(4, 4, o), W_K: rng.matrix(4, 4, o), W_V: rng.matrix(4, 4, o) };
})();
export const { X } = weights;
export const Xswapped = permuteRows(X, perm);
export const before = selfAttention(X, weights);
export const after = selfAttention(Xswapped, weights);
/** Row i of `after` against row perm[i] of `before`: the same word's output. Zero, up to the last bit. */
export const swapDiff = maxDiff(after.output.data, permuteRows(before.output, perm).data);
export const meanBefore = meanRow(before.output);
export const meanAfter = meanRow(after.output);
export const meanDiff = maxDiff(meanBefore, meanAfter);

/** A constant code: the same vector added at every position. */
export const constant = [0.5, -0.5, 0.5, -0.5] as const;
const withConstant = (M: Matrix) => addPositionalEncoding(M, fromFunction(M.rows, M.cols, (_, j) => constant[j]!));
export const constantBefore = selfAttention(withConstant(X), weights);
export const constantAfter = selfAttention(withConstant(Xswapped), weights);
export const constantSwapDiff = maxDiff(constantAfter.output.data, permuteRows(constantBefore.output, perm).data);
/** How much the constant changes the outputs themselves (it does change them, just not their order-blindness). */
export const constantChange = maxDiff(constantBefore.output.data, before.output.data);

/** The paper's sinusoidal code added before attention: the same word's output now depends on where it stands. */
export const P3 = sinusoidalPositionalEncoding(3, 4);
export const sinBefore = selfAttention(addPositionalEncoding(X, P3), weights);
export const sinAfter = selfAttention(addPositionalEncoding(Xswapped, P3), weights);
/** Per word (in the original order): the largest change of its output row when the words are swapped. */
export const sinRowChange = [0, 1, 2].map((i) => {
  const j = perm.indexOf(i as 0 | 1 | 2); // where word i stands after the swap
  return maxDiff(sinAfter.output.row(j), sinBefore.output.row(i));
});
export const sinMeanDiff = maxDiff(meanRow(sinBefore.output), meanRow(sinAfter.output));

// ── The sinusoidal code ─────────────────────────────────────────────────────────────────────────

export const paper = { d_model: 512, base: 10000 } as const;
/** The wavelengths of the paper's code: 2π for the first pair up to 10000·2π for the last. */
export const wavelength = (i: number, d_model: number) => 2 * Math.PI * paper.base ** ((2 * i) / d_model);
export const paperWavelengths = { first: wavelength(0, paper.d_model), last: wavelength(paper.d_model / 2 - 1, paper.d_model) };

/** The worked example's size: d_model = 8, four (sin, cos) pairs. */
export const small = { d_model: 8, n: 10 } as const;
export const PE = sinusoidalPositionalEncoding(small.n, small.d_model);
/** ω_i = 1 / 10000^(2i/d_model), one per pair. */
export const omegas = Array.from({ length: small.d_model / 2 }, (_, i) => 1 / paper.base ** ((2 * i) / small.d_model));
/** The worked position and the one the reader finishes. */
export const workedPos = 3;
export const fadedPos = 5;
export const angles = (pos: number) => omegas.map((w) => pos * w);

/**
 * For a fixed offset k, PE(pos + k) = M(k) · PE(pos), M(k) block-diagonal: for pair i, with the pair
 * ordered (sin, cos), the block is [[cos kω, sin kω], [−sin kω, cos kω]].
 */
export function rotationBlock(k: number, omega: number): [[number, number], [number, number]] {
  const c = Math.cos(k * omega), s = Math.sin(k * omega);
  return [[c, s], [-s, c]];
}
export function shiftByRotation(pe: ArrayLike<number>, k: number, d_model: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < d_model / 2; i++) {
    const [[a, b], [c, d]] = rotationBlock(k, 1 / paper.base ** ((2 * i) / d_model));
    out.push(a * pe[2 * i]! + b * pe[2 * i + 1]!, c * pe[2 * i]! + d * pe[2 * i + 1]!);
  }
  return out;
}
export const rotationExample = { pos: 1, k: 2 } as const;
export const rotationBlock0 = rotationBlock(rotationExample.k, omegas[0]!);
/** The rotation property over every position and offset of a 64-wide code for 100 positions. */
export const rotationCheck = (() => {
  const d = 64, n = 100, P = sinusoidalPositionalEncoding(n, d);
  let worst = 0;
  for (const k of [1, 2, 5, 17, 40]) for (let p = 0; p + k < n; p++) worst = Math.max(worst, maxDiff(shiftByRotation(P.row(p), k, d), P.row(p + k)));
  return { d_model: d, n, worst };
})();

/** PE(p)·PE(q) = Σ_i cos((p − q)·ω_i): the same for every pair of positions at the same distance. */
export const dotPairs = [[1, 4], [6, 9], [1, 5]] as const;
export const dots = dotPairs.map(([p, q]) => dot(PE.row(p), PE.row(q)));
export const dotFormula = (offset: number) => omegas.reduce((s, w) => s + Math.cos(offset * w), 0);

/**
 * The similarity curves of the figure: PE(p)·PE(p + k) for a 64-wide code, k = −20…40, from two
 * starting positions p; they coincide, because the dot product depends on k only.
 */
export const similarityCurve = (() => {
  const d = 64, starts = [20, 45] as const, ks = Array.from({ length: 61 }, (_, i) => i - 20);
  const P = sinusoidalPositionalEncoding(starts[1] + 41, d);
  const curves = starts.map((p) => ks.map((k) => dot(P.row(p), P.row(p + k))));
  return { d_model: d, starts, ks, values: curves[0]!, curves, diff: maxDiff(curves[0]!, curves[1]!) };
})();
/** The waves of the figure: dimensions 0, 2, 4 and 6 of a 16-wide code over 64 positions. */
export const waves = (() => {
  const d = 16, n = 64, P = sinusoidalPositionalEncoding(n, d);
  return { d_model: d, n, dims: [0, 2, 4, 6], columns: [0, 2, 4, 6].map((j) => column(P, j)) };
})();

// ── Rotary embeddings ────────────────────────────────────────────────────────────────────────────

/** A query and a key in one 2-D pair, rotated by θ = 1 radian per position (the first pair's θ). */
export const rope = (() => {
  const q = [1, 0.5], k = [0.8, -0.6];
  const score = (m: number, n: number) => {
    const qm = rotaryEmbedding([q], { positions: [m] }).row(0);
    const kn = rotaryEmbedding([k], { positions: [n] }).row(0);
    return { m, n, qm: Array.from(qm), kn: Array.from(kn), score: dot(qm, kn) };
  };
  return { q, k, raw: dot(q, k), near: score(2, 5), shifted: score(7, 10), farther: score(2, 6) };
})();

// ── The course's trained model without positions (no-positions.json, npm run measure:positions) ──

const measured = noPositionsJson as NoPositionsFile;
const total = (f: (x: NoPositionsFile['sets'][number]) => number) => measured.sets.reduce((sum, x) => sum + f(x), 0);
export const noPositions = {
  chance: measured.chance,
  heldOut: total((x) => x.n),
  withPositions: total((x) => x.withPositions.correct) / total((x) => x.n),
  withoutPositions: total((x) => x.withoutPositions.correct) / total((x) => x.n),
  /** Sentences without positions whose two nouns got exactly equal weight (both nouns <unk>: the same vector). */
  ties: total((x) => x.withoutPositions.ties),
  sets: measured.sets.map((x) => ({
    set: x.set, n: x.n, withPositions: x.withPositions.accuracy, withoutPositions: x.withoutPositions.accuracy, ties: x.withoutPositions.ties,
    label: { zh: labels('zh').sets.find((l) => l.key === x.set)!.name, en: labels('en').sets.find((l) => l.key === x.set)!.name },
  })),
  /** Swapping the two nouns (when they are different tokens): how often the pointer's choice moves with the word. */
  distinct: total((x) => x.swap.distinct),
  followsWord: total((x) => x.swap.withoutPositions.followsWord) / total((x) => x.swap.distinct),
  /** With positions, on the sets of familiar nouns (all but unseenNouns): how often the answer follows the word after the swap. */
  familiarFollowsWord: (() => {
    const familiar = measured.sets.filter((x) => x.set !== 'unseenNouns');
    return familiar.reduce((sum, x) => sum + x.swap.withPositions.followsWord, 0) / familiar.reduce((sum, x) => sum + x.swap.distinct, 0);
  })(),
  /** With positions, on the unseen nouns (no word to lean on): how often the answer stays in its place. */
  unseenStaysInPlace: (() => { const u = measured.sets.find((x) => x.set === 'unseenNouns')!; return u.swap.withPositions.staysInPlace / u.swap.distinct; })(),
};
/** How many positions the learned tables of two well-known models hold (published facts: BERT, Devlin et al. 2019; GPT-2, Radford et al. 2019). */
export const maxPositions = { bert: 512, gpt2: 1024 } as const;
/** The reader's mistake in the faded step: the first pair computed in degrees. */
export const fadedInDegrees = [Math.sin((fadedPos * Math.PI) / 180), Math.cos((fadedPos * Math.PI) / 180)] as const;

// ── From formula to code ───────────────────────────────────────────────────────────────────────

/** What numpy_example.py prints: PE for positions 0–3 at d_model = 8, two dot products at distance 3, and the rotation check. */
export const numpyOutput = [
  'PE[0:4]',
  ...Array.from({ length: 4 }, (_, p) => pyRow(PE.row(p), 3, 6)),
  `PE[1]·PE[4] = ${dots[0]!.toFixed(6)}`,
  `PE[6]·PE[9] = ${dots[1]!.toFixed(6)}`,
  `PE[1]·PE[5] = ${dots[2]!.toFixed(6)}`,
  `PE[pos+2] == M(2) @ PE[pos]: ${maxDiff(shiftByRotation(PE.row(1), 2, small.d_model), PE.row(3)) < 1e-12 ? 'True' : 'False'}`,
].join('\n');

// ── Claims ─────────────────────────────────────────────────────────────────────────────────────

const sinChanged = sinRowChange.every((d) => d > 0.01);
export const claims: Claim[] = [
  claim('without positions, each word’s output is unchanged by the swap (to 1e-12)', swapDiff < 1e-12),
  claim('without positions, the mean of the outputs is unchanged by the swap', meanDiff < 1e-12),
  claim('a constant code changes the outputs but not their order-blindness', constantSwapDiff < 1e-12 && constantChange > 0.01),
  claim('with the sinusoidal code, every word’s output changes when the words are swapped, the unmoved middle word too', sinChanged),
  claim('with the sinusoidal code, the mean of the outputs changes', sinMeanDiff > 0.01),
  claim('the frequencies fall along the pairs', omegas.every((w, i) => i === 0 || w < omegas[i - 1]!)),
  claim('the paper’s wavelengths run from 2π to 10000·2π', Math.abs(paperWavelengths.first - 2 * Math.PI) < 1e-12 && Math.abs(paperWavelengths.last / (2 * Math.PI) - paper.base ** (510 / 512)) < 1e-6),
  claim('PE(pos + k) = M(k)·PE(pos) to 1e-12 for every position and offset checked', rotationCheck.worst < 1e-12),
  claim('PE(1)·PE(4) = PE(6)·PE(9) (same distance), and PE(1)·PE(5) differs', Math.abs(dots[0]! - dots[1]!) < 1e-12 && Math.abs(dots[0]! - dots[2]!) > 0.01),
  claim('PE(1)·PE(5) (distance 4) is larger than at distance 3: not monotone in distance', dots[2]! > dots[0]!),
  claim('the dot product equals Σ cos(offset·ω)', Math.abs(dots[0]! - dotFormula(3)) < 1e-12),
  claim('the similarity curves from two starting positions coincide', similarityCurve.diff < 1e-12),
  claim('the similarity curve peaks at offset 0 and is symmetric', similarityCurve.values.every((v) => v <= similarityCurve.values[20]! + 1e-12) && [1, 5, 20].every((k) => Math.abs(similarityCurve.values[20 + k]! - similarityCurve.values[20 - k]!) < 1e-12)),
  claim('real model: without positions, the fresh and unseen-combination sets stay above chance', noPositions.sets.filter((x) => x.set !== 'unseenNouns').every((x) => x.withoutPositions > noPositions.chance)),
  claim('real model: no ties among the swaps of two different nouns', measured.sets.every((x) => x.swap.withPositions.ties === 0 && x.swap.withoutPositions.ties === 0)),
  claim('real model: every held-out sentence right with positions', noPositions.withPositions === 1),
  claim('real model: without positions the accuracy falls to below 60% (chance 50%)', noPositions.withoutPositions < 0.6 && noPositions.withoutPositions > 0.45),
  claim('real model: without positions, swapping the two nouns moves the answer with the word in every sentence', noPositions.followsWord === 1),
  claim('real model: with positions, on unseen nouns the answer stays in its place in more than 90% of swaps', noPositions.unseenStaysInPlace > 0.9),
  claim('real model: with positions, on familiar nouns the answer often follows the word after a swap', noPositions.familiarFollowsWord > 0.2 && noPositions.familiarFollowsWord < 0.8),
  claim('RoPE: shifting both positions by 5 keeps q·k, changing the distance changes it', Math.abs(rope.near.score - rope.shifted.score) < 1e-12 && Math.abs(rope.near.score - rope.farther.score) > 0.05),
];
