/**
 * Recurrent networks and path lengths, for comparing self-attention with RNNs and CNNs
 * (Vaswani et al. 2017, §4 and Table 1).
 */
import { ensure } from './errors.ts';
import { Matrix, type MatrixLike, assertShape, matmul, matrix, rowVector, transpose } from './matrix.ts';

export interface RnnWeights {
  W_xh: MatrixLike; // [d_in, d_h]
  W_hh: MatrixLike; // [d_h, d_h]
  b_h?: readonly number[];
}

/** Plain (Elman) RNN over the rows of X: h_t = tanh(x_t W_xh + h_{t−1} W_hh + b). Returns H: [n, d_h]. */
export function runRnn(X_: MatrixLike, w: RnnWeights, h0?: readonly number[]): Matrix {
  const X = matrix(X_, 'X'), W_xh = matrix(w.W_xh, 'W_xh'), W_hh = matrix(w.W_hh, 'W_hh');
  const d_h = W_hh.rows;
  assertShape(W_xh, [X.cols, d_h], 'W_xh');
  assertShape(W_hh, [d_h, d_h], 'W_hh');
  const b = checkVector(w.b_h, d_h, 'b_h');
  let h = rowVector(checkVector(h0, d_h, 'h0')); // [1, d_h]
  const states = new Matrix(X.rows, d_h); // [n, d_h]
  for (let t = 0; t < X.rows; t++) {
    const xW = matmul(rowVector(X.row(t)), W_xh), hW = matmul(h, W_hh);
    h = rowVector(xW.data.map((v, j) => Math.tanh(v + hW.data[j]! + b[j]!)));
    states.data.set(h.data, t * d_h);
  }
  return states;
}

/**
 * ‖∂h_t / ∂h_0‖ (Frobenius) for t = 1..n along an RNN run: how strongly the first state still
 * influences step t. For h_t = tanh(a_t), ∂h_t/∂h_{t−1} = W_hhᵀ diag(1 − h_t²) in column form;
 * the product of these Jacobians usually shrinks geometrically (vanishing gradients).
 */
export function rnnGradientNorms(states: Matrix, W_hh_: MatrixLike): number[] {
  const W_hh = matrix(W_hh_, 'W_hh');
  const d = W_hh.rows;
  assertShape(states, [-1, d], 'states');
  let J = identityOf(d); // ∂h_t/∂h_0 with J[a][b] = ∂h_t[a] / ∂h_0[b]
  const norms: number[] = [];
  for (let t = 0; t < states.rows; t++) {
    // step Jacobian S[a][b] = (1 − h_t[a]²) · W_hh[b][a]
    const S = transpose(W_hh);
    for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) S.set(a, b, S.get(a, b) * (1 - states.get(t, a) ** 2));
    J = matmul(S, J);
    norms.push(Math.sqrt(J.data.reduce((s, v) => s + v * v, 0)));
  }
  return norms;
}

function identityOf(d: number): Matrix {
  const I = new Matrix(d, d);
  for (let i = 0; i < d; i++) I.set(i, i, 1);
  return I;
}

export interface GruWeights {
  /** Input weights for the reset, update and candidate gates, each [d_in, d_h]. */
  W_r: MatrixLike; W_z: MatrixLike; W_n: MatrixLike;
  /** Recurrent weights, each [d_h, d_h]. */
  U_r: MatrixLike; U_z: MatrixLike; U_n: MatrixLike;
  b_r?: readonly number[]; b_z?: readonly number[];
  /** Candidate biases: b_n on the input side, b_hn inside the reset gate (as in PyTorch and ONNX's linear_before_reset). */
  b_n?: readonly number[]; b_hn?: readonly number[];
}

/**
 * GRU (Cho et al. 2014, PyTorch's form):
 *   r = σ(x W_r + h U_r + b_r),  z = σ(x W_z + h U_z + b_z)
 *   n = tanh(x W_n + b_n + r ⊙ (h U_n + b_hn)),  h' = (1 − z) ⊙ n + z ⊙ h
 * Returns the states H: [n, d_h].
 */
export function runGru(X_: MatrixLike, w: GruWeights, h0?: readonly number[]): Matrix {
  const X = matrix(X_, 'X');
  const d_h = matrix(w.U_r, 'U_r').rows;
  const input = (W: MatrixLike, name: string) => { const M = matrix(W, name); assertShape(M, [X.cols, d_h], name); return M; };
  const recurrent = (U: MatrixLike, name: string) => { const M = matrix(U, name); assertShape(M, [d_h, d_h], name); return M; };
  const W_r = input(w.W_r, 'W_r'), W_z = input(w.W_z, 'W_z'), W_n = input(w.W_n, 'W_n');
  const U_r = recurrent(w.U_r, 'U_r'), U_z = recurrent(w.U_z, 'U_z'), U_n = recurrent(w.U_n, 'U_n');
  const b_r = checkVector(w.b_r, d_h, 'b_r'), b_z = checkVector(w.b_z, d_h, 'b_z');
  const b_n = checkVector(w.b_n, d_h, 'b_n'), b_hn = checkVector(w.b_hn, d_h, 'b_hn');
  const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));
  let h = rowVector(checkVector(h0, d_h, 'h0')); // [1, d_h]
  const states = new Matrix(X.rows, d_h); // [n, d_h]
  for (let t = 0; t < X.rows; t++) {
    const x = rowVector(X.row(t)); // [1, d_in]
    const xr = matmul(x, W_r).data, hr = matmul(h, U_r).data;
    const xz = matmul(x, W_z).data, hz = matmul(h, U_z).data;
    const xn = matmul(x, W_n).data, hn = matmul(h, U_n).data;
    const r = xr.map((v, j) => sigmoid(v + hr[j]! + b_r[j]!));
    const z = xz.map((v, j) => sigmoid(v + hz[j]! + b_z[j]!));
    const n = xn.map((v, j) => Math.tanh(v + b_n[j]! + r[j]! * (hn[j]! + b_hn[j]!)));
    h = rowVector(n.map((v, j) => (1 - z[j]!) * v + z[j]! * h.data[j]!));
    states.data.set(h.data, t * d_h);
  }
  return states;
}

function checkVector(v: readonly number[] | undefined, d: number, name: string): number[] {
  if (v === undefined) return new Array<number>(d).fill(0);
  ensure(v.length === d && v.every(Number.isFinite), name, `needs ${d} finite entries`);
  return [...v];
}

/** Steps information takes from position i to j in an RNN: one per position in between. */
export function rnnPathLength(i: number, j: number): number {
  return Math.abs(i - j);
}

/**
 * Layers of a stack of convolutions with kernel width k (no dilation) before position j is
 * inside i's receptive field: each layer widens it by k − 1 positions.
 */
export function cnnPathLength(i: number, j: number, k: number): number {
  ensure(Number.isInteger(k) && k >= 2, 'k', 'the kernel width must be a whole number ≥ 2');
  return Math.ceil(Math.abs(i - j) / (k - 1));
}

/** Self-attention connects every pair of positions directly: one step (zero to itself). */
export function attentionPathLength(i: number, j: number): number {
  return i === j ? 0 : 1;
}

/** A signal multiplied by `gain` at each of `steps` steps: gain^t for t = 0..steps. */
export function signalThroughChain(gain: number, steps: number): number[] {
  ensure(Number.isInteger(steps) && steps >= 0, 'steps', 'must be a whole number ≥ 0');
  return Array.from({ length: steps + 1 }, (_, t) => gain ** t);
}

/*
 * Paths between two positions, layer by layer (Vaswani et al. 2017, §4 and Table 1, "maximum
 * path length"). Each function below returns the positions a signal visits on its way from i to
 * j: p_0 = i at the input, p_ℓ after layer ℓ (or step ℓ), and p_L = j, so a path of L hops has
 * L + 1 entries and its length is the matching *PathLength function. Positions are whole numbers
 * (0- or 1-based alike: only differences matter).
 */

function checkPositions(i: number, j: number): void {
  ensure(Number.isSafeInteger(i) && Number.isSafeInteger(j), 'i, j', 'positions must be whole numbers');
}

function checkKernel(k: number): void {
  ensure(Number.isSafeInteger(k) && k >= 2, 'k', 'the kernel width must be a whole number ≥ 2');
}

/** Walks from i to j in hops of at most `maxHop` positions (the last one may be shorter). */
function hopsOfAtMost(i: number, j: number, maxHop: number): number[] {
  const step = Math.sign(j - i);
  const path = [i];
  for (let p = i; p !== j; ) {
    p += step * Math.min(maxHop, Math.abs(j - p));
    path.push(p);
  }
  return path;
}

/** The RNN's path: every position between i and j, one recurrent step each (|i − j| hops). */
export function rnnPath(i: number, j: number): number[] {
  checkPositions(i, j);
  return hopsOfAtMost(i, j, 1);
}

/**
 * A path through a stack of contiguous convolutions (kernel width k, no dilation): each layer
 * moves the signal at most k − 1 positions, so it takes cnnPathLength(i, j, k) layers.
 */
export function cnnPath(i: number, j: number, k: number): number[] {
  checkPositions(i, j);
  checkKernel(k);
  return hopsOfAtMost(i, j, k - 1);
}

/** Dilation of layer ℓ (ℓ = 1, 2, …) in a WaveNet-style stack whose dilation multiplies by k each layer: k^(ℓ−1). */
export function dilation(layer: number, k: number): number {
  checkKernel(k);
  ensure(Number.isSafeInteger(layer) && layer >= 1, 'layer', 'layers are counted from 1');
  return k ** (layer - 1);
}

/**
 * Dilated convolutions (van den Oord et al. 2016, WaveNet; Table 1's O(log_k n)). Layer ℓ has
 * kernel width k and dilation d_ℓ = k^(ℓ−1) (1, k, k², …): a unit at position p reads the layer
 * below at p, p − d_ℓ, …, p − (k − 1)·d_ℓ. We orient the kernels from i towards j (a causal stack
 * read in the direction the signal travels; for j < i its mirror image), so the count depends only
 * on D = |i − j|.
 *
 * Receptive field: after L layers the unit at j sees the inputs j − t for every t that is a sum
 * Σ_ℓ t_ℓ·k^(ℓ−1) with digits t_ℓ ∈ {0, …, k − 1}: exactly t = 0, …, k^L − 1 (every number below
 * k^L has one L-digit base-k expansion), a contiguous field of k^L positions.
 *
 * Path length: the minimum number of layers L after which i lies in j's receptive field (and j in
 * i's, by the mirror image): the smallest L ≥ 0 with k^L ≥ D + 1, i.e. L = ⌈log_k(D + 1)⌉, the
 * number of base-k digits of D (0 when i = j). j is then reachable by a path of exactly L layers,
 * and by only one: layer ℓ moves the signal by the ℓ-th base-k digit of D times d_ℓ (a digit 0 is
 * a hop through the kernel's centre tap at p, straight up). See dilatedCnnPath.
 */
export function dilatedCnnPathLength(i: number, j: number, k: number): number {
  checkPositions(i, j);
  checkKernel(k);
  const D = Math.abs(i - j);
  let L = 0;
  for (let field = 1; field <= D; field *= k) L += 1; // field = k^L positions after L layers
  return L;
}

/** The one path through the dilated stack: hop ℓ is the ℓ-th base-k digit of |i − j| times k^(ℓ−1). */
export function dilatedCnnPath(i: number, j: number, k: number): number[] {
  const L = dilatedCnnPathLength(i, j, k);
  const step = Math.sign(j - i);
  const path = [i];
  let rest = Math.abs(j - i), p = i;
  for (let layer = 1; layer <= L; layer++) {
    const digit = rest % k;
    rest = (rest - digit) / k;
    p += step * digit * dilation(layer, k);
    path.push(p);
  }
  return path;
}

/**
 * How far a stack of `layers` convolutions reaches from one position, in positions: the receptive
 * field spans reach + 1 positions. Contiguous kernels: layers·(k − 1); dilated (d_ℓ = k^(ℓ−1)): k^layers − 1.
 */
export function convolutionReach(layers: number, k: number, dilated: boolean): number {
  checkKernel(k);
  ensure(Number.isSafeInteger(layers) && layers >= 0, 'layers', 'must be a whole number ≥ 0');
  return dilated ? k ** layers - 1 : layers * (k - 1);
}

/**
 * Self-attention restricted to a neighbourhood of radius r (each position attends to the 2r + 1
 * positions around it; Table 1's O(n/r)): each layer moves the signal at most r positions, so
 * ⌈|i − j| / r⌉ layers.
 */
export function restrictedAttentionPathLength(i: number, j: number, r: number): number {
  checkPositions(i, j);
  ensure(Number.isSafeInteger(r) && r >= 1, 'r', 'the radius must be a whole number ≥ 1');
  return Math.ceil(Math.abs(i - j) / r);
}

/** A path through restricted self-attention with radius r: hops of at most r positions. */
export function restrictedAttentionPath(i: number, j: number, r: number): number[] {
  restrictedAttentionPathLength(i, j, r);
  return hopsOfAtMost(i, j, r);
}

/** Full self-attention's path: straight from i to j in one step ([i] alone when i = j). */
export function attentionPath(i: number, j: number): number[] {
  checkPositions(i, j);
  return i === j ? [i] : [i, j];
}
