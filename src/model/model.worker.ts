/// <reference lib="webworker" />
/**
 * The model worker: onnxruntime-web (its WebAssembly build only, one thread) and the ONNX
 * sessions live here, so loading 14 MB of wasm and running a model never freezes the page.
 * The page talks to it through model-client.ts; messages are typed in worker-protocol.ts.
 *
 * The .wasm is fetched here (not by onnxruntime) so the page can show download progress;
 * Vite emits it under /_astro/ with the rest of the site: no CDN, no wasmPaths.
 */
import { readBody } from './read-body.ts';
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import type { CorefLayerOutputs, LoadStage, ModelErrorCode, ModelName, WorkerRequest, WorkerResponse } from './worker-protocol.ts';

type Ort = typeof import('onnxruntime-web/wasm');

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

class ModelError extends Error {
  readonly code: ModelErrorCode;
  constructor(code: ModelErrorCode, detail: string) {
    super(detail);
    this.code = code;
  }
}

/** Downloads a file, reporting bytes as they arrive. */
async function download(url: string, onBytes: (loaded: number, total: number | null) => void): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return readBody(response, onBytes);
}

let runtime: Promise<Ort> | null = null;
/** Set once a session has started: from then on a failing model is the file's fault, not the runtime's. */
let runtimeProven = false;
const sessions = new Map<ModelName, Promise<import('onnxruntime-web/wasm').InferenceSession>>();

function loadRuntime(progress: (stage: LoadStage, loaded: number, total: number | null) => void): Promise<Ort> {
  runtime ??= (async () => {
    if (typeof WebAssembly !== 'object') throw new ModelError('noWasm', 'WebAssembly is not available');
    try {
      const [ort, wasm] = await Promise.all([
        import('onnxruntime-web/wasm'),
        download(wasmUrl, (loaded, total) => progress('runtime', loaded, total)),
      ]);
      ort.env.wasm.numThreads = 1; // no SharedArrayBuffer, so no cross-origin isolation needed
      ort.env.wasm.proxy = false; // we are the worker already
      ort.env.wasm.wasmBinary = wasm;
      ort.env.logLevel = 'error';
      return ort;
    } catch (e) {
      throw e instanceof ModelError ? e : new ModelError('runtime', String(e));
    }
  })();
  runtime.catch(() => (runtime = null)); // a later attempt may succeed (the network came back)
  return runtime;
}

async function loadModel(name: ModelName, url: string, progress: (stage: LoadStage, loaded: number, total: number | null) => void) {
  let session = sessions.get(name);
  if (session === undefined) {
    session = (async () => {
      const ort = await loadRuntime(progress);
      let bytes: Uint8Array;
      try {
        bytes = await download(url, (loaded, total) => progress('model', loaded, total));
      } catch (e) {
        throw new ModelError('model', String(e));
      }
      try {
        const created = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'], graphOptimizationLevel: 'all' });
        runtimeProven = true;
        return created;
      } catch (e) {
        // A broken runtime (the .wasm) and a broken file both fail here.
        throw new ModelError(runtimeProven ? 'model' : 'runtime', String(e));
      }
    })();
    sessions.set(name, session);
    session.catch(() => sessions.delete(name));
  }
  return session;
}

async function session(name: ModelName) {
  const s = sessions.get(name);
  if (s === undefined) throw new ModelError('run', `${name} is not loaded`);
  return s;
}

async function handle(request: WorkerRequest): Promise<void> {
  const { id } = request;
  switch (request.kind) {
    case 'load': {
      const progress = (stage: LoadStage, loaded: number, total: number | null) => post({ id, kind: 'progress', stage, loaded, total });
      await loadModel(request.model, request.modelUrl, progress);
      post({ id, kind: 'loaded' });
      return;
    }
    case 'coref': {
      const s = await session('coref');
      const ort = await runtime!;
      const T = request.ids.length;
      const input = new ort.Tensor('int64', BigInt64Array.from(request.ids, (n) => BigInt(n)), [1, T]);
      const start = performance.now();
      const out = await s.run({ ids: input }).catch((e: unknown) => { throw new ModelError('run', String(e)); });
      const ms = performance.now() - start;
      const layers: CorefLayerOutputs[] = [];
      const data = (name: string) => out[name]!.data as Float32Array;
      for (let l = 0; `attn${l}` in out; l++) {
        layers.push({ attn: data(`attn${l}`), q: data(`q${l}`), k: data(`k${l}`), v: data(`v${l}`), x: data(`x${l}`) });
      }
      post({ id, kind: 'coref', result: { T, layers, ms } }, layers.flatMap((l) => [l.attn.buffer, l.q.buffer, l.k.buffer, l.v.buffer, l.x.buffer]).filter(unique));
      return;
    }
    case 'recurrence': {
      const s = await session(request.model);
      const ort = await runtime!;
      const n = request.tokens.length, T = request.tokens[0]?.length ?? 0;
      const flat = BigInt64Array.from(request.tokens.flat(), (t) => BigInt(t));
      const start = performance.now();
      const out = await s.run({ tokens: new ort.Tensor('int64', flat, [n, T]) }).catch((e: unknown) => { throw new ModelError('run', String(e)); });
      const logits = out['logits']!.data as Float32Array;
      post({ id, kind: 'recurrence', result: { logits, ms: performance.now() - start } });
      return;
    }
  }
}

function unique<T>(value: T, index: number, all: T[]): boolean {
  return all.indexOf(value) === index;
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  handle(event.data).catch((e: unknown) => {
    const code: ModelErrorCode = e instanceof ModelError ? e.code : 'run';
    post({ id: event.data.id, kind: 'error', code, detail: e instanceof Error ? e.message : String(e) });
  });
};
