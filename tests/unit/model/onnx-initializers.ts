/**
 * Reads a committed .onnx file with onnx-proto: its operators and its weights (initializers) as
 * float64 arrays, so the tests can recompute parts of a model with the kernel.
 */
import { readFileSync } from 'node:fs';
import onnxProto from 'onnx-proto';
import type { onnx as Onnx } from 'onnx-proto';

const { onnx } = onnxProto;

export interface Weight {
  dims: number[];
  data: Float64Array;
}

export interface OnnxFile {
  bytes: Uint8Array;
  model: Onnx.ModelProto;
  nodes: Onnx.INodeProto[];
  weights: Map<string, Weight>;
  opset: number;
}

export function readOnnx(path: string | URL): OnnxFile {
  const bytes = new Uint8Array(readFileSync(path));
  const model = onnx.ModelProto.decode(bytes);
  const graph = model.graph!;
  const weights = new Map<string, Weight>();
  for (const t of graph.initializer ?? []) {
    const dims = (t.dims ?? []).map(Number);
    if (t.dataType !== onnx.TensorProto.DataType.FLOAT) continue;
    const n = dims.reduce((a, b) => a * b, 1);
    const data = new Float64Array(n);
    if (t.rawData && t.rawData.length > 0) {
      const view = new DataView(t.rawData.buffer, t.rawData.byteOffset, t.rawData.byteLength);
      for (let i = 0; i < n; i++) data[i] = view.getFloat32(4 * i, true);
    } else {
      data.set(t.floatData ?? []);
    }
    weights.set(t.name!, { dims, data });
  }
  const opset = Number((model.opsetImport ?? []).find((o) => (o.domain ?? '') === '')?.version ?? 0);
  return { bytes, model, nodes: graph.node ?? [], weights, opset };
}

/** The initializer feeding input `slot` of the first node of type `opType`. */
export function nodeWeight(file: OnnxFile, opType: string, slot: number): Weight {
  const node = file.nodes.find((n) => n.opType === opType);
  const name = node?.input?.[slot];
  const w = name === undefined ? undefined : file.weights.get(name);
  if (w === undefined) throw new Error(`no initializer at input ${slot} of ${opType}`);
  return w;
}

/** Row r (length `cols`) of a flat row-major tensor, as a plain array. */
export function rowOf(data: Float64Array | Float32Array, r: number, cols: number): number[] {
  return Array.from(data.subarray(r * cols, (r + 1) * cols));
}
