/**
 * The numeric examples of the course, shared by build-time worked examples, widgets and
 * exercises. Only inputs live here (tokens, X, W, or Q, K, V); every result is computed by
 * the kernel wherever it is shown. Inputs with small whole numbers are chosen so that a reader
 * can redo the arithmetic by hand.
 */
import type { Locale } from '../i18n/locales.ts';

export type Tokens = Readonly<Record<Locale, readonly string[]>>;
type Rows = readonly (readonly number[])[];

/** Inputs given as embeddings and projection matrices: Q = XW_Q, K = XW_K, V = XW_V. */
export interface ProjectionPreset {
  kind: 'projection';
  tokens: Tokens;
  X: Rows; // [n, d_model]
  W_Q: Rows; // [d_model, d_k]
  W_K: Rows; // [d_model, d_k]
  W_V: Rows; // [d_model, d_v]
}

/** Inputs given directly as queries, keys and values (queries may be fewer than keys). */
export interface DirectPreset {
  kind: 'direct';
  /** Labels of the query rows and of the key/value rows. */
  queryTokens: Tokens;
  tokens: Tokens;
  Q: Rows; // [n_q, d_k]
  K: Rows; // [n_k, d_k]
  V: Rows; // [n_k, d_v]
}

export type Preset = ProjectionPreset | DirectPreset;

/** A common tutorial's numpy example: the query of word 1 against three keys and values. */
const source001: DirectPreset = {
  kind: 'direct',
  queryTokens: { zh: ['词1'], en: ['word 1'] },
  tokens: { zh: ['词1', '词2', '词3'], en: ['word 1', 'word 2', 'word 3'] },
  Q: [[0.2, 0.5, 0.1]],
  K: [[0.4, 0.1, 0.6], [0.8, 0.2, 0.3], [0.1, 0.7, 0.2]],
  V: [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
};

/** "我 是 谁" from a lecture's worked example: X is 3 × 4 as there; the 0/1 weights are ours, for hand arithmetic. */
const woShiShei: ProjectionPreset = {
  kind: 'projection',
  tokens: { zh: ['我', '是', '谁'], en: ['我 (I)', '是 (am)', '谁 (who)'] },
  X: [[1, 0, 1, 0], [0, 1, 0, 1], [1, 1, 0, 0]],
  W_Q: [[0, 1, 0], [1, 0, 1], [1, 1, 0], [0, 1, 1]],
  W_K: [[0, 0, 0], [1, 0, 1], [1, 1, 0], [1, 0, 0]],
  W_V: [[0, 0, 0], [1, 1, 0], [0, 0, 1], [1, 0, 0]],
};

/** A tutorial's walk-through sentence "我 喜欢 这个 苹果" with illustrative one-decimal numbers. */
const woXihuanZhegePingguo: ProjectionPreset = {
  kind: 'projection',
  tokens: { zh: ['我', '喜欢', '这个', '苹果'], en: ['I', 'like', 'this', 'apple'] },
  X: [[0.9, 0.1, 0.0, 0.2], [0.1, 0.8, 0.3, 0.0], [0.0, 0.2, 0.9, 0.1], [0.2, 0.1, 0.4, 1.0]],
  W_Q: [[1.0, 0.0, 0.4], [0.2, 1.8, 0.0], [0.0, 0.6, 1.2], [0.8, 2.0, 0.2]],
  W_K: [[1.2, 0.2, 0.0], [0.4, 2.0, 0.6], [0.0, 0.4, 1.6], [0.6, 0.0, 1.0]],
  W_V: [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [0.5, 0.5, 0.5]],
};

/**
 * A tutorial's kitten sentence, shortened. Hand-set 3-dimensional vectors whose axes mean
 * "is a living thing", "can be hungry" and "is a thing you eat": an illustration of how a
 * pronoun's query can match its noun's key, not the output of a trained model.
 */
const kitten: DirectPreset = {
  kind: 'direct',
  queryTokens: { zh: ['它'], en: ['it'] },
  tokens: {
    zh: ['小猫', '追', '蝴蝶', '忘了', '晚餐', '现在', '它', '饿坏了'],
    en: ['kitten', 'chased', 'butterfly', 'forgot', 'dinner', 'now', 'it', 'starving'],
  },
  Q: [[3, 2, -1.5]],
  K: [[1, 1, 0], [0, 0, 0.2], [1, 0, 0.3], [0, 0.2, 0], [0, 0.5, 1], [0, 0, 0], [0.5, 0.5, 0], [0, 1, 0]],
  V: [[1, 1, 0], [0, 0, 0.2], [1, 0, 0.3], [0, 0.2, 0], [0, 0.5, 1], [0, 0, 0], [0.5, 0.5, 0], [0, 1, 0]],
};

export const presets = { source001, woShiShei, woXihuanZhegePingguo, kitten } as const;
export type PresetId = keyof typeof presets;

export function isPresetId(id: string): id is PresetId {
  return id in presets;
}
