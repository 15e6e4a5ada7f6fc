/**
 * Chapter 6, "Attention, RNNs and CNNs compared": the paper's section 4 and Table 1, computed with
 * the kernel for the prose, the figure and the NumPy snippet. numbers.ts re-exports it.
 */
import {
  attentionPathLength, cnnPathLength, dilatedCnnPathLength, layerComplexity, restrictedAttentionPathLength, rnnPathLength,
} from '../../kernel/index.ts';
import { claim, type Claim } from '../claims.ts';

// ── Path length between two positions ───────────────────────────────────────────────────────────

/** The worked example: 16 positions, the 2nd and the 15th (indices 1 and 14), kernel width 3, neighbourhood 4. */
export const hops = (() => {
  const n = 16, i = 1, j = 14, k = 3, r = 4;
  return {
    n, i, j, k, r, distance: Math.abs(j - i),
    rnn: rnnPathLength(i, j), cnn: cnnPathLength(i, j, k), dilated: dilatedCnnPathLength(i, j, k),
    attention: attentionPathLength(i, j), restricted: restrictedAttentionPathLength(i, j, r),
  };
})();

/** The figure: path length against distance 1…64 for each layer type (kernel 3, neighbourhood 8). */
export const pathCurves = (() => {
  const distances = Array.from({ length: 64 }, (_, t) => t + 1);
  const k = 3, r = 8;
  return {
    k, r, distances,
    rnn: distances.map((D) => rnnPathLength(0, D)),
    cnn: distances.map((D) => cnnPathLength(0, D, k)),
    dilated: distances.map((D) => dilatedCnnPathLength(0, D, k)),
    restricted: distances.map((D) => restrictedAttentionPathLength(0, D, r)),
    attention: distances.map((D) => attentionPathLength(0, D)),
  };
})();

// ── Table 1: work per layer ──────────────────────────────────────────────────────────────────────

/** The paper's base model width, and two inputs: a sentence and a long document. */
export const d_model = 512;
export const sentence = { n: 30, d: d_model, table: layerComplexity(30, d_model) };
export const longDocument = { n: 8192, d: d_model, table: layerComplexity(8192, d_model) };
/** Self-attention (n²·d) against a recurrent layer (n·d²): their ratio is n/d, so they cross at n = d. */
export const ratio = (n: number, d: number) => layerComplexity(n, d).selfAttention.operations / layerComplexity(n, d).recurrent.operations;

/**
 * What the paper reports about training cost (Vaswani et al. 2017, §5.2 and Table 2), quoted as
 * published facts: the base model trained for 100,000 steps, about 12 hours on 8 P100 GPUs; the big
 * model for 300,000 steps, 3.5 days.
 */
export const paperTraining = { gpus: 8, gpu: 'P100', baseSteps: 100_000, baseHours: 12, bigSteps: 300_000, bigDays: 3.5 } as const;

// ── From formula to code ───────────────────────────────────────────────────────────────────────

/** What numpy_example.py prints: the worked example's path lengths, then Table 1's first two rows for the two inputs. */
export const numpyOutput = [
  `distance ${hops.distance}, kernel ${hops.k}`,
  `recurrent: ${hops.rnn}`,
  `convolution (contiguous): ${hops.cnn}`,
  `convolution (dilated): ${hops.dilated}`,
  `self-attention: ${hops.attention}`,
  ...[sentence, longDocument].map((x) => `n = ${x.n}, d = ${x.d}: attention ${x.table.selfAttention.operations}, recurrent ${x.table.recurrent.operations}`),
].join('\n');

export const comparisonClaims: Claim[] = [
  claim('worked example: the RNN needs one hop per position between them', hops.rnn === hops.distance),
  claim('worked example: dilated convolutions need fewer layers than contiguous ones, and attention one step', hops.dilated < hops.cnn && hops.attention === 1),
  claim('figure: the RNN’s path grows linearly, the dilated convolution’s like a logarithm', pathCurves.rnn[63] === 64 && pathCurves.dilated[63]! <= 4),
  claim('a sentence (n < d): self-attention does fewer operations per layer than a recurrent layer', sentence.table.selfAttention.operations < sentence.table.recurrent.operations),
  claim('a long document (n > d): self-attention does more', longDocument.table.selfAttention.operations > longDocument.table.recurrent.operations),
  claim('the two costs cross at n = d', ratio(d_model, d_model) === 1),
];
