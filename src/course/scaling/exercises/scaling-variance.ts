/**
 * Var(q·k) for independent components of mean 0 and standard deviation σ: d_k σ⁴. The numbers of
 * a seed, language-free; the texts are in the .zh.ts and .en.ts modules beside it.
 */
import { createRng } from '../../../kernel/index.ts';
import { farApart } from '../../../quiz/check.ts';
import type { DrawnMistake } from '../../../quiz/parametric.ts';

export type MistakeKey = 'sigmaSquared' | 'scaled' | 'standardDeviation' | 'noSigma';

const WIDTHS = [8, 16, 32, 48, 64, 128, 256] as const;
const SIGMAS = [0.5, 0.8, 1.5, 2, 3] as const;

export function draw(seed: number) {
  const rng = createRng(seed);
  for (;;) {
    const d_k = rng.pick(WIDTHS), sigma = rng.pick(SIGMAS);
    const answer = d_k * sigma ** 4;
    const mistakes: DrawnMistake<MistakeKey>[] = [
      { key: 'sigmaSquared', value: d_k * sigma ** 2 }, // variance of the components, not of their products
      { key: 'scaled', value: sigma ** 4 }, // the variance after ÷√d_k
      { key: 'standardDeviation', value: Math.sqrt(d_k) * sigma ** 2 }, // the standard deviation
      { key: 'noSigma', value: d_k }, // the unit-variance case, σ ignored
    ];
    const values = [answer, ...mistakes.map((m) => m.value)];
    if (values.some((a, x) => values.some((b, y) => x < y && !farApart(a, b, 0.02)))) continue;
    return { d_k, sigma, answer, productVariance: sigma ** 4, mistakes };
  }
}
