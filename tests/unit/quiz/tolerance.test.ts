/** The note under a numeric answer: a percentage for a relative tolerance, "exact" without one (never "±0%"). */
import { describe, expect, it } from 'vitest';
import { toleranceNote } from '../../../src/quiz/tolerance.ts';

describe('toleranceNote', () => {
  it('shows the default 1% when a question gives no tolerance', () => {
    expect(toleranceNote({})).toEqual({ key: 'exercise.tolerance', percent: '1' });
  });
  it('writes small percentages without float noise', () => {
    expect(toleranceNote({ relative: 0.005 })).toEqual({ key: 'exercise.tolerance', percent: '0.5' });
  });
  it('says exact, not ±0%, when the relative tolerance is zero', () => {
    expect(toleranceNote({ relative: 0, absolute: 0 })).toEqual({ key: 'exercise.exact' });
    expect(toleranceNote({ relative: 0, absolute: 0.05 })).toEqual({ key: 'exercise.exact' });
  });
});
