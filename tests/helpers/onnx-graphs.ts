/**
 * ONNX models of attention, built by hand with onnx-proto, so onnxruntime can check the kernel
 * (tests/unit/kernel-vs-onnxruntime.test.ts) and be timed against it (bench/attention.bench.ts).
 *
 * Each graph is an independent statement of the math in ONNX operators; nothing here calls
 * the kernel. Even √d_k is read off the tensors at run time (Shape → Gather → Cast → Sqrt)
 * rather than computed in JavaScript, so a wrong scale in the kernel cannot hide here too.
 */
import onnxProto from 'onnx-proto';
import type { onnx as Onnx } from 'onnx-proto';

const { onnx } = onnxProto;
const DataType = onnx.TensorProto.DataType;
const AttributeType = onnx.AttributeProto.AttributeType;

/** float64 compares the kernel (which works in doubles) tightly; float32 is ORT's natural dtype. */
export type FloatType = 'float32' | 'float64';
type ElemType = FloatType | 'bool' | 'int64';
/** A fixed size, or a name for a size chosen at run time. */
export type Dim = number | string;

const elemTypes: Record<ElemType, number> = { float32: DataType.FLOAT, float64: DataType.DOUBLE, bool: DataType.BOOL, int64: DataType.INT64 };

// ─── The builder ──────────────────────────────────────────────────────────────────────────────

export function tensorInfo(name: string, type: ElemType, dims: readonly Dim[]): Onnx.IValueInfoProto {
  const dim = dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d }));
  return { name, type: { tensorType: { elemType: elemTypes[type], shape: { dim } } } };
}

/** An attribute value: an integer, a list of integers, or (tagged, since JS cannot tell 1 from 1.0) a float. */
export type AttributeValue = number | readonly number[] | { float: number };

function attribute(name: string, v: AttributeValue): Onnx.IAttributeProto {
  if (typeof v === 'number') return { name, type: AttributeType.INT, i: v };
  if ('float' in v) return { name, type: AttributeType.FLOAT, f: v.float };
  return { name, type: AttributeType.INTS, ints: [...v] };
}

export function node(opType: string, inputs: readonly string[], outputs: readonly string[], attributes: Record<string, AttributeValue> = {}): Onnx.INodeProto {
  return { opType, input: [...inputs], output: [...outputs], name: outputs[0] ?? opType, attribute: Object.entries(attributes).map(([k, v]) => attribute(k, v)) };
}

/** A constant tensor baked into the model (an initializer). */
export function constant(name: string, type: FloatType | 'int64', dims: readonly number[], values: readonly number[]): Onnx.ITensorProto {
  const data = type === 'float32' ? { floatData: [...values] } : type === 'float64' ? { doubleData: [...values] } : { int64Data: [...values] };
  return { name, dataType: elemTypes[type], dims: [...dims], ...data };
}

export interface GraphSpec {
  name: string;
  inputs: Onnx.IValueInfoProto[];
  outputs: Onnx.IValueInfoProto[];
  nodes: Onnx.INodeProto[];
  initializers?: Onnx.ITensorProto[];
}

/** A complete model, serialized: what ort.InferenceSession.create takes. */
export function encodeModel(g: GraphSpec, opset = 17): Uint8Array {
  const model: Onnx.IModelProto = {
    irVersion: 8,
    opsetImport: [{ domain: '', version: opset }],
    producerName: 'attention-step-by-step tests',
    graph: { name: g.name, input: g.inputs, output: g.outputs, node: g.nodes, initializer: g.initializers ?? [] },
  };
  const problem = onnx.ModelProto.verify(model);
  if (problem !== null) throw new Error(`invalid ONNX model ${g.name}: ${problem}`);
  return onnx.ModelProto.encode(model).finish();
}

/** Nodes computing √(size of `axis` of `tensor`) into `out`, as a scalar of `type`. */
function sqrtOfDim(tensor: string, axis: number, type: FloatType, out: string): { nodes: Onnx.INodeProto[]; initializers: Onnx.ITensorProto[] } {
  return {
    nodes: [
      node('Shape', [tensor], [`${out}_shape`]),
      node('Gather', [`${out}_shape`, `${out}_axis`], [`${out}_dim`], { axis: 0 }), // a scalar int64
      node('Cast', [`${out}_dim`], [`${out}_dimf`], { to: elemTypes[type] }),
      node('Sqrt', [`${out}_dimf`], [out]),
    ],
    initializers: [constant(`${out}_axis`, 'int64', [], [axis])],
  };
}

// ─── Scaled dot-product attention ─────────────────────────────────────────────────────────────

export interface AttentionGraphOptions {
  type?: FloatType;
  /** Sizes: names (the default) give one model for every shape; numbers fix the shape. */
  n_q?: Dim;
  n_k?: Dim;
  d_k?: Dim;
  d_v?: Dim;
  /** Adds a bool input `mask` [n_q, n_k]; false → −∞ before the softmax. */
  masked?: boolean;
  /** Also output scores, scaledScores (and maskedScores) and weights. Default true; off lets ORT fuse. */
  intermediates?: boolean;
}

/**
 * softmax(QKᵀ / √d_k [masked]) V. Inputs Q [n_q, d_k], K [n_k, d_k], V [n_k, d_v] (and mask);
 * outputs scores, scaledScores, maskedScores, weights [n_q, n_k] and output [n_q, d_v].
 */
export function attentionModel(options: AttentionGraphOptions = {}): Uint8Array {
  const { type = 'float64', n_q = 'n_q', n_k = 'n_k', d_k = 'd_k', d_v = 'd_v', masked = false, intermediates = true } = options;
  const sqrt = sqrtOfDim('Q', 1, type, 'sqrt_d_k');
  const softmaxInput = masked ? 'maskedScores' : 'scaledScores';
  const nodes = [
    node('Transpose', ['K'], ['K_T'], { perm: [1, 0] }), // [d_k, n_k]
    node('MatMul', ['Q', 'K_T'], ['scores']), // [n_q, n_k]
    ...sqrt.nodes,
    node('Div', ['scores', 'sqrt_d_k'], ['scaledScores']),
    ...(masked ? [node('Where', ['mask', 'scaledScores', 'minus_inf'], ['maskedScores'])] : []),
    node('Softmax', [softmaxInput], ['weights'], { axis: -1 }),
    node('MatMul', ['weights', 'V'], ['output']), // [n_q, d_v]
  ];
  const scoreNames = ['scores', 'scaledScores', ...(masked ? ['maskedScores'] : []), 'weights'];
  return encodeModel({
    name: masked ? 'masked_attention' : 'attention',
    inputs: [
      tensorInfo('Q', type, [n_q, d_k]),
      tensorInfo('K', type, [n_k, d_k]),
      tensorInfo('V', type, [n_k, d_v]),
      ...(masked ? [tensorInfo('mask', 'bool', [n_q, n_k])] : []),
    ],
    outputs: [...(intermediates ? scoreNames.map((s) => tensorInfo(s, type, [n_q, n_k])) : []), tensorInfo('output', type, [n_q, d_v])],
    nodes,
    initializers: [...sqrt.initializers, ...(masked ? [constant('minus_inf', type, [], [-Infinity])] : [])],
  });
}

// ─── Multi-head attention ─────────────────────────────────────────────────────────────────────

export interface MultiHeadGraphOptions {
  type?: FloatType;
  H: number;
  /** Widths of the projections; fixed, because Reshape needs H and the per-head width. */
  d_model: number;
  d_k: number;
  d_v: number;
  /** Adds a bool input `mask` [n_q, n_k], shared by every head. */
  masked?: boolean;
}

/**
 * Concat_h(softmax(Q_h K_hᵀ / √d_k) V_h) W_O with Q = X W_Q, K = Y W_K, V = Y W_V (Y = X for
 * self-attention). The heads are split with Reshape [n, H, d] and Transpose [H, n, d], not by
 * slicing columns as the kernel does. Inputs X [n_q, d_model], Y [n_k, d_model], W_Q, W_K
 * [d_model, H·d_k], W_V [d_model, H·d_v], W_O [H·d_v, d_model] (and mask); outputs weights
 * [H, n_q, n_k], concat [n_q, H·d_v] and output [n_q, d_model].
 */
export function multiHeadModel(options: MultiHeadGraphOptions): Uint8Array {
  const { type = 'float64', H, d_model, d_k, d_v, masked = false } = options;
  const split = (x: string, d: number, perm: number[]) => [
    node('Reshape', [x, `shape_${d}`], [`${x}_split`]), // [n, H, d]
    node('Transpose', [`${x}_split`], [`${x}_heads`], { perm }),
  ];
  const sqrt = sqrtOfDim('Q_heads', 2, type, 'sqrt_d_k');
  const nodes = [
    node('MatMul', ['X', 'W_Q'], ['Q']), // [n_q, H·d_k]
    node('MatMul', ['Y', 'W_K'], ['K']), // [n_k, H·d_k]
    node('MatMul', ['Y', 'W_V'], ['V']), // [n_k, H·d_v]
    ...split('Q', d_k, [1, 0, 2]), // [H, n_q, d_k]
    ...split('K', d_k, [1, 2, 0]), // [H, d_k, n_k]: K_hᵀ for every head
    ...split('V', d_v, [1, 0, 2]), // [H, n_k, d_v]
    node('MatMul', ['Q_heads', 'K_heads'], ['scores']), // [H, n_q, n_k]
    ...sqrt.nodes,
    node('Div', ['scores', 'sqrt_d_k'], ['scaledScores']),
    ...(masked ? [node('Where', ['mask', 'scaledScores', 'minus_inf'], ['maskedScores'])] : []), // mask broadcasts over H
    node('Softmax', [masked ? 'maskedScores' : 'scaledScores'], ['weights'], { axis: -1 }),
    node('MatMul', ['weights', 'V_heads'], ['heads']), // [H, n_q, d_v]
    node('Transpose', ['heads'], ['heads_by_row'], { perm: [1, 0, 2] }), // [n_q, H, d_v]
    node('Reshape', ['heads_by_row', 'shape_concat'], ['concat']), // [n_q, H·d_v]
    node('MatMul', ['concat', 'W_O'], ['output']), // [n_q, d_model]
  ];
  return encodeModel({
    name: 'multi_head_attention',
    inputs: [
      tensorInfo('X', type, ['n_q', d_model]),
      tensorInfo('Y', type, ['n_k', d_model]),
      tensorInfo('W_Q', type, [d_model, H * d_k]),
      tensorInfo('W_K', type, [d_model, H * d_k]),
      tensorInfo('W_V', type, [d_model, H * d_v]),
      tensorInfo('W_O', type, [H * d_v, d_model]),
      ...(masked ? [tensorInfo('mask', 'bool', ['n_q', 'n_k'])] : []),
    ],
    outputs: [tensorInfo('weights', type, [H, 'n_q', 'n_k']), tensorInfo('concat', type, ['n_q', H * d_v]), tensorInfo('output', type, ['n_q', d_model])],
    nodes,
    initializers: [
      // −1: "whatever is left", i.e. the number of rows.
      constant(`shape_${d_k}`, 'int64', [3], [-1, H, d_k]),
      ...(d_v !== d_k ? [constant(`shape_${d_v}`, 'int64', [3], [-1, H, d_v])] : []),
      constant('shape_concat', 'int64', [2], [-1, H * d_v]),
      ...sqrt.initializers,
      ...(masked ? [constant('minus_inf', type, [], [-Infinity])] : []),
    ],
  });
}

// ─── Softmax alone ────────────────────────────────────────────────────────────────────────────

/** Row-wise softmax: input x [rows, cols], output weights. */
export function softmaxModel(type: FloatType = 'float64'): Uint8Array {
  return encodeModel({
    name: 'softmax',
    inputs: [tensorInfo('x', type, ['rows', 'cols'])],
    outputs: [tensorInfo('weights', type, ['rows', 'cols'])],
    nodes: [node('Softmax', ['x'], ['weights'], { axis: -1 })],
  });
}
