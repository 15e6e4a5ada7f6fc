import { describe, expect, it } from 'vitest';
import { attentionSteps, fixedDigits, readableDigits, shiftedSoftmax } from '../../../src/course/equations.ts';
import { formatNumber, scaledDotProductAttention } from '../../../src/kernel/index.ts';
import { presets } from '../../../src/course/presets.ts';


function stepsFor(Q: number[][], K: number[][], V: number[][], i: number, j: number, options: Parameters<typeof attentionSteps>[1]) {
  const r = scaledDotProductAttention(Q, K, V);
  const eqs = attentionSteps(
    {
      i, j, q: Q[i]!, keys: K, values: V, d_k: r.d_k,
      scores: r.scores.row(i), scaled: r.scaledScores.row(i), weights: r.weights.row(i), output: r.output.row(i),
    },
    options,
  );
  return { r, eqs };
}

const { Q, K, V } = presets.source001;
const rows = (m: readonly (readonly number[])[]) => m.map((row) => [...row]);

describe('the four steps written out', () => {
  it('end each equation with the kernel’s number, in text and TeX', () => {
    const { r, eqs } = stepsFor(rows(Q), rows(K), rows(V), 0, 2, { digits: fixedDigits(3) });
    const f = (x: number) => formatNumber(x, { decimals: 3 });
    expect(eqs[0].text.endsWith(`= ${f(r.scores.get(0, 2))}`)).toBe(true);
    expect(eqs[1].text.endsWith(`= ${f(r.scaledScores.get(0, 2))}`)).toBe(true);
    expect(eqs[2].text.endsWith(`= ${f(r.weights.get(0, 2))}`)).toBe(true);
    expect(eqs[3].text.endsWith(`= [${Array.from(r.output.row(0), f).join(', ')}]`)).toBe(true);
    expect(eqs[2].tex).toContain(`= ${f(r.weights.get(0, 2))}`);
  });

  it('name the weights w_ij everywhere, with 1-based indices', () => {
    const { eqs } = stepsFor(rows(Q), rows(K), rows(V), 0, 1, { digits: fixedDigits(2) });
    expect(eqs[0].tex.startsWith('s_{12} = q_{1} \\cdot k_{2}')).toBe(true);
    expect(eqs[2].tex.startsWith('w_{12}')).toBe(true);
    expect(eqs[2].text.startsWith('w₁₂')).toBe(true);
    expect(eqs[3].tex).toContain('w_{1m}');
    for (const eq of eqs) expect(eq.tex + eq.text).not.toMatch(/a_\{|a₁/);
  });

  it('put negative factors in parentheses', () => {
    const { eqs } = stepsFor([[1, -0.5]], [[-2, 1], [0, 1]], [[1, 0], [0, 1]], 0, 0, { digits: fixedDigits(1) });
    expect(eqs[0].text).toContain('1.0 × (−2.0) + (−0.5) × 1.0');
    expect(eqs[0].tex).toContain('1.0 \\times (-2.0) + (-0.5) \\times 1.0');
  });

  it('write the shifted softmax with e^0 = 1 for the largest score', () => {
    const { r, eqs } = stepsFor(rows(Q), rows(K), rows(V), 0, 0, { digits: readableDigits, softmax: shiftedSoftmax });
    const row = Array.from(r.scaledScores.row(0));
    const top = row.indexOf(Math.max(...row));
    const { eqs: topEqs } = stepsFor(rows(Q), rows(K), rows(V), 0, top, { digits: readableDigits, softmax: shiftedSoftmax });
    expect(topEqs[2].tex).toContain('\\frac{e^{0}}');
    expect(eqs[2].tex).not.toContain('+ e^'); // one sum, not the list of terms
  });

  it('write inputs as given and whole results without decimals', () => {
    expect(readableDigits([0.2, 0.5], 'input')).toEqual({ decimals: 1 });
    expect(readableDigits([0.25, 1], 'input')).toEqual({ decimals: 2 });
    expect(readableDigits([0.123456], 'input')).toEqual({ decimals: 3 });
    expect(readableDigits([2, 3], 'result')).toEqual({ decimals: 0 });
    expect(readableDigits([2, 0.5], 'result')).toEqual({ decimals: 3 });
  });
});

describe('one quantity, one number of decimals (issue 9)', () => {
  // q = [1.02, 2.42] is written "1.02" alone, but its matrix Q has 0.44000000000000006 and is
  // printed with 3 decimals: with the groups, q is written 1.020 as in Q.
  const Q = [1.02, 2.42, 0.44000000000000006, 1];
  const K = [0.5, 1, 0.25, 2];
  const input = {
    i: 0, j: 1, q: Q.slice(0, 2), keys: [K.slice(0, 2), K.slice(2, 4)], values: [[1, 0], [0, 1]],
    scores: [3, 2.5], scaled: [2.1213203435596424, 1.7677669529663689], weights: [0.5876, 0.4124], output: [0.5876, 0.4124], d_k: 2,
  };
  it('writes q and k with the decimals of the matrices Q and K when they are printed', () => {
    const plain = attentionSteps(input, { digits: readableDigits })[0].text;
    expect(plain).toContain('1.02 × 0.25');
    const grouped = attentionSteps({ ...input, groups: { q: Q, keys: K } }, { digits: readableDigits })[0].text;
    expect(grouped).toContain('1.020 × 0.250');
    expect(grouped).not.toMatch(/\b1\.02 /);
  });
  it('writes a score like the score matrix S', () => {
    // s_12 = 2.5 alone has 3 decimals; in a matrix of whole numbers it has none, and so does the equation
    const whole = attentionSteps({ ...input, scores: [3, 2], groups: { scores: [3, 2, 4, 1] } }, { digits: readableDigits })[0].text;
    expect(whole).toMatch(/= 2$/);
    const mixed = attentionSteps({ ...input, scores: [3, 2], groups: { scores: [3, 2, 4, 1.5] } }, { digits: readableDigits })[0].text;
    expect(mixed).toMatch(/= 2\.000$/);
  });
});
