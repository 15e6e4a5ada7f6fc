import { describe, expect, it } from 'vitest';
import { adjectivesBySide, buildSentence, detokenize, familyOf, flipAdjective, nounOptions } from '../../../src/model/sentence-builder.ts';
import { meta, tokenizer } from '../../helpers/coref-model.ts';

const lexicon = meta.lexicon;

describe('the sentence builder', () => {
  it('writes the sources’ sentences as a reader would', () => {
    expect(buildSentence(lexicon, 'en', { family: 'cross', A: 'animal', B: 'street', adjective: 'tired' }))
      .toBe('The animal did not cross the street because it was too tired.');
    expect(buildSentence(lexicon, 'zh', { family: 'cross', A: '动物', B: '街道', adjective: 'wide' }))
      .toBe('动物没有穿过街道，因为它太宽了。');
  });

  it('builds sentences the tokenizer reads back to the frame’s tokens, pronoun and both nouns', () => {
    for (const family of lexicon.families) {
      for (const lang of ['en', 'zh'] as const) {
        const [A, B] = [family[lang].A.at(-1)!, family[lang].B.at(-1)!];
        const e = tokenizer.encode(buildSentence(lexicon, lang, { family: family.id, A, B, adjective: family.adjectives[0]! }));
        expect(e.unknown, `${family.id} ${lang}`).toEqual([]);
        expect(e.pronoun).not.toBeNull();
        expect(e.candidates.map((i) => e.tokens[i]!.text)).toEqual([A, B]);
        expect(e.family).toBe(family.id);
      }
    }
  });

  it('flips every ending to one that points to the other noun, and the sources’ pairs back again', () => {
    for (const family of lexicon.families) {
      for (const adjective of family.adjectives) {
        const flipped = flipAdjective(lexicon, family, adjective);
        expect(family.adjectives).toContain(flipped);
        expect(lexicon.adjectives[flipped]!.refersTo).not.toBe(lexicon.adjectives[adjective]!.refersTo);
      }
    }
    for (const [id, a, b] of [['cross', 'tired', 'wide'], ['fit', 'big', 'small'], ['catch', 'hungry', 'fast']] as const) {
      const family = familyOf(lexicon, id);
      expect(flipAdjective(lexicon, family, a)).toBe(b);
      expect(flipAdjective(lexicon, family, b)).toBe(a);
    }
  });

  it('refuses an ending or a family that does not exist', () => {
    expect(() => buildSentence(lexicon, 'en', { family: 'cross', A: 'animal', B: 'street', adjective: 'heavy' })).toThrow(/not an ending/);
    expect(() => familyOf(lexicon, 'nope')).toThrow(/no sentence family/);
    expect(() => flipAdjective(lexicon, familyOf(lexicon, 'fit'), 'tired')).toThrow(/not an ending/);
  });

  it('offers the held-out nouns after the trained ones, marked', () => {
    const family = familyOf(lexicon, 'cross');
    const options = nounOptions(family, 'en', 'A');
    expect(options.filter((o) => !o.heldOut).map((o) => o.word)).toEqual(family.en.A);
    expect(options.filter((o) => o.heldOut).map((o) => o.word)).toEqual(family.en.heldOutA);
    expect(adjectivesBySide(lexicon, family).A).toContain('tired');
  });

  it('detokenizes English and Chinese', () => {
    expect(detokenize(['the', 'cat', ',', 'it', 'was', 'fast', '.'], 'en')).toBe('The cat, it was fast.');
    expect(detokenize(['小猫', '，', '它', '太', '快', '了', '。'], 'zh')).toBe('小猫，它太快了。');
    expect(detokenize([], 'en')).toBe('');
  });
});
