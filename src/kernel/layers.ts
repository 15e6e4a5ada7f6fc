/**
 * The rest of a Transformer layer around attention (Vaswani et al. 2017, §3.1, §3.3):
 * residual connections, layer normalisation and the position-wise feed-forward network.
 */
import { ensure } from './errors.ts';
import { type Linear, linear } from './attention.ts';
import { Matrix, type MatrixLike, add, matrix } from './matrix.ts';

/** X + Sublayer(X): the residual connection. Both [n, d_model]. */
export function residual(X: MatrixLike, sublayerOutput: MatrixLike): Matrix {
  return add(matrix(X, 'X'), matrix(sublayerOutput, 'sublayer output'), ['X', 'sublayer output']);
}

export interface LayerNormOptions {
  gamma?: readonly number[];
  beta?: readonly number[];
  /** Added to the variance before the square root; 1e-5 as in PyTorch. */
  eps?: number;
}

/** LayerNorm(x) = γ ⊙ (x − mean(x)) / √(var(x) + ε) + β, for each row x (biased variance). */
export function layerNorm(X_: MatrixLike, options: LayerNormOptions = {}): Matrix {
  const X = matrix(X_, 'X');
  const d = X.cols;
  const eps = options.eps ?? 1e-5;
  const { gamma, beta } = options;
  ensure(eps >= 0 && Number.isFinite(eps), 'eps', 'must be a finite number ≥ 0');
  ensure(gamma === undefined || gamma.length === d, 'gamma', `needs ${d} entries`);
  ensure(beta === undefined || beta.length === d, 'beta', `needs ${d} entries`);
  const Y = new Matrix(X.rows, d); // [n, d]
  for (let i = 0; i < X.rows; i++) {
    const x = X.row(i);
    const mean = x.reduce((s, v) => s + v, 0) / d;
    const variance = x.reduce((s, v) => s + (v - mean) ** 2, 0) / d;
    const inv = 1 / Math.sqrt(variance + eps);
    for (let j = 0; j < d; j++) Y.set(i, j, (gamma?.[j] ?? 1) * (x[j]! - mean) * inv + (beta?.[j] ?? 0));
  }
  return Y;
}

export interface FeedForwardWeights {
  first: Linear; // [d_model, d_ff]
  second: Linear; // [d_ff, d_model]
}

/** FFN(x) = max(0, x W₁ + b₁) W₂ + b₂, applied to each position separately. */
export function feedForward(X: MatrixLike, w: FeedForwardWeights): Matrix {
  const hidden = linear(X, w.first, ['X', 'W_1']); // [n, d_ff]
  const relu = new Matrix(hidden.rows, hidden.cols, hidden.data.map((v) => Math.max(0, v)));
  return linear(relu, w.second, ['ReLU', 'W_2']); // [n, d_model]
}
