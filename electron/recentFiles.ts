// Open Recent: a short list of documents, most recent first, kept as JSON in the
// user's app-data folder. A damaged or hand-edited list is read as empty or
// trimmed, never trusted as it stands.
import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { writeFileAtomic } from './fileService';

export const RECENT_LIMIT = 10;

/** Most recent first, no duplicates, at most `limit`. */
export function addRecentFile(list: readonly string[], path: string, limit = RECENT_LIMIT): string[] {
  return [path, ...list.filter((p) => p !== path)].slice(0, limit);
}

/** Only absolute paths of a sensible length, no duplicates, at most `limit`. */
export function sanitizeRecentList(value: unknown, limit = RECENT_LIMIT): string[] {
  if (!Array.isArray(value)) return [];
  const paths = value.filter((p): p is string => typeof p === 'string' && p.length > 0 && p.length < 4096 && !p.includes('\0') && isAbsolute(p));
  return [...new Set(paths)].slice(0, limit);
}

export class RecentFiles {
  private list: string[] = [];

  constructor(private readonly file: string) {}

  get paths(): readonly string[] {
    return this.list;
  }

  async load(): Promise<readonly string[]> {
    try {
      this.list = sanitizeRecentList(JSON.parse(await readFile(this.file, 'utf8')));
    } catch {
      this.list = [];
    }
    return this.list;
  }

  async add(path: string): Promise<void> {
    this.list = addRecentFile(this.list, path);
    await this.save();
  }

  async remove(path: string): Promise<void> {
    this.list = this.list.filter((p) => p !== path);
    await this.save();
  }

  async clear(): Promise<void> {
    this.list = [];
    await this.save();
  }

  private async save(): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify(this.list, null, 2));
  }
}
