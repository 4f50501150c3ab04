/**
 * The opened file, kept in this browser so that a reload loses nothing: one record in IndexedDB
 * (`pathway-layers` → `files` → `opened`), holding the pathway as our own JSON format (so reopening
 * needs no importer) and the name of the file it came from. Embedded frames neither read nor write
 * it (a course page shows what it asks for).
 *
 * Storage can be missing or refused (private windows, sandboxed frames, a full disk): every call
 * resolves, and a failure only means nothing is kept.
 */

export interface SavedModel {
  /** The file's name as the user chose it. */
  readonly name: string;
  /** The pathway, in the `pathway` format (validated again when reopened). */
  readonly text: string;
  /** When it was opened (ms since the epoch). */
  readonly savedAt: number;
  /** Its tours were written in the app: this record is their only copy until the file is saved. */
  readonly edited?: boolean;
}

/** Where the opened file is kept: IndexedDB in the app, a map in tests. */
export interface ModelStorage {
  read(): Promise<SavedModel | null>;
  write(saved: SavedModel): Promise<boolean>;
  clear(): Promise<void>;
}

const DB = 'pathway-layers';
const STORE = 'files';
const KEY = 'opened';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDb(idb: IDBFactory): Promise<IDBDatabase> {
  const req = idb.open(DB, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

async function withStore<T>(idb: IDBFactory, mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>) {
  const db = await openDb(idb);
  try {
    const tx = db.transaction(STORE, mode);
    const result = await request(run(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
    return result;
  } finally {
    db.close();
  }
}

function isSaved(value: unknown): value is SavedModel {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.name === 'string' &&
    typeof v.text === 'string' &&
    typeof v.savedAt === 'number' &&
    (v.edited === undefined || typeof v.edited === 'boolean')
  );
}

/** The browser's IndexedDB, or a storage that keeps nothing where there is none or it is refused. */
export function indexedDbStorage(idb: IDBFactory | undefined = globalThis.indexedDB): ModelStorage {
  return {
    async read() {
      if (!idb) return null;
      try {
        const value: unknown = await withStore(idb, 'readonly', (s) => s.get(KEY));
        return isSaved(value) ? value : null;
      } catch {
        return null;
      }
    },
    async write(saved) {
      if (!idb) return false;
      try {
        await withStore(idb, 'readwrite', (s) => s.put(saved, KEY));
        return true;
      } catch {
        return false;
      }
    },
    async clear() {
      if (!idb) return;
      try {
        await withStore(idb, 'readwrite', (s) => s.delete(KEY));
      } catch {
        // Nothing kept, nothing to clear.
      }
    },
  };
}

/** A storage in memory: for tests, and where the page must keep nothing. */
export function memoryStorage(initial: SavedModel | null = null): ModelStorage & { current: SavedModel | null } {
  const storage = {
    current: initial,
    read: () => Promise.resolve(storage.current),
    write: (saved: SavedModel) => {
      storage.current = saved;
      return Promise.resolve(true);
    },
    clear: () => {
      storage.current = null;
      return Promise.resolve();
    },
  };
  return storage;
}
