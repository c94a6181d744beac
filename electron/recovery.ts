// Crash recovery: the renderer autosaves unsaved work here a few seconds after
// each change (VS Code's "hot exit"); the next start offers it back. One file per
// window, written atomically; reading offers the newest snapshot left by any
// earlier window and clearing removes that one too. Plain Node.
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecoverySnapshot } from '../shared/bridge';
import { MAX_DOCUMENT_BYTES, writeFileAtomic } from './fileService';

/**
 * What is kept on disk: the renderer's snapshot plus the path of the file it
 * belongs to. Handles only live as long as the process that issued them, so the
 * next start issues a new handle for the path.
 */
export type StoredSnapshot = RecoverySnapshot & { path?: string | null };

const PREFIX = 'unsaved-';
const SUFFIX = '.json';

export class RecoveryStore {
  /** The file of an earlier window whose snapshot this window offered: cleared with its own. */
  private adopted: string | null = null;

  /** `key` names this window's file (letters, digits, dashes). */
  constructor(
    private readonly folder: string,
    private readonly key = 'main',
  ) {
    if (!/^[a-z0-9-]{1,64}$/i.test(key)) throw new Error(`invalid recovery key ${key}`);
  }

  private get file(): string {
    return `${PREFIX}${this.key}${SUFFIX}`;
  }

  async write(snapshot: StoredSnapshot): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    // Snapshot text may be a little over the document limit once escaped as JSON.
    const outcome = await writeFileAtomic(join(this.folder, this.file), JSON.stringify(snapshot), { limit: MAX_DOCUMENT_BYTES * 2 });
    if (!outcome.ok) throw new Error(outcome.cancelled ? 'cancelled' : outcome.message);
  }

  /** The newest readable snapshot in the folder, or null. Damaged files are ignored, never fatal. */
  async read(): Promise<StoredSnapshot | null> {
    const names = (await readdir(this.folder).catch(() => [] as string[])).filter((n) => n.startsWith(PREFIX) && n.endsWith(SUFFIX));
    let best: { snapshot: StoredSnapshot; file: string } | null = null;
    for (const file of names) {
      const snapshot = await readSnapshot(join(this.folder, file));
      if (snapshot && (!best || snapshot.savedAt > best.snapshot.savedAt)) best = { snapshot, file };
    }
    this.adopted = best && best.file !== this.file ? best.file : null;
    return best?.snapshot ?? null;
  }

  async clear(): Promise<void> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const mine = [this.file, this.adopted].filter((n): n is string => n !== null);
    // Leftover temporary files of an interrupted write go too.
    const temporary = names.filter((n) => mine.some((m) => n.startsWith(`.${m}.`) && n.endsWith('.tmp')));
    await Promise.all([...mine, ...temporary].map((name) => rm(join(this.folder, name), { force: true })));
    this.adopted = null;
  }
}

async function readSnapshot(path: string): Promise<StoredSnapshot | null> {
  try {
    if ((await stat(path)).size > MAX_DOCUMENT_BYTES * 2) return null;
    const value = JSON.parse(await readFile(path, 'utf8')) as Partial<StoredSnapshot> | null;
    if (!value || typeof value.text !== 'string' || typeof value.savedAt !== 'number' || !Number.isFinite(value.savedAt) || typeof value.name !== 'string') return null;
    return { text: value.text, name: value.name, handle: typeof value.handle === 'string' ? value.handle : null, savedAt: value.savedAt, path: typeof value.path === 'string' ? value.path : null };
  } catch {
    return null;
  }
}
