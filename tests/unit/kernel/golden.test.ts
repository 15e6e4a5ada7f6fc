/**
 * Source 001's numpy example, reproduced. The expected numbers are computed here by plain
 * arithmetic, step by step, without the kernel; the literals in the last test were printed
 * by numpy (float64) for the same inputs.
 */
import { describe, expect, it } from 'vitest';
import { scaledDotProductAttention, softmax, toArray } from '../../../src/kernel/index.ts';

const q1 = [[0.2, 0.5, 0.1]];
const k_all = [
  [0.4, 0.1, 0.6],
  [0.8, 0.2, 0.3],
  [0.1, 0.7, 0.2],
];
const v_all = [
  [1.0, 2.0, 3.0],
  [4.0, 5.0, 6.0],
  [7.0, 8.0, 9.0],
];

// By hand: s_j = q1 · k_j
const s = [0.2 * 0.4 + 0.5 * 0.1 + 0.1 * 0.6, 0.2 * 0.8 + 0.5 * 0.2 + 0.1 * 0.3, 0.2 * 0.1 + 0.5 * 0.7 + 0.1 * 0.2];
const scaled = s.map((x) => x / Math.sqrt(3));
const e = scaled.map((x) => Math.exp(x));
const total = e[0]! + e[1]! + e[2]!;
const w = e.map((x) => x / total);
const z = [0, 1, 2].map((c) => w[0]! * v_all[0]![c]! + w[1]! * v_all[1]![c]! + w[2]! * v_all[2]![c]!);

describe('source 001 numpy example', () => {
  const result = scaledDotProductAttention(q1, k_all, v_all);

  it('scores are the dot products q1 · k_j', () => {
    toArray(result.scores)[0]!.forEach((v, j) => expect(v).toBeCloseTo(s[j]!, 12));
  });

  it('scaled scores divide by √d_k = √3', () => {
    expect(result.d_k).toBe(3);
    toArray(result.scaledScores)[0]!.forEach((v, j) => expect(v).toBeCloseTo(scaled[j]!, 12));
  });

  it('weights are the softmax of the scaled scores', () => {
    toArray(result.weights)[0]!.forEach((v, j) => expect(v).toBeCloseTo(w[j]!, 12));
    expect(softmax(scaled)).toEqual(Array.from(result.weights.row(0)));
  });

  it('output is the weighted sum of the values', () => {
    result.output.toArray()[0]!.forEach((v, c) => expect(v).toBeCloseTo(z[c]!, 12));
  });

  it('matches the numbers numpy prints, to 1e-6', () => {
    const numpyWeights = [0.3142840393, 0.332963271365, 0.352752689335];
    const numpyOutput = [4.115405950104, 5.115405950104, 6.115405950104];
    result.weights.toArray()[0]!.forEach((v, j) => expect(Math.abs(v - numpyWeights[j]!)).toBeLessThan(1e-6));
    result.output.toArray()[0]!.forEach((v, c) => expect(Math.abs(v - numpyOutput[c]!)).toBeLessThan(1e-6));
  });
});
