/**
 * Loading models for a widget, as states a widget can show: idle → loading (which model, which
 * stage, how many bytes) → ready, or failed with a code the widget translates. Every widget that
 * runs a model uses this one state machine; the worker and onnxruntime-web are imported only
 * when `load()` is first called.
 */
import type { LoadProgress, ModelClient } from './model-client.ts';
import type { ModelErrorCode, ModelName } from './worker-protocol.ts';

export type LoadState<M extends ModelName = ModelName> =
  | { status: 'idle' }
  | { status: 'loading'; model: M; progress: LoadProgress | null }
  | { status: 'ready' }
  | { status: 'failed'; code: ModelErrorCode; detail: string; model: M | null };

export interface Failure {
  code: ModelErrorCode;
  detail: string;
}

const CODES: readonly ModelErrorCode[] = ['noWasm', 'noWorker', 'runtime', 'model', 'run'];

/** What anything a model load or run rejected with means (a ModelFailure has a code; anything else is a runtime problem). */
export function failureOf(error: unknown): Failure {
  const e = typeof error === 'object' && error !== null ? (error as { code?: unknown; detail?: unknown; message?: unknown }) : {};
  const code = CODES.includes(e.code as ModelErrorCode) ? (e.code as ModelErrorCode) : 'runtime';
  const detail = typeof e.detail === 'string' ? e.detail : typeof e.message === 'string' ? e.message : String(error);
  return { code, detail };
}

/** How far loading has come, 0..1, or null while the size is unknown. */
export function loadedFraction(state: LoadState<ModelName>): number | null {
  if (state.status !== 'loading' || state.progress === null || !state.progress.total) return null;
  return Math.min(1, state.progress.loaded / state.progress.total);
}

/** The page's shared model client, imported on first use so that ONNX Runtime stays out of the page's JavaScript. */
export async function sharedClient(): Promise<Pick<ModelClient, 'load' | 'runCoref' | 'runRecurrence'>> {
  return (await import('./model-client.ts')).modelClient();
}

type Loadable = Pick<ModelClient, 'load'>;

/**
 * Loads `models` one after another and reports every change of state through `onChange`.
 * Loading again after a failure retries; loading while loading or ready does nothing.
 */
export class ModelLoader<M extends ModelName> {
  state: LoadState<M> = { status: 'idle' };
  private readonly models: readonly M[];
  private readonly onChange: (state: LoadState<M>) => void;
  private readonly client: () => Promise<Loadable>;

  constructor(models: readonly M[], onChange: (state: LoadState<M>) => void, client: () => Promise<Loadable> = sharedClient) {
    this.models = models;
    this.onChange = onChange;
    this.client = client;
  }

  /** Resolves true once every model can run, false if one failed (the state says why). */
  async load(): Promise<boolean> {
    if (this.state.status === 'loading' || this.state.status === 'ready') return this.state.status === 'ready';
    let current: M | null = this.models[0] ?? null;
    try {
      if (current !== null) this.set({ status: 'loading', model: current, progress: null });
      const client = await this.client();
      for (const model of this.models) {
        current = model;
        this.set({ status: 'loading', model, progress: null });
        await client.load(model, (progress) => this.set({ status: 'loading', model, progress }));
      }
      this.set({ status: 'ready' });
      return true;
    } catch (error) {
      this.fail(error, current);
      return false;
    }
  }

  /** A load or a run failed: show why; the next `load()` tries again. `model` is named only when its file was the problem. */
  fail(error: unknown, model: M | null = null): void {
    const { code, detail } = failureOf(error);
    this.set({ status: 'failed', code, detail, model: code === 'model' ? model : null });
  }

  private set(state: LoadState<M>): void {
    this.state = state;
    this.onChange(state);
  }
}
