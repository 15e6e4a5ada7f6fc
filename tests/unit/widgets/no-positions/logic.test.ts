/**
 * NoPositions' logic (src/widgets/no-positions/logic.ts), its build-time data (build-data.ts) and
 * its model run (run.ts): word orders and swaps, which orders have a known answer, the verdicts,
 * and the results the wrapper precomputes, checked against the kernel's run of the whole model.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointerOf, runEncoder } from '../../../../src/model/coref-encoder.ts';
import { parseFullWeights, parseFullWeightsLayout } from '../../../../src/model/coref-full-weights.ts';
import { buildNoPositionsData, presetSentences } from '../../../../src/widgets/no-positions/build-data.ts';
import {
  type Sentence, asWritten, choiceOf, expectedWord, idsIn, measuredRows, nounsLeftToRight, orderKind, placesOf, resultKey, sameWeights,
  shuffled, swapNouns, swapPlaces, swapTotals, tieSets, tokensIn, verdict,
} from '../../../../src/widgets/no-positions/logic.ts';
import type { NoPositionsFile } from '../../../../src/model/position-measurement.ts';
import { runBoth } from '../../../../src/widgets/no-positions/run.ts';
import { meta, models, vocab } from '../../../helpers/coref-model.ts';

const layout = parseFullWeightsLayout(JSON.parse(readFileSync(new URL('coref.full.json', models), 'utf8')));
const bin = readFileSync(new URL('coref.full.bin', models));
const weights = parseFullWeights(Uint8Array.from(bin).buffer, layout);
const measured = JSON.parse(readFileSync(new URL('../../../../src/course/positional-encoding/no-positions.json', import.meta.url), 'utf8')) as NoPositionsFile;
const pointer = { layer: meta.pointer.layer, head: meta.pointer.head };

const zh = presetSentences(meta, vocab, 'zh', 'cross');
const en = presetSentences(meta, vocab, 'en', 'cross');
const animal = en[0]!; // The animal did not cross the street because it was too tired.

describe('the preset sentences', () => {
  it('are the real-model presets of the page’s language, the chosen pair first, each with its pronoun, two nouns and answer', () => {
    expect(zh.map((s) => s.text)).toEqual([
      '动物没有穿过街道，因为它太累了。', '动物没有穿过街道，因为它太宽了。', '奖杯放不进行李箱，因为它太大了。',
      '奖杯放不进行李箱，因为它太小了。', '小猫没有抓到蝴蝶，因为它太饿了。', '小猫没有抓到蝴蝶，因为它太快了。',
    ]);
    expect(presetSentences(meta, vocab, 'en', 'fit')[0]!.text).toBe('The trophy does not fit in the suitcase because it is too big.');
    expect(animal.tokens[animal.pronoun]).toBe('it');
    expect(animal.nouns.map((i) => animal.tokens[i])).toEqual(['animal', 'street']);
    expect(animal.answer).toBe(0); // tired → the animal
    expect(en[1]!.answer).toBe(1); // wide → the street
    expect(() => presetSentences(meta, vocab, 'en', 'nope')).toThrow(/no preset pair/);
  });
});

describe('word orders', () => {
  const n = animal.ids.length;
  it('swap two places, swap the nouns wherever they stand, and read the tokens in order', () => {
    const o = swapPlaces(asWritten(n), 0, 2);
    expect(tokensIn(animal, o).slice(0, 3)).toEqual(['did', 'animal', 'the']);
    expect(placesOf(animal, o).nouns).toEqual([1, 6]);
    const twin = swapNouns(animal, o);
    expect(tokensIn(animal, twin).slice(0, 7)).toEqual(['did', 'street', 'the', 'not', 'cross', 'the', 'animal']);
    expect(() => swapPlaces(asWritten(n), 0, n)).toThrow(RangeError);
    expect(() => swapPlaces(asWritten(n), -1, 0)).toThrow(RangeError);
  });

  it('know which orders have an answer: as written, and with only the nouns swapped (then the other word)', () => {
    const written = asWritten(n);
    expect(orderKind(animal, written)).toBe('asWritten');
    expect(expectedWord(animal, 'asWritten')).toBe(0);
    const twin = swapNouns(animal, written);
    expect(orderKind(animal, twin)).toBe('nounsSwapped');
    expect(expectedWord(animal, 'nounsSwapped')).toBe(1);
    expect(orderKind(animal, swapNouns(animal, twin))).toBe('asWritten');
    // the two "the"s exchanged: the same sentence
    expect(orderKind(animal, swapPlaces(written, 0, 5))).toBe('asWritten');
    expect(orderKind(animal, swapPlaces(written, 2, 3))).toBe('other');
    expect(orderKind(animal, swapPlaces(written, animal.pronoun, 0))).toBe('other');
    expect(expectedWord(animal, 'other')).toBeNull();
  });

  it('shuffle to a different order, the same for the same seed, and keep every token', () => {
    fc.assert(fc.property(fc.nat(10_000), (seed) => {
      const o = shuffled(animal, asWritten(n), seed);
      expect(o).toEqual(shuffled(animal, asWritten(n), seed));
      expect([...o].sort((a, b) => a - b)).toEqual(asWritten(n));
      expect(idsIn(animal, o)).not.toEqual(animal.ids);
    }), { numRuns: 50 });
    const same: Sentence = { ...animal, tokens: ['x', 'x'], ids: [5, 5], pronoun: 0, nouns: [0, 1] };
    expect(shuffled(same, [0, 1], 3)).toEqual([0, 1]);
  });

  it('list the nouns left to right and key each result by sentence, ids and places', () => {
    expect(nounsLeftToRight(animal, asWritten(n))).toEqual([{ word: 0, place: 1 }, { word: 1, place: 6 }]);
    expect(nounsLeftToRight(animal, swapNouns(animal, asWritten(n))).map((b) => b.word)).toEqual([1, 0]);
    const written = asWritten(n);
    expect(resultKey(0, animal, written)).toBe(resultKey(0, animal, swapPlaces(written, 0, 5)));
    expect(resultKey(0, animal, written)).not.toBe(resultKey(1, animal, written));
    expect(resultKey(0, animal, written)).not.toBe(resultKey(0, animal, swapNouns(animal, written)));
  });
});

describe('verdicts', () => {
  it('the larger weight is the choice, equal weights none; right or wrong only where the answer is known', () => {
    expect(choiceOf([0.8, 0.2])).toBe(0);
    expect(choiceOf([0.2, 0.8])).toBe(1);
    expect(choiceOf([0.5, 0.5])).toBeNull();
    expect(verdict([0.8, 0.2], 0)).toBe('right');
    expect(verdict([0.8, 0.2], 1)).toBe('wrong');
    expect(verdict([0.8, 0.2], null)).toBe('unknown');
    expect(verdict([0.4, 0.4], 0)).toBe('tie');
    expect(sameWeights([0.3, 0.7], [0.3 + 1e-12, 0.7])).toBe(true);
    expect(sameWeights([0.3, 0.7], [0.31, 0.69])).toBe(false);
  });
});

describe('the model runs', () => {
  it('give the kernel’s pointer weights on each noun word, with and without positions', () => {
    const o = swapPlaces(asWritten(animal.ids.length), 2, 3);
    const both = runBoth(animal, o, weights, pointer, meta.maxLength);
    const p = placesOf(animal, o);
    for (const [mode, positions] of [['on', true], ['off', false]] as const) {
      const row = pointerOf(runEncoder(idsIn(animal, o), weights, { positions }), meta.pointer, p.pronoun, p.nouns).row;
      expect(both[mode]).toEqual([row[p.nouns[0]], row[p.nouns[1]]]);
    }
  });

  it('without positions, every word keeps its weight in any order; with positions, it does not', () => {
    const base = runBoth(animal, asWritten(animal.ids.length), weights, pointer, meta.maxLength);
    fc.assert(fc.property(fc.nat(10_000), (seed) => {
      const o = shuffled(animal, asWritten(animal.ids.length), seed);
      const both = runBoth(animal, o, weights, pointer, meta.maxLength);
      expect(sameWeights(both.off, base.off)).toBe(true);
      expect(sameWeights(both.on, base.on, 1e-3)).toBe(false);
    }), { numRuns: 15 });
  });

  it('the wrapper’s data: every preset as written and with its nouns swapped, as the kernel computes them', () => {
    const data = buildNoPositionsData({ meta, vocab, lang: 'zh', first: 'cross', layout, weights, bytes: bin.byteLength, measured });
    expect(data.sentences).toEqual(zh);
    expect(Object.keys(data.precomputed)).toHaveLength(2 * zh.length);
    data.sentences.forEach((s, i) => {
      for (const o of [asWritten(s.ids.length), swapNouns(s, asWritten(s.ids.length))]) {
        expect(data.precomputed[resultKey(i, s, o)]).toEqual(runBoth(s, o, weights, pointer, meta.maxLength));
      }
    });
    // the point made before any click: as written, only the model with positions is right
    const first = data.precomputed[resultKey(0, zh[0]!, asWritten(zh[0]!.ids.length))]!;
    expect(verdict(first.on, zh[0]!.answer)).toBe('right');
    expect(verdict(first.off, zh[0]!.answer)).toBe('wrong');
    expect(data.weightsBytes).toBe(layout.bytes);
  });
});

describe('the measured file, read for display', () => {
  it('one row per set, the swap totals and where the ties are', () => {
    const rows = measuredRows(measured);
    expect(rows.map((r) => r.set)).toEqual(['fresh', 'unseenNouns', 'unseenCombos']);
    expect(rows[0]!.on.correct).toBe(measured.sets[0]!.withPositions.correct);
    expect(rows[1]!.off.ties).toBe(measured.sets[1]!.withoutPositions.ties);
    const t = swapTotals(measured);
    expect(t.distinct + t.sameToken).toBe(1800);
    expect(t.off.followsWord).toBe(t.distinct);
    expect(t.on.followsWord + t.on.staysInPlace).toBe(t.distinct);
    expect(tieSets(measured).map((s) => s.set)).toEqual(measured.sets.filter((s) => s.withoutPositions.ties > 0).map((s) => s.set));
    expect(tieSets(measured).length).toBeGreaterThan(0);
  });
});
