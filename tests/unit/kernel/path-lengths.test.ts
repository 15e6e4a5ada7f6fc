/**
 * Path lengths between two positions (Vaswani et al. 2017, Table 1): every count against its
 * formula for all small n, k and pairs, and against a brute-force search over receptive fields
 * that knows nothing of the formulas; every path against its count.
 */
import { describe, expect, it } from 'vitest';
import {
  attentionPath, attentionPathLength, cnnPath, cnnPathLength, convolutionReach, dilatedCnnPath, dilatedCnnPathLength, dilation,
  restrictedAttentionPath, restrictedAttentionPathLength, rnnPath, rnnPathLength,
} from '../../../src/kernel/index.ts';
import { errorDetails as details } from '../../helpers/kernel-error.ts';

const NS = Array.from({ length: 19 }, (_, t) => t + 2); // n = 2 … 20
const KS = [2, 3, 4, 5];

/** Every ordered pair of positions 1 … n. */
function* pairs(n: number): Generator<[number, number]> {
  for (let i = 1; i <= n; i++) for (let j = 1; j <= n; j++) yield [i, j];
}

/**
 * Receptive fields by brute force, on a sequence of positions 1 … n: field[L][p] is the set of
 * inputs that the unit at p after L layers sees, where a unit at p in layer ℓ reads the units at
 * p + o for each offset o in taps(ℓ) that lies inside the sequence. Returns, for every pair, the
 * first L at which i is in j's field (Infinity if never within maxLayers).
 */
function bruteForce(n: number, taps: (layer: number) => number[], maxLayers: number): number[][] {
  const first = Array.from({ length: n + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  let field = Array.from({ length: n + 1 }, (_, p) => new Set(p === 0 ? [] : [p]));
  for (let p = 1; p <= n; p++) first[p]![p] = 0;
  for (let L = 1; L <= maxLayers; L++) {
    const offsets = taps(L);
    field = field.map((_, p) => {
      const seen = new Set<number>();
      if (p === 0) return seen;
      for (const o of offsets) if (p + o >= 1 && p + o <= n) for (const q of field[p + o]!) seen.add(q);
      return seen;
    });
    for (let j = 1; j <= n; j++) for (const i of field[j]!) if (first[i]![j] === Infinity) first[i]![j] = L;
  }
  return first;
}

/** A kernel of width k with dilation d, causal (reads p, p − d, …) or its mirror image (reads p, p + d, …). */
const kernelTaps = (k: number, d: number, sign: 1 | -1) => Array.from({ length: k }, (_, t) => -sign * t * d);

/** The brute-force count for a pair: the causal stack when i ≤ j (the signal travels right), its mirror image otherwise. */
const oriented = (causal: number[][], mirrored: number[][], i: number, j: number) => (i <= j ? causal[i]![j]! : mirrored[i]![j]!);

/** A path's checks: from i to j, one hop per layer, each hop allowed at its layer, never leaving 1 … n. */
function expectPath(path: number[], i: number, j: number, hops: number, n: number, allowed: (hop: number, layer: number) => boolean) {
  expect(path[0]).toBe(i);
  expect(path.at(-1)).toBe(j);
  expect(path.length - 1).toBe(hops);
  for (let layer = 1; layer < path.length; layer++) {
    const hop = path[layer]! - path[layer - 1]!;
    expect(allowed(hop, layer), `hop ${hop} at layer ${layer} of ${path.join(' → ')}`).toBe(true);
    expect(path[layer]).toBeGreaterThanOrEqual(1);
    expect(path[layer]).toBeLessThanOrEqual(n);
  }
}

describe('RNN and full self-attention', () => {
  it.each(NS)('n = %i: an RNN takes |i − j| steps, one position each; self-attention one step', (n) => {
    for (const [i, j] of pairs(n)) {
      expect(rnnPathLength(i, j)).toBe(Math.abs(i - j));
      expectPath(rnnPath(i, j), i, j, Math.abs(i - j), n, (hop) => Math.abs(hop) === 1);
      expect(attentionPathLength(i, j)).toBe(i === j ? 0 : 1);
      expectPath(attentionPath(i, j), i, j, attentionPathLength(i, j), n, () => true);
    }
  });

  it('walk towards j and refuse positions that are not whole numbers', () => {
    expect(rnnPath(5, 2)).toEqual([5, 4, 3, 2]);
    expect(attentionPath(3, 3)).toEqual([3]);
    expect(details(() => rnnPath(1.5, 2))).toMatchObject({ argument: 'i, j' });
    expect(details(() => attentionPath(1, NaN))).toMatchObject({ argument: 'i, j' });
  });
});

describe('contiguous convolutions', () => {
  it.each(NS)('n = %i: need ⌈|i − j| / (k − 1)⌉ layers: the formula, a brute-force search and the path agree', (n) => {
    for (const k of KS) {
      const causal = bruteForce(n, () => kernelTaps(k, 1, 1), n);
      const mirrored = bruteForce(n, () => kernelTaps(k, 1, -1), n);
      for (const [i, j] of pairs(n)) {
        const L = cnnPathLength(i, j, k);
        expect(L, `n=${n} k=${k} ${i}→${j}`).toBe(Math.ceil(Math.abs(i - j) / (k - 1)));
        expect(L, `brute force n=${n} k=${k} ${i}→${j}`).toBe(oriented(causal, mirrored, i, j));
        expectPath(cnnPath(i, j, k), i, j, L, n, (hop) => Math.sign(hop) !== -Math.sign(j - i) && Math.abs(hop) <= k - 1);
        // the field after L layers covers the distance, and after L − 1 it does not
        expect(convolutionReach(L, k, false)).toBeGreaterThanOrEqual(Math.abs(i - j));
        if (L > 0) expect(convolutionReach(L - 1, k, false)).toBeLessThan(Math.abs(i - j));
      }
    }
  });

  it('walks in full strides, the last one shorter', () => {
    expect(cnnPath(1, 14, 3)).toEqual([1, 3, 5, 7, 9, 11, 13, 14]);
    expect(cnnPath(14, 1, 5)).toEqual([14, 10, 6, 2, 1]);
    expect(details(() => cnnPath(1, 2, 1))).toMatchObject({ argument: 'k' });
  });
});

describe('dilated convolutions (dilation × k per layer)', () => {
  it('dilations are 1, k, k², …', () => {
    expect([1, 2, 3, 4].map((l) => dilation(l, 3))).toEqual([1, 3, 9, 27]);
    expect([1, 2, 3, 4, 5].map((l) => dilation(l, 2))).toEqual([1, 2, 4, 8, 16]);
    expect(details(() => dilation(0, 2))).toMatchObject({ argument: 'layer' });
    expect(details(() => dilation(1, 2.5))).toMatchObject({ argument: 'k' });
  });

  it.each(NS)('n = %i: need the fewest L with k^L ≥ |i − j| + 1: the brute-force search over receptive fields agrees for every pair', (n) => {
    for (const k of KS) {
      const causal = bruteForce(n, (l) => kernelTaps(k, k ** (l - 1), 1), n);
      const mirrored = bruteForce(n, (l) => kernelTaps(k, k ** (l - 1), -1), n);
      for (const [i, j] of pairs(n)) {
        const D = Math.abs(i - j), L = dilatedCnnPathLength(i, j, k);
        expect(L, `brute force n=${n} k=${k} ${i}→${j}`).toBe(oriented(causal, mirrored, i, j));
        expect(k ** L).toBeGreaterThanOrEqual(D + 1);
        if (L > 0) expect(k ** (L - 1)).toBeLessThan(D + 1);
        // the number of base-k digits of D
        expect(L).toBe(D === 0 ? 0 : D.toString(k).length);
        expect(convolutionReach(L, k, true)).toBeGreaterThanOrEqual(D);
        if (L > 0) expect(convolutionReach(L - 1, k, true)).toBeLessThan(D);
        // exactly L layers, each hop a tap of its layer's dilated kernel, pointing towards j
        expectPath(dilatedCnnPath(i, j, k), i, j, L, n, (hop, layer) => {
          const d = k ** (layer - 1);
          return hop % d === 0 && Math.abs(hop) / d <= k - 1 && Math.sign(hop) !== -Math.sign(j - i);
        });
      }
    }
  });

  it('grows like log_k of the distance, far below the contiguous count', () => {
    expect(dilatedCnnPathLength(1, 14, 3)).toBe(3); // 9 < 14 ≤ 27
    expect(dilatedCnnPath(1, 14, 3)).toEqual([1, 2, 5, 14]); // 13 = 1 + 1·3 + 1·9
    expect(dilatedCnnPath(14, 1, 2)).toEqual([14, 13, 13, 9, 1]); // 13 = 1101₂
    expect(dilatedCnnPathLength(0, 1023, 2)).toBe(10); // WaveNet: dilations 1 … 512, 1,024 inputs
    expect(dilatedCnnPathLength(0, 1024, 2)).toBe(11);
    expect(dilatedCnnPathLength(7, 7, 4)).toBe(0);
    expect(dilatedCnnPath(7, 7, 4)).toEqual([7]);
    expect(cnnPathLength(0, 1023, 2)).toBe(1023);
    expect(details(() => dilatedCnnPathLength(0, 1, 1))).toMatchObject({ argument: 'k' });
    expect(details(() => dilatedCnnPathLength(0, Infinity, 3))).toMatchObject({ argument: 'i, j' });
  });
});

describe('restricted self-attention (radius r)', () => {
  it.each(NS)('n = %i: needs ⌈|i − j| / r⌉ layers: the formula, a brute-force search and the path agree', (n) => {
    for (const r of [1, 2, 3, 4, 5]) {
      const window = Array.from({ length: 2 * r + 1 }, (_, t) => t - r);
      const first = bruteForce(n, () => window, n);
      for (const [i, j] of pairs(n)) {
        const L = restrictedAttentionPathLength(i, j, r);
        expect(L).toBe(Math.ceil(Math.abs(i - j) / r));
        expect(L, `brute force n=${n} r=${r} ${i}→${j}`).toBe(first[i]![j]);
        expectPath(restrictedAttentionPath(i, j, r), i, j, L, n, (hop) => Math.abs(hop) <= r);
      }
    }
  });

  it('refuses a radius below 1 or not whole', () => {
    expect(details(() => restrictedAttentionPathLength(1, 5, 0))).toMatchObject({ argument: 'r' });
    expect(details(() => restrictedAttentionPath(1, 5, 1.5))).toMatchObject({ argument: 'r' });
  });

  it('orders the four as Table 1 does for a long distance', () => {
    const [i, j, k, r] = [1, 64, 3, 4];
    expect([attentionPathLength(i, j), dilatedCnnPathLength(i, j, k), restrictedAttentionPathLength(i, j, r), cnnPathLength(i, j, k), rnnPathLength(i, j)])
      .toEqual([1, 4, 16, 32, 63]);
  });
});

describe('reach of a convolution stack', () => {
  it('is layers·(k − 1) contiguous and k^layers − 1 dilated', () => {
    expect(convolutionReach(0, 3, false)).toBe(0);
    expect(convolutionReach(4, 3, false)).toBe(8);
    expect(convolutionReach(4, 3, true)).toBe(80);
    expect(details(() => convolutionReach(-1, 3, true))).toMatchObject({ argument: 'layers' });
  });
});
