/**
 * The rotary-embedding widget's numbers (RoPE, Su et al. 2021). Every rotation is the kernel's
 * rotaryEmbedding: part 1 places one (even, odd) pair of q and k in the slot of pair i of a
 * d = 8 vector, so that the kernel turns it by pos · θ_i; part 2 places one q and one k at every
 * position 0..N−1 and takes all the dot products q_m · k_n. No DOM here: the .svelte files render.
 */
import { type Matrix, createRng, dot, matmulTransposed, rotaryEmbedding } from '../../kernel/index.ts';

/** The width of the vectors in part 2, and the d in θ_i = base^(−2i/d) everywhere: four pairs. */
export const D = 8;
/** Positions 0..N−1 in part 2. */
export const N = 8;
/** RoPE's base (LLaMA and the paper use 10000). */
export const BASE = 10000;
/** The pairs of a d = 8 vector: part 1 may show any one of them. */
export const PAIRS = D / 2;

export type Vec2 = readonly [number, number];

/**
 * θ_i = base^(−2i/d): how far pair i turns per position. The same expression as the kernel's
 * rotaryEmbedding (a unit test checks that the kernel turns pair i by exactly this angle).
 */
export function theta(pair: number, d = D, base = BASE): number {
  return base ** ((-2 * pair) / d);
}

/** θ_0 … θ_3 for d = 8: 1, 0.1, 0.01, 0.001. */
export const THETAS: readonly number[] = Array.from({ length: PAIRS }, (_, i) => theta(i));

/** The pair v rotated by the kernel at position `pos`, as pair `pair` of a d-vector (the other entries are 0). */
export function rotatePair(v: Vec2, pos: number, pair: number, d = D, base = BASE): Vec2 {
  const row = new Array<number>(d).fill(0); // [d]
  row[2 * pair] = v[0];
  row[2 * pair + 1] = v[1];
  const Y = rotaryEmbedding([row], { positions: [pos], base }); // [1, d]
  return [Y.get(0, 2 * pair), Y.get(0, 2 * pair + 1)];
}

export const norm = (v: Vec2): number => Math.sqrt(dot(v, v));
/** The direction of v in radians, in (−π, π] (0 for the zero vector). */
export const direction = (v: Vec2): number => Math.atan2(v[1], v[0]);

/** An angle brought into (−π, π]. */
export function wrapAngle(a: number): number {
  const turn = 2 * Math.PI;
  let w = a - turn * Math.floor(a / turn); // [0, 2π)
  if (w > Math.PI) w -= turn;
  return w;
}

export interface PairInput {
  q: Vec2;
  k: Vec2;
  /** The query's position m and the key's position n. */
  m: number;
  n: number;
  /** Which pair of a d = 8 vector (0–3): sets θ. */
  pair: number;
}

export interface PairResult {
  theta: number;
  /** q_m = R(mθ) q and k_n = R(nθ) k, by the kernel. */
  qRot: Vec2;
  kRot: Vec2;
  /** q_m · k_n. */
  score: number;
  /** q · R((n − m)θ) k: the same score with only k turned, by the offset. */
  relative: number;
  /** |score − relative|: what the identity leaves, rounding only. */
  identityGap: number;
  offset: number;
  normQ: number;
  normK: number;
  normQRot: number;
  normKRot: number;
  /** Directions of q and k before the rotation. */
  phiQ: number;
  phiK: number;
  /** The closed form |q| |k| cos(φ_k − φ_q + (n − m)θ). */
  formula: number;
  /** The angle from q_m to k_n in (−π, π], as the diagram draws it. */
  between: number;
}

export function computePair({ q, k, m, n, pair }: PairInput): PairResult {
  const th = theta(pair);
  const qRot = rotatePair(q, m, pair), kRot = rotatePair(k, n, pair);
  const score = dot(qRot, kRot);
  const relative = dot(q, rotatePair(k, n - m, pair));
  const normQ = norm(q), normK = norm(k);
  const phiQ = direction(q), phiK = direction(k);
  const offset = n - m;
  return {
    theta: th,
    qRot,
    kRot,
    score,
    relative,
    identityGap: Math.abs(score - relative),
    offset,
    normQ,
    normK,
    normQRot: norm(qRot),
    normKRot: norm(kRot),
    phiQ,
    phiK,
    formula: normQ * normK * Math.cos(phiK - phiQ + offset * th),
    between: wrapAngle(direction(kRot) - direction(qRot)),
  };
}

/* ---------- what the last move of the positions did ---------- */

export interface Positions {
  m: number;
  n: number;
}

export type PositionChange =
  /** Both moved by `shift`: the offset and the score stay (the score to rounding, `diff`). */
  | { kind: 'same'; shift: number; offset: number; before: number; after: number; diff: number }
  /** The offset changed, so the score changed. */
  | { kind: 'offset'; from: number; to: number; before: number; after: number; diff: number };

/** The score before and after the positions moved, for the same q, k and pair; null when nothing moved. */
export function comparePositions(before: Positions, after: Positions, input: Omit<PairInput, 'm' | 'n'>): PositionChange | null {
  if (before.m === after.m && before.n === after.n) return null;
  const s0 = computePair({ ...input, ...before }).score, s1 = computePair({ ...input, ...after }).score;
  const from = before.n - before.m, to = after.n - after.m;
  const diff = Math.abs(s1 - s0);
  return from === to
    ? { kind: 'same', shift: after.m - before.m, offset: to, before: s0, after: s1, diff }
    : { kind: 'offset', from, to, before: s0, after: s1, diff };
}

/** Whether both positions can move by `by` and stay within [min, max]. */
export function canShift(p: Positions, by: number, min: number, max: number): boolean {
  return Math.min(p.m, p.n) + by >= min && Math.max(p.m, p.n) + by <= max;
}

/* ---------- part 2: the whole sequence ---------- */

/**
 * S[m][n] = q_m · k_n for positions 0..N−1: the same q and k placed at every position, each row
 * rotated by the kernel's RoPE, then Q_rot K_rotᵀ. [N, N].
 */
export function scoreMatrix(q: readonly number[], k: readonly number[], n = N, base = BASE): Matrix {
  const Q = rotaryEmbedding(Array.from({ length: n }, () => [...q]), { base }); // [n, d]
  const K = rotaryEmbedding(Array.from({ length: n }, () => [...k]), { base }); // [n, d]
  return matmulTransposed(Q, K, ['Q', 'K']); // [n, n]
}

export interface Diagonal {
  /** n − m: −(N−1) … N−1. */
  offset: number;
  values: number[];
  /** Largest minus smallest value on the diagonal. */
  spread: number;
}

/** Every diagonal of a square matrix (constant column − row), from the bottom-left corner to the top-right. */
export function diagonals(S: Matrix): Diagonal[] {
  const out: Diagonal[] = [];
  for (let offset = -(S.rows - 1); offset <= S.cols - 1; offset++) {
    const values: number[] = [];
    for (let i = 0; i < S.rows; i++) {
      const j = i + offset;
      if (j >= 0 && j < S.cols) values.push(S.get(i, j));
    }
    out.push({ offset, values, spread: Math.max(...values) - Math.min(...values) });
  }
  return out;
}

/** The largest spread along any diagonal: 0 for an exact Toeplitz matrix, rounding for RoPE's scores. */
export function largestSpread(S: Matrix): number {
  return Math.max(...diagonals(S).map((d) => d.spread));
}

/** A score as a heat value in [0, 1] between the matrix's smallest and largest entry (0.5 when all agree). */
export function heatScale(S: Matrix): (v: number) => number {
  let lo = Infinity, hi = -Infinity;
  for (const v of S.data) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return (v) => (hi > lo ? (v - lo) / (hi - lo) : 0.5);
}

/** A query and a key of width D drawn from `seed`: uniform on [−1, 1), one decimal, no −0. */
export function randomPair(seed: number): { q: number[]; k: number[] } {
  const M = createRng(seed).matrix(2, D, { decimals: 1 });
  const clean = (v: number) => (v === 0 ? 0 : v);
  return { q: Array.from(M.row(0), clean), k: Array.from(M.row(1), clean) };
}
