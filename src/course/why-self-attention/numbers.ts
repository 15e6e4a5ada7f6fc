/**
 * Chapter 1, "Why self-attention": every number its prose, equations and tables show, computed
 * once for both languages. The MDX files import from here and only choose how to write them
 * (with the helpers of `../text.ts`); `claims` lists what the prose says about these numbers.
 */
import {
  scaledDotProductAttention, signalThroughChain, rnnPathLength, attentionPathLength, cnnPathLength,
  layerComplexity, runRnn, rnnGradientNorms, createRng,
} from '../../kernel/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { claim, type Claim } from '../claims.ts';
import { argmax } from '../text.ts';
import { pyFixed, pyRow } from '../python.ts';
import { presets } from '../presets.ts';

const kitten = presets.kitten;

/** The shortened kitten sentence in the reader's language (the weight table's header row). */
export const words = (locale: Locale): readonly string[] => kitten.tokens[locale];

/** Position of 小猫 / kitten, the noun the pronoun refers to (0-based; the prose adds 1). */
export const from = kitten.tokens.zh.indexOf('小猫');
/** Position of the pronoun 它 / it. */
export const to = kitten.tokens.zh.indexOf('它');
/** Position of 现在 / now, the word right before the pronoun. */
export const now = kitten.tokens.zh.indexOf('现在');

/** Hidden-state updates between the noun and the pronoun in an RNN (path length). */
export const steps = rnnPathLength(from, to);
/** The made-up share of the signal an RNN step keeps, g. */
export const gain = 0.9;
/** g^steps: what is left of the noun's signal when it reaches the pronoun. */
export const kept = signalThroughChain(gain, steps)[steps]!;
/** The longer passage of the "estimate first" box. */
export const longSteps = 100;
/** g^100: what is left after 100 steps. */
export const keptLong = signalThroughChain(gain, longSteps)[longSteps]!;
/** The exploding case: a gain of 1.1 over 100 steps, rounded to a whole factor for the prose. */
export const grown = Math.round(signalThroughChain(1.1, longSteps)[longSteps]!);

/** Convolution kernel width in the CNN paragraph and in Table 1. */
export const k = 3;
/** Stacked width-k convolutions needed from the noun to the pronoun. */
export const convLayers = cnnPathLength(from, to, k);
/** Self-attention's path from the noun to the pronoun: one step. */
export const attentionSteps = attentionPathLength(from, to);

/** The pronoun's attention weights over the sentence (hand-set Q, K, V of the kitten preset). */
export const weights: readonly number[] = Array.from(scaledDotProductAttention(kitten.Q, kitten.K, kitten.V).weights.row(0));

/**
 * A real RNN (4-dimensional state, random weights with seed 1, 30 random inputs): the
 * Frobenius norm of ∂h_t/∂h_0 for t = 1..30 (grad[0] is step 1).
 */
export const grad: readonly number[] = (() => {
  const rng = createRng(1);
  const W_xh = rng.matrix(4, 4, { std: 0.5 });
  const W_hh = rng.matrix(4, 4, { std: 0.4 });
  const X = rng.matrix(30, 4, { std: 1 });
  return rnnGradientNorms(runRnn(X, { W_xh, W_hh }), W_hh);
})();

/** Table 1 of the paper evaluated for a sentence: n words, width d, kernel width k. */
export const n = 50;
export const d = 512;
export const t1 = layerComplexity(n, d, k);
/** Table 1's O(log_k n) is for dilated convolutions; contiguous width-k kernels need this many layers to span all n words. */
export const contiguousLayers = cnnPathLength(0, n - 1, k);
/** Self-attention's operations over a recurrent layer's, n/d for the sentence. */
export const costRatio = t1.selfAttention.operations / t1.recurrent.operations;
/** The same ratio for a long article of nLong tokens. */
export const nLong = 2000;
export const tLong = layerComplexity(nLong, d, k);
export const costRatioLong = tLong.selfAttention.operations / tLong.recurrent.operations;

/**
 * What numpy_example.py prints (From formula to code): the signal left after the RNN's steps, then
 * the pronoun's attention weights, each as Python's f"{x:.3f}". tests/unit/course/numpy.test.ts
 * runs the snippet and compares.
 */
export const numpyOutput = [pyFixed(kept, 3), pyRow(weights, 3)].join('\n');

/** What the prose says about these numbers; checked by a unit test and again at build time. */
export const claims: Claim[] = [
  claim('the noun and the pronoun sit at the same positions in both languages',
    kitten.tokens.en[from] === 'kitten' && kitten.tokens.en[to] === 'it' && kitten.tokens.en[now] === 'now' && from >= 0 && to > now && now > from),
  claim(`${steps} steps lose nearly half of the signal`, kept > 0.5 && kept < 0.6),
  claim(`${longSteps} steps keep less than one ten-thousandth`, keptLong < 1e-4),
  claim('the real RNN’s memory of h_0 falls from step 1 to 6 to 20 to 30', grad[0]! > grad[5]! && grad[5]! > grad[19]! && grad[19]! > grad[29]!),
  claim('self-attention reaches the noun in one step', attentionSteps === 1 && steps > 1 && convLayers > 1),
  claim('the pronoun gives the noun the largest weight', argmax(weights) === from),
  claim('the nearer word “now” gets much less than the noun', weights[now]! < weights[from]! / 2),
  claim('contiguous kernels need many more layers than dilated ones for the whole sentence', contiguousLayers > 2 * t1.convolutional.maxPathLength),
  claim('with n smaller than d self-attention takes fewer operations than a recurrent layer', n < d && costRatio < 1),
  claim('for a long article self-attention takes more operations than a recurrent layer', nLong > d && costRatioLong > 1),
];
