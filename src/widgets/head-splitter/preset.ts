/**
 * The head splitter's starting point: four tokens with d_model = 8, and weights drawn by the
 * kernel's seeded generator, rounded to one decimal so a reader can follow the numbers. The
 * seed was chosen (tests/unit/widgets/head-splitter/preset.test.ts checks it) so that with
 * H = 2 the two heads attend to visibly different tokens.
 */
import { createRng, toArray } from '../../kernel/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { toGrid } from '../ui/grid.ts';
import type { SplitterInputs } from './model.ts';

export const D_MODEL = 8;
export const N_TOKENS = 4;
/** The heads shown first: two that attend differently, with H = 1 one click away. */
export const DEFAULT_H = 2;
export const X_SEED = 20170612; // the day "Attention Is All You Need" appeared on arXiv
export const WEIGHTS_SEED = 1882;
/** "New random weights" draws with WEIGHTS_SEED + 1, + 2, …: the same sequence on every visit. */

export const tokens: Readonly<Record<Locale, readonly string[]>> = {
  zh: ['猫', '追', '小', '老鼠'],
  en: ['cats', 'chase', 'small', 'mice'],
};

const draw = { min: -1, max: 1, decimals: 1 } as const;
/** Rounding −0.04 gives −0; adding 0 makes it a plain 0 (−0 + 0 = 0). */
const rows = (M: Parameters<typeof toArray>[0]) => toArray(M).map((r) => r.map((v) => v + 0));

/** X: [N_TOKENS, D_MODEL], entries in [−2, 2): large enough that each head's softmax picks a favourite. */
export function presetX(): number[][] {
  return rows(createRng(X_SEED).matrix(N_TOKENS, D_MODEL, { ...draw, min: -2, max: 2 }));
}

/** W_Q, W_K, W_V, W_O: each [D_MODEL, D_MODEL], drawn in this order from one seed. */
export function randomWeights(seed: number): Record<'W_Q' | 'W_K' | 'W_V' | 'W_O', number[][]> {
  const rng = createRng(seed);
  const next = () => rows(rng.matrix(D_MODEL, D_MODEL, draw));
  const W_Q = next(), W_K = next(), W_V = next(), W_O = next();
  return { W_Q, W_K, W_V, W_O };
}

/** The inputs as typed cells, with the weights of `seed`. */
export function presetInputs(seed: number = WEIGHTS_SEED): SplitterInputs {
  const w = randomWeights(seed);
  return { X: toGrid(presetX()), W_Q: toGrid(w.W_Q), W_K: toGrid(w.W_K), W_V: toGrid(w.W_V), W_O: toGrid(w.W_O) };
}
