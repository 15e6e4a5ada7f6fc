import { describe, expect, it } from 'vitest';
import { matmul, multiHeadAttention, selfAttention, sliceRows } from '../../../../src/kernel/index.ts';
import * as ch from '../../../../src/course/multi-head/numbers.ts';

describe('multi-head: the prose’s claims', () => {
  for (const c of ch.claims) it(c.what, () => expect(c.holds).toBe(true));
});

describe('multi-head: the numbers', () => {
  it('counts 4·d_model² parameters for every split, with d_k = d_model / H', () => {
    for (const s of ch.splits) {
      expect(s.d_k * s.H).toBe(ch.paper.d_model);
      expect(s.total).toBe(4 * ch.paper.d_model ** 2);
    }
    expect(ch.projectionParameters(8, 2)).toMatchObject({ qkv: 192, out: 64, total: 256 });
  });

  it('the sum over heads is head_h times its own rows of W_O', () => {
    const { heads } = ch.worked;
    const rebuilt = heads.map((h, i) => matmul(h.output, sliceRows(ch.weights.W_O, i * ch.d_k, (i + 1) * ch.d_k)));
    rebuilt.forEach((t, i) => expect(t.toArray()).toEqual(ch.terms[i]!.toArray()));
    ch.sumOfTerms.data.forEach((v, k) => expect(v).toBeCloseTo(ch.worked.output.data[k]!, 12));
  });

  it('one head with the same weights is self-attention followed by W_O', () => {
    const single = selfAttention(ch.X, ch.weights);
    const out = matmul(single.output, ch.weights.W_O);
    ch.oneHead.output.data.forEach((v, k) => expect(v).toBeCloseTo(out.data[k]!, 12));
    expect(multiHeadAttention(ch.X, ch.weights, 4).d_k).toBe(1);
  });

  it('the zh and en worked examples name the same number of tokens', () => {
    expect(ch.tokens.zh).toHaveLength(ch.X.rows);
    expect(ch.tokens.en).toHaveLength(ch.X.rows);
  });

  it('reads the trained model’s per-head analysis, whole layers left out', () => {
    expect(ch.realModel.perHead).toHaveLength(ch.realModel.layers * ch.realModel.heads);
    expect(ch.realModel.heldOutSentences).toBeGreaterThan(1000);
  });
});
