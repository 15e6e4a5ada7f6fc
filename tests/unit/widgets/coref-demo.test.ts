import { describe, expect, it } from 'vitest';
import {
  defaultChoice, idsKey, isReliable, presetFor, presetMaps, readingDoubts, sentenceProblem, topCandidates, translateChoice,
} from '../../../src/widgets/coref/demo-data.ts';
import presetFile from '../../../src/model/coref-presets.json';
import { readPointer } from '../../../src/model/coref-attention.ts';
import { heatPaths } from '../../../src/widgets/ui/heat-paths.ts';
import { buildSentence } from '../../../src/model/sentence-builder.ts';
import type { CorefPreset } from '../../../src/model/coref-presets.ts';
import { meta, tokenizer } from '../../helpers/coref-model.ts';

describe('the demo’s sentence logic', () => {
  it('says what is wrong with an empty or too long sentence, and nothing for a good one', () => {
    expect(sentenceProblem(tokenizer.encode('   '), meta.maxLength)).toEqual({ kind: 'empty' });
    const long = tokenizer.encode(Array.from({ length: 70 }, () => 'cat').join(' '));
    expect(sentenceProblem(long, meta.maxLength)).toEqual({ kind: 'tooLong', n: 70, max: meta.maxLength });
    expect(sentenceProblem(tokenizer.encode('The cat was fast.'), meta.maxLength)).toBeNull();
  });

  it('finds a preset by the ids the model would see, whatever the spacing or capitals', () => {
    const text = buildSentence(meta.lexicon, 'en', { family: 'cross', A: 'animal', B: 'street', adjective: 'tired' });
    const preset: CorefPreset = { lang: 'en', choice: { family: 'cross', A: 'animal', B: 'street', adjective: 'tired' }, text, ids: tokenizer.encode(text).ids, attn: [[1], [1]] };
    expect(presetFor([preset], tokenizer.encode('the  ANIMAL did not cross the street because it was too tired .').ids)).toBe(preset);
    expect(presetFor([preset], tokenizer.encode('The animal did not cross the street because it was too wide.').ids)).toBeUndefined();
    expect(idsKey([1, 22, 3])).not.toBe(idsKey([12, 2, 3]));
    expect(presetMaps(preset, 4)).toEqual({ T: preset.ids.length, heads: 4, layers: [[1], [1]] });
  });

  it('carries a choice across languages: nouns by their place in the slot, the ending kept', () => {
    const en = { family: 'fit', A: 'trophy', B: 'suitcase', adjective: 'small' };
    const zh = translateChoice(meta, en, 'en', 'zh');
    expect(zh).toEqual({ family: 'fit', A: '奖杯', B: '行李箱', adjective: 'small' });
    expect(translateChoice(meta, zh, 'zh', 'en')).toEqual(en);
    expect(translateChoice(meta, en, 'en', 'en')).toBe(en);
    const d = defaultChoice(meta, 'catch', 'zh');
    expect(meta.lexicon.adjectives[d.adjective]!.refersTo).toBe('A');
    expect(() => buildSentence(meta.lexicon, 'zh', d)).not.toThrow();
  });

  it('ranks the candidates', () => {
    expect(topCandidates({ row: [], referent: 2, candidates: [{ index: 1, weight: 0.1 }, { index: 2, weight: 0.8 }, { index: 5, weight: 0.05 }] }))
      .toEqual([{ index: 2, weight: 0.8 }, { index: 1, weight: 0.1 }]);
  });
});

describe('when the pointer’s answer is only a guess', () => {
  const pointer = { layer: meta.pointer.layer, head: meta.pointer.head };
  /** A reading whose pointer row is `row` (the pronoun at `pronoun`). */
  const readingOf = (row: number[], candidates: number[]) => ({ row, candidates: candidates.map((index) => ({ index, weight: row[index]! })), referent: candidates[0] ?? null });

  it('trusts every precomputed sentence: known words only, the pointer’s strongest pull on a candidate noun', () => {
    const presets = (presetFile as unknown as { presets: CorefPreset[] }).presets;
    expect(presets.length).toBeGreaterThan(0);
    for (const p of presets) {
      const e = tokenizer.encode(p.text);
      const reading = readPointer(presetMaps(p, meta.heads), pointer, e.pronoun!, e.candidates);
      expect(readingDoubts(e, reading), p.text).toEqual({ unknownWords: [], offTarget: null });
    }
  });

  it('doubts a sentence with words the model does not know', () => {
    const e = tokenizer.encode('The zebra did not cross the street because it was too tired!');
    const row = e.tokens.map((_, j) => (j === 6 ? 0.9 : 0.1 / (e.tokens.length - 1)));
    const d = readingDoubts(e, readingOf(row, e.candidates));
    expect(d.unknownWords).toEqual(['zebra', '!']);
    expect(isReliable(d)).toBe(false);
  });

  it('doubts a reading whose strongest pull, the pronoun itself aside, is not a candidate noun', () => {
    const e = tokenizer.encode('The dog did not cross the road because it was too tired.');
    expect(e.unknown).toEqual([]);
    const pronoun = e.pronoun!;
    const verb = e.tokens.findIndex((t) => t.text === 'cross');
    const row = e.tokens.map((_, j) => (j === verb ? 0.5 : j === pronoun ? 0.3 : 0.2 / (e.tokens.length - 2)));
    const off = readingDoubts(e, readingOf(row, e.candidates));
    expect(off).toEqual({ unknownWords: [], offTarget: verb });
    expect(isReliable(off)).toBe(false);
    // The pronoun's weight on itself does not count: here the strongest other pull is a noun.
    const onSelf = e.tokens.map((_, j) => (j === pronoun ? 0.6 : j === e.candidates[0] ? 0.3 : 0.1 / (e.tokens.length - 2)));
    expect(isReliable(readingDoubts(e, readingOf(onSelf, e.candidates)))).toBe(true);
  });
});

describe('thumbnail heatmaps as paths', () => {
  it('draws each cell once, in the shade nearest its value, and leaves zeros blank', () => {
    const values = [[0, 1], [0.5, 0.02]];
    const paths = heatPaths(2, 2, (i, j) => values[i]![j]!, 4);
    expect(paths.map((p) => p.opacity)).toEqual([0.5, 1]);
    expect(paths.find((p) => p.opacity === 1)!.d).toBe('M1 0h1v1h-1z');
    expect(paths.find((p) => p.opacity === 0.5)!.d).toBe('M0 1h1v1h-1z');
  });

  it('clamps values outside [0, 1] and skips NaN', () => {
    const paths = heatPaths(1, 3, (_, j) => [7, -2, Number.NaN][j]!, 8);
    expect(paths).toEqual([{ opacity: 1, d: 'M0 0h1v1h-1z' }]);
  });
});
