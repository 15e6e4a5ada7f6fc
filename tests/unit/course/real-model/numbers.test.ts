import { describe, expect, it } from 'vitest';
import { entropy, softmax } from '../../../../src/kernel/index.ts';
import * as ch from '../../../../src/course/real-model/numbers.ts';

describe('real-model: the prose’s claims', () => {
  for (const c of ch.claims) it(c.what, () => expect(c.holds).toBe(true));
});

describe('real-model: the numbers', () => {
  it('numbers the pointer from 1 for the reader', () => {
    expect([ch.pLayer, ch.pHead]).toEqual([ch.P.layer + 1, ch.P.head + 1]);
  });

  it('the target’s gap and entropy come from the kernel', () => {
    expect(ch.targetGap).toBeCloseTo(Math.log(ch.targetRight / ch.targetOther), 12);
    expect(ch.lossFloor).toBe(entropy([ch.targetRight, ch.targetOther]));
  });

  for (const locale of ['zh', 'en'] as const) {
    it(`the ${locale} worked pair: gap, back-computed shares and columns`, () => {
      const w = ch.worked[locale];
      expect(w.tired.p.lang).toBe(locale);
      expect(w.gapTired).toBeCloseTo(Math.log(w.tired.wA / w.tired.wB), 12);
      expect(w.scoreGapTired).toBeCloseTo(w.gapTired * Math.sqrt(ch.meta.d_k), 12);
      expect(w.backTired).toEqual(softmax([w.gapTired, 0]));
      expect(w.tired.nouns).toBeCloseTo(w.tired.wA + w.tired.wB, 12);
      expect(w.columns).toHaveLength(w.tired.tokens.length);
      expect(w.columns[w.tired.adj]).toContain(' / ');
    });
  }

  it('labels the test sets in both languages', () => {
    for (const locale of ['zh', 'en'] as const) {
      const { sets } = ch.labels(locale);
      expect(sets.map((s) => s.key)).toEqual(['fresh', 'unseenNouns', 'unseenCombos']);
    }
  });

  it('measures the runtime’s download', () => {
    expect(ch.runtimeSize).toMatch(/^\d+(\.\d)? MB$/);
  });
});
