import { describe, expect, it } from 'vitest';
import { type LoadState, ModelLoader, failureOf, loadedFraction } from '../../../src/model/model-loader.ts';
import { ModelFailure } from '../../../src/model/model-client.ts';
import type { LoadProgress } from '../../../src/model/model-client.ts';
import type { ModelName } from '../../../src/model/worker-protocol.ts';

/** A client whose loads report two progress steps and fail for the models in `broken`. */
function fakeClient(broken: ReadonlySet<ModelName> = new Set(), error: (m: ModelName) => unknown = (m) => new ModelFailure('model', `${m}: HTTP 404`)) {
  const calls: ModelName[] = [];
  return {
    calls,
    client: async () => ({
      async load(model: ModelName, onProgress?: (p: LoadProgress) => void) {
        calls.push(model);
        onProgress?.({ stage: 'model', loaded: 50, total: 100 });
        if (broken.has(model)) throw error(model);
        onProgress?.({ stage: 'model', loaded: 100, total: 100 });
      },
    }),
  };
}

describe('failureOf', () => {
  it('keeps a ModelFailure’s code and detail, and calls anything else a runtime problem', () => {
    expect(failureOf(new ModelFailure('model', 'HTTP 404'))).toEqual({ code: 'model', detail: 'HTTP 404' });
    expect(failureOf({ code: 'noWasm' }).code).toBe('noWasm');
    expect(failureOf(new TypeError('Failed to fetch dynamically imported module'))).toEqual({ code: 'runtime', detail: 'Failed to fetch dynamically imported module' });
    expect(failureOf({ code: 'weird' }).code).toBe('runtime');
    expect(failureOf(null)).toEqual({ code: 'runtime', detail: 'null' });
  });
});

describe('ModelLoader', () => {
  it('goes idle → loading (with progress, model by model) → ready', async () => {
    const seen: LoadState<'rnn' | 'gru'>[] = [];
    const fake = fakeClient();
    const loader = new ModelLoader(['rnn', 'gru'] as const, (s) => seen.push(s), fake.client);
    expect(loader.state).toEqual({ status: 'idle' });
    expect(await loader.load()).toBe(true);
    expect(fake.calls).toEqual(['rnn', 'gru']);
    expect(seen.at(-1)).toEqual({ status: 'ready' });
    const loading = seen.filter((s) => s.status === 'loading');
    expect(loading.map((s) => s.model)).toContain('gru');
    expect(loading.some((s) => loadedFraction(s) === 0.5)).toBe(true);
  });

  it('names the model whose file failed, and loads again on retry', async () => {
    const broken = new Set<ModelName>(['gru']);
    const fake = fakeClient(broken);
    const loader = new ModelLoader(['rnn', 'gru'] as const, () => {}, fake.client);
    expect(await loader.load()).toBe(false);
    expect(loader.state).toEqual({ status: 'failed', code: 'model', detail: 'gru: HTTP 404', model: 'gru' });
    broken.clear();
    expect(await loader.load()).toBe(true);
    expect(loader.state.status).toBe('ready');
  });

  it('names no model when the runtime itself failed', async () => {
    const fake = fakeClient(new Set(['coref']), () => new ModelFailure('noWasm', 'no WebAssembly'));
    const loader = new ModelLoader(['coref'] as const, () => {}, fake.client);
    await loader.load();
    expect(loader.state).toEqual({ status: 'failed', code: 'noWasm', detail: 'no WebAssembly', model: null });
  });

  it('does not load twice while loading or once ready', async () => {
    const fake = fakeClient();
    const loader = new ModelLoader(['coref'] as const, () => {}, fake.client);
    await Promise.all([loader.load(), loader.load()]);
    await loader.load();
    expect(fake.calls).toEqual(['coref']);
  });

  it('turns a failed run into a failed state that the next load clears', async () => {
    const fake = fakeClient();
    const loader = new ModelLoader(['coref'] as const, () => {}, fake.client);
    await loader.load();
    loader.fail(new ModelFailure('run', 'bad input'), 'coref');
    expect(loader.state).toEqual({ status: 'failed', code: 'run', detail: 'bad input', model: null });
    expect(await loader.load()).toBe(true);
  });

  it('reports no fraction before the size is known', () => {
    expect(loadedFraction({ status: 'idle' })).toBeNull();
    expect(loadedFraction({ status: 'loading', model: 'coref', progress: null })).toBeNull();
    expect(loadedFraction({ status: 'loading', model: 'coref', progress: { stage: 'runtime', loaded: 5, total: null } })).toBeNull();
    expect(loadedFraction({ status: 'loading', model: 'coref', progress: { stage: 'runtime', loaded: 150, total: 100 } })).toBe(1);
  });
});
