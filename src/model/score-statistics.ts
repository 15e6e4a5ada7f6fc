/**
 * The attention scores q·k of one head of the coreference model, as statistics: their mean and
 * variance before and after ÷√d_k, and what the argument for the scaling predicts.
 *
 * The argument (Vaswani et al. 2017, footnote 4): if the d_k components of q and k are
 * independent, with mean 0 and variances σ_q² and σ_k², then q·k = Σ q_c k_c has mean 0 and
 * variance d_k σ_q² σ_k²; with unit variances that is d_k, and 1 after ÷√d_k. It is an argument
 * about a model at initialisation. A trained model's q and k need not have mean 0, their
 * components need not be independent, and a query need not be independent of the keys it meets.
 * So next to the measured values stand two predictions:
 *
 *   theory      d_k · σ_q² · σ_k², with σ² each component's variance averaged over the d_k
 *               components: the argument itself, fed the model's own spread of q and k;
 *   unrelated   the mean and variance q·k would have if each query met a key drawn independently
 *               from the same keys: μ_q·μ_k and tr(Σ_q Σ_k) + μ_kᵀ Σ_q μ_k + μ_qᵀ Σ_k μ_q (Σ the
 *               covariance matrices, μ the mean vectors). Only the dependence between query and
 *               key is left out; non-zero means and correlated components are kept.
 *
 * The population is every (query, key) pair the softmax sees: all T² pairs of each sentence (the
 * model has no mask). Means, variances and covariances are taken over those pairs, so a query of a
 * T-token sentence counts T times; for one sentence that is the same as counting each token once.
 * Every number comes from the kernel.
 */
import {
  Matrix, type Histogram, addRowVector, concatRows, dot, histogram, matmul, matmulTransposed, mean, scale, transpose, variance,
} from '../kernel/index.ts';

/** One sentence's queries and keys in one head: Q, K are [T, d_k]. */
export interface HeadQK {
  Q: Matrix;
  K: Matrix;
}

/** The model's q{l}, k{l} outputs ([H, T, d_k], flattened) for one sentence. */
export interface QKOutputs {
  T: number;
  layers: readonly { q: ArrayLike<number>; k: ArrayLike<number> }[];
}

/** Head `head` of layer `layer`: its Q and K, each [T, d_k]. */
export function headQK(outputs: QKOutputs, layer: number, head: number, d_k: number): HeadQK {
  const out = outputs.layers[layer];
  const { T } = outputs;
  if (out === undefined || !(head >= 0 && (head + 1) * T * d_k <= out.q.length)) throw new RangeError(`no layer ${layer} head ${head}`);
  const block = (x: ArrayLike<number>) => new Matrix(T, d_k, Float64Array.from({ length: T * d_k }, (_, n) => x[head * T * d_k + n]!)); // [T, d_k]
  return { Q: block(out.q), K: block(out.k) };
}

/** One vector's components over the pairs. */
export interface ComponentStatistics {
  /** σ²: each component's variance, averaged over the d_k components. */
  variance: number;
  /** √(mean of μ_c²): how far the components' means sit from 0 (a root mean square over components). */
  meanRms: number;
}

/** Mean and variance of the scores, measured and predicted. */
export interface ScoreMoments {
  mean: number;
  variance: number;
  /** The unit-variance argument's value: d_k before scaling, 1 after. */
  unit: number;
  /** d_k σ_q² σ_k² before scaling, σ_q² σ_k² after. */
  theory: number;
  /** As if query and key were drawn independently (see the file's comment). */
  unrelatedMean: number;
  unrelatedVariance: number;
}

export interface ScoreStatistics {
  d_k: number;
  sentences: number;
  tokens: number;
  pairs: number;
  /** q·k, and q·k / √d_k. */
  raw: ScoreMoments;
  scaled: ScoreMoments;
  q: ComponentStatistics;
  k: ComponentStatistics;
  /** The scaled scores in equal bins (see HISTOGRAM). */
  histogram: Histogram;
}

/** Bins of the scaled scores' histogram: width 1 over [−12, 12). */
export const HISTOGRAM = { bins: 24, min: -12, max: 12 } as const;

/** Every (query, key) pair of each sentence, row by row: row i·T + j holds q_i and k_j. */
function pairs(sentences: readonly HeadQK[], d_k: number): { Qp: Matrix; Kp: Matrix } {
  const Qs: Matrix[] = [], Ks: Matrix[] = [];
  for (const { Q, K } of sentences) {
    const T = Q.rows;
    const Qp = new Matrix(T * T, d_k), Kp = new Matrix(T * T, d_k); // [T², d_k]
    for (let i = 0; i < T; i++) for (let j = 0; j < T; j++) {
      Qp.data.set(Q.row(i), (i * T + j) * d_k);
      Kp.data.set(K.row(j), (i * T + j) * d_k);
    }
    Qs.push(Qp);
    Ks.push(Kp);
  }
  return { Qp: concatRows(Qs), Kp: concatRows(Ks) };
}

/** Mean vector μ [d_k], covariance Σ [d_k, d_k] (population) and the component statistics of the rows of X [N, d_k]. */
function moments(X: Matrix): { mu: number[]; Sigma: Matrix; components: ComponentStatistics } {
  const columns = transpose(X); // [d_k, N]
  const mu = Array.from({ length: X.cols }, (_, c) => mean(columns.row(c)));
  const centred = addRowVector(X, mu.map((m) => -m)); // [N, d_k]
  const Sigma = scale(matmul(transpose(centred), centred), 1 / X.rows); // [d_k, d_k]
  const variances = Array.from({ length: X.cols }, (_, c) => variance(columns.row(c)));
  return { mu, Sigma, components: { variance: mean(variances), meanRms: Math.sqrt(mean(mu.map((m) => m * m))) } };
}

/** tr(A B) for square matrices of the same size. */
function traceOfProduct(A: Matrix, B: Matrix): number {
  const AB = matmul(A, B);
  let s = 0;
  for (let i = 0; i < AB.rows; i++) s += AB.get(i, i);
  return s;
}

/** xᵀ A x. */
function quadratic(A: Matrix, x: readonly number[]): number {
  return dot(x, matmul(A, new Matrix(x.length, 1, Float64Array.from(x))).data);
}

/** The statistics of q·k over every pair of the given sentences (one head). */
export function scoreStatistics(sentences: readonly HeadQK[], d_k: number): ScoreStatistics {
  if (sentences.length === 0) throw new RangeError('scoreStatistics: no sentences');
  for (const { Q, K } of sentences) {
    if (Q.cols !== d_k || K.cols !== d_k || Q.rows !== K.rows || Q.rows === 0) throw new RangeError(`scoreStatistics: Q, K must both be [T, ${d_k}] with T ≥ 1`);
  }
  // S = QKᵀ per sentence, every entry one score; all of them in one list.
  const S = concatRows(sentences.map(({ Q, K }) => { const s = matmulTransposed(Q, K, ['Q', 'K']); return new Matrix(s.rows * s.cols, 1, s.data); })); // [pairs, 1]
  const scaledS = scale(S, 1 / Math.sqrt(d_k)); // [pairs, 1]

  const { Qp, Kp } = pairs(sentences, d_k);
  const q = moments(Qp), k = moments(Kp);
  const theory = d_k * q.components.variance * k.components.variance;
  const unrelatedMean = dot(q.mu, k.mu);
  const unrelatedVariance = traceOfProduct(q.Sigma, k.Sigma) + quadratic(q.Sigma, k.mu) + quadratic(k.Sigma, q.mu);

  return {
    d_k,
    sentences: sentences.length,
    tokens: sentences.reduce((n, s) => n + s.Q.rows, 0),
    pairs: S.rows,
    raw: { mean: mean(S.data), variance: variance(S.data), unit: d_k, theory, unrelatedMean, unrelatedVariance },
    scaled: {
      mean: mean(scaledS.data), variance: variance(scaledS.data), unit: 1,
      theory: theory / d_k, unrelatedMean: unrelatedMean / Math.sqrt(d_k), unrelatedVariance: unrelatedVariance / d_k,
    },
    q: q.components,
    k: k.components,
    histogram: histogram(scaledS.data, HISTOGRAM.bins, HISTOGRAM.min, HISTOGRAM.max),
  };
}

/** One head's statistics, with where it sits in the model. */
export interface HeadScoreStatistics extends ScoreStatistics {
  layer: number;
  head: number;
}

/** Every head of the model (layer by layer, head by head) over the given runs. */
export function modelScoreStatistics(runs: readonly QKOutputs[], shape: { layers: number; heads: number; d_k: number }): HeadScoreStatistics[] {
  const out: HeadScoreStatistics[] = [];
  for (let layer = 0; layer < shape.layers; layer++) {
    for (let head = 0; head < shape.heads; head++) {
      const stats = scoreStatistics(runs.map((r) => headQK(r, layer, head, shape.d_k)), shape.d_k);
      out.push({ layer, head, ...stats });
    }
  }
  return out;
}

/** What scripts/measure-scaling.ts writes to src/course/scaling/model-scores.json. */
export interface ModelScoresFile {
  generatedBy: string;
  /** The held-out sets measured (tests/fixtures/model/coref-heldout.json), all their sentences. */
  sets: string[];
  sentences: number;
  tokens: number;
  pairs: number;
  layers: number;
  heads: number;
  d_k: number;
  histogram: typeof HISTOGRAM;
  /** Layer by layer, head by head. */
  results: HeadScoreStatistics[];
}
