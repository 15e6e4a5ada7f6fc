/** RealHeads' logic: which sentences run, the head switches, and what the committed ablations say matters. */
import { describe, expect, it } from 'vitest';
import {
  MAX_CHARS, ablationRows, allOn, headsThatMatter, onlyPointer, sentenceProblem, zeroedAfterPointer, zeroedHeads,
} from '../../../src/widgets/real-heads/logic.ts';
import { meta, tokenizer } from '../../helpers/coref-model.ts';

const problem = (text: string) => sentenceProblem(text, tokenizer.encode(text), meta.maxLength)?.kind ?? null;

describe('RealHeads logic', () => {
  it('runs the presets and refuses empty, long, unknown, emoji, pronoun-less and one-noun sentences', () => {
    expect(problem('The animal did not cross the street because it was too tired.')).toBeNull();
    expect(problem('动物没有穿过街道，因为它太累了。')).toBeNull();
    expect(problem('   ')).toBe('empty');
    expect(problem('a'.repeat(MAX_CHARS + 1))).toBe('tooLong');
    expect(problem('it '.repeat(70))).toBe('tooManyTokens');
    expect(problem('qwerty zxcvbn')).toBe('allUnknown');
    expect(problem('😀🙃')).toBe('allUnknown');
    expect(problem('The animal did not cross the street.')).toBe('noPronoun');
    expect(problem('The animal was tired because it was old.')).toBe('fewCandidates');
  });

  it('switches heads: all on, only the pointer, and which zeroed heads come after the pointer’s weights', () => {
    expect(zeroedHeads(allOn(2, 4))).toEqual([]);
    const only = zeroedHeads(onlyPointer(2, 4, meta.pointer));
    expect(only).toHaveLength(7);
    expect(only).not.toContainEqual(meta.pointer);
    expect(zeroedAfterPointer(only, meta.pointer)).toEqual([meta.pointer.layer]);
    expect(zeroedAfterPointer([meta.pointer], meta.pointer)).toEqual([]);
  });

  it('names the heads that matter from coref.json: more than 5 points lost on some set', () => {
    const rows = ablationRows(meta.headAnalysis, meta.accuracy);
    expect(rows).toHaveLength(meta.headAnalysis.length);
    // what the committed measurement says (layer 0, heads 1 and 3; the pointer head is not among them)
    expect(headsThatMatter(rows)).toEqual([{ layer: 0, head: 1 }, { layer: 0, head: 3 }]);
  });
});
