// Crash recovery in the web build: one snapshot per open tab in IndexedDB,
// written in a transaction with durability 'strict' (flushed to disk before it
// completes, where the browser supports it; localStorage was still in memory
// seconds after an edit when the browser was killed). Each tab holds a Web Lock
// named after its key for as long as it is open, so at start-up only snapshots
// whose tab is gone (crashed, killed, closed) are offered, each named by its
// document; a tab never offers or deletes the snapshot of another open tab.
import type { RecoveryOffer, RecoverySnapshot } from '../../shared/bridge';

const DATABASE = 'structura-recovery';
const STORE = 'snapshots';
const TAB_KEY = 'structura.recovery.tab';
const LOCK_PREFIX = 'structura-tab-';
/** Where web builds before IndexedDB kept their one snapshot (shared by every tab, whatever document). */
export const LEGACY_LOCAL_STORAGE_KEY = 'structura.recovery.v1';
/** The id the migrated snapshot gets: no tab ever has it, so it is offered as work left behind, never as this tab's. */
export const LEGACY_SNAPSHOT_ID = 'legacy-localstorage-v1';

type StoredRecord = RecoverySnapshot & { id: string };

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError'));
    tx.onerror = () => reject(tx.error);
  });
}

const MB = 1024 * 1024;

/** A name for a snapshot saved without one: its document's title, else "Untitled". */
function documentTitle(text: string): string {
  try {
    const title = (JSON.parse(text) as { title?: unknown })?.title;
    if (typeof title === 'string' && title.trim()) return title;
  } catch {
    // Not JSON: the restore will say what is wrong with it.
  }
  return 'Untitled';
}

/** The error a failed write becomes: in words, with what to do. */
function describe(error: unknown, bytes: number): Error {
  const name = (error as DOMException)?.name;
  if (name === 'QuotaExceededError') {
    return new Error(`this browser's storage for Structura is full (the document is ${(bytes / MB).toFixed(1)} MB).`);
  }
  return new Error(`the browser refused to store it (${(error as Error)?.message || name || String(error)}).`);
}

export class WebRecovery {
  private db: Promise<IDBDatabase> | null = null;
  readonly key: Promise<string>;

  constructor() {
    this.key = this.claimKey();
  }

  /** This tab's key: kept across reloads of the tab (sessionStorage), new when another live tab holds it (a duplicated tab). */
  private async claimKey(): Promise<string> {
    let key: string | null = null;
    try {
      key = sessionStorage.getItem(TAB_KEY);
    } catch {
      key = null;
    }
    const fresh = () => `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    key ??= fresh();
    if (navigator.locks) {
      if (!(await this.holdLock(key))) {
        key = fresh();
        await this.holdLock(key);
      }
    }
    try {
      sessionStorage.setItem(TAB_KEY, key);
    } catch {
      // Without sessionStorage a reload starts a new key; the old snapshot is then offered as an orphan.
    }
    return key;
  }

  /** Holds the tab's lock until the page goes away; false when another tab has it. */
  private holdLock(key: string): Promise<boolean> {
    return new Promise((resolve) => {
      void navigator.locks.request(`${LOCK_PREFIX}${key}`, { ifAvailable: true }, (lock) => {
        resolve(lock !== null);
        return lock ? new Promise<void>(() => undefined) : undefined;
      });
    });
  }

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(DATABASE, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    }).catch((error) => {
      this.db = null;
      throw error;
    });
    return this.db;
  }

  private async transaction(mode: IDBTransactionMode): Promise<IDBTransaction> {
    const db = await this.open();
    return mode === 'readwrite' ? db.transaction(STORE, mode, { durability: 'strict' }) : db.transaction(STORE, mode);
  }

  async write(snapshot: RecoverySnapshot): Promise<void> {
    const id = await this.key;
    try {
      const tx = await this.transaction('readwrite');
      tx.objectStore(STORE).put({ id, text: snapshot.text, name: snapshot.name, handle: null, savedAt: snapshot.savedAt } satisfies StoredRecord);
      await done(tx);
    } catch (error) {
      // The stored snapshot is now older than the document: remove it rather than offer it later as this tab's work.
      await this.clear().catch(() => undefined);
      throw describe(error, snapshot.text.length * 2);
    }
  }

  /**
   * Moves a snapshot left in localStorage by an earlier version into IndexedDB, then removes it from localStorage.
   * It keeps its own id (no tab's), so it is offered once, as left-behind work named by its document; writing it
   * under the same id again (if the removal failed) replaces it rather than offering it twice. A value that is not a
   * snapshot is left where it is: this never deletes what it cannot move.
   */
  private async migrateLegacySnapshot(): Promise<void> {
    let raw: string | null;
    try {
      raw = localStorage.getItem(LEGACY_LOCAL_STORAGE_KEY);
    } catch {
      return;
    }
    if (raw === null) return;
    let value: Partial<RecoverySnapshot> | null;
    try {
      value = JSON.parse(raw) as Partial<RecoverySnapshot> | null;
    } catch {
      return;
    }
    if (typeof value?.text !== 'string') return;
    const record: StoredRecord = {
      id: LEGACY_SNAPSHOT_ID,
      text: value.text,
      name: typeof value.name === 'string' && value.name.trim() ? value.name : documentTitle(value.text),
      handle: null,
      savedAt: typeof value.savedAt === 'number' && Number.isFinite(value.savedAt) ? value.savedAt : 0,
    };
    const tx = await this.transaction('readwrite');
    tx.objectStore(STORE).put(record);
    await done(tx);
    try {
      localStorage.removeItem(LEGACY_LOCAL_STORAGE_KEY);
    } catch {
      // Left in place; the next start writes the same record again.
    }
  }

  /** Snapshots of this tab (after a reload) and of tabs that are gone, newest first. */
  async read(): Promise<RecoveryOffer[]> {
    const id = await this.key;
    await this.migrateLegacySnapshot();
    const tx = await this.transaction('readonly');
    const records = (await request(tx.objectStore(STORE).getAll())) as StoredRecord[];
    const live = await this.liveKeys();
    return records
      .filter((r) => typeof r?.text === 'string' && typeof r.savedAt === 'number' && typeof r.name === 'string' && (r.id === id || !live.has(r.id)))
      .sort((a, b) => b.savedAt - a.savedAt)
      .map((r) => ({ id: r.id, text: r.text, name: r.name, handle: null, savedAt: r.savedAt, mine: r.id === id }));
  }

  private async liveKeys(): Promise<Set<string>> {
    if (!navigator.locks) return new Set();
    const { held = [] } = await navigator.locks.query();
    return new Set(
      held
        .map((l) => l.name ?? '')
        .filter((n) => n.startsWith(LOCK_PREFIX))
        .map((n) => n.slice(LOCK_PREFIX.length)),
    );
  }

  async clear(): Promise<void> {
    await this.remove(await this.key);
  }

  /** Removes the snapshot of a tab that is gone (never one of a tab still open). */
  async discard(id: string): Promise<void> {
    if (id !== (await this.key) && (await this.liveKeys()).has(id)) throw new Error('that unsaved work belongs to a tab that is still open.');
    await this.remove(id);
  }

  private async remove(id: string): Promise<void> {
    const tx = await this.transaction('readwrite');
    tx.objectStore(STORE).delete(id);
    await done(tx);
  }
}
