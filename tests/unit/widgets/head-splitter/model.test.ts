import { describe, expect, it } from 'vitest';
import { KernelError, matmul, matrix, multiHeadAttention, scaledDotProductAttention, selfAttention } from '../../../../src/kernel/index.ts';
import { toGrid } from '../../../../src/widgets/ui/grid.ts';
import { LARGE, MATRICES, compute, divisors, headOf, largeCell, paramCount, strongestKeys } from '../../../../src/widgets/head-splitter/model.ts';
import { D_MODEL, WEIGHTS_SEED, presetInputs, presetX, randomWeights } from '../../../../src/widgets/head-splitter/preset.ts';
import type { SplitterInputs } from '../../../../src/widgets/head-splitter/model.ts';

const ok = (inputs: SplitterInputs, H: number) => {
  const o = compute(inputs, H);
  if (!o.ok) throw new Error(`expected a result, got ${JSON.stringify('problem' in o ? o.problem : o.error.details)}`);
  return o.result;
};
const withCell = (inputs: SplitterInputs, name: keyof SplitterInputs, i: number, j: number, value: string): SplitterInputs => {
  const grid = inputs[name].map((r) => [...r]);
  grid[i]![j] = value;
  return { ...inputs, [name]: grid };
};

describe('the head splitter', () => {
  it('offers the divisors of d_model as numbers of heads, and cuts columns into equal blocks', () => {
    expect(divisors(8)).toEqual([1, 2, 4, 8]);
    expect(divisors(6)).toEqual([1, 2, 3, 6]);
    expect(Array.from({ length: 8 }, (_, j) => headOf(8, 4, j))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it('shows what the kernel computes for every H', () => {
    const inputs = presetInputs();
    const w = randomWeights(WEIGHTS_SEED);
    for (const H of divisors(D_MODEL)) {
      const r = ok(inputs, H);
      const expected = multiHeadAttention(presetX(), w, H);
      expect(r.mha.H).toBe(H);
      expect(r.mha.d_k).toBe(D_MODEL / H);
      expect(r.mha.output.toArray()).toEqual(expected.output.toArray());
      r.mha.heads.forEach((head, h) => expect(head.weights.toArray()).toEqual(expected.heads[h]!.weights.toArray()));
    }
  });

  it('the sum over heads equals Concat·W_O up to the last binary digit, for every H and many weights', () => {
    for (let seed = WEIGHTS_SEED; seed < WEIGHTS_SEED + 25; seed++) {
      const inputs = { ...presetInputs(), ...Object.fromEntries(Object.entries(randomWeights(seed)).map(([k, v]) => [k, toGrid(v)])) } as SplitterInputs;
      for (const H of divisors(D_MODEL)) {
        const r = ok(inputs, H);
        const scale = Math.max(...r.mha.output.data.map(Math.abs));
        // the same products added in another order: a few units in the last place, never more
        expect(r.maxDiff).toBeLessThanOrEqual(8 * Number.EPSILON * scale);
        expect(r.maxDiff).toBeLessThan(1e-14);
        r.sum.data.forEach((v, k) => expect(v).toBeCloseTo(r.mha.output.data[k]!, 14));
        // each term is this head's output times its own rows of W_O
        r.heads.forEach((head, h) => {
          expect(head.W_O.shape).toEqual([D_MODEL / H, D_MODEL]);
          expect(head.term.toArray()).toEqual(matmul(r.mha.heads[h]!.output, head.W_O).toArray());
        });
      }
    }
  });

  it('with H = 1 is single-head attention with the same weights, followed by W_O', () => {
    const X = presetX();
    const w = randomWeights(WEIGHTS_SEED);
    const r = ok(presetInputs(), 1);
    const single = selfAttention(X, w);
    expect(r.mha.heads[0]!.weights.toArray()).toEqual(single.weights.toArray());
    expect(r.mha.heads[0]!.weights.toArray()).toEqual(scaledDotProductAttention(single.Q, single.K, single.V).weights.toArray());
    expect(r.mha.concat.toArray()).toEqual(single.output.toArray());
    expect(r.mha.output.toArray()).toEqual(matmul(single.output, matrix(w.W_O)).toArray());
    expect(r.maxDiff).toBe(0);
  });

  it('counts 4·d_model² parameters whatever H is, with the breakdown of each', () => {
    for (const H of divisors(8)) {
      const p = paramCount(8, H);
      expect(p).toEqual({ H, d_k: 8 / H, block: 8 * (8 / H), qkv: 3 * H * 8 * (8 / H), out: 64, total: 256 });
      // the blocks the widget slices really hold that many numbers
      const r = ok(presetInputs(), H);
      const sizes = r.heads.reduce((s, head) => s + head.W_Q.data.length + head.W_K.data.length + head.W_V.data.length + head.W_O.data.length, 0);
      expect(sizes).toBe(p.total);
    }
    expect(paramCount(512, 8)).toMatchObject({ d_k: 64, total: 4 * 512 ** 2 });
  });

  it('names the first bad cell, in any matrix', () => {
    const inputs = presetInputs();
    expect(compute(withCell(inputs, 'X', 0, 1, ''), 2)).toEqual({ ok: false, problem: { matrix: 'X', row: 0, col: 1, reason: 'blank', text: '' } });
    expect(compute(withCell(inputs, 'W_K', 2, 3, 'abc'), 2)).toEqual({ ok: false, problem: { matrix: 'W_K', row: 2, col: 3, reason: 'notANumber', text: 'abc' } });
    expect(compute(withCell(inputs, 'W_O', 7, 7, 'NaN'), 4)).toMatchObject({ ok: false, problem: { matrix: 'W_O', reason: 'notFinite' } });
    expect(compute(withCell(inputs, 'W_V', 0, 0, '1e309'), 1)).toMatchObject({ ok: false, problem: { matrix: 'W_V', reason: 'notFinite' } });
    expect(compute(withCell(inputs, 'W_Q', 0, 0, '1,2,3'), 1)).toMatchObject({ ok: false, problem: { matrix: 'W_Q', reason: 'notANumber' } });
    // a decimal comma and a typographic minus are numbers
    expect(compute(withCell(inputs, 'X', 0, 0, '−0,5'), 2).ok).toBe(true);
  });

  it('reports sizes that do not fit, a number of heads that does not divide d_model, and overflow as kernel errors', () => {
    const inputs = presetInputs();
    const error = (o: ReturnType<typeof compute>) => (!o.ok && 'error' in o ? o.error : null);
    const ragged = error(compute({ ...inputs, W_Q: inputs.W_Q.map((r, i) => (i === 2 ? r.slice(0, 5) : r)) }, 2));
    expect(ragged).toBeInstanceOf(KernelError);
    expect(ragged?.details).toMatchObject({ code: 'ragged', matrix: 'W_Q', row: 2 });
    const short = error(compute({ ...inputs, W_O: inputs.W_O.slice(0, 6) }, 2));
    expect(short?.details).toMatchObject({ code: 'shape', matrix: 'W_O' });
    expect(error(compute(inputs, 3))?.details).toMatchObject({ code: 'invalidArgument' });
    const huge = withCell(withCell(inputs, 'X', 0, 0, '1e308'), 'W_Q', 0, 0, '1e308');
    expect(error(compute(huge, 2))?.details).toMatchObject({ code: 'overflow' });
  });

  it('points out numbers beyond ±10⁶, which still compute', () => {
    expect(largeCell(presetInputs())).toBeNull();
    const inputs = withCell(presetInputs(), 'W_O', 3, 4, String(-2 * LARGE));
    expect(largeCell(inputs)).toEqual({ matrix: 'W_O', row: 3, col: 4 });
    expect(compute(inputs, 2).ok).toBe(true);
    expect(largeCell(withCell(presetInputs(), 'X', 0, 0, 'abc'))).toBeNull();
  });

  it('lists the matrices the reader edits, with the shapes the preset gives them', () => {
    const inputs = presetInputs();
    expect(MATRICES.map((m) => [m, inputs[m].length, inputs[m][0]!.length])).toEqual([
      ['X', 4, 8], ['W_Q', 8, 8], ['W_K', 8, 8], ['W_V', 8, 8], ['W_O', 8, 8],
    ]);
  });

  it('finds the key each query attends to most', () => {
    expect(strongestKeys(matrix([[0.1, 0.7, 0.2], [0.5, 0.25, 0.25]]))).toEqual([1, 0]);
  });
});
