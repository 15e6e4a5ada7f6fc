import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnouncer } from '../../../src/widgets/ui/announcer.ts';

describe('createAnnouncer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('announces once the reader pauses, the last message winning', () => {
    const shown: string[] = [];
    const a = createAnnouncer((t) => shown.push(t), 500);
    a.say('1');
    vi.advanceTimersByTime(300);
    a.say('12');
    vi.advanceTimersByTime(499);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['12']);
  });

  it('says nothing after it is disposed', () => {
    const shown: string[] = [];
    const a = createAnnouncer((t) => shown.push(t), 500);
    a.say('late');
    a.dispose();
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual([]);
  });
});
