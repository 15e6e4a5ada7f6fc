/** What only chapter 1's exercises do (the shared checks are in tests/unit/course/exercises.test.ts). */
import { describe, expect, it } from 'vitest';
import { draw as costRatio } from '../../../../src/course/why-self-attention/exercises/why-self-attention-cost-ratio.ts';
import { draw as rnnPath } from '../../../../src/course/why-self-attention/exercises/why-self-attention-rnn-path.ts';
import { draw as sequentialOps } from '../../../../src/course/why-self-attention/exercises/why-self-attention-sequential-ops.ts';
import { draw as signalFades } from '../../../../src/course/why-self-attention/exercises/why-self-attention-signal-fades.ts';
import { layerComplexity, rnnPathLength } from '../../../../src/kernel/index.ts';
import { SEEDS } from '../../../helpers/bank-checks.ts';

describe('exercises of why-self-attention', () => {
  it('answers come from the kernel', () => {
    for (const seed of SEEDS) {
      const p = rnnPath(seed);
      expect(p.answer, `rnn-path #${seed}`).toBe(rnnPathLength(p.i, p.j));

      const o = sequentialOps(seed);
      const t = layerComplexity(o.n, 512);
      expect(o.answer, `sequential-ops #${seed}`).toEqual([[t.selfAttention.sequentialOperations, t.recurrent.sequentialOperations, t.convolutional.sequentialOperations]]);

      const s = signalFades(seed);
      expect(s.answer, `signal-fades #${seed}`).toBeCloseTo(s.g ** (s.j - s.i), 12);

      const c = costRatio(seed);
      expect(c.answer, `cost-ratio #${seed}`).toBeCloseTo(c.n / c.d, 12);
    }
  });
});
