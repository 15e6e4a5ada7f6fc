import { describe, expect, it } from 'vitest';
import { softmax } from '../../../../src/kernel/index.ts';
import * as ch from '../../../../src/course/queries-keys-values/numbers.ts';

describe('queries-keys-values: the prose’s claims', () => {
  for (const c of ch.claims) it(c.what, () => expect(c.holds).toBe(true));
});

describe('queries-keys-values: the numbers', () => {
  it('prints source 001’s output the way numpy does', () => {
    expect(ch.npArray([0.5, 0.25, 0.125])).toBe('[[0.500 0.250 0.125]]');
    expect(ch.npArray([0.5, 0.25])).toBe('[[0.50 0.25]]');
    expect(ch.numpyOut).toContain(ch.npArray(ch.s001w));
  });

  it('source 001’s weights are nearly even and its output near the plain average', () => {
    ch.s001w.forEach((w) => expect(Math.abs(w - 1 / 3)).toBeLessThan(0.1));
    ch.s001z.forEach((z, c) => expect(Math.abs(z - ch.s001mean[c]!)).toBeLessThan(0.5));
  });

  it('the bank example: softmax of the scores, and the scores the claimed weights need', () => {
    expect(ch.bankSoft).toEqual(softmax(ch.bankScores));
    expect(ch.bankNeededGap).toBeCloseTo(Math.log(4), 12);
    expect(ch.bankRatio).toBeCloseTo(Math.exp(0.8), 12);
    ch.bankBack.forEach((w, j) => expect(w).toBeCloseTo(ch.bankClaimed[j]!, 12));
    expect(ch.bankWordsIn('zh')).toHaveLength(4);
    expect(ch.bankWordsIn('en')[3]).toContain('天气');
  });

  it('the paper’s widths: √d_k equals h for 8 heads, not for 16', () => {
    expect(ch.paperDk).toBe(64);
    expect(ch.paperRoot).toBe(ch.paper.h);
    expect(ch.altRoot).not.toBe(ch.altRootH);
  });

  it('cross-attention is 2 × 3 and its TeX table labels rows and columns', () => {
    expect([ch.cross.weights.rows, ch.cross.weights.cols]).toEqual([2, 3]);
    expect(ch.crossWeightsTex).toMatch(/^\\begin\{array\}\{c\|ccc\} & \\text\{Who\}/);
    expect(ch.crossWeightsTex).toContain('\\text{是}');
  });
});
