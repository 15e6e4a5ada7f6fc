/**
 * Runs the variance lab's experiments off the page's main thread. Sampling q·k for 2,000 pairs
 * at d_k = 1,024 draws four million normal numbers: tens of milliseconds on a laptop, several
 * hundred on a phone, too long to block a slider. So a worker computes, one request at a time,
 * and only the latest wish is answered (a drag across twenty stops computes two or three of
 * them, not twenty); results are kept, so going back is instant. Where no worker can start, the
 * same computation runs on the page, after a pause that lets the slider repaint.
 */
import { type LabParams, type LabResult, labKey, labResult } from './variance-lab.ts';

export type Compute = (p: LabParams) => Promise<LabResult>;

export interface LabRunner {
  /** Show the result for `p`: at once if known, else once computed (unless a newer request came first). */
  request(p: LabParams): void;
  /** Remember a result computed elsewhere (the one rendered at build time). */
  remember(r: LabResult): void;
  dispose(): void;
}

export interface RunnerOptions {
  /** Told true while a computation the reader waits for is running, false when it is shown. */
  onBusy?: (busy: boolean) => void;
  /** How many results to keep (least recently used dropped first). */
  cacheSize?: number;
}

export function createLabRunner(compute: Compute, show: (r: LabResult) => void, options: RunnerOptions = {}): LabRunner {
  const { onBusy = () => {}, cacheSize = 64 } = options;
  const cache = new Map<string, LabResult>();
  let wanted: LabParams | null = null;
  let running = false;
  let disposed = false;

  const remember = (r: LabResult) => {
    const key = labKey(r);
    cache.delete(key);
    cache.set(key, r);
    while (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
  };

  async function pump() {
    running = true;
    while (wanted !== null && !disposed) {
      const p = wanted;
      let r: LabResult;
      try {
        r = await compute(p);
      } catch {
        r = labResult(p); // the worker failed: compute here rather than show nothing
      }
      remember(r);
      if (wanted !== null && labKey(wanted) === labKey(p)) {
        wanted = null;
        if (!disposed) {
          show(r);
          onBusy(false);
        }
      }
    }
    running = false;
  }

  return {
    request(p) {
      if (disposed) return;
      const hit = cache.get(labKey(p));
      if (hit) {
        wanted = null;
        remember(hit);
        show(hit);
        onBusy(false);
        return;
      }
      wanted = p;
      onBusy(true);
      if (!running) void pump();
    },
    remember,
    dispose() {
      disposed = true;
      wanted = null;
    },
  };
}

/** The computation on the page itself, after a macrotask so that the slider can repaint first. */
export const computeHere: Compute = (p) => new Promise((resolve) => setTimeout(() => resolve(labResult(p)), 0));

interface WorkerAnswer {
  id: number;
  result?: LabResult;
  error?: string;
}

/**
 * The computation in a module worker (lab.worker.ts, bundled by Vite under /_astro/, allowed by
 * the site's worker-src 'self'), started on the first request. If it cannot start or stops,
 * every later request runs on the page.
 */
export function workerCompute(): { compute: Compute; dispose(): void } {
  let worker: Worker | null = null;
  let broken = typeof Worker !== 'function';
  let nextId = 0;
  const pending = new Map<number, { resolve: (r: LabResult) => void; reject: (e: Error) => void }>();

  const fail = (why: string) => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const p of pending.values()) p.reject(new Error(why));
    pending.clear();
  };

  const start = (): Worker | null => {
    if (worker || broken) return worker;
    try {
      worker = new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module', name: 'variance-lab' });
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const p = pending.get(event.data.id);
      if (!p) return;
      pending.delete(event.data.id);
      if (event.data.result) p.resolve(event.data.result);
      else p.reject(new Error(event.data.error ?? 'no result'));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(event.message || 'the worker stopped');
    };
    return worker;
  };

  return {
    compute(p) {
      const w = start();
      if (!w) return computeHere(p);
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        w.postMessage({ id, params: p });
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      pending.clear();
    },
  };
}
