/** The figures' data: the kernel's numbers for the presets, and the real model's flip pair. */
import { describe, expect, it } from 'vitest';
import { kittenChain, presetRow, presetShapes } from '../../../src/components/figures/data.ts';
import { endingFrom, flipData } from '../../../src/components/figures/flip.ts';
import { winner } from '../../../src/components/figures/geometry.ts';
import { weights as kittenWeights, steps } from '../../../src/course/why-self-attention/numbers.ts';
import { wsRow0 } from '../../../src/course/queries-keys-values/numbers.ts';
import { worked } from '../../../src/course/real-model/numbers.ts';

describe('presetRow', () => {
  it('is the chapter’s own row of weights, labelled in each language', () => {
    const zh = presetRow('kitten', 0, 'zh');
    expect(zh.query).toBe('它');
    expect(zh.weights).toEqual(kittenWeights);
    expect(zh.keys[winner(zh.weights)]).toBe('小猫');
    const en = presetRow('kitten', 0, 'en');
    expect(en.query).toBe('it');
    expect(en.keys[winner(en.weights)]).toBe('kitten');
    expect(presetRow('woShiShei', 0, 'zh').weights).toEqual(wsRow0);
    expect(zh.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('refuses a query the preset does not have', () => {
    expect(() => presetRow('kitten', 1, 'zh')).toThrow(RangeError);
    expect(() => presetRow('woShiShei', -1, 'en')).toThrow(RangeError);
  });
});

describe('kittenChain', () => {
  it('goes from the noun to the pronoun in the chapter’s number of RNN steps, and in one attention step', () => {
    const c = kittenChain('en');
    expect([c.tokens[c.from], c.tokens[c.to]]).toEqual(['kitten', 'it']);
    expect(c.rnn).toBe(steps);
    expect(c.attention).toBe(1);
  });
});

describe('presetShapes', () => {
  it('gives X, W_Q, Q, Kᵀ and QKᵀ the sizes the kernel computes', () => {
    const s = presetShapes('woShiShei');
    expect([s.n, s.d_model, s.d_k]).toEqual([3, 4, 3]);
    const [[X, W, Q], [Q2, KT, S]] = s.equations;
    expect([X.rows, X.cols, W.rows, W.cols, Q.rows, Q.cols]).toEqual([3, 4, 4, 3, 3, 3]);
    expect([Q2.rows, Q2.cols, KT.rows, KT.cols, S.rows, S.cols]).toEqual([3, 3, 3, 3, 3, 3]);
    expect(() => presetShapes('kitten')).toThrow(RangeError);
  });
});

describe('flipData', () => {
  for (const locale of ['zh', 'en'] as const) {
    it(`${locale}: the pointer’s answer flips from noun A to noun B with the adjective`, () => {
      const f = flipData(locale);
      const [tired, wide] = f.cases;
      expect(tired.row).toEqual(worked[locale].tired.row);
      expect(tired.top).toBe(tired.a);
      expect(wide.top).toBe(wide.b);
      expect(tired.adjective).not.toBe(wide.adjective);
      expect(tired.text.endsWith(tired.ending)).toBe(true);
      expect(tired.ending.includes(tired.adjective)).toBe(true);
    });
  }
  it('finds the ending at the stand-alone pronoun', () => {
    expect(endingFrom('The kit ate because it was full.', 'it')).toBe('it was full.');
    expect(endingFrom('动物没有穿过街道，因为它太累了。', '它')).toBe('它太累了。');
    expect(endingFrom('no pronoun here', 'xyz')).toBe('no pronoun here');
  });
});
