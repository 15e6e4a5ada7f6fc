/**
 * The starting point must show the point: with H = 2 the two heads attend to different tokens,
 * clearly, and H = 1 is a third pattern. If the kernel or the seeds change, this fails.
 */
import { describe, expect, it } from 'vitest';
import { compute, strongestKeys } from '../../../../src/widgets/head-splitter/model.ts';
import { DEFAULT_H, N_TOKENS, X_SEED, WEIGHTS_SEED, presetInputs, presetX, randomWeights, tokens } from '../../../../src/widgets/head-splitter/preset.ts';

const heads = (H: number) => {
  const o = compute(presetInputs(), H);
  if (!o.ok) throw new Error('the preset computes');
  return o.result.mha.heads.map((h) => ({ keys: strongestKeys(h.weights), peak: Array.from({ length: N_TOKENS }, (_, i) => Math.max(...h.weights.row(i))) }));
};

describe('the head splitter preset', () => {
  it('is drawn from fixed seeds and rounded to one decimal', () => {
    expect([X_SEED, WEIGHTS_SEED, DEFAULT_H]).toEqual([20170612, 1882, 2]);
    const all = [presetX(), ...Object.values(randomWeights(WEIGHTS_SEED))].flat(2);
    for (const v of all) {
      expect(Math.round(v * 10) / 10).toBe(v);
      expect(Object.is(v, -0)).toBe(false);
    }
    expect(presetX()[0]).toEqual([0.6, 1, 0.6, -1.3, -1.2, -0.3, -1, 0]);
    expect(randomWeights(WEIGHTS_SEED + 1)).not.toEqual(randomWeights(WEIGHTS_SEED));
    expect(tokens.zh).toHaveLength(N_TOKENS);
    expect(tokens.en).toHaveLength(N_TOKENS);
  });

  it('with H = 2: head 1 sends every token to the last one, head 2 to the first two', () => {
    const [h1, h2] = heads(2);
    expect(h1!.keys).toEqual([3, 3, 3, 3]); // 老鼠 / mice
    expect(h2!.keys).toEqual([1, 0, 0, 1]); // 追 / chase, 猫 / cats
    for (const p of [...h1!.peak, ...h2!.peak]) expect(p).toBeGreaterThan(0.8);
  });

  it('with H = 1 the one head follows neither pattern', () => {
    const [one] = heads(1);
    expect(one!.keys).toEqual([1, 3, 3, 2]);
  });
});
