/**
 * What attention costs: arithmetic and memory as functions of the sequence length L, the
 * model width d_model, the number of heads H and the number format. The L × L matrix of
 * weights is what grows quadratically; efficient variants compute only part of it, or
 * avoid storing it.
 */
import { ensure } from './errors.ts';
import { type Mask, countAllowed } from './masks.ts';

export type DType = 'float64' | 'float32' | 'float16' | 'bfloat16' | 'int8';

export const bytesPerElement: Readonly<Record<DType, number>> = { float64: 8, float32: 4, float16: 2, bfloat16: 2, int8: 1 };

/** Which (query, key) pairs are computed. */
export type AttentionPattern =
  | { kind: 'full' }
  /** Query i sees keys 0..i (a decoder). */
  | { kind: 'causal' }
  /** Query i sees keys with |i − j| ≤ w (a sliding window of radius w). */
  | { kind: 'local'; w: number }
  /** The window of radius w plus every `stride`-th key (j mod stride = stride − 1), as in sparse Transformers. */
  | { kind: 'strided'; w: number; stride: number }
  /** Any pattern, given as a mask. */
  | { kind: 'mask'; mask: Mask };

export interface AttentionShape {
  L: number;
  d_model: number;
  H: number;
  dtype?: DType;
  pattern?: AttentionPattern;
}

export interface AttentionCost {
  /** (query, key) pairs computed per head. */
  pairs: number;
  /** 4 projections (W_Q, W_K, W_V, W_O): 4 · 2 · L · d_model². */
  projectionFlops: number;
  /** QKᵀ over all heads: 2 · pairs · d_k · H = 2 · pairs · d_model. */
  scoreFlops: number;
  /** ÷√d_k (1) and softmax (max, subtract, exp, add, divide: 5): 6 per pair and head. */
  softmaxFlops: number;
  /** A V over all heads: 2 · pairs · d_model. */
  weightedSumFlops: number;
  totalFlops: number;
  /** The attention weights of all heads: H · pairs · bytes per element. */
  attentionMatrixBytes: number;
}

/** Counts the pairs a pattern computes for a sequence of length L (exactly, without building it). */
export function countPairs(L: number, pattern: AttentionPattern = { kind: 'full' }): number {
  ensure(Number.isInteger(L) && L >= 1, 'L', 'must be a whole number ≥ 1');
  switch (pattern.kind) {
    case 'full':
      return L * L;
    case 'causal':
      return (L * (L + 1)) / 2;
    case 'local':
      return windowCount(L, pattern.w);
    case 'strided':
      return stridedCount(L, pattern.w, pattern.stride);
    case 'mask':
      ensure(pattern.mask.rows === L && pattern.mask.cols === L, 'mask', `must be ${L} × ${L}`);
      return countAllowed(pattern.mask);
  }
}

function windowCount(L: number, w: number): number {
  ensure(Number.isInteger(w) && w >= 0, 'w', 'the window radius must be a whole number ≥ 0');
  if (w >= L - 1) return L * L;
  // Every row has 2w + 1 keys, less the w(w + 1)/2 that fall off each end of the sequence.
  return L * (2 * w + 1) - w * (w + 1);
}

function stridedCount(L: number, w: number, stride: number): number {
  ensure(Number.isInteger(w) && w >= 0, 'w', 'the window radius must be a whole number ≥ 0');
  ensure(Number.isInteger(stride) && stride >= 1, 'stride', 'must be a whole number ≥ 1');
  const summaries = (upTo: number) => Math.floor((upTo + 1) / stride); // keys j ≤ upTo with j mod stride = stride − 1
  let pairs = 0;
  for (let i = 0; i < L; i++) {
    const lo = Math.max(0, i - w), hi = Math.min(L - 1, i + w);
    pairs += hi - lo + 1 + summaries(L - 1) - (summaries(hi) - summaries(lo - 1));
  }
  return pairs;
}

/** FLOPs (multiply and add counted separately) and the size of the weights matrix for one layer. */
export function attentionCost(shape: AttentionShape): AttentionCost {
  const { L, d_model, H } = checkShape(shape);
  const bytes = bytesPerElement[shape.dtype ?? 'float32'];
  const pairs = countPairs(L, shape.pattern);
  const projectionFlops = 4 * 2 * L * d_model * d_model;
  const scoreFlops = 2 * pairs * d_model;
  const softmaxFlops = 6 * pairs * H;
  const weightedSumFlops = 2 * pairs * d_model;
  return {
    pairs,
    projectionFlops,
    scoreFlops,
    softmaxFlops,
    weightedSumFlops,
    totalFlops: projectionFlops + scoreFlops + softmaxFlops + weightedSumFlops,
    attentionMatrixBytes: H * pairs * bytes,
  };
}

export interface BackwardMemory {
  /** Kept for the backward pass when the weights are stored: Q, K, V, output and H weight matrices. */
  storedBytes: number;
  /** Kept when the weights are recomputed in the backward pass: Q, K, V, output and one softmax statistic per row and head. */
  recomputedBytes: number;
  savedBytes: number;
  /** The price: the scores and softmax are computed a second time. */
  extraFlops: number;
}

/**
 * Activation checkpointing for attention: instead of keeping the L × L weights for the
 * backward pass, keep Q, K, V and per-row softmax statistics and recompute the weights.
 * Memory goes from O(H·L²) to O(L·d_model) at the cost of a second forward pass of the scores.
 */
export function attentionBackwardMemory(shape: AttentionShape): BackwardMemory {
  const { L, d_model, H } = checkShape(shape);
  const bytes = bytesPerElement[shape.dtype ?? 'float32'];
  const cost = attentionCost(shape);
  const activations = 4 * L * d_model * bytes; // Q, K, V and the output
  const storedBytes = activations + cost.attentionMatrixBytes;
  const recomputedBytes = activations + H * L * bytes;
  return { storedBytes, recomputedBytes, savedBytes: storedBytes - recomputedBytes, extraFlops: cost.scoreFlops + cost.softmaxFlops };
}

export interface LayerComplexity {
  /** Operations per layer. */
  operations: number;
  /** Operations that must happen one after another. */
  sequentialOperations: number;
  /** Longest path between two positions. */
  maxPathLength: number;
}

/** A convolutional layer's row of Table 1: the path length both for dilated kernels (the table's) and for contiguous ones. */
export interface ConvolutionalComplexity extends LayerComplexity {
  /**
   * ⌈log_k n⌉: dilated convolutions (dilation 1, k, k², …) reach k^L positions with L layers,
   * so L layers connect every pair once k^L ≥ n. This is Table 1's O(log_k(n)).
   */
  maxPathLength: number;
  /** ⌈(n − 1) / (k − 1)⌉: contiguous kernels widen the receptive field by k − 1 positions per layer, O(n/k). */
  contiguousMaxPathLength: number;
}

export interface TableOne {
  selfAttention: LayerComplexity;
  recurrent: LayerComplexity;
  convolutional: ConvolutionalComplexity;
  restrictedSelfAttention: LayerComplexity;
}

/**
 * Vaswani et al. 2017, Table 1, evaluated for sequence length n, width d, convolution kernel
 * k and restricted-attention neighbourhood r (constants dropped, as in the table). Counts are of
 * multiply-adds in the layer's own mixing step (the projections x·W that every layer type also
 * does are left out, as in the table):
 *   self-attention  QKᵀ is n·n dot products of length d, and A·V the same: n²·d;
 *   recurrent       each of n steps multiplies a d-vector by a d × d matrix: n·d²;
 *   convolutional   each of n positions multiplies k d-vectors by d × d matrices: k·n·d²;
 *   restricted      each of n queries looks at r keys only: r·n·d.
 * A path length is at least 1, so that n = 1 reads like every other n.
 */
export function layerComplexity(n: number, d: number, k = 3, r = 4): TableOne {
  ensure([n, d, k, r].every((v) => Number.isInteger(v) && v >= 1), 'n, d, k, r', 'must be whole numbers ≥ 1');
  ensure(k >= 2, 'k', 'the kernel width must be ≥ 2');
  return {
    selfAttention: { operations: n * n * d, sequentialOperations: 1, maxPathLength: 1 },
    recurrent: { operations: n * d * d, sequentialOperations: n, maxPathLength: n },
    convolutional: {
      operations: k * n * d * d,
      sequentialOperations: 1,
      maxPathLength: Math.max(1, dilatedLayers(n, k)),
      contiguousMaxPathLength: Math.max(1, Math.ceil((n - 1) / (k - 1))),
    },
    restrictedSelfAttention: { operations: r * n * d, sequentialOperations: 1, maxPathLength: Math.ceil(n / r) },
  };
}

/** The smallest L with k^L ≥ n, in whole numbers (log(125) / log(5) is 3.0000000000000004 in floating point). */
function dilatedLayers(n: number, k: number): number {
  let layers = 0;
  for (let reach = 1; reach < n; reach *= k) layers++;
  return layers;
}

function checkShape(shape: AttentionShape): { L: number; d_model: number; H: number } {
  const { L, d_model, H } = shape;
  ensure(Number.isInteger(L) && L >= 1, 'L', 'must be a whole number ≥ 1');
  ensure(Number.isInteger(H) && H >= 1, 'H', 'must be a whole number ≥ 1');
  ensure(Number.isInteger(d_model) && d_model >= 1 && d_model % H === 0, 'd_model', `must be a whole multiple of H = ${H}`);
  return { L, d_model, H };
}
