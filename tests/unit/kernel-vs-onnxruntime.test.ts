/**
 * The kernel against onnxruntime: the same attention, written independently as ONNX graphs
 * (tests/helpers/onnx-graphs.ts), run in double precision on the same seeded inputs. Every
 * intermediate the course shows (scores, scaled scores, masked scores, weights, output; per
 * head for multi-head attention) must agree to 1e-5. (In practice they agree to about 1e-14;
 * the bar is loose so that only a real mistake fails, never a different summation order.)
 */
import fc from 'fast-check';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import {
  Matrix, type Mask, causalMask, createRng, customMask, localWindowMask, multiHeadAttention, paddingMask,
  scaledDotProductAttention, softmax,
} from '../../src/kernel/index.ts';
import { attentionModel, multiHeadModel, softmaxModel } from '../helpers/onnx-graphs.ts';

const TOL = 1e-5;

// Sessions are slow to create, so each model is built once and shared; shapes are dynamic.
const sessions = new Map<string, Promise<ort.InferenceSession>>();
function session(key: string, model: () => Uint8Array): Promise<ort.InferenceSession> {
  let s = sessions.get(key);
  if (s === undefined) {
    s = ort.InferenceSession.create(model(), { intraOpNumThreads: 1, interOpNumThreads: 1 });
    sessions.set(key, s);
  }
  return s;
}

const tensor = (M: Matrix) => new ort.Tensor('float64', M.data, [M.rows, M.cols]);
const maskTensor = (m: Mask) => new ort.Tensor('bool', m.allowed, [m.rows, m.cols]);

/**
 * Largest |ort − kernel| over all entries, after checking the shape; a list of matrices stands
 * for a [H, rows, cols] tensor. Equal entries count as 0, so −∞ against −∞ (a masked score)
 * agrees; NaN or −∞ against a number counts as Infinity.
 */
function maxError(actual: ort.Tensor | undefined, expected: Matrix | readonly Matrix[]): number {
  if (actual === undefined) throw new Error('onnxruntime returned no such output');
  const list = expected instanceof Matrix ? [expected] : expected;
  const first = list[0]!;
  expect(actual.dims).toEqual(expected instanceof Matrix ? [first.rows, first.cols] : [list.length, first.rows, first.cols]);
  const data = actual.data as Float64Array;
  let worst = 0, k = 0;
  for (const M of list) {
    for (const v of M.data) {
      const a = data[k++]!;
      const err = a === v ? 0 : Math.abs(a - v);
      worst = Math.max(worst, Number.isNaN(err) ? Infinity : err);
    }
  }
  return worst;
}

/** Random matrices: uniform in [−1, 1), or normal with a larger spread so softmax rows get peaked. */
const spread = fc.constantFrom<number | undefined>(undefined, 3);
const randomMatrices = (seed: number, std: number | undefined, ...shapes: [number, number][]) => {
  const rng = createRng(seed);
  return shapes.map(([r, c]) => rng.matrix(r, c, std === undefined ? {} : { std }));
};

async function compareAttention(n_q: number, n_k: number, d_k: number, d_v: number, seed: number, std: number | undefined, mask?: Mask) {
  const [Q, K, V] = randomMatrices(seed, std, [n_q, d_k], [n_k, d_k], [n_k, d_v]) as [Matrix, Matrix, Matrix];
  const s = await session(mask ? 'masked' : 'plain', () => attentionModel({ masked: mask !== undefined }));
  const feeds: Record<string, ort.Tensor> = { Q: tensor(Q), K: tensor(K), V: tensor(V) };
  if (mask) feeds['mask'] = maskTensor(mask);
  const ours = scaledDotProductAttention(Q, K, V, mask ? { mask } : {});
  const theirs = await s.run(feeds);
  const errors = {
    scores: maxError(theirs['scores'], ours.scores),
    scaledScores: maxError(theirs['scaledScores'], ours.scaledScores),
    ...(mask ? { maskedScores: maxError(theirs['maskedScores'], ours.maskedScores) } : {}),
    weights: maxError(theirs['weights'], ours.weights),
    output: maxError(theirs['output'], ours.output),
  };
  for (const [name, err] of Object.entries(errors)) expect(err, `${name} for n_q=${n_q} n_k=${n_k} d_k=${d_k} d_v=${d_v} seed=${seed}`).toBeLessThanOrEqual(TOL);
}

describe('scaled dot-product attention matches onnxruntime', () => {
  it.each([
    [1, 1, 1, 1],
    [4, 4, 8, 8], // self-attention shape
    [3, 7, 5, 2], // cross-attention: n_q ≠ n_k, d_v ≠ d_k
    [9, 2, 16, 33],
    [64, 64, 64, 64],
    [48, 100, 8, 24],
  ])('n_q=%i n_k=%i d_k=%i d_v=%i', async (n_q, n_k, d_k, d_v) => {
    await compareAttention(n_q, n_k, d_k, d_v, 1000 * n_q + n_k, undefined);
    await compareAttention(n_q, n_k, d_k, d_v, 7 + d_k, 3);
  });

  it('on random shapes and inputs', async () => {
    const size = fc.integer({ min: 1, max: 20 });
    await fc.assert(fc.asyncProperty(size, size, size, size, fc.nat(), spread, (n_q, n_k, d_k, d_v, seed, std) => compareAttention(n_q, n_k, d_k, d_v, seed, std)), { numRuns: 150 });
  });

  it('with causal, padding, local-window and arbitrary masks (no fully masked row)', async () => {
    const masks = fc.integer({ min: 1, max: 16 }).chain((n) => fc.oneof(
      fc.constant({ n_q: n, n_k: n, mask: causalMask(n) }),
      fc.tuple(fc.integer({ min: 1, max: n }), fc.integer({ min: 1, max: 16 })).map(([valid, n_q]) => ({ n_q, n_k: n, mask: paddingMask(valid, n, n_q) })),
      fc.tuple(fc.integer({ min: 0, max: 4 }), fc.boolean()).map(([w, causal]) => ({ n_q: n, n_k: n, mask: localWindowMask(n, w, { causal }) })),
      // Arbitrary pattern, with one key forced open in every row so the softmax is defined.
      fc.tuple(fc.integer({ min: 1, max: 16 }), fc.nat()).map(([n_q, seed]) => {
        const rng = createRng(seed);
        const open = Array.from({ length: n_q }, () => rng.int(0, n - 1));
        return { n_q, n_k: n, mask: customMask(Array.from({ length: n_q }, (_, i) => Array.from({ length: n }, (_, j) => j === open[i] || rng.next() < 0.5))) };
      }),
    ));
    const d = fc.integer({ min: 1, max: 12 });
    await fc.assert(fc.asyncProperty(masks, d, d, fc.nat(), spread, ({ n_q, n_k, mask }, d_k, d_v, seed, std) => compareAttention(n_q, n_k, d_k, d_v, seed, std, mask)), { numRuns: 150 });
  });

  it('and the comparison does notice a difference (a wrong scale, a wrong mask)', async () => {
    const [Q, K, V] = randomMatrices(3, undefined, [6, 8], [6, 8], [6, 4]) as [Matrix, Matrix, Matrix];
    const feeds = { Q: tensor(Q), K: tensor(K), V: tensor(V), mask: maskTensor(causalMask(6)) };
    const theirs = await (await session('masked', () => attentionModel({ masked: true }))).run(feeds);
    const unscaled = scaledDotProductAttention(Q, K, V, { mask: causalMask(6), divideBy: 1 });
    expect(maxError(theirs['weights'], unscaled.weights)).toBeGreaterThan(1e-3);
    const otherMask = scaledDotProductAttention(Q, K, V, { mask: localWindowMask(6, 1, { causal: true }) });
    expect(maxError(theirs['output'], otherMask.output)).toBeGreaterThan(1e-3);
  });
});

describe('multi-head attention matches onnxruntime', () => {
  const configs = [
    { H: 1, d_model: 8, d_k: 8, d_v: 8 },
    { H: 2, d_model: 8, d_k: 4, d_v: 4 },
    { H: 2, d_model: 6, d_k: 5, d_v: 3 }, // d_v ≠ d_k, and H·d_k ≠ d_model
    { H: 4, d_model: 16, d_k: 4, d_v: 4 },
    { H: 4, d_model: 12, d_k: 2, d_v: 6 },
  ];

  it.each(configs)('H=$H d_model=$d_model d_k=$d_k d_v=$d_v, self- and cross-attention, with and without a mask', async (c) => {
    const key = `mha ${JSON.stringify(c)}`;
    const plain = await session(key, () => multiHeadModel(c));
    const masked = await session(`${key} masked`, () => multiHeadModel({ ...c, masked: true }));
    const size = fc.integer({ min: 1, max: 12 });
    await fc.assert(fc.asyncProperty(size, size, fc.boolean(), fc.boolean(), fc.nat(), async (n_q, n_k_, cross, useMask, seed) => {
      const n_k = cross ? n_k_ : n_q;
      const [X, Y, W_Q, W_K, W_V, W_O] = randomMatrices(seed, undefined,
        [n_q, c.d_model], [n_k, c.d_model], [c.d_model, c.H * c.d_k], [c.d_model, c.H * c.d_k], [c.d_model, c.H * c.d_v], [c.H * c.d_v, c.d_model]) as [Matrix, Matrix, Matrix, Matrix, Matrix, Matrix];
      // Cross-attention pads the keys; self-attention is causal. Neither masks a whole row.
      const mask = !useMask ? undefined : cross ? paddingMask(Math.ceil(n_k / 2), n_k, n_q) : causalMask(n_q);
      const ours = multiHeadAttention(X, { W_Q, W_K, W_V, W_O }, c.H, { ...(cross ? { source: Y } : {}), ...(mask ? { mask } : {}) });
      const feeds: Record<string, ort.Tensor> = {
        X: tensor(X), Y: tensor(cross ? Y : X), W_Q: tensor(W_Q), W_K: tensor(W_K), W_V: tensor(W_V), W_O: tensor(W_O),
        ...(mask ? { mask: maskTensor(mask) } : {}),
      };
      const theirs = await (mask ? masked : plain).run(feeds);
      expect(maxError(theirs['weights'], ours.heads.map((h) => h.weights)), 'per-head weights').toBeLessThanOrEqual(TOL);
      expect(maxError(theirs['concat'], ours.concat), 'concat').toBeLessThanOrEqual(TOL);
      expect(maxError(theirs['output'], ours.output), 'output').toBeLessThanOrEqual(TOL);
    }), { numRuns: 40 });
  });
});

describe('softmax matches onnxruntime', () => {
  it('including rows of very large magnitude', async () => {
    const s = await session('softmax', () => softmaxModel());
    const magnitude = fc.constantFrom(1, 30, 1e3, 1e100, 1e300);
    const size = fc.integer({ min: 1, max: 20 });
    await fc.assert(fc.asyncProperty(size, size, magnitude, fc.nat(), async (rows, cols, m, seed) => {
      const x = createRng(seed).matrix(rows, cols, { min: -m, max: m });
      const theirs = await s.run({ x: tensor(x) });
      expect(maxError(theirs['weights'], softmax(x))).toBeLessThanOrEqual(TOL);
    }), { numRuns: 100 });
  });
});
