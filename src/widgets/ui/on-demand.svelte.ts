/**
 * Something a widget fetches only when the reader needs it (the whole model's weights): its state
 * as the reader sees it (not asked for yet, loading so many bytes of so many, ready, or failed
 * with the reason and a retry), and the status line that says so in the widget's own words.
 */
export type Load = { status: 'idle' } | { status: 'loading'; loaded: number; total: number | null } | { status: 'ready' } | { status: 'failed'; detail: string };

export interface Progress {
  loaded: number;
  /** The size the server announced, if it did. */
  total?: number | null;
}

/**
 * A fetch that starts on `start()` (again after a failure, never twice at once) and reports its
 * progress; `expectedBytes` stands in for a size the server does not announce.
 */
export function onDemand<T>(fetch: (progress: (p: Progress) => void) => Promise<T>, expectedBytes: number) {
  let load = $state<Load>({ status: 'idle' });
  let value = $state.raw<T | null>(null);
  async function start() {
    if (load.status === 'loading' || load.status === 'ready') return;
    load = { status: 'loading', loaded: 0, total: null };
    try {
      value = await fetch((p) => (load = { status: 'loading', loaded: p.loaded, total: p.total ?? expectedBytes }));
      load = { status: 'ready' };
    } catch (e) {
      load = { status: 'failed', detail: e instanceof Error ? e.message : String(e) };
    }
  }
  return {
    get load() {
      return load;
    },
    get value() {
      return value;
    },
    start,
  };
}

export interface LoadWords {
  idle: () => string;
  loadingStart: () => string;
  loading: (loaded: number, total: number | null) => string;
  ready: () => string;
  failed: (detail: string) => string;
}

/** The status line for a load: its kind (for the styling) and its text. */
export function loadStatus(load: Load, say: LoadWords): { kind: 'idle' | 'busy' | 'ok' | 'error'; text: string } {
  switch (load.status) {
    case 'failed':
      return { kind: 'error', text: say.failed(load.detail) };
    case 'loading':
      return { kind: 'busy', text: load.loaded === 0 ? say.loadingStart() : say.loading(load.loaded, load.total) };
    case 'ready':
      return { kind: 'ok', text: say.ready() };
    case 'idle':
      return { kind: 'idle', text: say.idle() };
  }
}
