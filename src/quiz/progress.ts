/**
 * The one progress store (nanostores persistentAtom over localStorage). Storage that is missing,
 * forbidden (private browsing) or full degrades to memory and says so through `storageState`;
 * saved data that cannot be read is backed up, replaced by empty progress, and reported too.
 */
import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine } from '@nanostores/persistent';
import { type Progress, emptyProgress, parseProgress, withAttempt, withVisit } from './progress-data.ts';

export const PROGRESS_KEY = 'attention-course:progress';
export const BACKUP_KEY = `${PROGRESS_KEY}:unreadable-backup`;

export type StorageState = { kind: 'ok' } | { kind: 'unavailable' } | { kind: 'corrupt'; backupKey: string };
export const storageState = atom<StorageState>({ kind: 'ok' });

function browserStorage(): Storage | null {
  try {
    const s = globalThis.localStorage;
    const probe = `${PROGRESS_KEY}:probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

/**
 * A key–value object over localStorage that never throws: when a write fails the value is kept
 * in memory for this page, and the reader is told progress will not be kept.
 */
function safeEngine(storage: Storage | null): Record<string, string> {
  const memory: Record<string, string> = {};
  let usable = storage;
  if (usable === null) storageState.set({ kind: 'unavailable' });
  const fail = () => {
    usable = null;
    storageState.set({ kind: 'unavailable' });
  };
  return new Proxy(memory, {
    get: (_, key) => (typeof key !== 'string' ? undefined : key in memory ? memory[key] : (usable?.getItem(key) ?? undefined)),
    has: (_, key) => typeof key === 'string' && (key in memory || usable?.getItem(key) != null),
    set: (_, key, value: string) => {
      memory[key as string] = value;
      try {
        usable?.setItem(key as string, value);
      } catch {
        fail();
      }
      return true;
    },
    deleteProperty: (_, key) => {
      delete memory[key as string];
      try {
        usable?.removeItem(key as string);
      } catch {
        fail();
      }
      return true;
    },
  });
}

const engine = safeEngine(typeof window === 'undefined' ? null : browserStorage());
setPersistentEngine(engine, {
  addEventListener: (_key, listener, restore) => {
    if (typeof window === 'undefined') return;
    window.addEventListener('storage', listener as (e: StorageEvent) => void);
    window.addEventListener('pageshow', restore);
  },
  removeEventListener: (_key, listener, restore) => {
    if (typeof window === 'undefined') return;
    window.removeEventListener('storage', listener as (e: StorageEvent) => void);
    window.removeEventListener('pageshow', restore);
  },
});
if (typeof window === 'undefined') storageState.set({ kind: 'ok' }); // at build time there is nothing to warn about

let unreadable = false;
function decode(raw: string): Progress {
  try {
    return parseProgress(raw);
  } catch {
    engine[BACKUP_KEY] = raw; // keep what the reader had; never throw it away silently
    storageState.set({ kind: 'corrupt', backupKey: BACKUP_KEY });
    unreadable = true;
    return emptyProgress();
  }
}

export const progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), { encode: JSON.stringify, decode });
if (unreadable) progress.set(emptyProgress()); // replace the unreadable value so the next page starts clean

export function recordAttempt(exerciseId: string, correct: boolean, seed?: number): void {
  progress.set(withAttempt(progress.get(), exerciseId, correct, seed));
}

export function recordVisit(chapter: string, path: string): void {
  progress.set(withVisit(progress.get(), chapter, path, Date.now()));
}

export function exportProgress(): string {
  return JSON.stringify(progress.get(), null, 2);
}

/** Replaces progress with the file's content; false (and nothing changed) if it is not valid. */
export function importProgress(text: string): boolean {
  try {
    progress.set(parseProgress(text));
    return true;
  } catch {
    return false;
  }
}

export function resetProgress(): void {
  progress.set(emptyProgress());
}
