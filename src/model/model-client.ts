/**
 * The page's side of the model worker: starts it on first use (so onnxruntime-web is never
 * part of a page's initial JavaScript), loads models with progress, runs them, and turns
 * every failure into a ModelFailure with a code the widgets translate.
 */
import type {
  CorefOutputs, LoadStage, ModelErrorCode, ModelName, RecurrenceOutputs, WorkerRequest, WorkerResponse,
} from './worker-protocol.ts';

export type { CorefOutputs, LoadStage, ModelErrorCode, ModelName, RecurrenceOutputs } from './worker-protocol.ts';

export class ModelFailure extends Error {
  readonly code: ModelErrorCode;
  readonly detail: string;
  constructor(code: ModelErrorCode, detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'ModelFailure';
    this.code = code;
    this.detail = detail;
  }
}

export interface LoadProgress {
  stage: LoadStage;
  loaded: number;
  total: number | null;
}

type Pending = {
  resolve: (response: WorkerResponse) => void;
  reject: (failure: ModelFailure) => void;
  onProgress?: ((p: LoadProgress) => void) | undefined;
};

/** Where the site serves its model files (Astro's base URL + models/). */
export const modelUrl = (name: ModelName): string => `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}models/${name}.onnx`;

export class ModelClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly loaded = new Map<ModelName, Promise<void>>();

  /** Loads a model (and the runtime, the first time); resolves when it can run. Safe to call again. */
  load(model: ModelName, onProgress?: (p: LoadProgress) => void): Promise<void> {
    let done = this.loaded.get(model);
    if (done === undefined) {
      done = this.request({ kind: 'load', model, modelUrl: modelUrl(model) }, onProgress).then(() => undefined);
      this.loaded.set(model, done);
      done.catch(() => this.loaded.delete(model)); // let the reader try again
    }
    return done;
  }

  async runCoref(ids: readonly number[]): Promise<CorefOutputs> {
    const r = await this.request({ kind: 'coref', ids: [...ids] });
    if (r.kind !== 'coref') throw new ModelFailure('run', `unexpected answer ${r.kind}`);
    return r.result;
  }

  async runRecurrence(model: Exclude<ModelName, 'coref'>, tokens: readonly (readonly number[])[]): Promise<RecurrenceOutputs> {
    const r = await this.request({ kind: 'recurrence', model, tokens: tokens.map((t) => [...t]) });
    if (r.kind !== 'recurrence') throw new ModelFailure('run', `unexpected answer ${r.kind}`);
    return r.result;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    if (typeof Worker !== 'function') throw new ModelFailure('noWorker', 'Web Workers are not available');
    const worker = new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module', name: 'model' });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(new ModelFailure('runtime', event.message || 'the model worker stopped'));
    };
    this.worker = worker;
    return worker;
  }

  private request(message: DistributiveOmit<WorkerRequest, 'id'>, onProgress?: (p: LoadProgress) => void): Promise<WorkerResponse> {
    return new Promise((resolve, reject) => {
      let worker: Worker;
      try {
        worker = this.start();
      } catch (e) {
        reject(e instanceof ModelFailure ? e : new ModelFailure('noWorker', String(e)));
        return;
      }
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ ...message, id } as WorkerRequest);
    });
  }

  private receive(response: WorkerResponse): void {
    const p = this.pending.get(response.id);
    if (p === undefined) return;
    if (response.kind === 'progress') {
      p.onProgress?.({ stage: response.stage, loaded: response.loaded, total: response.total });
      return;
    }
    this.pending.delete(response.id);
    if (response.kind === 'error') p.reject(new ModelFailure(response.code, response.detail));
    else p.resolve(response);
  }

  private failAll(failure: ModelFailure): void {
    for (const p of this.pending.values()) p.reject(failure);
    this.pending.clear();
    this.loaded.clear();
    this.worker?.terminate();
    this.worker = null; // the next request starts a fresh worker
  }
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

let shared: ModelClient | null = null;
/** One worker for the whole page: every widget that runs a model shares it. */
export function modelClient(): ModelClient {
  shared ??= new ModelClient();
  return shared;
}
