/**
 * Types for the committed model files in public/models/ and readers for them:
 *
 *   coref.json               the coreference model: sizes, the pointer head, tokenization, lexicon, measured figures
 *   coref.weights.bin        W_Q, W_K, W_V, b_Q, b_K, b_V of every layer (little-endian float32)
 *   recurrence-curves.json   the delay and load tasks and each recurrent/attention model's measured curves
 *
 * All are written by training/ (Python); the types here follow what it writes. Layers and heads
 * are numbered from 0 in every file.
 */
import { Matrix, sliceCols, type ProjectionWeights } from '../kernel/index.ts';

// ─── coref.json ─────────────────────────────────────────────────────────────────────────────

export type Lang = 'en' | 'zh';
/** The held-out test sets, as named in coref.json and tests/fixtures/model/coref-heldout.json. */
export type CorefSetName = 'fresh' | 'unseenNouns' | 'unseenCombos';
/** The noun the pronoun refers to: A (the first noun, the subject) or B (the second). */
export type Side = 'A' | 'B';

export interface Quantiles { mean: number; p05: number; median: number; p95: number; min: number; max: number }

export interface CorefEvaluation {
  n: number;
  /** The right noun has the larger weight in the pronoun's row of the pointer head. */
  accuracy: number;
  /** The whole row's largest weight is on the right noun. */
  rowArgmaxAccuracy: number;
  /** The pointer's weight on the right noun. */
  rightWeight: Quantiles;
  /** The pointer's weight on both nouns together. */
  onNouns: Quantiles;
  byLanguage?: Record<Lang, { n: number; accuracy: number }>;
  byCombination?: Record<string, { n: number; accuracy: number }>;
}

/** One head as measured on the fresh test sentences; head 'all' stands for every head of a layer zeroed at once. */
export interface HeadAnalysis {
  layer: number;
  head: number | 'all';
  /** Mean attention from the pronoun to the adjective, noun A, noun B, the right noun and itself. */
  toAdjective?: number;
  toNounA?: number;
  toNounB?: number;
  toRightNoun?: number;
  toItself?: number;
  /** Accuracy on each test set with this head's output (or the layer's attention) zeroed. */
  accuracyWhenZeroed: Record<CorefSetName, number>;
}

export interface FlipPairResult {
  lang: Lang;
  text: string;
  referent: string;
  weightOnReferent: number;
  weightOnOtherNoun: number;
  correct: boolean;
}

export interface FamilyLanguage {
  /** Pre-segmented frames (words separated by spaces) with slots {A} {B} {PRON} {INT}. */
  frames: string[];
  /** Fill {INT}: each has a slot {ADJ}. */
  intensifiers: string[];
  pronoun: string;
  /** Trained noun fillers of each slot, and the ones held out of training (never in the vocabulary). */
  A: string[];
  B: string[];
  heldOutA: string[];
  heldOutB: string[];
}

export interface Family {
  id: string;
  adjectives: string[];
  heldOutAdjectives: string[];
  en: FamilyLanguage;
  zh: FamilyLanguage;
}

export interface Lexicon {
  adjectives: Record<string, { en: string; zh: string; refersTo: Side }>;
  families: Family[];
  prefixes: Record<Lang, string[]>;
  pronouns: Record<Lang, string[]>;
  /** The Chinese segmentation word list (held-out nouns included). */
  zhWords: string[];
}

export type WeightName = 'W_Q' | 'W_K' | 'W_V' | 'b_Q' | 'b_K' | 'b_V';

export interface WeightEntry {
  layer: number;
  name: WeightName;
  /** Byte offset in coref.weights.bin. */
  offset: number;
  shape: number[];
}

export interface CorefMeta {
  model: 'coref';
  seed: number;
  parameters: number;
  vocabSize: number;
  layers: number;
  heads: number;
  d_model: number;
  d_k: number;
  d_ff: number;
  /** The longest sentence (in tokens) the model takes: its table of positions has this many rows. */
  maxLength: number;
  pointer: { layer: number; head: number; target: [number, number]; rule: string };
  specialTokens: { pad: string; unk: string; padId: number; unkId: number };
  tokenization: Record<Lang | 'unknown', string>;
  onnx: { file: string; opset: number; input: string; outputs: Record<string, string> };
  weights: { file: string; dtype: 'float32'; endianness: 'little'; layout: string; tensors: WeightEntry[] };
  training: { sentences: number; maxTokens: number; steps: number; batchSize: number; nounDropout: number; seconds: number };
  heldOut: { nounsPerSlot: number; combinations: [string, string][] };
  accuracy: Record<CorefSetName | 'train', number>;
  evaluation: Record<CorefSetName | 'train', CorefEvaluation>;
  headAnalysis: HeadAnalysis[];
  flipPairs: FlipPairResult[];
  lexicon: Lexicon;
}

/** The token → id table, public/models/coref.vocab.json. */
export type Vocab = Readonly<Record<string, number>>;

/** Names of the ONNX model's outputs for layer l. */
export const corefOutputs = (l: number) => ({ attn: `attn${l}`, q: `q${l}`, k: `k${l}`, v: `v${l}`, x: `x${l}` }) as const;

/** Checks the fields the course relies on and returns the metadata typed; throws naming the first problem. */
export function parseCorefMeta(json: unknown): CorefMeta {
  const m = json as Partial<CorefMeta> | null;
  const fail = (what: string) => { throw new Error(`coref.json: ${what}`); };
  if (m === null || typeof m !== 'object' || m.model !== 'coref') fail('not the coreference model’s metadata');
  const meta = m as CorefMeta;
  for (const key of ['layers', 'heads', 'd_model', 'd_k', 'maxLength'] as const) {
    if (!Number.isInteger(meta[key]) || meta[key] < 1) fail(`${key} must be a whole number ≥ 1`);
  }
  if (meta.heads * meta.d_k !== meta.d_model) fail('heads · d_k must equal d_model');
  const p = meta.pointer;
  if (p === undefined || !(p.layer >= 0 && p.layer < meta.layers && p.head >= 0 && p.head < meta.heads)) fail('pointer names no head of the model');
  if (!Array.isArray(meta.weights?.tensors) || meta.weights.tensors.length !== 6 * meta.layers) fail('weights.tensors must list 6 tensors per layer');
  if (!Array.isArray(meta.lexicon?.zhWords) || !Array.isArray(meta.lexicon?.families)) fail('lexicon is missing');
  return meta;
}

// ─── coref.weights.bin ──────────────────────────────────────────────────────────────────────

/** One layer's projections in row-vector form: Q = x W_Q + b_Q, with x the layer's input x{l}. */
export interface LayerProjections {
  W_Q: Matrix; // [d_model, d_model]
  W_K: Matrix; // [d_model, d_model]
  W_V: Matrix; // [d_model, d_model]
  b_Q: number[]; // [d_model]
  b_K: number[];
  b_V: number[];
}

/** Reads coref.weights.bin (little-endian float32, offsets and shapes from coref.json) into one entry per layer. */
export function parseCorefWeights(buffer: ArrayBuffer, meta: Pick<CorefMeta, 'layers' | 'weights'>): LayerProjections[] {
  const view = new DataView(buffer);
  const read = (e: WeightEntry): Float64Array => {
    const n = e.shape.reduce((a, b) => a * b, 1);
    if (e.offset < 0 || e.offset + 4 * n > buffer.byteLength) {
      throw new Error(`coref.weights.bin: ${e.name} of layer ${e.layer} lies outside the file (${buffer.byteLength} bytes)`);
    }
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = view.getFloat32(e.offset + 4 * i, true);
    return out;
  };
  const layers: LayerProjections[] = [];
  for (let l = 0; l < meta.layers; l++) {
    const entry = (name: WeightName): WeightEntry => {
      const e = meta.weights.tensors.find((t) => t.layer === l && t.name === name);
      if (e === undefined) throw new Error(`coref.json lists no ${name} for layer ${l}`);
      return e;
    };
    const mat = (name: WeightName) => { const e = entry(name); return new Matrix(e.shape[0]!, e.shape[1]!, read(e)); };
    const vec = (name: WeightName) => Array.from(read(entry(name)));
    layers.push({ W_Q: mat('W_Q'), W_K: mat('W_K'), W_V: mat('W_V'), b_Q: vec('b_Q'), b_K: vec('b_K'), b_V: vec('b_V') });
  }
  return layers;
}

/** Fetches and reads the weights file; `url` is usually `${base}models/coref.weights.bin`. */
export async function loadCorefWeights(url: string | URL, meta: Pick<CorefMeta, 'layers' | 'weights'>, fetchFn: typeof fetch = fetch): Promise<LayerProjections[]> {
  const response = await fetchFn(url);
  if (!response.ok) throw new Error(`could not load ${String(url)}: HTTP ${response.status}`);
  return parseCorefWeights(await response.arrayBuffer(), meta);
}

/**
 * Head h's slice of a layer's projections: columns h·d_k … (h+1)·d_k − 1 of W_Q, W_K, W_V and the
 * same entries of the biases, ready for the kernel's selfAttention (Q_h = x W_Q,h + b_Q,h).
 */
export function headProjections(layer: LayerProjections, head: number, d_k: number): ProjectionWeights {
  const from = head * d_k, to = from + d_k;
  if (!Number.isInteger(head) || head < 0 || to > layer.W_Q.cols) throw new Error(`no head ${head} with d_k = ${d_k}`);
  return {
    W_Q: sliceCols(layer.W_Q, from, to), W_K: sliceCols(layer.W_K, from, to), W_V: sliceCols(layer.W_V, from, to),
    b_Q: layer.b_Q.slice(from, to), b_K: layer.b_K.slice(from, to), b_V: layer.b_V.slice(from, to),
  };
}

// ─── recurrence-curves.json ─────────────────────────────────────────────────────────────────

export type RecurrenceTask = 'delay' | 'load';
export type RecurrenceModelName = 'rnn' | 'gru' | 'attention';

export interface RecurrenceDefinition {
  /** Token strings; a token's id is its index. */
  vocab: string[];
  symbols: { first: number; count: number };
  distractors: { first: number; count: number };
  queryId: number;
  index: { first: number; count: number };
  rng: string;
  seeds: Record<RecurrenceTask, number>;
  seedScheme: string;
  tasks: Record<RecurrenceTask, { level: string; build: string; trained: [number, number]; evaluated: [number, number] }>;
  examplesPerLevel: number;
  prediction: string;
}

export interface RecurrenceModel {
  file: string;
  description: string;
  parameters: number;
  /** State size (rnn, gru) or d_model (attention). */
  width: number;
  steps: number;
  trainingSeconds: number;
  /** Correct answers out of examplesPerLevel at each level of `levels[task]`. */
  correct: Record<RecurrenceTask, number[]>;
  /** Mean ‖∂ logits / ∂ x₀‖ (the gradient that reaches the first token's embedding) at each delay. */
  gradientToFirst: number[];
  /**
   * Correct answers of a fresh model trained on one delay only (fromScratch.delays), measured in
   * training; those models are not shipped.
   */
  learnedFromScratch: number[];
  /** Smallest gap between the two largest logits over all evaluation examples. */
  closestCall: number;
}

export interface RecurrenceCurves {
  definition: RecurrenceDefinition;
  models: Record<RecurrenceModelName, RecurrenceModel>;
  levels: Record<RecurrenceTask, number[]>;
  fromScratch: { delays: number[]; steps: number; batchSize: number; note: string };
  training: { seed: number; batchSize: number; optimizer: string; mix: string };
}

/** Accuracy (0–1) of one model on one task at each level. */
export function accuracyCurve(curves: RecurrenceCurves, model: RecurrenceModelName, task: RecurrenceTask): number[] {
  return curves.models[model].correct[task].map((c) => c / curves.definition.examplesPerLevel);
}
