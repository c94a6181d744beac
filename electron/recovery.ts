// Crash recovery: the renderer autosaves unsaved work here a moment after each
// change (VS Code's "hot exit"); the next start offers it back. One file per
// window (key RUN-N: the app run, then the window), written atomically. A
// snapshot belongs to its window: while that window is open no other window
// offers or deletes it. A run marks itself alive with a lock file holding its
// process id, so a snapshot is an orphan, offered at start-up, only when its
// run's process is gone (killed, crashed) or, within this run, its window is
// closed. Plain Node.
import { processAlive } from './processAlive';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecoverySnapshot } from '../shared/bridge';
import { MAX_DOCUMENT_BYTES, writeFileAtomic } from './fileService';

/**
 * What is kept on disk: the renderer's snapshot plus the path of the file it
 * belongs to. Handles only live as long as the process that issued them, so the
 * next start issues a new handle for the path.
 */
export type StoredSnapshot = RecoverySnapshot & { path?: string | null };
export type OfferedSnapshot = StoredSnapshot & { id: string; mine: boolean };

const PREFIX = 'unsaved-';
const SUFFIX = '.json';
const KEY = /^[a-z0-9-]{1,64}$/i;
const runOf = (key: string) => key.slice(0, Math.max(0, key.lastIndexOf('-'))) || key;
const lockName = (run: string) => `run-${run}.lock`;

/** Marks run `run` of this process alive; returns a function that removes the mark (at quit). */
export async function claimRun(folder: string, run: string, pid = process.pid): Promise<() => Promise<void>> {
  if (!KEY.test(run)) throw new Error(`invalid run id ${run}`);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, lockName(run)), JSON.stringify({ pid }));
  return () => rm(join(folder, lockName(run)), { force: true });
}

export interface Liveness {
  /** This process's run id. */
  run: string;
  /** Whether a window of this run with this key is still open. */
  isWindowOpen(key: string): boolean;
}

export class RecoveryStore {
  /** `key` names this window's file (letters, digits, dashes); `liveness` tells which other windows are still open. */
  constructor(
    private readonly folder: string,
    readonly key = 'main',
    private readonly liveness: Liveness | null = null,
  ) {
    if (!KEY.test(key)) throw new Error(`invalid recovery key ${key}`);
  }

  private fileOf(key: string): string {
    return `${PREFIX}${key}${SUFFIX}`;
  }

  async write(snapshot: StoredSnapshot): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    // Snapshot text may be a little over the document limit once escaped as JSON.
    const outcome = await writeFileAtomic(join(this.folder, this.fileOf(this.key)), JSON.stringify(snapshot), { limit: MAX_DOCUMENT_BYTES * 2 });
    if (!outcome.ok) throw new Error(outcome.cancelled ? 'cancelled' : outcome.message);
  }

  /** True when the window that wrote `key` is still open (its snapshot is not ours to offer or delete). */
  private async ownerAlive(key: string): Promise<boolean> {
    if (key === this.key) return true;
    const run = runOf(key);
    if (this.liveness && run === this.liveness.run) return this.liveness.isWindowOpen(key);
    try {
      const { pid } = JSON.parse(await readFile(join(this.folder, lockName(run)), 'utf8')) as { pid?: unknown };
      return typeof pid === 'number' && Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid);
    } catch {
      return false; // no lock: its run has ended (or predates run locks)
    }
  }

  /** This window's snapshot (after a reload) and the orphans, newest first. Damaged files are ignored, never fatal. */
  async read(): Promise<OfferedSnapshot[]> {
    const names = (await readdir(this.folder).catch(() => [] as string[])).filter((n) => n.startsWith(PREFIX) && n.endsWith(SUFFIX));
    const offers: OfferedSnapshot[] = [];
    for (const file of names) {
      const key = file.slice(PREFIX.length, -SUFFIX.length);
      if (!KEY.test(key)) continue;
      const mine = key === this.key;
      if (!mine && (await this.ownerAlive(key))) continue;
      const snapshot = await readSnapshot(join(this.folder, file));
      if (snapshot) offers.push({ ...snapshot, id: key, mine });
    }
    return offers.sort((a, b) => b.savedAt - a.savedAt);
  }

  /** Removes this window's snapshot. */
  async clear(): Promise<void> {
    await this.remove(this.key);
  }

  /** Removes an orphan's snapshot (restored here or discarded); refused while its window is open. */
  async discard(key: string): Promise<void> {
    if (!KEY.test(key)) throw new Error(`invalid recovery key ${key}`);
    if (key !== this.key && (await this.ownerAlive(key))) throw new Error('that unsaved work belongs to a window that is still open.');
    await this.remove(key);
  }

  private async remove(key: string): Promise<void> {
    const file = this.fileOf(key);
    const names = await readdir(this.folder).catch(() => [] as string[]);
    // Leftover temporary files of an interrupted write go too.
    const temporary = names.filter((n) => n.startsWith(`.${file}.`) && /\.tmp(\.bak)?$/.test(n));
    await Promise.all([file, ...temporary].map((name) => rm(join(this.folder, name), { force: true })));
  }
}

async function readSnapshot(path: string): Promise<StoredSnapshot | null> {
  try {
    if ((await stat(path)).size > MAX_DOCUMENT_BYTES * 2) return null;
    const value = JSON.parse(await readFile(path, 'utf8')) as Partial<StoredSnapshot> | null;
    if (!value || typeof value.text !== 'string' || typeof value.savedAt !== 'number' || !Number.isFinite(value.savedAt) || typeof value.name !== 'string')
      return null;
    return {
      text: value.text,
      name: value.name,
      handle: typeof value.handle === 'string' ? value.handle : null,
      savedAt: value.savedAt,
      path: typeof value.path === 'string' ? value.path : null,
    };
  } catch {
    return null;
  }
}
