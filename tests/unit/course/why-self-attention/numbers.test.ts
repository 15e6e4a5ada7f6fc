import { describe, expect, it } from 'vitest';
import { layerComplexity, scaledDotProductAttention, softmax } from '../../../../src/kernel/index.ts';
import { presets } from '../../../../src/course/presets.ts';
import * as ch from '../../../../src/course/why-self-attention/numbers.ts';

describe('why-self-attention: the prose’s claims', () => {
  for (const c of ch.claims) it(c.what, () => expect(c.holds).toBe(true));
});

describe('why-self-attention: the numbers', () => {
  it('labels the kitten sentence in each language', () => {
    expect(ch.words('zh')[ch.from]).toBe('小猫');
    expect(ch.words('en')[ch.to]).toBe('it');
  });

  it('the signal kept is g to the power of the path length', () => {
    expect(ch.steps).toBe(ch.to - ch.from);
    expect(ch.kept).toBeCloseTo(ch.gain ** ch.steps, 12);
    expect(ch.keptLong).toBeCloseTo(ch.gain ** ch.longSteps, 15);
    expect(ch.grown).toBe(Math.round(1.1 ** ch.longSteps));
  });

  it('the pronoun’s weights are the softmax of its scaled scores and add up to 1', () => {
    const { Q, K } = presets.kitten;
    const scores = K.map((k) => k.reduce((s, x, i) => s + x * Q[0]![i]!, 0) / Math.sqrt(3));
    softmax(scores).forEach((w, j) => expect(ch.weights[j]).toBeCloseTo(w, 12));
    expect(ch.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(Array.from(scaledDotProductAttention(Q, presets.kitten.K, presets.kitten.V).weights.row(0))).toEqual(ch.weights);
  });

  it('Table 1 and the cost ratios', () => {
    expect(ch.t1).toEqual(layerComplexity(50, 512, 3));
    expect(ch.costRatio).toBeCloseTo(ch.n / ch.d, 12);
    expect(ch.costRatioLong).toBeCloseTo(ch.nLong / ch.d, 12);
  });

  it('measures the real RNN at 30 steps', () => {
    expect(ch.grad).toHaveLength(30);
    expect(ch.grad.every((g) => Number.isFinite(g) && g > 0)).toBe(true);
  });
});
