import { describe, expect, it } from 'vitest';
import { exercises } from '../../src/quiz/bank/queries-keys-values.ts';
import { checkBank } from '../helpers/bank-checks.ts';

describe('bank: queries-keys-values', () => {
  checkBank(exercises, 'qkv-');

  it('computes the score-by-hand answer as q·k / √d_k', () => {
    const e = exercises.find((x) => x.id === 'qkv-score-by-hand')!;
    if (!e.parametric) throw new Error('expected parametric');
    const q = e.generate(11);
    if (q.kind !== 'numeric') throw new Error('expected numeric');
    const [unscaled] = q.mistakes!;
    const d_k = Number(/d_k = (\d)/.exec(q.prompt.en)![1]);
    expect(q.answer).toBeCloseTo(unscaled!.value / Math.sqrt(d_k), 12);
  });
});
