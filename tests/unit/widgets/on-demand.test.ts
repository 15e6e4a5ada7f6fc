/** The status line of something fetched on demand (the whole model's weights), in the widget's words. */
import { describe, expect, it } from 'vitest';
import { type LoadWords, loadStatus } from '../../../src/widgets/ui/on-demand.svelte.ts';

const words: LoadWords = {
  idle: () => 'not loaded',
  loadingStart: () => 'starting',
  loading: (loaded, total) => `${loaded} of ${total ?? '?'}`,
  ready: () => 'ready',
  failed: (detail) => `failed: ${detail}`,
};

describe('the status of an on-demand load', () => {
  it('says each state in the widget’s words, with its kind', () => {
    expect(loadStatus({ status: 'idle' }, words)).toEqual({ kind: 'idle', text: 'not loaded' });
    expect(loadStatus({ status: 'loading', loaded: 0, total: null }, words)).toEqual({ kind: 'busy', text: 'starting' });
    expect(loadStatus({ status: 'loading', loaded: 512, total: 2048 }, words)).toEqual({ kind: 'busy', text: '512 of 2048' });
    expect(loadStatus({ status: 'loading', loaded: 512, total: null }, words)).toEqual({ kind: 'busy', text: '512 of ?' });
    expect(loadStatus({ status: 'ready' }, words)).toEqual({ kind: 'ok', text: 'ready' });
    expect(loadStatus({ status: 'failed', detail: 'HTTP 404' }, words)).toEqual({ kind: 'error', text: 'failed: HTTP 404' });
  });
});
