/** The live store against a fake browser storage: corrupt, unavailable and full storage. */
import { afterEach, describe, expect, it, vi } from 'vitest';

class FakeStorage {
  data = new Map<string, string>();
  failWrites = false;
  getItem(k: string) { return this.data.get(k) ?? null; }
  setItem(k: string, v: string) {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(k, v);
  }
  removeItem(k: string) { this.data.delete(k); }
}

async function loadStore(storage: FakeStorage | 'throws') {
  vi.resetModules();
  const win = new EventTarget();
  vi.stubGlobal('window', win);
  if (storage === 'throws') {
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get() { throw new DOMException('denied', 'SecurityError'); } });
  } else {
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: storage });
  }
  return import('../../../src/quiz/progress.ts');
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('progress store', () => {
  it('saves attempts to localStorage and reads them back', async () => {
    const storage = new FakeStorage();
    const store = await loadStore(storage);
    store.recordAttempt('x', true);
    expect(JSON.parse(storage.getItem(store.PROGRESS_KEY)!).exercises.x.solved).toBe(true);
    const again = await loadStore(storage);
    expect(again.progress.get().exercises['x']?.solved).toBe(true);
    expect(again.storageState.get()).toEqual({ kind: 'ok' });
  });

  it('backs up unreadable data, starts afresh and says so', async () => {
    const storage = new FakeStorage();
    storage.setItem('attention-course:progress', '{not json');
    const store = await loadStore(storage);
    expect(store.progress.get().exercises).toEqual({});
    expect(store.storageState.get()).toEqual({ kind: 'corrupt', backupKey: store.BACKUP_KEY });
    expect(storage.getItem(store.BACKUP_KEY)).toBe('{not json');
    expect(JSON.parse(storage.getItem(store.PROGRESS_KEY)!).version).toBe(2);
  });

  it('works in memory when storage is forbidden, and says progress will not be kept', async () => {
    const store = await loadStore('throws');
    expect(store.storageState.get()).toEqual({ kind: 'unavailable' });
    store.recordAttempt('x', true);
    expect(store.progress.get().exercises['x']?.solved).toBe(true);
  });

  it('falls back to memory when a write fails', async () => {
    const storage = new FakeStorage();
    const store = await loadStore(storage);
    storage.failWrites = true;
    store.recordAttempt('x', true);
    expect(store.storageState.get()).toEqual({ kind: 'unavailable' });
    expect(store.progress.get().exercises['x']?.solved).toBe(true);
  });

  it('exports, imports (rejecting bad files) and resets', async () => {
    const store = await loadStore(new FakeStorage());
    store.recordAttempt('x', true);
    const file = store.exportProgress();
    store.resetProgress();
    expect(store.progress.get().exercises).toEqual({});
    expect(store.importProgress('{"version": 2}')).toBe(false);
    expect(store.progress.get().exercises).toEqual({});
    expect(store.importProgress(file)).toBe(true);
    expect(store.progress.get().exercises['x']?.solved).toBe(true);
  });
});
