import { describe, expect, it } from 'vitest';
import { addPositionalEncoding, fromFunction, permuteRows, selfAttention, sinusoidalPositionalEncoding } from '../../../../src/kernel/index.ts';
import * as ch from '../../../../src/course/positional-encoding/numbers.ts';
import measured from '../../../../src/course/positional-encoding/no-positions.json';

describe('positional encoding: the prose’s claims', () => {
  for (const c of ch.claims) it(c.what, () => expect(c.holds).toBe(true));
});

describe('positional encoding: the numbers', () => {
  it('the swapped sentence is the permuted rows, and its outputs are the permuted outputs', () => {
    expect(ch.Xswapped.toArray()).toEqual([ch.X.row(2), ch.X.row(1), ch.X.row(0)].map((r) => Array.from(r)));
    const expected = permuteRows(ch.before.output, ch.perm);
    ch.after.output.data.forEach((v, k) => expect(v).toBeCloseTo(expected.data[k]!, 14));
    expect(ch.swapped.zh).toEqual(['你', '爱', '我']);
    expect(ch.swapped.en).toEqual(['man', 'bites', 'dog']);
  });

  it('a position-dependent code breaks the equivariance that a constant code keeps', () => {
    const P = sinusoidalPositionalEncoding(3, 4);
    const a = selfAttention(addPositionalEncoding(ch.X, P), ch.weights).output;
    const b = selfAttention(addPositionalEncoding(ch.Xswapped, P), ch.weights).output;
    expect(Math.max(...b.data.map((v, k) => Math.abs(v - permuteRows(a, ch.perm).data[k]!)))).toBeGreaterThan(0.01);
    const C = fromFunction(3, 4, (_, j) => ch.constant[j]!);
    const c = selfAttention(addPositionalEncoding(ch.X, C), ch.weights).output;
    const d = selfAttention(addPositionalEncoding(ch.Xswapped, C), ch.weights).output;
    d.data.forEach((v, k) => expect(v).toBeCloseTo(permuteRows(c, ch.perm).data[k]!, 12));
  });

  it('the worked sinusoid is the paper’s formula, in radians', () => {
    for (let pos = 0; pos < ch.small.n; pos++) {
      ch.omegas.forEach((w, i) => {
        expect(ch.PE.get(pos, 2 * i)).toBeCloseTo(Math.sin(pos / 10000 ** ((2 * i) / ch.small.d_model)), 14);
        expect(ch.PE.get(pos, 2 * i + 1)).toBeCloseTo(Math.cos(pos * w), 14);
      });
    }
    expect(ch.omegas).toEqual([1, 0.1, 0.01, 0.001].map((w, i) => expect.closeTo(w, 15 - i)));
  });

  it('the rotation block moves a pair k positions on, for every pair and several offsets', () => {
    for (const k of [1, 3, 7]) for (let pos = 0; pos + k < ch.small.n; pos++) {
      const moved = ch.shiftByRotation(ch.PE.row(pos), k, ch.small.d_model);
      moved.forEach((v, j) => expect(v).toBeCloseTo(ch.PE.get(pos + k, j), 12));
    }
    const [[a, b], [c, d]] = ch.rotationBlock0;
    expect(a * d - b * c).toBeCloseTo(1, 14); // a rotation: determinant 1
  });

  it('the real model’s summary adds up the committed measurement', () => {
    const n = measured.sets.reduce((s, x) => s + x.n, 0);
    expect(ch.noPositions.heldOut).toBe(n);
    expect(ch.noPositions.withoutPositions).toBeCloseTo(measured.sets.reduce((s, x) => s + x.withoutPositions.correct, 0) / n, 15);
    expect(ch.noPositions.sets.map((x) => x.set)).toEqual(['fresh', 'unseenNouns', 'unseenCombos']);
    for (const x of ch.noPositions.sets) expect(x.label.zh).not.toBe(x.label.en);
  });
});
