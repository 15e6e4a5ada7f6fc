import { describe, expect, it } from 'vitest';
import { scaledDotProductAttention, selfAttention } from '../../../src/kernel/index.ts';
import { presets } from '../../../src/course/presets.ts';
import { LARGE, MAX_SIZE, compute, dimsOf, inputsFromPreset, largeCell, readSize, switchMode, withDims } from '../../../src/widgets/qkv-model.ts';
import { parseGrid, pasteInto, resizeGrid, splitPaste, toGrid } from '../../../src/widgets/ui/grid.ts';

describe('grids of typed cells', () => {
  it('parse to numbers or name the first bad cell', () => {
    expect(parseGrid([['1', '-0.5']], 'Q')).toEqual({ ok: true, values: [[1, -0.5]] });
    expect(parseGrid([['1', ''], ['x', '2']], 'K')).toEqual({ ok: false, problem: { matrix: 'K', row: 0, col: 1, reason: 'blank', text: '' } });
    expect(parseGrid([['1', '2'], ['NaN', '2']], 'V')).toMatchObject({ ok: false, problem: { row: 1, col: 0, reason: 'notFinite' } });
  });

  it('resize keeping entries, and paste rows across cells', () => {
    expect(resizeGrid([['1', '2']], 2, 3)).toEqual([['1', '2', '0'], ['0', '0', '0']]);
    expect(resizeGrid([['1', '2'], ['3', '4']], 1, 1)).toEqual([['1']]);
    expect(splitPaste('0.2 0.5, -1')).toEqual([['0.2', '0.5', '-1']]);
    expect(splitPaste('1 2\n3 4')).toEqual([['1', '2'], ['3', '4']]);
    expect(splitPaste(' 7 ')).toBeNull();
    expect(pasteInto(toGrid([[0, 0, 0], [0, 0, 0]]), 0, 1, [['1', '2', '3'], ['4']])).toEqual([['0', '1', '2'], ['0', '4', '0']]);
  });
});

describe('the Q/K/V explorer', () => {
  it('computes what the kernel computes for a projection preset', () => {
    const p = presets.woShiShei;
    const outcome = compute(inputsFromPreset(p, 'zh'));
    const expected = selfAttention(p.X, p);
    expect(outcome.ok && outcome.result.attention.weights.toArray()).toEqual(expected.weights.toArray());
    expect(outcome.ok && outcome.result.attention.output.toArray()).toEqual(expected.output.toArray());
  });

  it('computes what the kernel computes for a direct preset', () => {
    const p = presets.source001;
    const inputs = inputsFromPreset(p, 'en');
    expect(inputs.queryTokens).toEqual(['word 1']);
    const outcome = compute(inputs);
    expect(outcome.ok && outcome.result.attention.weights.toArray()).toEqual(scaledDotProductAttention(p.Q, p.K, p.V).weights.toArray());
  });

  it('reports the first bad cell instead of computing', () => {
    const inputs = inputsFromPreset(presets.source001, 'zh');
    inputs.K[1]![2] = 'abc';
    expect(compute(inputs)).toEqual({ ok: false, problem: { matrix: 'K', row: 1, col: 2, reason: 'notANumber', text: 'abc' } });
  });

  it('turns an overflow into a kernel error, not NaN', () => {
    const inputs = inputsFromPreset(presets.source001, 'zh');
    inputs.Q[0] = ['1e308', '1e308', '1e308'];
    inputs.K[0] = ['1e308', '1e308', '1e308'];
    const outcome = compute(inputs);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && 'error' in outcome && outcome.error.code).toBe('overflow');
  });

  it('resizes within 1..8, naming new tokens, and keeps n_q = n_k in projection mode', () => {
    const inputs = inputsFromPreset(presets.woShiShei, 'zh');
    const bigger = withDims(inputs, { n_k: 5, d_k: 2 }, (i) => `词${i + 1}`);
    expect(dimsOf(bigger)).toEqual({ n_q: 5, n_k: 5, d_model: 4, d_k: 2, d_v: 3 });
    expect(bigger.tokens).toEqual(['我', '是', '谁', '词4', '词5']);
    expect(compute(bigger).ok).toBe(true);
    expect(dimsOf(withDims(inputs, { n_k: 99, d_model: 0 }, (i) => `token ${i + 1}`))).toMatchObject({ n_k: 8, d_model: 1 });
  });

  it('switching to direct mode keeps the computed Q, K and V', () => {
    const inputs = inputsFromPreset(presets.woShiShei, 'zh');
    const before = compute(inputs);
    if (!before.ok) throw new Error('preset must compute');
    const direct = switchMode(inputs, 'direct', before.result);
    const after = compute(direct);
    expect(after.ok && after.result.attention.weights.toArray()).toEqual(before.result.attention.weights.toArray());
    expect(switchMode(direct, 'projection', null).mode).toBe('projection');
  });
});

describe('sizes typed by the reader', () => {
  it('accept whole numbers from 1 to MAX_SIZE and nothing else', () => {
    expect(readSize('3')).toBe(3);
    expect(readSize(String(MAX_SIZE))).toBe(MAX_SIZE);
    for (const bad of ['', 'abc', 'NaN', '0', '-1', '2.5', '1e308', '-1e308', '1,2,3', String(MAX_SIZE + 1)]) expect(readSize(bad), bad).toBeNull();
  });
});

describe('very large numbers', () => {
  it('are computed, and the first one beyond ±LARGE is pointed out', () => {
    const inputs = inputsFromPreset(presets.woShiShei, 'zh');
    expect(largeCell(inputs)).toBeNull();
    const X = inputs.X.map((r) => [...r]);
    X[1]![2] = '-1e308';
    expect(largeCell({ ...inputs, X })).toEqual({ matrix: 'X', row: 1, col: 2 });
    expect(largeCell({ ...inputs, X: inputs.X.map((r) => r.map(() => String(LARGE))) })).toBeNull();
  });
});
