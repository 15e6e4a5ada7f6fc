/**
 * The attention kernel: every number in the course comes from here. Pure TypeScript with no
 * dependencies and no DOM, so it runs alike in Node, the browser, a worker and at build time.
 */
export { KernelError, isKernelError, type KernelErrorCode, type KernelErrorDetails, type Shape } from './errors.ts';
export {
  Matrix, type MatrixLike, matrix, toArray, fromFunction, zeros, identity, rowVector,
  matmul, matmulTransposed, dot, transpose, map, add, addRowVector, scale,
  sliceRows, sliceCols, concatCols, concatRows, splitHeads,
} from './matrix.ts';
export { softmax, maskedSoftmax, type SoftmaxOptions, type SoftmaxResult } from './softmax.ts';
export { softmaxJacobian, matrixSize } from './jacobian.ts';
export { Mask, type MaskLike, customMask, causalMask, paddingMask, localWindowMask, intersectMasks, countAllowed, zeroPaddedRows } from './masks.ts';
export {
  scaledDotProductAttention, selfAttention, crossAttention, project, linear,
  type AttentionOptions, type AttentionResult, type Linear, type ProjectionWeights, type Projections,
} from './attention.ts';
export { multiHeadAttention, type MultiHeadWeights, type MultiHeadOptions, type MultiHeadResult, type HeadResult } from './multihead.ts';
export { residual, layerNorm, feedForward, type LayerNormOptions, type FeedForwardWeights } from './layers.ts';
export { sinusoidalPositionalEncoding, learnedPositionalEncoding, addPositionalEncoding, rotaryEmbedding, permuteRows, invertPermutation } from './positions.ts';
export {
  runRnn, runGru, rnnGradientNorms, rnnPathLength, cnnPathLength, attentionPathLength, signalThroughChain,
  dilatedCnnPathLength, restrictedAttentionPathLength, rnnPath, cnnPath, dilatedCnnPath, restrictedAttentionPath, attentionPath,
  dilation, convolutionReach,
  type RnnWeights, type GruWeights,
} from './recurrence.ts';
export {
  attentionCost, attentionBackwardMemory, countPairs, layerComplexity, bytesPerElement,
  type AttentionCost, type AttentionPattern, type AttentionShape, type BackwardMemory, type DType, type LayerComplexity,
} from './cost.ts';
export { createRng, type Rng, type RandomMatrixOptions } from './random.ts';
export { mean, variance, entropy, histogram, dotProductVarianceExperiment, type DotProductExperiment, type Histogram } from './statistics.ts';
export { formatNumber, texNumber, texFactor, texDotProduct, texMatrix, subscript, superscript, type FormatOptions } from './format.ts';
export { formatScientific, texScientific } from './format-scientific.ts';
