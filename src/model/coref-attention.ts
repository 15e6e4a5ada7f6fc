/**
 * Reading the coreference model's attention: one head's map, the pronoun's row of the pointer
 * head (which *is* the model's answer), and "look inside a head", where the kernel recomputes
 * a head from the layer's input and the model's own weights and is compared with what ONNX
 * Runtime returned. Pure functions over plain arrays: they run alike on precomputed presets,
 * on the worker's outputs and in Node tests.
 */
import { Matrix, selfAttention } from '../kernel/index.ts';
import { type LayerProjections, headProjections } from './metadata.ts';
import type { CorefOutputs } from './worker-protocol.ts';

/** Every layer's attention weights for one sentence: layers[l] is [H, T, T] flattened row-major. */
export interface AttentionMaps {
  T: number;
  heads: number;
  layers: ArrayLike<number>[];
}

export function mapsFromOutputs(outputs: CorefOutputs, heads: number): AttentionMaps {
  return { T: outputs.T, heads, layers: outputs.layers.map((l) => l.attn) };
}

function check(maps: AttentionMaps, layer: number, head: number): void {
  if (!(layer >= 0 && layer < maps.layers.length && head >= 0 && head < maps.heads)) throw new RangeError(`no layer ${layer} head ${head}`);
}

/** Row i of one head's weights: how token i spreads its attention over the sentence, [T]. */
export function attentionRow(maps: AttentionMaps, layer: number, head: number, i: number): number[] {
  check(maps, layer, head);
  const { T } = maps;
  if (!(i >= 0 && i < T)) throw new RangeError(`no token ${i} in a sentence of ${T}`);
  return Array.from({ length: T }, (_, j) => maps.layers[layer]![(head * T + i) * T + j]!);
}

/** One head's weights as a [T, T] matrix. */
export function headMatrix(maps: AttentionMaps, layer: number, head: number): Matrix {
  check(maps, layer, head);
  const { T } = maps;
  return new Matrix(T, T, Float64Array.from({ length: T * T }, (_, k) => maps.layers[layer]![head * T * T + k]!));
}

export interface PointerReading {
  /** The pronoun's row of the pointer head, [T]. */
  row: number[];
  /** The candidate nouns with the pointer's weight on each, in sentence order. */
  candidates: { index: number; weight: number }[];
  /** The candidate with the largest weight: the model's answer (null without candidates). */
  referent: number | null;
}

/** What the pointer head says the pronoun refers to. */
export function readPointer(maps: AttentionMaps, pointer: { layer: number; head: number }, pronoun: number, candidates: readonly number[]): PointerReading {
  const row = attentionRow(maps, pointer.layer, pointer.head, pronoun);
  const scored = candidates.map((index) => ({ index, weight: row[index]! }));
  const best = scored.reduce<{ index: number; weight: number } | null>((b, c) => (b === null || c.weight > b.weight ? c : b), null);
  return { row, candidates: scored, referent: best?.index ?? null };
}

export interface HeadInspection {
  layer: number;
  head: number;
  /** The query token. */
  token: number;
  d_k: number;
  /** The layer's input x_i (LayerNorm'd), [d_model]. */
  x: number[];
  /** q_i = x_i W_Q,h + b_Q,h from the kernel, and as ONNX Runtime returned it, [d_k]. */
  q: number[];
  ortQ: number[];
  /** k_j = x_j W_K,h + b_K,h for every token, [T, d_k]. */
  K: Matrix;
  /** Row i of S = QKᵀ, of S / √d_k and of softmax: the kernel's, [T]. */
  scores: number[];
  scaled: number[];
  weights: number[];
  /** Row i of the head's attention weights as ONNX Runtime returned them, [T]. */
  ortWeights: number[];
  /** Largest absolute difference between kernel and ONNX Runtime, over the whole head. */
  maxDiff: { Q: number; K: number; weights: number };
}

/** Recomputes head `head` of layer `layer` with the kernel from the layer's real input and weights. */
export function inspectHead(
  outputs: CorefOutputs, projections: readonly LayerProjections[], shape: { heads: number; d_k: number; d_model: number },
  layer: number, head: number, token: number,
): HeadInspection {
  const { T } = outputs;
  const { d_k, d_model } = shape;
  const out = outputs.layers[layer], w = projections[layer];
  if (out === undefined || w === undefined || !(head >= 0 && head < shape.heads)) throw new RangeError(`no layer ${layer} head ${head}`);
  if (!(token >= 0 && token < T)) throw new RangeError(`no token ${token} in a sentence of ${T}`);
  const x = new Matrix(T, d_model, Float64Array.from(out.x)); // [T, d_model]
  const r = selfAttention(x, headProjections(w, head, d_k)); // Q_h = x W_Q,h + b_Q,h, …, softmax(Q_h K_hᵀ / √d_k)
  const ortQ = out.q.subarray(head * T * d_k, (head + 1) * T * d_k); // [T, d_k]
  const ortK = out.k.subarray(head * T * d_k, (head + 1) * T * d_k);
  const ortA = out.attn.subarray(head * T * T, (head + 1) * T * T); // [T, T]
  const diff = (m: Matrix, theirs: ArrayLike<number>) => m.data.reduce((worst, v, k) => Math.max(worst, Math.abs(v - theirs[k]!)), 0);
  const row = (m: Matrix) => Array.from(m.row(token));
  return {
    layer, head, token, d_k,
    x: Array.from(x.row(token)),
    q: row(r.Q),
    ortQ: Array.from(ortQ.subarray(token * d_k, (token + 1) * d_k)),
    K: r.K,
    scores: row(r.scores),
    scaled: row(r.scaledScores),
    weights: row(r.weights),
    ortWeights: Array.from(ortA.subarray(token * T, (token + 1) * T)),
    maxDiff: { Q: diff(r.Q, ortQ), K: diff(r.K, ortK), weights: diff(r.weights, ortA) },
  };
}
