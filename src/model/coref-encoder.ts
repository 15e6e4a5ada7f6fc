/**
 * The whole coreference model, run by the kernel from its real weights (coref.full.bin):
 *
 *   x⁰ = E[ids] + PE                                         CorefEncoder.forward: embed + pe[:T]
 *   for each layer l:                                        Block.forward
 *     x{l} = LayerNorm₁(x)                                   h = self.ln1(x)
 *     head_h = softmax(Q_h K_hᵀ / √d_k) V_h                  q, k, v = heads(W_Q(h)), …; attn = softmax; z = attn @ v
 *     x = x + Concat(head_1, …, head_H) W_O + b_O            x = x + self.W_O(z …)   (a zeroed head: z_h = 0)
 *     x = x + FFN(LayerNorm₂(x))                             x = x + self.ff2(relu(self.ff1(self.ln2(x))))
 *   hidden = LayerNorm_f(x)                                  self.ln_f(x)
 *
 * `zeroed` turns heads off as training/coref_model.py's `head_keep` does: the head's output z_h
 * is multiplied by 0 before W_O, while its attention weights are still computed (and returned).
 * That is how coref.json's headAnalysis measured accuracyWhenZeroed.
 */
import {
  KernelError, Matrix, type MultiHeadResult, addPositionalEncoding, concatCols, feedForward, layerNorm, linear,
  multiHeadAttention, residual, sinusoidalPositionalEncoding, zeros,
} from '../kernel/index.ts';
import type { AttentionMaps, PointerReading } from './coref-attention.ts';
import { readPointer } from './coref-attention.ts';
import type { CorefFullWeights, EncoderLayerWeights } from './coref-full-weights.ts';

/** Throws the kernel's invalidArgument error unless `ok`. */
function ensure(ok: boolean, argument: string, reason: string): asserts ok {
  if (!ok) throw new KernelError({ code: 'invalidArgument', argument, reason });
}

/** A head of the model, numbered from 0 as in coref.json. */
export interface HeadId {
  layer: number;
  head: number;
}

export interface EncoderLayerTrace {
  /** x{l} = LayerNorm₁(x): what the layer's attention reads, [T, d_model]. */
  x: Matrix;
  /** Every head's Q_h, K_h, V_h, weights and output (before zeroing), the concatenation, W_O's output. */
  attention: MultiHeadResult;
  /** Concat(heads, with the zeroed ones as 0) W_O + b_O: what is added to the residual stream, [T, d_model]. */
  attended: Matrix;
  /** The layer's output: x + attended + FFN(LayerNorm₂(x + attended)), [T, d_model]. */
  output: Matrix;
}

export interface EncoderRun {
  T: number;
  /** The heads whose outputs were zeroed. */
  zeroed: HeadId[];
  layers: EncoderLayerTrace[];
  /** LayerNorm_f of the last layer's output, [T, d_model] (the ONNX output `hidden`). */
  hidden: Matrix;
  /** Every layer's attention weights, [H, T, T] flattened, for coref-attention.ts's readers. */
  maps: AttentionMaps;
}

export interface EncoderOptions {
  /** Heads whose outputs are set to 0 (ablation). */
  zeroed?: readonly HeadId[];
  /** The longest sentence the model takes (coref.json maxLength: the rows of its position table). */
  maxLength?: number;
  /** Whether the sinusoidal position codes are added to the embeddings (the model was trained with them); default true. */
  positions?: boolean;
}

/**
 * x⁰ = E[ids] + PE: each token's embedding plus the sinusoidal encoding of its position, [T, d_model].
 * Without positions (the positional-encoding chapter's experiment) x⁰ = E[ids]: the model then sees a bag of words.
 */
export function embed(ids: readonly number[], w: CorefFullWeights, positions = true): Matrix {
  const { d_model, vocabSize } = w.sizes;
  ensure(ids.every((id) => Number.isInteger(id) && id >= 0 && id < vocabSize), 'ids', `every id must be a whole number in 0..${vocabSize - 1}`);
  const E = new Matrix(ids.length, d_model); // [T, d_model], row t = E[ids[t]]
  ids.forEach((id, t) => E.data.set(w.embedding.row(id), t * d_model));
  if (!positions) return E;
  return addPositionalEncoding(E, sinusoidalPositionalEncoding(ids.length, d_model)); // [T, d_model]
}

/** One pre-LN encoder layer (Block.forward); `zeroedHeads` lists this layer's heads whose outputs are 0. */
export function encoderLayer(x: Matrix, w: EncoderLayerWeights, H: number, zeroedHeads: readonly number[] = []): EncoderLayerTrace {
  const h = layerNorm(x, w.ln1); // x{l}, [T, d_model]
  const attention = multiHeadAttention(h, w.attention, H); // heads: softmax(Q_h K_hᵀ/√d_k) V_h; output: Concat(…) W_O + b_O
  const attended = zeroedHeads.length === 0
    ? attention.output
    : linear(concatCols(attention.heads.map((head, i) => (zeroedHeads.includes(i) ? zeros(head.output.rows, head.output.cols) : head.output))), // [T, H·d_k]
      { W: w.attention.W_O, b: w.attention.b_O }, ['Concat', 'W_O']); // [T, d_model]
  const afterAttention = residual(x, attended); // x + MultiHead(LN₁(x))
  const output = residual(afterAttention, feedForward(layerNorm(afterAttention, w.ln2), w.ffn)); // x + FFN(LN₂(x))
  return { x: h, attention, attended, output };
}

/** Runs the whole model on one sentence's token ids. */
export function runEncoder(ids: readonly number[], w: CorefFullWeights, options: EncoderOptions = {}): EncoderRun {
  const { layers: L, heads: H } = w.sizes;
  const zeroed = [...(options.zeroed ?? [])];
  const maxLength = options.maxLength ?? Infinity;
  if (ids.length === 0) throw new KernelError({ code: 'empty', matrix: 'ids' });
  ensure(ids.length <= maxLength, 'ids', `the model takes at most ${maxLength} tokens (got ${ids.length})`);
  for (const z of zeroed) ensure(Number.isInteger(z.layer) && z.layer >= 0 && z.layer < L && Number.isInteger(z.head) && z.head >= 0 && z.head < H, 'zeroed', `no layer ${z.layer} head ${z.head}`);
  let x = embed(ids, w, options.positions ?? true); // x⁰, [T, d_model]
  const layers: EncoderLayerTrace[] = [];
  for (let l = 0; l < L; l++) {
    const trace = encoderLayer(x, w.layers[l]!, H, zeroed.filter((z) => z.layer === l).map((z) => z.head));
    layers.push(trace);
    x = trace.output;
  }
  const hidden = layerNorm(x, w.lnf); // [T, d_model]
  return { T: ids.length, zeroed, layers, hidden, maps: attentionMaps(layers, ids.length, H) };
}

/** Every layer's weights as one flat [H, T, T] array per layer (the layout of the ONNX outputs attn{l}). */
function attentionMaps(layers: readonly EncoderLayerTrace[], T: number, H: number): AttentionMaps {
  return {
    T, heads: H,
    layers: layers.map((trace) => {
      const flat = new Float64Array(H * T * T);
      trace.attention.heads.forEach((head, h) => flat.set(head.weights.data, h * T * T));
      return flat;
    }),
  };
}

/** What the pointer head says the pronoun refers to, read from a run (coref-attention.ts's readPointer). */
export function pointerOf(run: EncoderRun, pointer: HeadId, pronoun: number, candidates: readonly number[]): PointerReading {
  return readPointer(run.maps, pointer, pronoun, candidates);
}

/** Whether the pointer head itself is zeroed: its weights are still computed, but its output no longer reaches anything. */
export const pointerZeroed = (zeroed: readonly HeadId[], pointer: HeadId): boolean =>
  zeroed.some((z) => z.layer === pointer.layer && z.head === pointer.head);
