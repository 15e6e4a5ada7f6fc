/** What only chapter 2's exercises do (the shared checks are in tests/unit/course/exercises.test.ts). */
import { describe, expect, it } from 'vitest';
import { draw as scoreByHand } from '../../../../src/course/queries-keys-values/exercises/qkv-score-by-hand.ts';
import { draw as softmaxWeight } from '../../../../src/course/queries-keys-values/exercises/qkv-softmax-weight.ts';
import { exercise as bankSoftmax } from '../../../../src/course/queries-keys-values/exercises/qkv-bank-softmax.ts';
import { dot, softmax } from '../../../../src/kernel/index.ts';
import { checkNumeric } from '../../../../src/quiz/check.ts';
import { SEEDS } from '../../../helpers/bank-checks.ts';

describe('exercises of queries-keys-values', () => {
  it('computes the score-by-hand answer as q·k / √d_k, the first mistake being the unscaled q·k', () => {
    for (const seed of SEEDS) {
      const d = scoreByHand(seed);
      expect(d.answer, `#${seed}`).toBeCloseTo(dot(d.q, d.k) / Math.sqrt(d.d_k), 12);
      expect(d.mistakes[0]).toEqual({ key: 'unscaled', value: d.s });
    }
  });

  it('takes the softmax-weight answer along the row of its query', () => {
    for (const seed of SEEDS) {
      const d = softmaxWeight(seed);
      expect(d.answer, `#${seed}`).toBeCloseTo(softmax(d.row)[d.j]!, 12);
    }
  });

  it('recognises the score typed as the weight (the softmax forgotten), in the drawn and in the fixed exercise', () => {
    for (const seed of SEEDS) {
      const d = softmaxWeight(seed);
      expect(d.mistakes.find((m) => m.key === 'noSoftmax')?.value, `#${seed}`).toBe(d.row[d.j]);
    }
    const bank = bankSoftmax.question;
    if (bank.kind !== 'numeric') throw new Error('qkv-bank-softmax is numeric');
    expect(checkNumeric(bank, '0.9')).toMatchObject({ status: 'incorrect', mistake: 1 });
    expect(bank.mistakes?.[1]?.hint.en).toMatch(/softmax is missing/);
  });
});
