// Reading and writing the user's files. Plain Node, no Electron, so it is tested
// on the real file system. A save never writes the user's file in place: it
// writes a temporary file in the same folder, flushes it to disk, keeps the
// previous version as a backup, renames the new file over the old one (atomic
// on every platform Electron supports), then flushes the folder entry.
import { processAlive } from './processAlive';
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, chmod, copyFile, link, lstat, open, readdir, readFile, readlink, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { SaveErrorCode, SaveOutcome } from '../shared/bridge';
import { decodeWindows1252 } from '../shared/io/windows1252';

export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
/** Exports (board packs with embedded fonts and images) may be larger than documents. */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

/** What the file looked like when it was last read or saved: the changed-on-disk check compares against it. */
export interface Fingerprint {
  modifiedAt: number;
  size: number;
  sha256: string;
}

export interface ReadResult {
  text: string;
  modifiedAt: number;
  fingerprint: Fingerprint;
}

export class FileReadError extends Error {}

const MB = 1024 * 1024;
const formatMB = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/**
 * Reads at most `limit` bytes of a regular file. Refuses folders, devices and pipes
 * (a path like /dev/zero on the command line must not hang the app), files over the
 * limit (also when one grows while being read), and bytes that are not text.
 * `kind` 'document' demands UTF-8; 'text' (CSV imports) falls back to Windows-1252,
 * the encoding Excel uses for "CSV" on UK Windows.
 */
export async function readDocumentFile(path: string, limit = MAX_DOCUMENT_BYTES, kind: 'document' | 'text' = 'document'): Promise<ReadResult> {
  const name = basename(path);
  let bytes: Buffer;
  let modifiedAt: number;
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = await handle.stat();
    if (info.isDirectory()) throw new FileReadError(`${name} is a folder, not a file.`);
    if (!info.isFile()) throw new FileReadError(`${name} is not an ordinary file (it is a device, pipe or socket), so Structura will not read it.`);
    if (info.size > limit) throw new FileReadError(`${name} is ${formatMB(info.size)}; Structura opens files up to ${formatMB(limit)}.`);
    // Read one byte past the limit to notice a file that grew after stat.
    const buffer = Buffer.alloc(Math.min(limit + 1, info.size + 64 * 1024));
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > limit)
      throw new FileReadError(`${name} is larger than ${formatMB(limit)} (it grew while being read); Structura opens files up to ${formatMB(limit)}.`);
    bytes = buffer.subarray(0, length);
    modifiedAt = info.mtimeMs;
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    throw new FileReadError(describeReadError(path, error));
  } finally {
    await handle?.close().catch(() => undefined);
  }
  const text = decodeText(bytes, name, kind);
  return { text, modifiedAt, fingerprint: { modifiedAt, size: bytes.length, sha256: sha256(bytes) } };
}

function decodeText(bytes: Buffer, name: string, kind: 'document' | 'text'): string {
  if (bytes.includes(0))
    throw new FileReadError(
      `${name} is not a text file (it contains binary data), so it cannot be a Structura ${kind === 'document' ? 'document' : 'import file'}.`,
    );
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    if (kind === 'text') return decodeWindows1252(bytes);
    throw new FileReadError(`${name} is not valid UTF-8 text, so it cannot be a Structura document.`);
  }
}

function describeReadError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const name = basename(path);
  if (code === 'ENOENT') return `${name} no longer exists (it may have been moved or deleted).`;
  if (code === 'EACCES' || code === 'EPERM') return `You do not have permission to read ${name}.`;
  if (code === 'EISDIR') return `${name} is a folder, not a file.`;
  if (code === 'EBUSY') return `${name} is locked by another program; close it there and try again.`;
  return `${name} could not be read: ${(error as Error).message}`;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export interface WriteOptions {
  /** mtime when the file was opened or last saved: refuse if it changed since, unless overwrite. */
  expectedModifiedAt?: number | null;
  /** Size and hash of what was read or saved last: a file whose mtime moved but whose bytes did not is not "changed". */
  known?: Fingerprint | null;
  overwrite?: boolean;
  /** Keep the previous version as NAME.bak (documents: yes; exports: no). */
  backup?: boolean;
  /** Largest accepted write, in bytes. */
  limit?: number;
  /** How rename retries are spaced (default: Windows only, where antivirus and indexers hold files briefly). */
  retryDelaysMs?: number[];
  /** For tests: the rename to use (to simulate a file held by another program). */
  renameFile?: (from: string, to: string) => Promise<void>;
}

export type WriteOutcome = Extract<SaveOutcome, { ok: true }> & { fingerprint: Fingerprint };
export type WriteResult = WriteOutcome | Extract<SaveOutcome, { ok: false }>;

const WINDOWS_RETRY_DELAYS = [50, 100, 200, 400, 800, 1600];
const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);
const UNSAVED = 'your work is still open and unsaved.';

function failure(code: SaveErrorCode, message: string): Extract<SaveOutcome, { ok: false }> {
  return { ok: false, cancelled: false, code, message };
}

export function describeWriteError(path: string, error: unknown): { code: SaveErrorCode; message: string } {
  const errno = (error as NodeJS.ErrnoException).code;
  const name = basename(path);
  const folder = dirname(path);
  switch (errno) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'disk-full', message: `There is not enough space on the disk to save ${name}. Free some space or save it somewhere else; ${UNSAVED}` };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { code: 'permission-denied', message: `You do not have permission to save ${name} in ${folder}. Save it somewhere else; ${UNSAVED}` };
    case 'ENOENT':
    case 'ENOTDIR':
      return {
        code: 'folder-missing',
        message: `The folder ${folder} no longer exists (it may have been moved, deleted or disconnected). Save it somewhere else; ${UNSAVED}`,
      };
    case 'EBUSY':
    case 'ETXTBSY':
      return { code: 'file-locked', message: `${name} is locked by another program. Close it there and save again; ${UNSAVED}` };
    case 'EISDIR':
      return { code: 'unknown', message: `${name} is a folder. Choose another name; ${UNSAVED}` };
    default:
      return { code: 'unknown', message: `${name} could not be saved (${(error as Error).message}); ${UNSAVED}` };
  }
}

async function renameWithRetry(from: string, to: string, delays: number[], renameFile: (a: string, b: string) => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await renameFile(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt >= delays.length || !RETRYABLE.has(code)) throw error;
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
    await handle?.close().catch(() => undefined);
  }
}

/** Temporary files older than this were left by a save that was killed (another live save is never that slow). */
export const STALE_TEMPORARY_MS = 10 * 60 * 1000;

/** Temporary files of saves in progress in this process: the only ones never tidied away. */
const inFlight = new Set<string>();

// `.NAME.<random>.<pid>.tmp` (and `.bak` for the backup being made); files of
// older versions have no pid.
const TEMPORARY = /^\.(.+)\.[0-9a-f]{12}(?:\.(\d+))?\.tmp(?:\.bak)?$/;

/**
 * Removes the temporary files of saves that can no longer finish: their process
 * is gone (killed during a save), or it is this one and the save is over, or
 * they are older than any save takes. `name` limits it to one file's temporaries.
 * Best effort: a file that cannot be removed stays for the next time.
 */
export async function removeLeftoverTemporaries(folder: string, name?: string): Promise<number> {
  let removed = 0;
  try {
    const now = Date.now();
    for (const entry of await readdir(folder)) {
      const match = TEMPORARY.exec(entry);
      if (!match || (name !== undefined && match[1] !== name)) continue;
      const path = join(folder, entry);
      if (inFlight.has(path.replace(/\.bak$/, ''))) continue;
      const pid = match[2] === undefined ? null : Number(match[2]);
      let leftover = pid !== null && (pid === process.pid || !processAlive(pid));
      if (!leftover) {
        const info = await stat(path).catch(() => null);
        leftover = !!info && now - info.mtimeMs > STALE_TEMPORARY_MS;
      }
      if (
        leftover &&
        (await unlink(path).then(
          () => true,
          () => false,
        ))
      )
        removed++;
    }
  } catch {
    // Tidying up is best effort.
  }
  return removed;
}

/** At start-up: the temporaries of killed saves beside each of these files. */
export async function sweepLeftoverTemporaries(paths: readonly string[]): Promise<number> {
  let removed = 0;
  for (const path of paths) {
    const target = await resolveLinks(path).catch(() => null);
    if (target) removed += await removeLeftoverTemporaries(dirname(target), basename(target));
  }
  return removed;
}

/**
 * The file a path names once every symbolic link is followed, also when the last
 * link points at a file that does not exist yet: saving through a link writes
 * its target and keeps the link, even a broken one.
 */
export async function resolveLinks(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    const info = await lstat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (!info?.isSymbolicLink()) return current;
    current = resolve(dirname(current), await readlink(current));
  }
  throw Object.assign(new Error(`${basename(path)} is a chain of more than 40 symbolic links`), { code: 'ELOOP' });
}

async function hashFile(path: string): Promise<string | null> {
  try {
    return sha256(await readFile(path));
  } catch {
    return null;
  }
}

/** True when the file on disk is not what was read or saved last. */
async function changedSince(
  path: string,
  current: { mtimeMs: number; size: number },
  expectedModifiedAt: number,
  known: Fingerprint | null | undefined,
): Promise<boolean> {
  const sameTime = Math.abs(current.mtimeMs - expectedModifiedAt) <= 1;
  if (!known) return !sameTime;
  if (current.size !== known.size) return true;
  // Same size: the bytes decide, whatever the time says. A time that moved may be a sync
  // tool that only touched the file; a time that did not may have been restored by a
  // copy tool over a colleague's change of the same size.
  return (await hashFile(path)) !== known.sha256;
}

/**
 * Writes `data` to `path` without ever leaving a partial file there. On failure
 * the original file is untouched, no temporary file is left, and the outcome
 * says why in words.
 */
export async function writeFileAtomic(requestedPath: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<WriteResult> {
  const name = basename(requestedPath);
  // Write through a symbolic link to the file it names (even one that does not exist yet), rather than replacing the link.
  let path: string;
  try {
    path = await resolveLinks(requestedPath);
  } catch (error) {
    return failure('unknown', `${name} is a symbolic link that cannot be followed (${(error as Error).message}), so it was not saved; ${UNSAVED}`);
  }
  const folder = dirname(path);
  if (
    path !== resolve(requestedPath) &&
    !(await stat(folder).then(
      (f) => f.isDirectory(),
      () => false,
    ))
  ) {
    return failure(
      'folder-missing',
      `${name} is a link to ${path}, whose folder no longer exists, so it was not saved (the link is kept). Save it somewhere else; ${UNSAVED}`,
    );
  }
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const limit = options.limit ?? MAX_DOCUMENT_BYTES;
  if (bytes.byteLength > limit) {
    return failure(
      'too-large',
      `${name} would be ${formatMB(bytes.byteLength)}, more than the ${formatMB(limit)} Structura can open again, so it was not saved; ${UNSAVED}`,
    );
  }
  let existing: Awaited<ReturnType<typeof stat>> | null = null;
  try {
    existing = await stat(path);
  } catch {
    existing = null;
  }
  if (existing?.isDirectory()) return failure('unknown', `${name} is a folder. Choose another name; ${UNSAVED}`);
  if (existing && options.expectedModifiedAt != null && !options.overwrite && (await changedSince(path, existing, options.expectedModifiedAt, options.known))) {
    return failure(
      'changed-on-disk',
      `${name} was changed on disk since you opened it (by another copy of Structura, a colleague or a sync tool). Save anyway to overwrite those changes, or Save As to keep both.`,
    );
  }
  // A file marked read-only stays as it is, although the folder would allow replacing it.
  if (
    existing &&
    (await access(path, constants.W_OK).then(
      () => false,
      (error) => (error as NodeJS.ErrnoException).code === 'EACCES' || (error as NodeJS.ErrnoException).code === 'EPERM',
    ))
  ) {
    return failure('permission-denied', `${name} is read-only, so it was not changed. Save it under another name; ${UNSAVED}`);
  }
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.${process.pid}.tmp`);
  const backupTemp = `${temp}.bak`;
  let handle;
  inFlight.add(temp);
  try {
    handle = await open(temp, 'wx', 0o644);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    // The new file keeps the old one's permissions (a rename would otherwise reset them).
    if (existing) await chmod(temp, existing.mode & 0o7777).catch(() => undefined);
    if (existing && options.backup) {
      // The previous version becomes NAME.bak: a hard link costs no space and no copying;
      // where links are not allowed (FAT, some network shares) it is copied. Made under a
      // temporary name and renamed, so an interrupted save never leaves a partial backup.
      await link(path, backupTemp).catch(() => copyFile(path, backupTemp));
      await rename(backupTemp, `${path}.bak`);
    }
    const delays = options.retryDelaysMs ?? (process.platform === 'win32' ? WINDOWS_RETRY_DELAYS : []);
    await renameWithRetry(temp, path, delays, options.renameFile ?? rename);
    await fsyncFolder(folder);
    inFlight.delete(temp);
    await removeLeftoverTemporaries(folder, basename(path));
    const info = await stat(path);
    return {
      ok: true,
      name,
      handle: requestedPath,
      modifiedAt: info.mtimeMs,
      fingerprint: { modifiedAt: info.mtimeMs, size: bytes.byteLength, sha256: sha256(bytes) },
    };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    await unlink(backupTemp).catch(() => undefined);
    return { ok: false, cancelled: false, ...describeWriteError(requestedPath, error) };
  } finally {
    inFlight.delete(temp);
  }
}

/** Saves a Structura document: atomic, with NAME.bak, refusing a file changed on disk unless `overwrite`. */
export function writeDocumentAtomic(
  path: string,
  text: string,
  options: Pick<WriteOptions, 'expectedModifiedAt' | 'known' | 'overwrite' | 'retryDelaysMs' | 'renameFile'> = {},
): Promise<WriteResult> {
  return writeFileAtomic(path, text, { ...options, backup: true, limit: MAX_DOCUMENT_BYTES });
}

/** Writes an export (PDF, SVG, PNG, CSV) by the same atomic path; exports keep no backup. */
export function writeExportFile(
  path: string,
  data: string | Uint8Array,
  options: Pick<WriteOptions, 'retryDelaysMs' | 'renameFile'> = {},
): Promise<WriteResult> {
  return writeFileAtomic(path, data, { ...options, backup: false, limit: MAX_EXPORT_BYTES });
}
