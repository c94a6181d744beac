// Crash recovery: the renderer autosaves unsaved work here a few seconds after
// each change (VS Code's "hot exit"); the next start offers it back. Plain Node.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecoverySnapshot } from '../shared/bridge';
import { writeFileAtomic } from './fileService';

const FILE = 'unsaved.json';

export class RecoveryStore {
  constructor(private readonly folder: string) {}

  async write(snapshot: RecoverySnapshot): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const outcome = await writeFileAtomic(join(this.folder, FILE), JSON.stringify(snapshot));
    if (!outcome.ok) throw new Error(outcome.cancelled ? 'cancelled' : outcome.message);
  }

  async read(): Promise<RecoverySnapshot | null> {
    try {
      const value = JSON.parse(await readFile(join(this.folder, FILE), 'utf8')) as RecoverySnapshot;
      if (typeof value.text !== 'string' || typeof value.savedAt !== 'number' || typeof value.name !== 'string') return null;
      return { text: value.text, name: value.name, handle: typeof value.handle === 'string' ? value.handle : null, savedAt: value.savedAt };
    } catch {
      return null;
    }
  }

  async clear(): Promise<void> {
    // Leftover temporary files of an interrupted write go too.
    const names = await readdir(this.folder).catch(() => [] as string[]);
    await Promise.all(names.map((name) => rm(join(this.folder, name), { force: true })));
  }
}
