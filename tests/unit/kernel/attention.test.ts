import { describe, expect, it } from 'vitest';
import {
  KernelError, crossAttention, feedForward, layerNorm, linear, maskedSoftmax, multiHeadAttention, paddingMask,
  residual, scaledDotProductAttention, selfAttention, softmax, zeroPaddedRows,
} from '../../../src/kernel/index.ts';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof KernelError ? e.details : e;
  }
  return undefined;
};

describe('scaled dot-product attention', () => {
  it('keeps every intermediate, with −∞ where masked', () => {
    const Q = [[1, 0], [0, 1]], K = [[1, 0], [0, 1], [1, 1]], V = [[1], [2], [3]];
    const r = scaledDotProductAttention(Q, K, V, { mask: paddingMask(2, 3, 2) });
    expect(r.scores.toArray()).toEqual([[1, 0, 1], [0, 1, 1]]);
    expect(r.scaledScores.get(0, 0)).toBeCloseTo(1 / Math.SQRT2, 15);
    expect(r.maskedScores.get(0, 2)).toBe(-Infinity);
    const e = Math.exp(1 / Math.SQRT2);
    expect(r.weights.get(0, 0)).toBeCloseTo(e / (e + 1), 15);
    expect(r.weights.get(0, 2)).toBe(0);
    expect(r.output.get(0, 0)).toBeCloseTo((e * 1 + 1 * 2) / (e + 1), 15);
  });

  it('can leave the scores unscaled to show why scaling matters', () => {
    const r = scaledDotProductAttention([[3, 4]], [[3, 4], [0, 0]], [[1], [0]], { divideBy: 1 });
    expect(r.scaledScores.toArray()).toEqual([[25, 0]]);
    expect(r.weights.get(0, 0)).toBeGreaterThan(0.999999);
  });

  it('names the matrix whose shape is wrong', () => {
    expect(code(() => scaledDotProductAttention([[1, 2]], [[1, 2, 3]], [[1]]))).toEqual({ code: 'shape', matrix: 'K', expected: [-1, 2], actual: [1, 3] });
    expect(code(() => scaledDotProductAttention([[1, 2]], [[1, 2]], [[1], [2]]))).toEqual({ code: 'shape', matrix: 'V', expected: [1, -1], actual: [2, 1] });
    expect(code(() => scaledDotProductAttention([[1]], [[1]], [[1]], { mask: [[true, false]] }))).toMatchObject({ code: 'shape', matrix: 'mask' });
    expect(code(() => scaledDotProductAttention([[1]], [[1]], [[1]], { divideBy: 0 }))).toMatchObject({ code: 'invalidArgument', argument: 'divideBy' });
    expect(code(() => scaledDotProductAttention([[NaN]], [[1]], [[1]]))).toMatchObject({ code: 'nonFinite', matrix: 'Q' });
  });

  it('reports overflow of q·k instead of returning NaN', () => {
    expect(code(() => scaledDotProductAttention([[1e308, 1e308]], [[1e308, 1e308]], [[1]]))).toEqual({ code: 'overflow', matrix: 'QKᵀ', row: 0, col: 0 });
  });
});

describe('softmax', () => {
  it('sharpens with a low temperature and flattens with a high one', () => {
    const cold = softmax([1, 2], { temperature: 0.1 }), hot = softmax([1, 2], { temperature: 10 });
    expect(cold[1]).toBeGreaterThan(0.9999);
    expect(hot[1]! - hot[0]!).toBeLessThan(0.05);
    expect(code(() => softmax([1], { temperature: 0 }))).toMatchObject({ code: 'invalidArgument', argument: 'temperature' });
  });

  it('reads −∞ as masked, flags an all −∞ row, and rejects NaN or +∞', () => {
    const r = maskedSoftmax([[0, -Infinity], [-Infinity, -Infinity]]);
    expect(r.weights.toArray()).toEqual([[1, 0], [0, 0]]);
    expect(r.fullyMasked).toEqual([false, true]);
    expect(code(() => softmax([[NaN]]))).toMatchObject({ code: 'nonFinite', matrix: 'scores' });
    expect(code(() => softmax([Infinity]))).toMatchObject({ code: 'nonFinite' });
    expect(code(() => softmax([[]]))).toMatchObject({ code: 'empty' });
  });
});

describe('projections, self- and cross-attention', () => {
  const I2 = [[1, 0], [0, 1]];

  it('projects with and without a bias', () => {
    expect(linear([[1, 2]], { W: [[1, 1], [0, 1]] }).toArray()).toEqual([[1, 3]]);
    expect(linear([[1, 2]], { W: I2, b: [10, 20] }).toArray()).toEqual([[11, 22]]);
    expect(code(() => linear([[1, 2]], { W: [[1]] }))).toMatchObject({ code: 'shape', matrix: 'W' });
  });

  it('self-attention with identity weights is attention of X with itself', () => {
    const X = [[1, 2], [3, -1]];
    const r = selfAttention(X, { W_Q: I2, W_K: I2, W_V: I2, b_Q: [0, 0], b_K: [0, 0], b_V: [0, 0] });
    expect(r.Q.toArray()).toEqual(X);
    expect(r.output.toArray()).toEqual(scaledDotProductAttention(X, X, X).output.toArray());
  });

  it('cross-attention takes queries from X and keys and values from Y', () => {
    const X = [[1, 0]], Y = [[1, 0], [0, 1], [1, 1]];
    const r = crossAttention(X, Y, { W_Q: I2, W_K: I2, W_V: I2 });
    expect(r.weights.shape).toEqual([1, 3]);
    expect(r.output.toArray()).toEqual(scaledDotProductAttention(X, Y, Y).output.toArray());
    expect(code(() => crossAttention(X, [[1, 2, 3]], { W_Q: I2, W_K: I2, W_V: I2 }))).toMatchObject({ code: 'shape', matrix: 'W_K' });
    expect(code(() => crossAttention(X, Y, { W_Q: I2, W_K: [[1], [1]], W_V: I2 }))).toMatchObject({ code: 'shape', matrix: 'W_K' });
  });
});

describe('multi-head attention', () => {
  const X = [[1, 0, 0, 1], [0, 1, 1, 0], [1, 1, 0, 0]];
  const I4 = [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]];

  it('splits d_model = 4 into two heads of d_k = 2 and keeps each head', () => {
    const r = multiHeadAttention(X, { W_Q: I4, W_K: I4, W_V: I4, W_O: I4, b_O: [0, 0, 0, 1] }, 2);
    expect([r.H, r.d_k, r.d_v, r.heads.length]).toEqual([2, 2, 2, 2]);
    const head0 = scaledDotProductAttention(X.map((x) => x.slice(0, 2)), X.map((x) => x.slice(0, 2)), X.map((x) => x.slice(0, 2)));
    expect(r.heads[0]!.weights.toArray()).toEqual(head0.weights.toArray());
    expect(r.output.get(0, 3)).toBeCloseTo(r.concat.get(0, 3) + 1, 15);
  });

  it('supports cross-attention through `source`', () => {
    const r = multiHeadAttention([X[0]!], { W_Q: I4, W_K: I4, W_V: I4, W_O: I4 }, 2, { source: X });
    expect(r.heads[1]!.weights.shape).toEqual([1, 3]);
  });

  it('rejects heads that do not divide the width and a W_O of the wrong height', () => {
    expect(code(() => multiHeadAttention(X, { W_Q: I4, W_K: I4, W_V: I4, W_O: I4 }, 3))).toMatchObject({ code: 'invalidArgument', argument: 'H' });
    expect(code(() => multiHeadAttention(X, { W_Q: I4, W_K: I4, W_V: I4, W_O: I4 }, 0))).toMatchObject({ code: 'invalidArgument', argument: 'H' });
    expect(code(() => multiHeadAttention(X, { W_Q: I4, W_K: I4, W_V: I4, W_O: [[1, 0]] }, 2))).toMatchObject({ code: 'shape', matrix: 'W_O' });
  });
});

describe('the rest of the layer', () => {
  it('adds the residual', () => {
    expect(residual([[1, 2]], [[0.5, -2]]).toArray()).toEqual([[1.5, 0]]);
  });

  it('layer norm gives each row mean 0 and variance 1, then scales and shifts', () => {
    const Y = layerNorm([[1, 2, 3, 4], [10, 10, 10, 14]], { eps: 0 });
    for (const row of Y.toArray()) {
      expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 12);
      expect(row.reduce((s, v) => s + v * v, 0) / 4).toBeCloseTo(1, 12);
    }
    const Z = layerNorm([[1, 3]], { gamma: [2, 2], beta: [1, 1] });
    expect(Z.get(0, 0)).toBeCloseTo(1 - 2 / Math.sqrt(1 + 1e-5), 12);
    expect(code(() => layerNorm([[1, 2]], { gamma: [1] }))).toMatchObject({ argument: 'gamma' });
    expect(code(() => layerNorm([[1, 2]], { beta: [1] }))).toMatchObject({ argument: 'beta' });
    expect(code(() => layerNorm([[1, 2]], { eps: -1 }))).toMatchObject({ argument: 'eps' });
  });

  it('feed-forward applies ReLU between two linear maps', () => {
    const Y = feedForward([[1, -1]], { first: { W: [[1, 0], [0, 1]], b: [0, 0] }, second: { W: [[2], [3]], b: [1] } });
    expect(Y.toArray()).toEqual([[3]]); // relu([1, −1]) = [1, 0]; 1·2 + 0·3 + 1
  });

  it('zeroes the outputs of padded positions after attention', () => {
    const Z = zeroPaddedRows(scaledDotProductAttention([[1], [2], [3]], [[1], [2], [3]], [[1], [2], [3]], { mask: paddingMask(2, 3) }).output, 2);
    expect(Z.get(2, 0)).toBe(0);
    expect(Z.get(1, 0)).not.toBe(0);
    expect(code(() => zeroPaddedRows(Z, 4))).toMatchObject({ argument: 'validLength' });
  });
});
