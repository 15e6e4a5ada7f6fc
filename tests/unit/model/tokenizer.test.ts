/**
 * src/model/tokenizer.ts against the Python tokenizer (training/coref_data.py): every committed
 * held-out sentence must come out as the tokens Python wrote; plus the rules one by one, and the
 * report of unknown words with suggestions for the free-text box.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CorefSetName } from '../../../src/model/metadata.ts';
import { Segmenter, editDistance } from '../../../src/model/tokenizer.ts';
import { meta, tokenizer } from '../../helpers/coref-model.ts';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/model/coref-heldout.json', import.meta.url), 'utf8')) as {
  sets: Record<CorefSetName, { text: string; tokens: string[]; lang: string; pronoun: number; nouns: number[] }[]>;
};

describe('the tokenizer reproduces the Python tokenization', () => {
  it.each(['fresh', 'unseenNouns', 'unseenCombos'] as const)('on every committed %s sentence', (set) => {
    const sentences = fixture.sets[set];
    const wrong = sentences.filter((s) => JSON.stringify(tokenizer.tokenize(s.text)) !== JSON.stringify(s.tokens));
    expect(wrong.map((s) => s.text)).toEqual([]);
    expect(sentences.some((s) => s.lang === 'zh') && sentences.some((s) => s.lang === 'en')).toBe(true);
  });

  it('finds the pronoun and the two candidate nouns the generator marked', () => {
    for (const set of ['fresh', 'unseenNouns', 'unseenCombos'] as const) {
      for (const s of fixture.sets[set].slice(0, 200)) {
        const e = tokenizer.encode(s.text);
        expect(e.pronoun).toBe(s.pronoun);
        expect(e.candidates).toEqual(s.nouns);
      }
    }
  });
});

describe('the tokenization rules', () => {
  const seg = new Segmenter(meta.lexicon.zhWords);

  it('English: lowercase, letters and digits in runs, punctuation alone, whitespace dropped', () => {
    expect(seg.tokenize('  The Cat, (really) 2nd!\tIt\nwas  ')).toEqual(['the', 'cat', ',', '(', 'really', ')', '2nd', '!', 'it', 'was']);
    expect(seg.tokenize('it was (not) 2')).toEqual(['it', 'was', '(', 'not', ')', '2']);
    expect(seg.tokenize('café naïve')).toEqual(['café', 'naïve']);
  });

  it('Chinese: greedy longest match over the word list', () => {
    expect(seg.tokenize('小猫没有抓到蝴蝶，因为它太饿了。')).toEqual(['小猫', '没有', '抓到', '蝴蝶', '，', '因为', '它', '太', '饿', '了', '。']);
    expect(seg.tokenize('马没有穿过马路')).toEqual(['马', '没有', '穿过', '马路']); // 马路 beats 马
    expect(seg.tokenize('书桌搬不进门口')).toEqual(['书桌', '搬不进', '门口']);
  });

  it('Chinese: a run of characters that starts no known word is one token', () => {
    expect(seg.tokenize('袋鼠没有穿过街道')).toEqual(['袋鼠', '没有', '穿过', '街道']);
    // The limit of the rule: 马 and 牛 are known words, so an unknown run stops in front of them.
    expect(seg.tokenize('斑马')).toEqual(['斑', '马']);
    expect(seg.tokenize('犀牛')).toEqual(['犀', '牛']);
    expect(seg.tokenize('它 太累了')).toEqual(['它', '太', '累', '了']);
  });

  it('mixed text, and offsets that point back into the text', () => {
    const text = 'Yesterday 小猫 was 😺 hungry';
    const spans = seg.spans(text);
    expect(spans.map((s) => s.text)).toEqual(['yesterday', '小猫', 'was', '😺', 'hungry']);
    for (const s of spans) expect(text.slice(s.start, s.end).toLowerCase()).toBe(s.text);
  });

  it('English contractions become the words the training data writes', () => {
    expect(seg.tokenize("didn't")).toEqual(['did', 'not']);
    expect(seg.tokenize('The animal didn’t cross the street because it’s too tired.')).toEqual(
      ['the', 'animal', 'did', 'not', 'cross', 'the', 'street', 'because', 'it', 'is', 'too', 'tired', '.'],
    );
    expect(seg.tokenize("Couldn't, wasn't, doesn't, isn't")).toEqual(['could', 'not', ',', 'was', 'not', ',', 'does', 'not', ',', 'is', 'not']);
    expect(seg.tokenize("can't won't he's they're I'm we'll I've she'd")).toEqual(
      ['can', 'not', 'will', 'not', 'he', 'is', 'they', 'are', 'i', 'am', 'we', 'will', 'i', 'have', 'she', 'would'],
    );
    // Not contractions: a possessive, quotation marks, an apostrophe with spaces around it.
    expect(seg.tokenize("the dog's bone")).toEqual(['the', 'dog', "'", 's', 'bone']);
    expect(seg.tokenize("'tired'")).toEqual(["'", 'tired', "'"]);
    expect(seg.tokenize("didn ' t")).toEqual(['didn', "'", 't']);
    // The spans still point into the text: "did" at "did", "not" at "n't".
    const text = "It DIDN'T fit";
    expect(seg.spans(text).map((t) => [t.text, text.slice(t.start, t.end)])).toEqual([['it', 'It'], ['did', 'DID'], ['not', "N'T"], ['fit', 'fit']]);
  });

  it('edit distance', () => {
    expect(editDistance('tired', 'tired')).toBe(0);
    expect(editDistance('tird', 'tired')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('unknown words are reported with suggestions', () => {
  const crossA = meta.lexicon.families.find((f) => f.id === 'cross')!;

  it('a held-out noun becomes <unk>, with nouns of the same slot suggested', () => {
    const held = crossA.en.heldOutA[0]!;
    const e = tokenizer.encode(`The ${held} did not cross the street because it was too tired.`);
    const u = e.unknown;
    expect(u).toHaveLength(1);
    expect(u[0]).toMatchObject({ index: 1, text: held, reason: 'heldOut' });
    expect(e.ids[1]).toBe(meta.specialTokens.unkId);
    expect(u[0]!.suggestions.length).toBeGreaterThan(0);
    for (const w of u[0]!.suggestions) expect(crossA.en.A).toContain(w);
    expect(e.family).toBe('cross');
  });

  it('an unknown noun gets the nouns of the slot it stands in, and is no candidate for the pointer', () => {
    const e = tokenizer.encode('The zebra did not cross the street because it was too tired.');
    expect(e.unknown).toMatchObject([{ index: 1, text: 'zebra', reason: 'unknown' }]);
    for (const w of e.unknown[0]!.suggestions) expect(crossA.en.A).toContain(w);
    expect(e.candidates).toEqual([6]); // the model sees <unk>, not a noun, where "zebra" stands
    const zh = tokenizer.encode('袋鼠没有穿过街道，因为它太累了。');
    expect(zh.lang).toBe('zh');
    expect(zh.unknown).toMatchObject([{ index: 0, text: '袋鼠', reason: 'unknown' }]);
    for (const w of zh.unknown[0]!.suggestions) expect(crossA.zh.A).toContain(w);
  });

  it('a misspelt word gets the known words closest to it', () => {
    const e = tokenizer.encode('The cat could not catch the butterfly because it was too hungyr.');
    expect(e.unknown.map((u) => u.text)).toEqual(['hungyr']);
    expect(e.unknown[0]!.suggestions).toContain('hungry');
  });

  it('punctuation the model never saw is a symbol, with no suggestions', () => {
    const e = tokenizer.encode('The cat could not catch the butterfly because it was too fast!');
    expect(e.unknown).toMatchObject([{ text: '!', reason: 'symbol', suggestions: [] }]);
  });

  it('a sentence with a contraction reads like the training data: no unknown words, the nouns as candidates', () => {
    const e = tokenizer.encode("The animal didn't cross the street because it was too tired.");
    expect(e.unknown).toEqual([]);
    expect(e.ids).toEqual(tokenizer.encode('The animal did not cross the street because it was too tired.').ids);
    expect(e.candidates).toEqual([1, 6]);
    expect(e.family).toBe('cross');
  });

  it('only the lexicon’s nouns are candidates, never another word before the pronoun', () => {
    const e = tokenizer.encode('小狗站起来没有穿过马路，因为它太累了。');
    const texts = e.tokens.map((t) => t.text);
    expect(e.candidates.map((i) => texts[i])).toEqual(['小狗', '马路']);
  });

  it('without a pronoun there is no pronoun index, and every noun is a candidate', () => {
    const e = tokenizer.encode('the cat saw the dog');
    expect(e.pronoun).toBeNull();
    expect(e.candidates).toEqual([1, 4]);
  });
});
