import type { CredentialMode, Method } from '../../config.js';
import type { FeedbackPayload } from '../../payload.js';

/** A submission kept in the browser until the endpoint accepts it. */
export interface QueuedSubmission {
  /** The payload id: one entry per submission, however often it is saved. */
  id: string;
  payload: FeedbackPayload;
  url: string;
  method: Method;
  credentials: CredentialMode;
  headers: Record<string, string>;
  /** The request body when a `transform` made it (sent as it is); otherwise built from the payload. */
  body: string | null;
  contentType: 'json' | 'form' | 'text';
  timeout: number;
  queuedAt: number;
  /** A widget is sending this entry until then; others leave it alone. */
  leaseUntil: number;
}

/** Where queued submissions live: IndexedDB, else localStorage (some private modes), else memory. */
export interface QueueStore {
  readonly kind: 'indexeddb' | 'localstorage' | 'memory';
  all(): Promise<QueuedSubmission[]>;
  put(entry: QueuedSubmission): Promise<void>;
  delete(id: string): Promise<void>;
}

const DB_NAME = 'courtesy-feedback';
const STORE = 'queue';
const STORAGE_KEY = 'courtesy-feedback:queue';

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('IndexedDB blocked'));
  });
}

function indexedDbStore(db: IDBDatabase): QueueStore {
  const run = <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>) =>
    promised(action(db.transaction(STORE, mode).objectStore(STORE)));
  return {
    kind: 'indexeddb',
    all: () => run('readonly', (store) => store.getAll() as IDBRequest<QueuedSubmission[]>),
    put: async (entry) => void (await run('readwrite', (store) => store.put(entry))),
    delete: async (id) => void (await run('readwrite', (store) => store.delete(id))),
  };
}

function localStorageStore(storage: Storage): QueueStore {
  const read = (): Record<string, QueuedSubmission> => {
    try {
      return JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as Record<string, QueuedSubmission>;
    } catch {
      return {};
    }
  };
  const write = (entries: Record<string, QueuedSubmission>) =>
    Object.keys(entries).length
      ? storage.setItem(STORAGE_KEY, JSON.stringify(entries))
      : storage.removeItem(STORAGE_KEY);
  return {
    kind: 'localstorage',
    all: async () => Object.values(read()),
    put: async (entry) => write({ ...read(), [entry.id]: entry }),
    delete: async (id) => {
      const entries = read();
      delete entries[id];
      write(entries);
    },
  };
}

function memoryStore(): QueueStore {
  const entries = new Map<string, QueuedSubmission>();
  return {
    kind: 'memory',
    all: async () => Array.from(entries.values()),
    put: async (entry) => void entries.set(entry.id, entry),
    delete: async (id) => void entries.delete(id),
  };
}

let opened: Promise<QueueStore> | undefined;

/** The page's queue store, opened once. `prefer` lets tests force the fallbacks. */
export function openQueueStore(prefer?: QueueStore['kind']): Promise<QueueStore> {
  if (prefer) opened = undefined;
  opened ??= (async () => {
    if (prefer !== 'localstorage' && prefer !== 'memory') {
      try {
        return indexedDbStore(await openDatabase());
      } catch {
        // Unavailable (private modes, disabled storage): fall through.
      }
    }
    if (prefer !== 'memory') {
      try {
        localStorage.setItem(`${STORAGE_KEY}:probe`, '1');
        localStorage.removeItem(`${STORAGE_KEY}:probe`);
        return localStorageStore(localStorage);
      } catch {
        // Storage denied or full.
      }
    }
    return memoryStore();
  })();
  return opened;
}
