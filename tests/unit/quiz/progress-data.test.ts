import { describe, expect, it } from 'vitest';
import { MASTERY_VARIANTS, PROGRESS_VERSION, chapterProgress, emptyProgress, parseProgress, withAttempt, withVisit } from '../../../src/quiz/progress-data.ts';

const refs = [{ id: 'a', parametric: false }, { id: 'b', parametric: true }];

describe('saved progress', () => {
  it('round-trips through JSON', () => {
    const p = withVisit(withAttempt(emptyProgress(), 'a', true), 'ch', '/ch/', 123);
    expect(parseProgress(JSON.stringify(p))).toEqual(p);
  });

  it('migrates version 1 (solved ids) to the current version', () => {
    const p = parseProgress(JSON.stringify({ version: 1, solved: ['a', 'b'] }));
    expect(p.version).toBe(PROGRESS_VERSION);
    expect(p.exercises['a']).toEqual({ attempts: 1, solved: true, variants: [] });
    expect(p.lastPath).toBeNull();
  });

  it.each([
    ['not JSON', '{nope'],
    ['no version', '{"exercises":{}}'],
    ['a future version', JSON.stringify({ version: 99 })],
    ['a version with no migration', JSON.stringify({ version: 0 })],
    ['a malformed exercise', JSON.stringify({ version: 2, exercises: { a: { attempts: -1, solved: true, variants: [] } }, visits: {}, lastPath: null })],
    ['bad visits', JSON.stringify({ version: 2, exercises: {}, visits: { a: 'yesterday' }, lastPath: null })],
    ['a foreign lastPath', JSON.stringify({ version: 2, exercises: {}, visits: {}, lastPath: 'https://elsewhere.example/' })],
    ['version 1 with junk', JSON.stringify({ version: 1, solved: [1, 2] })],
    ['an array', '[]'],
  ])('rejects %s', (_label, raw) => {
    expect(() => parseProgress(raw)).toThrow();
  });

  it('records attempts and distinct correct variants', () => {
    let p = emptyProgress();
    p = withAttempt(p, 'b', false, 5);
    p = withAttempt(p, 'b', true, 5);
    p = withAttempt(p, 'b', true, 5);
    p = withAttempt(p, 'b', true, 9);
    expect(p.exercises['b']).toEqual({ attempts: 4, solved: true, variants: [5, 9] });
  });
});

describe('chapter status', () => {
  it('goes from not started to in progress, completed and mastered', () => {
    let p = emptyProgress();
    expect(chapterProgress(p, 'ch', refs)).toEqual({ status: 'notStarted', solved: 0, total: 2 });
    p = withVisit(p, 'ch', '/ch/', 1);
    expect(chapterProgress(p, 'ch', refs).status).toBe('inProgress');
    p = withAttempt(withAttempt(p, 'a', true), 'b', true, 1);
    expect(chapterProgress(p, 'ch', refs)).toEqual({ status: 'completed', solved: 2, total: 2 });
    for (let seed = 2; seed <= MASTERY_VARIANTS; seed++) p = withAttempt(p, 'b', true, seed);
    expect(chapterProgress(p, 'ch', refs).status).toBe('mastered');
  });

  it('a wrong attempt alone means in progress', () => {
    expect(chapterProgress(withAttempt(emptyProgress(), 'a', false), 'ch', refs).status).toBe('inProgress');
  });
});
