import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attentionBackwardMemory, attentionCost, attentionPathLength, cnnPathLength, countAllowed, countPairs,
  customMask, layerComplexity, localWindowMask, rnnGradientNorms, rnnPathLength, runGru, runRnn, signalThroughChain,
} from '../../../src/kernel/index.ts';
import { errorDetails } from '../../helpers/kernel-error.ts';

const details = errorDetails;

describe('RNN and GRU', () => {
  it('an RNN step is tanh(x W_xh + h W_hh + b)', () => {
    const H = runRnn([[1], [0], [2]], { W_xh: [[0.5]], W_hh: [[0.9]], b_h: [0.1] });
    const h1 = Math.tanh(0.5 + 0.1), h2 = Math.tanh(0.9 * h1 + 0.1), h3 = Math.tanh(1 + 0.9 * h2 + 0.1);
    expect(H.toArray().flat()).toEqual([h1, h2, h3].map((v) => expect.closeTo(v, 14)));
    expect(details(() => runRnn([[1]], { W_xh: [[1, 2]], W_hh: [[1]] }))).toMatchObject({ code: 'shape', matrix: 'W_xh' });
    expect(details(() => runRnn([[1]], { W_xh: [[1]], W_hh: [[1]], b_h: [NaN] }))).toMatchObject({ argument: 'b_h' });
  });

  it('gradient norms through an RNN are the product of the step Jacobians', () => {
    const X = [[1], [0.5], [-1], [0.2]];
    const w = { W_xh: [[0.7]], W_hh: [[0.8]] };
    const H = runRnn(X, w);
    let product = 1;
    const expected = H.toArray().map(([h]) => (product *= 0.8 * (1 - h! ** 2)));
    rnnGradientNorms(H, w.W_hh).forEach((v, t) => expect(v).toBeCloseTo(Math.abs(expected[t]!), 14));
  });

  it('a GRU step follows r, z, n and h′ = (1 − z) n + z h', () => {
    const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));
    const w = { W_r: [[0.5]], W_z: [[-0.3]], W_n: [[0.8]], U_r: [[0.2]], U_z: [[0.4]], U_n: [[-0.6]], b_r: [0.1], b_z: [0], b_n: [0.05], b_hn: [-0.2] };
    const x = [1, -2];
    let h = 0.3;
    const expected = x.map((xt) => {
      const r = sigmoid(0.5 * xt + 0.2 * h + 0.1), z = sigmoid(-0.3 * xt + 0.4 * h);
      const n = Math.tanh(0.8 * xt + 0.05 + r * (-0.6 * h - 0.2));
      return (h = (1 - z) * n + z * h);
    });
    expect(runGru(x.map((v) => [v]), w, [0.3]).toArray().flat()).toEqual(expected.map((v) => expect.closeTo(v, 14)));
  });

  it('a GRU whose update gate is shut keeps its state', () => {
    const w = { W_r: [[0]], W_z: [[0]], W_n: [[1]], U_r: [[0]], U_z: [[0]], U_n: [[0]], b_z: [50] };
    expect(runGru([[1], [-1], [3]], w, [0.42]).get(2, 0)).toBeCloseTo(0.42, 12);
    expect(details(() => runGru([[1]], { ...w, U_n: [[1, 2]] }))).toMatchObject({ code: 'shape', matrix: 'U_n' });
  });
});

describe('path lengths', () => {
  it('RNN: |i − j| steps; CNN: ⌈|i − j| / (k − 1)⌉ layers; attention: one step', () => {
    expect(rnnPathLength(0, 9)).toBe(9);
    expect(cnnPathLength(0, 9, 3)).toBe(5);
    expect(cnnPathLength(9, 0, 10)).toBe(1);
    expect(attentionPathLength(0, 9)).toBe(1);
    expect(attentionPathLength(4, 4)).toBe(0);
    expect(details(() => cnnPathLength(0, 1, 1))).toMatchObject({ argument: 'k' });
  });

  it('a signal through a chain of steps shrinks geometrically', () => {
    expect(signalThroughChain(0.5, 3)).toEqual([1, 0.5, 0.25, 0.125]);
    expect(details(() => signalThroughChain(0.5, -1))).toMatchObject({ argument: 'steps' });
  });
});

describe('cost model', () => {
  it('counts the pairs of each pattern exactly', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 45 }), fc.integer({ min: 1, max: 9 }), (L, w, stride) => {
      expect(countPairs(L, { kind: 'local', w })).toBe(countAllowed(localWindowMask(L, w)));
      const strided = customMask(Array.from({ length: L }, (_, i) => Array.from({ length: L }, (_, j) => Math.abs(i - j) <= w || j % stride === stride - 1)));
      expect(countPairs(L, { kind: 'strided', w, stride })).toBe(countAllowed(strided));
    }));
    expect(countPairs(4, { kind: 'causal' })).toBe(10);
    expect(countPairs(4)).toBe(16);
    expect(countPairs(2, { kind: 'mask', mask: customMask([[true, false], [true, true]]) })).toBe(3);
    expect(details(() => countPairs(3, { kind: 'mask', mask: customMask([[true]]) }))).toMatchObject({ argument: 'mask' });
    expect(details(() => countPairs(0))).toMatchObject({ argument: 'L' });
    expect(details(() => countPairs(3, { kind: 'strided', w: 1, stride: 0 }))).toMatchObject({ argument: 'stride' });
  });

  it('counts FLOPs and the bytes of the L × L weights', () => {
    const c = attentionCost({ L: 1000, d_model: 512, H: 8, dtype: 'float16' });
    expect(c.pairs).toBe(1e6);
    expect(c.scoreFlops).toBe(2 * 1e6 * 512);
    expect(c.weightedSumFlops).toBe(c.scoreFlops);
    expect(c.projectionFlops).toBe(8 * 1000 * 512 * 512);
    expect(c.softmaxFlops).toBe(6 * 1e6 * 8);
    expect(c.totalFlops).toBe(c.projectionFlops + c.scoreFlops + c.softmaxFlops + c.weightedSumFlops);
    expect(c.attentionMatrixBytes).toBe(8 * 1e6 * 2);
    // doubling L quadruples the weights matrix
    expect(attentionCost({ L: 2000, d_model: 512, H: 8 }).attentionMatrixBytes).toBe(4 * attentionCost({ L: 1000, d_model: 512, H: 8 }).attentionMatrixBytes);
    expect(details(() => attentionCost({ L: 10, d_model: 10, H: 3 }))).toMatchObject({ argument: 'd_model' });
    expect(details(() => attentionCost({ L: 10, d_model: 10, H: 0 }))).toMatchObject({ argument: 'H' });
  });

  it('recomputing the weights in the backward pass trades O(L²) memory for a second pass', () => {
    const m = attentionBackwardMemory({ L: 4096, d_model: 1024, H: 16, dtype: 'float32' });
    expect(m.storedBytes).toBe(4 * (4 * 4096 * 1024) + 16 * 4096 * 4096 * 4);
    expect(m.recomputedBytes).toBe(4 * (4 * 4096 * 1024) + 16 * 4096 * 4);
    expect(m.savedBytes).toBe(m.storedBytes - m.recomputedBytes);
    expect(m.extraFlops).toBe(2 * 4096 * 4096 * 1024 + 6 * 4096 * 4096 * 16);
  });

  it('evaluates Table 1 of the paper', () => {
    const t = layerComplexity(100, 64, 3, 10);
    expect(t.selfAttention).toEqual({ operations: 100 * 100 * 64, sequentialOperations: 1, maxPathLength: 1 });
    expect(t.recurrent).toEqual({ operations: 100 * 64 * 64, sequentialOperations: 100, maxPathLength: 100 });
    expect(t.convolutional.maxPathLength).toBe(5); // ⌈log₃ 100⌉
    expect(t.restrictedSelfAttention.maxPathLength).toBe(10);
    expect(details(() => layerComplexity(10, 8, 1))).toMatchObject({ argument: 'k' });
    expect(details(() => layerComplexity(0, 8))).toMatchObject({ argument: 'n, d, k, r' });
  });

  it('counts every row of Table 1 by its formula, for many n, d, k and r', () => {
    for (const n of [1, 2, 7, 30, 512, 8192, 100000]) {
      for (const d of [1, 3, 64, 512, 8192]) {
        for (const k of [2, 3, 5, 15]) {
          for (const r of [1, 4, 16]) {
            const t = layerComplexity(n, d, k, r);
            expect(t.selfAttention.operations).toBe(n ** 2 * d);
            expect(t.recurrent.operations).toBe(n * d ** 2);
            expect(t.convolutional.operations).toBe(k * n * d ** 2);
            expect(t.restrictedSelfAttention.operations).toBe(r * n * d);
            expect(t.recurrent.sequentialOperations).toBe(n);
            expect([t.selfAttention, t.convolutional, t.restrictedSelfAttention].map((l) => l.sequentialOperations)).toEqual([1, 1, 1]);
            expect(t.restrictedSelfAttention.maxPathLength).toBe(Math.ceil(n / r));
            // dilated: the fewest layers L with k^L ≥ n (at least one)
            const L = t.convolutional.maxPathLength;
            expect(k ** L >= n && (L === 1 || k ** (L - 1) < n)).toBe(true);
            expect(t.convolutional.contiguousMaxPathLength).toBe(Math.max(1, Math.ceil((n - 1) / (k - 1))));
            // exact in doubles: the largest count here is 15 · 10⁵ · 8192² ≈ 10¹⁴ < 2⁵³
            expect(Number.isSafeInteger(t.convolutional.operations)).toBe(true);
          }
        }
      }
    }
  });

  it('counts dilated layers in whole numbers, where log(n) / log(k) is off by a rounding error', () => {
    expect(Math.log(125) / Math.log(5)).toBeGreaterThan(3); // what the floating-point formula would round up to 4
    expect(layerComplexity(125, 8, 5).convolutional.maxPathLength).toBe(3);
    expect(layerComplexity(126, 8, 5).convolutional.maxPathLength).toBe(4);
    expect(layerComplexity(1000, 8, 10).convolutional.maxPathLength).toBe(3);
    expect(layerComplexity(1, 8, 3).convolutional).toMatchObject({ maxPathLength: 1, contiguousMaxPathLength: 1 });
  });

  it('self-attention is cheaper than a recurrent layer exactly when n < d', () => {
    for (const d of [1, 2, 64, 512, 8192]) {
      for (const n of [1, Math.max(1, d - 1), d, d + 1, 4 * d]) {
        const t = layerComplexity(n, d);
        expect(Math.sign(t.selfAttention.operations - t.recurrent.operations)).toBe(Math.sign(n - d));
      }
    }
  });
});
