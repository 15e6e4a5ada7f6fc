/**
 * Messages between the page (model-client.ts) and the model worker (model.worker.ts).
 * Everything here is structured-clonable: plain objects and typed arrays.
 */

/** The ONNX files in public/models/ the worker can run. */
export type ModelName = 'coref' | 'rnn' | 'gru' | 'attention';

/** What the reader is waiting for while the worker loads. */
export type LoadStage = 'runtime' | 'model';

/** Why loading or running failed; each has its own message in the reader's language. */
export type ModelErrorCode =
  | 'noWasm' // this browser has no WebAssembly
  | 'noWorker' // this browser cannot start a module worker
  | 'runtime' // onnxruntime-web or its .wasm could not be loaded or started
  | 'model' // a model file could not be downloaded or opened
  | 'run'; // the model refused the input

export type WorkerRequest =
  | { id: number; kind: 'load'; model: ModelName; modelUrl: string }
  | { id: number; kind: 'coref'; ids: number[] }
  | { id: number; kind: 'recurrence'; model: Exclude<ModelName, 'coref'>; tokens: number[][] };

/** One layer of the coreference model's outputs, flattened row-major. */
export interface CorefLayerOutputs {
  attn: Float32Array; // [H, T, T]
  q: Float32Array; // [H, T, d_k]
  k: Float32Array; // [H, T, d_k]
  v: Float32Array; // [H, T, d_k]
  x: Float32Array; // [T, d_model], the LayerNorm'd input of the layer's attention
}

export interface CorefOutputs {
  T: number;
  layers: CorefLayerOutputs[];
  /** Time inside session.run, in milliseconds. */
  ms: number;
}

export interface RecurrenceOutputs {
  /** [n, symbols] logits, one row per example. */
  logits: Float32Array;
  ms: number;
}

export type WorkerResponse =
  | { id: number; kind: 'progress'; stage: LoadStage; loaded: number; total: number | null }
  | { id: number; kind: 'loaded' }
  | { id: number; kind: 'coref'; result: CorefOutputs }
  | { id: number; kind: 'recurrence'; result: RecurrenceOutputs }
  | { id: number; kind: 'error'; code: ModelErrorCode; detail: string };
