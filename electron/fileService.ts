// Reading and writing the user's files. Plain Node, no Electron, so it is tested
// on the real file system. A save never writes the user's file in place: it
// writes a temporary file in the same folder, flushes it to disk, keeps the
// previous version as a backup, renames the new file over the old one (atomic
// on every platform Electron supports), then flushes the folder entry.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { SaveErrorCode, SaveOutcome } from '../shared/bridge';

export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export interface ReadResult {
  text: string;
  modifiedAt: number;
}

export class FileReadError extends Error {}

export async function readDocumentFile(path: string, limit = MAX_DOCUMENT_BYTES): Promise<ReadResult> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new FileReadError(describeReadError(path, error));
  }
  if (info.isDirectory()) throw new FileReadError(`${basename(path)} is a folder, not a file.`);
  if (info.size > limit) {
    throw new FileReadError(`${basename(path)} is ${(info.size / 1048576).toFixed(1)} MB; Structura opens files up to ${limit / 1048576} MB.`);
  }
  try {
    return { text: await readFile(path, 'utf8'), modifiedAt: info.mtimeMs };
  } catch (error) {
    throw new FileReadError(describeReadError(path, error));
  }
}

function describeReadError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const name = basename(path);
  if (code === 'ENOENT') return `${name} no longer exists (it may have been moved or deleted).`;
  if (code === 'EACCES' || code === 'EPERM') return `You do not have permission to read ${name}.`;
  return `${name} could not be read: ${(error as Error).message}`;
}

export interface WriteOptions {
  /** mtime when the file was opened or last saved: refuse if it changed since, unless overwrite. */
  expectedModifiedAt?: number | null;
  overwrite?: boolean;
  /** Keep the previous version as NAME.bak (documents: yes; exports: no). */
  backup?: boolean;
  /** For tests: how rename retries are spaced. */
  retryDelaysMs?: number[];
}

const WINDOWS_RETRY_DELAYS = [50, 100, 200, 400, 800];

function describeWriteError(path: string, error: unknown): { code: SaveErrorCode; message: string } {
  const errno = (error as NodeJS.ErrnoException).code;
  const name = basename(path);
  const folder = dirname(path);
  switch (errno) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'disk-full', message: `There is not enough space on the disk to save ${name}. Free some space or save it somewhere else; your work is still open and unsaved.` };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { code: 'permission-denied', message: `You do not have permission to save in ${folder}. Save it somewhere else; your work is still open and unsaved.` };
    case 'ENOENT':
    case 'ENOTDIR':
      return { code: 'folder-missing', message: `The folder ${folder} no longer exists. Save it somewhere else; your work is still open and unsaved.` };
    case 'EBUSY':
    case 'ETXTBSY':
      return { code: 'file-locked', message: `${name} is locked by another program. Close it there and save again; your work is still open and unsaved.` };
    default:
      return { code: 'unknown', message: `${name} could not be saved (${(error as Error).message}); your work is still open and unsaved.` };
  }
}

async function renameWithRetry(from: string, to: string, delays: number[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Windows: antivirus and indexers hold files briefly.
      if (attempt >= delays.length || !['EPERM', 'EBUSY', 'EACCES'].includes(code ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
    }
  }
}

async function fsyncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return; // folders cannot be opened for fsync on Windows
  let handle;
  try {
    handle = await open(folder, constants.O_RDONLY);
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on folders; the rename itself is still atomic.
  } finally {
    await handle?.close();
  }
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<SaveOutcome> {
  const folder = dirname(path);
  const name = basename(path);
  let existing: Awaited<ReturnType<typeof stat>> | null = null;
  try {
    existing = await stat(path);
  } catch {
    existing = null;
  }
  if (existing && options.expectedModifiedAt != null && !options.overwrite && Math.abs(existing.mtimeMs - options.expectedModifiedAt) > 1) {
    return {
      ok: false,
      cancelled: false,
      code: 'changed-on-disk',
      message: `${name} was changed on disk since you opened it (by another copy of Structura or a sync tool). Save anyway to overwrite those changes, or Save As to keep both.`,
    };
  }
  const temp = join(folder, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temp, 'wx', 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (existing && options.backup) {
      // Keep the previous version: a hard link costs no space; copy where links are not allowed.
      const backup = `${path}.bak`;
      await unlink(backup).catch(() => undefined);
      await link(path, backup).catch(() => copyFile(path, backup));
    }
    await renameWithRetry(temp, path, options.retryDelaysMs ?? (process.platform === 'win32' ? WINDOWS_RETRY_DELAYS : []));
    await fsyncFolder(folder);
    const info = await stat(path);
    return { ok: true, name, handle: path, modifiedAt: info.mtimeMs };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    return { ok: false, cancelled: false, ...describeWriteError(path, error) };
  }
}
