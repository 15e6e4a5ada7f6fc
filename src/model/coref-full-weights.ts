/**
 * Every weight of the coreference model, for the kernel's whole-model forward pass
 * (coref-encoder.ts): public/models/coref.full.bin (little-endian float32) laid out as
 * public/models/coref.full.json says. Both are written by training/export_full_weights.py, which
 * reads them out of coref.onnx, in the row-vector form the kernel uses (y = x W + b).
 *
 * A file that does not match its layout (wrong size, a missing or misshapen tensor, a NaN) is
 * refused with a FullWeightsError, never half-read.
 */
import type { CorefMeta } from './metadata.ts';
import { readBody } from './read-body.ts';
import { type FeedForwardWeights, Matrix, type MultiHeadWeights } from '../kernel/index.ts';

/** The model's sizes, as coref.json states them. */
export type FullWeightsSizes = Pick<CorefMeta, 'vocabSize' | 'layers' | 'heads' | 'd_model' | 'd_k' | 'd_ff'>;

/** coref.full.json. */
export interface FullWeightsLayout {
  model: 'coref';
  file: string;
  /** The size of the .bin file. */
  bytes: number;
  dtype: 'float32';
  endianness: 'little';
  /** The ONNX file the weights were read from, and its SHA-256 (the tests check that it is the committed one). */
  readFrom: { file: string; sha256: string };
  sizes: FullWeightsSizes;
  tensors: { name: string; offset: number; shape: number[] }[];
}

export interface LayerNormWeights {
  gamma: number[]; // [d_model]
  beta: number[]; // [d_model]
}

/** One encoder layer, named as in training/coref_model.py's Block. */
export interface EncoderLayerWeights {
  ln1: LayerNormWeights;
  /** W_Q, W_K, W_V: [d_model, H·d_k], heads as column blocks; W_O: [H·d_k, d_model]; with biases. */
  attention: Required<Pick<MultiHeadWeights, 'b_Q' | 'b_K' | 'b_V' | 'b_O'>> & { W_Q: Matrix; W_K: Matrix; W_V: Matrix; W_O: Matrix };
  ln2: LayerNormWeights;
  /** FFN(u) = max(0, u W₁ + b₁) W₂ + b₂: first [d_model, d_ff], second [d_ff, d_model]. */
  ffn: FeedForwardWeights & { first: { W: Matrix; b: number[] }; second: { W: Matrix; b: number[] } };
}

export interface CorefFullWeights {
  sizes: FullWeightsSizes;
  /** E: row id is the embedding of token id, [vocabSize, d_model]. */
  embedding: Matrix;
  layers: EncoderLayerWeights[];
  /** The final LayerNorm (ln_f). */
  lnf: LayerNormWeights;
}

export type FullWeightsProblem = 'layout' | 'size' | 'missing' | 'shape' | 'notFinite' | 'http';

/** Why a weights file was refused: `problem` says what kind, the message says where. */
export class FullWeightsError extends Error {
  readonly problem: FullWeightsProblem;
  constructor(problem: FullWeightsProblem, message: string) {
    super(`coref.full.bin: ${message}`);
    this.name = 'FullWeightsError';
    this.problem = problem;
  }
}

const SIZE_KEYS = ['vocabSize', 'layers', 'heads', 'd_model', 'd_k', 'd_ff'] as const;

/** Checks coref.full.json's fields and returns it typed. */
export function parseFullWeightsLayout(json: unknown): FullWeightsLayout {
  const l = json as Partial<FullWeightsLayout> | null;
  const fail = (what: string): never => { throw new FullWeightsError('layout', `layout: ${what}`); };
  if (l === null || typeof l !== 'object' || l.model !== 'coref') return fail('not the coreference model’s layout');
  if (l.dtype !== 'float32' || l.endianness !== 'little') fail('only little-endian float32 is supported');
  if (!Number.isInteger(l.bytes) || l.bytes! <= 0) fail('bytes must be a whole number > 0');
  const s = l.sizes;
  if (s === undefined) return fail('sizes are missing');
  for (const k of SIZE_KEYS) if (!Number.isInteger(s[k]) || s[k] < 1) fail(`sizes.${k} must be a whole number ≥ 1`);
  if (s.heads * s.d_k !== s.d_model) fail('heads · d_k must equal d_model');
  if (!Array.isArray(l.tensors)) fail('tensors must be a list');
  return l as FullWeightsLayout;
}

/** The names and shapes the model needs, in the file's order (as training/export_full_weights.py writes them). */
export function expectedTensors(s: FullWeightsSizes): { name: string; shape: number[] }[] {
  const d = s.d_model;
  const perLayer: [string, number[]][] = [
    ['ln1.gamma', [d]], ['ln1.beta', [d]],
    ['W_Q', [d, d]], ['b_Q', [d]], ['W_K', [d, d]], ['b_K', [d]], ['W_V', [d, d]], ['b_V', [d]], ['W_O', [d, d]], ['b_O', [d]],
    ['ln2.gamma', [d]], ['ln2.beta', [d]],
    ['W_1', [d, s.d_ff]], ['b_1', [s.d_ff]], ['W_2', [s.d_ff, d]], ['b_2', [d]],
  ];
  return [
    { name: 'embedding', shape: [s.vocabSize, d] },
    ...Array.from({ length: s.layers }, (_, l) => perLayer.map(([n, shape]) => ({ name: `layers.${l}.${n}`, shape }))).flat(),
    { name: 'lnf.gamma', shape: [d] }, { name: 'lnf.beta', shape: [d] },
  ];
}

/** Reads coref.full.bin into kernel matrices; throws FullWeightsError if it does not match the layout. */
export function parseFullWeights(buffer: ArrayBuffer, layout: FullWeightsLayout): CorefFullWeights {
  if (buffer.byteLength !== layout.bytes) {
    throw new FullWeightsError('size', `${buffer.byteLength} bytes, but the layout describes ${layout.bytes}`);
  }
  const view = new DataView(buffer);
  const byName = new Map(layout.tensors.map((t) => [t.name, t]));
  const read = (name: string, shape: readonly number[]): Float64Array => {
    const t = byName.get(name);
    if (t === undefined) throw new FullWeightsError('missing', `the layout lists no ${name}`);
    if (t.shape.length !== shape.length || t.shape.some((n, i) => n !== shape[i])) {
      throw new FullWeightsError('shape', `${name} has shape [${t.shape.join(', ')}], the model needs [${shape.join(', ')}]`);
    }
    const n = shape.reduce((a, b) => a * b, 1);
    if (!Number.isInteger(t.offset) || t.offset < 0 || t.offset % 4 !== 0 || t.offset + 4 * n > buffer.byteLength) {
      throw new FullWeightsError('size', `${name} (offset ${t.offset}, ${4 * n} bytes) lies outside the file`);
    }
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = view.getFloat32(t.offset + 4 * i, true);
      if (!Number.isFinite(v)) throw new FullWeightsError('notFinite', `${name} entry ${i} is ${v}`);
      out[i] = v;
    }
    return out;
  };
  const s = layout.sizes, d = s.d_model;
  const mat = (name: string, rows: number, cols: number) => new Matrix(rows, cols, read(name, [rows, cols]));
  const vec = (name: string, n: number) => Array.from(read(name, [n]));
  const norm = (prefix: string): LayerNormWeights => ({ gamma: vec(`${prefix}.gamma`, d), beta: vec(`${prefix}.beta`, d) });
  const layers = Array.from({ length: s.layers }, (_, l): EncoderLayerWeights => {
    const p = `layers.${l}`;
    return {
      ln1: norm(`${p}.ln1`),
      attention: {
        W_Q: mat(`${p}.W_Q`, d, d), b_Q: vec(`${p}.b_Q`, d),
        W_K: mat(`${p}.W_K`, d, d), b_K: vec(`${p}.b_K`, d),
        W_V: mat(`${p}.W_V`, d, d), b_V: vec(`${p}.b_V`, d),
        W_O: mat(`${p}.W_O`, d, d), b_O: vec(`${p}.b_O`, d),
      },
      ln2: norm(`${p}.ln2`),
      ffn: {
        first: { W: mat(`${p}.W_1`, d, s.d_ff), b: vec(`${p}.b_1`, s.d_ff) },
        second: { W: mat(`${p}.W_2`, s.d_ff, d), b: vec(`${p}.b_2`, d) },
      },
    };
  });
  return { sizes: s, embedding: mat('embedding', s.vocabSize, d), layers, lnf: norm('lnf') };
}

export interface DownloadProgress {
  loaded: number;
  /** From Content-Length; null when the server does not say. */
  total: number | null;
}

/** Fetches coref.full.bin with progress and reads it; rejects with a FullWeightsError (problem 'http' for a failed request). */
export async function loadFullWeights(
  url: string | URL, layout: FullWeightsLayout, onProgress: (p: DownloadProgress) => void = () => {}, fetchFn: typeof fetch = fetch,
): Promise<CorefFullWeights> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (e) {
    throw new FullWeightsError('http', `could not load ${String(url)}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!response.ok) throw new FullWeightsError('http', `could not load ${String(url)}: HTTP ${response.status}`);
  const bytes = await readBody(response, (loaded, total) => onProgress({ loaded, total }));
  return parseFullWeights(bytes.buffer, layout);
}
