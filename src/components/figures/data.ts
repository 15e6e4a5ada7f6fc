/**
 * What the course's figures show, computed with the kernel from the presets (and, for the real
 * model, read from its precomputed attention): one function per figure, pure and tested. The
 * geometry of each picture is in ./geometry.ts.
 */
import { attentionPathLength, rnnPathLength, scaledDotProductAttention, selfAttention } from '../../kernel/index.ts';
import { type PresetId, presets } from '../../course/presets.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { ShapeTerm } from './geometry.ts';

export interface AttentionRowData {
  /** The query's label, the keys' labels and the query's weights over the keys. */
  query: string;
  keys: readonly string[];
  weights: readonly number[];
}

/** Row `query` of a preset's attention weights, labelled in the reader's language. */
export function presetRow(id: PresetId, query: number, locale: Locale): AttentionRowData {
  const p = presets[id];
  const result = p.kind === 'projection' ? selfAttention(p.X, p) : scaledDotProductAttention(p.Q, p.K, p.V);
  if (!(Number.isInteger(query) && query >= 0 && query < result.weights.rows)) throw new RangeError(`preset ${id} has no query ${query}`);
  const queries = p.kind === 'projection' ? p.tokens[locale] : p.queryTokens[locale];
  return { query: queries[query]!, keys: p.tokens[locale], weights: Array.from(result.weights.row(query)) };
}

export interface ChainData {
  tokens: readonly string[];
  from: number;
  to: number;
  rnn: number;
  attention: number;
}

/** The kitten sentence, the noun and the pronoun, and the path lengths between them. */
export function kittenChain(locale: Locale): ChainData {
  const tokens = presets.kitten.tokens[locale];
  const from = presets.kitten.tokens.zh.indexOf('小猫');
  const to = presets.kitten.tokens.zh.indexOf('它');
  return { tokens, from, to, rnn: rnnPathLength(from, to), attention: attentionPathLength(from, to) };
}

export interface ShapeData {
  n: number;
  d_model: number;
  d_k: number;
  /** X × W_Q = Q and Q × Kᵀ = QKᵀ, with the sizes of the preset. */
  equations: [[ShapeTerm, ShapeTerm, ShapeTerm], [ShapeTerm, ShapeTerm, ShapeTerm]];
}

/** The shapes of a projection preset: X, W_Q, Q, Kᵀ and QKᵀ, sizes from the computed matrices. */
export function presetShapes(id: PresetId): ShapeData {
  const p = presets[id];
  if (p.kind !== 'projection') throw new RangeError(`preset ${id} has no X and W_Q`);
  const r = selfAttention(p.X, p);
  const n = p.X.length, d_model = p.X[0]!.length, d_k = r.Q.cols;
  return {
    n, d_model, d_k,
    equations: [
      [{ name: 'X', rows: n, cols: d_model }, { name: 'W_Q', rows: p.W_Q.length, cols: p.W_Q[0]!.length }, { name: 'Q', rows: r.Q.rows, cols: r.Q.cols }],
      [{ name: 'Q', rows: r.Q.rows, cols: r.Q.cols }, { name: 'K^T', rows: r.K.cols, cols: r.K.rows }, { name: 'QK^T', rows: r.scores.rows, cols: r.scores.cols }],
    ],
  };
}
