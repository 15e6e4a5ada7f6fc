/** What only chapter 3's exercises do (the shared checks are in tests/unit/course/exercises.test.ts). */
import { describe, expect, it } from 'vitest';
import { draw as flipRows } from '../../../../src/course/real-model/exercises/model-flip-rows.ts';
import { draw as pointerWeight } from '../../../../src/course/real-model/exercises/model-pointer-weight.ts';
import { draw as scoreGap } from '../../../../src/course/real-model/exercises/model-score-gap.ts';
import { d_k, lexicon } from '../../../../src/course/real-model/exercises/sentences.ts';
import { softmax } from '../../../../src/kernel/index.ts';
import { SEEDS } from '../../../helpers/bank-checks.ts';

describe('exercises of real-model', () => {
  it('recognises a score typed as a weight (the softmax forgotten) in every exercise that asks for weights', () => {
    for (const seed of SEEDS) {
      const p = pointerWeight(seed);
      const keys = p.mistakes.map((m) => m.key);
      expect(keys, `#${seed}`).toContain('rawScore');
      expect(p.mistakes.find((m) => m.key === 'rawScore')?.value).toBe(p.raw[p.right]);
      const f = flipRows(seed);
      expect(f.mistakes.find((m) => m.key === 'noSoftmax')?.value, `#${seed}`).toEqual(f.S);
    }
  });

  it('draws sentences from the model’s own lexicon, with trained adjectives only', () => {
    for (const seed of SEEDS) {
      const { s } = pointerWeight(seed);
      expect(lexicon.families).toContain(s.family);
      expect(s.family.heldOutAdjectives, `#${seed}`).not.toContain(s.adjective);
      expect(s.side).toBe(lexicon.adjectives[s.adjective]!.refersTo);
    }
  });

  it('puts the larger pointer weight on the referent, and the score gap gives the weights back', () => {
    for (const seed of SEEDS) {
      const p = pointerWeight(seed);
      expect(p.answer, `#${seed}`).toBeCloseTo(softmax(p.raw.map((x) => x / Math.sqrt(d_k)))[p.right]!, 12);
      expect(p.answer).toBeGreaterThan(0.5);

      const g = scoreGap(seed);
      expect(softmax([g.answer / Math.sqrt(d_k), 0])[0]!, `#${seed}`).toBeCloseTo(g.wRight, 9);

      const f = flipRows(seed);
      const larger = f.answer.map((row) => (row[0]! > row[1]! ? 'A' : 'B'));
      expect(larger[0], `#${seed}`).toBe(f.s.side);
      expect(larger[1], `#${seed}`).not.toBe(f.s.side);
    }
  });
});
