// Reading and saving documents on the real file system (temporary folders, a
// tiny tmpfs for a full disk, another user for a refused folder).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES, readDocumentFile, STALE_TEMPORARY_MS, writeDocumentAtomic, writeExportFile } from '../../../electron/fileService';
import { bundleChild } from './children/bundle';
import { defined } from '../../support/defined';

const dir = mkdtempSync(join(tmpdir(), 'structura-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const folder = () => {
  const path = join(dir, `case-${++n}`);
  mkdirSync(path);
  return path;
};
const temporaries = (path: string) => readdirSync(path).filter((name) => name.includes('.tmp'));
const messageOf = (outcome: { ok: boolean }) => (outcome as { message?: string }).message ?? '';
const busy = () => Object.assign(new Error('resource busy or locked'), { code: 'EBUSY' });

describe('atomic saving', () => {
  it('writes the new version, keeps the previous one as NAME.bak, and leaves no temporary file', async () => {
    const at = folder();
    const file = join(at, 'plan.structura');
    expect((await writeDocumentAtomic(file, 'version 1')).ok).toBe(true);
    expect(existsSync(`${file}.bak`)).toBe(false);
    expect(await writeDocumentAtomic(file, 'version 2')).toMatchObject({ ok: true, name: 'plan.structura' });
    expect(await writeDocumentAtomic(file, 'version 3')).toMatchObject({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe('version 3');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('version 2');
    expect(readdirSync(at).sort()).toEqual(['plan.structura', 'plan.structura.bak']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const file = join(folder(), 'private.structura');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    expect((await writeDocumentAtomic(file, 'new')).ok).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('saves through a symbolic link into the file it points to, keeping the link', async () => {
    const at = folder();
    const real = join(at, 'real.structura');
    const linked = join(at, 'shortcut.structura');
    writeFileSync(real, 'old');
    symlinkSync(real, linked);
    expect(await writeDocumentAtomic(linked, 'new')).toMatchObject({ ok: true, name: 'shortcut.structura' });
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(statSync(linked, { throwIfNoEntry: true }).isFile()).toBe(true);
    expect(readdirSync(at)).toContain('shortcut.structura');
  });

  it('removes temporary files left long ago by a killed save, and not a fresh one', async () => {
    const at = folder();
    const file = join(at, 'plan.structura');
    const stale = join(at, '.plan.structura.0123456789ab.tmp');
    const fresh = join(at, '.plan.structura.ba9876543210.tmp');
    writeFileSync(stale, 'half');
    writeFileSync(fresh, 'half');
    const old = new Date(Date.now() - STALE_TEMPORARY_MS - 60_000);
    utimesSync(stale, old, old);
    expect((await writeDocumentAtomic(file, 'x')).ok).toBe(true);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });

  it('refuses to write a document too large to open again, saying so', async () => {
    const file = join(folder(), 'huge.structura');
    writeFileSync(file, 'the original');
    const outcome = await writeDocumentAtomic(file, 'é'.repeat(MAX_DOCUMENT_BYTES / 2 + 10)); // 2 bytes each in UTF-8
    expect(outcome).toMatchObject({ ok: false, code: 'too-large' });
    expect(messageOf(outcome)).toMatch(/huge\.structura would be 50\.0 MB, more than the 50\.0 MB Structura can open again/);
    expect(readFileSync(file, 'utf8')).toBe('the original');
  });

  it('writes exports by the same atomic path, without a backup', async () => {
    const at = folder();
    const file = join(at, 'annex.pdf');
    await writeExportFile(file, new Uint8Array([1, 2, 3]));
    expect(await writeExportFile(file, new Uint8Array([4, 5]))).toMatchObject({ ok: true, name: 'annex.pdf' });
    expect([...readFileSync(file)]).toEqual([4, 5]);
    expect(readdirSync(at)).toEqual(['annex.pdf']);
  });
});

describe('a file changed on disk since it was opened', () => {
  it('is not overwritten without asking; overwrite replaces it', async () => {
    const file = join(folder(), 'shared.structura');
    writeFileSync(file, 'mine');
    const opened = await readDocumentFile(file);
    writeFileSync(file, 'a colleague saved this');
    const later = new Date(opened.modifiedAt + 5000);
    utimesSync(file, later, later);
    const outcome = await writeDocumentAtomic(file, 'my edit', { expectedModifiedAt: opened.modifiedAt, known: opened.fingerprint });
    expect(outcome).toMatchObject({ ok: false, cancelled: false, code: 'changed-on-disk' });
    expect(messageOf(outcome)).toMatch(/shared\.structura was changed on disk since you opened it/);
    expect(readFileSync(file, 'utf8')).toBe('a colleague saved this');
    expect(await writeDocumentAtomic(file, 'my edit', { expectedModifiedAt: opened.modifiedAt, overwrite: true })).toMatchObject({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe('my edit');
  });

  it('is noticed when the size changed even if the time did not', async () => {
    const file = join(folder(), 'same-time.structura');
    writeFileSync(file, 'mine');
    const opened = await readDocumentFile(file);
    writeFileSync(file, 'theirs, longer');
    const same = new Date(opened.modifiedAt);
    utimesSync(file, same, same);
    expect(await writeDocumentAtomic(file, 'x', { expectedModifiedAt: opened.modifiedAt, known: opened.fingerprint })).toMatchObject({
      code: 'changed-on-disk',
    });
  });

  it('is not raised when a sync tool only touched the file (same bytes, new time)', async () => {
    const file = join(folder(), 'touched.structura');
    writeFileSync(file, 'unchanged content');
    const opened = await readDocumentFile(file);
    const later = new Date(opened.modifiedAt + 60_000);
    utimesSync(file, later, later);
    expect(await writeDocumentAtomic(file, 'my edit', { expectedModifiedAt: opened.modifiedAt, known: opened.fingerprint })).toMatchObject({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe('my edit');
  });

  it('compares with the last save, not the first opening', async () => {
    const file = join(folder(), 'twice.structura');
    writeFileSync(file, 'v0');
    const opened = await readDocumentFile(file);
    const first = await writeDocumentAtomic(file, 'v1', { expectedModifiedAt: opened.modifiedAt, known: opened.fingerprint });
    if (!first.ok) throw new Error(messageOf(first));
    expect(await writeDocumentAtomic(file, 'v2', { expectedModifiedAt: first.modifiedAt, known: first.fingerprint })).toMatchObject({ ok: true });
  });
});

describe('saving where the folder or the file refuses', () => {
  it('says in words when the folder has gone, and writes nothing', async () => {
    const outcome = await writeDocumentAtomic(join(dir, 'gone', 'plan.structura'), 'x');
    expect(outcome).toMatchObject({ ok: false, code: 'folder-missing' });
    expect(messageOf(outcome)).toMatch(/The folder .*gone no longer exists.*your work is still open and unsaved/);
  });

  it('retries a file held by another program (antivirus), then saves', async () => {
    const at = folder();
    const file = join(at, 'held.structura');
    writeFileSync(file, 'old');
    let attempts = 0;
    const { rename } = await import('node:fs/promises');
    const outcome = await writeDocumentAtomic(file, 'new', {
      retryDelaysMs: [1, 1, 1],
      renameFile: async (from, to) => {
        if (++attempts <= 2) throw busy();
        await rename(from, to);
      },
    });
    expect(outcome.ok).toBe(true);
    expect(attempts).toBe(3);
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it('gives up on a file that stays locked: file-locked, original intact, no temporary file', async () => {
    const at = folder();
    const file = join(at, 'locked.structura');
    writeFileSync(file, 'the original');
    const outcome = await writeDocumentAtomic(file, 'new', { retryDelaysMs: [1, 1], renameFile: async () => Promise.reject(busy()) });
    expect(outcome).toMatchObject({ ok: false, code: 'file-locked' });
    expect(messageOf(outcome)).toMatch(/locked\.structura is locked by another program/);
    expect(readFileSync(file, 'utf8')).toBe('the original');
    expect(temporaries(at)).toEqual([]);
  });

  it('reports a full disk and keeps the original file intact (a 1 MB tmpfs)', async (context) => {
    const mountPoint = folder();
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint], { encoding: 'utf8' });
    if (mount.status !== 0) {
      context.skip(`cannot mount a small tmpfs here: ${mount.stderr.trim()}`);
      return;
    }
    try {
      const file = join(mountPoint, 'plan.structura');
      writeFileSync(file, 'the original, complete');
      const outcome = await writeDocumentAtomic(file, 'x'.repeat(3 * 1024 * 1024));
      expect(outcome).toMatchObject({ ok: false, code: 'disk-full' });
      expect(messageOf(outcome)).toMatch(/There is not enough space on the disk to save plan\.structura/);
      expect(readFileSync(file, 'utf8')).toBe('the original, complete');
      expect(temporaries(mountPoint)).toEqual([]);
      // Once there is room again, saving works (and keeps the backup).
      expect(await writeDocumentAtomic(file, 'smaller')).toMatchObject({ ok: true });
      expect(readFileSync(`${file}.bak`, 'utf8')).toBe('the original, complete');
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });

  /** Root ignores file modes, so these saves run in a child process as "nobody". */
  async function saveAsNobody(file: string, text: string) {
    const child = await bundleChild(join(__dirname, 'children/saveOnce.ts'));
    const textFile = join(dir, `text-${++n}.txt`);
    writeFileSync(textFile, text);
    chmodSync(textFile, 0o644);
    const run = spawnSync(process.execPath, [child, file, textFile], { encoding: 'utf8', uid: 65534, gid: 65534, cwd: '/' });
    expect(run.stderr).toBe('');
    return JSON.parse(defined(run.stdout.trim().split('\n').pop(), "run.stdout.trim().split('\\n').pop()"));
  }

  it('reports a read-only folder to a user without permission, and keeps the original intact', async (context) => {
    if (process.getuid?.() !== 0) return context.skip('needs root to run the writer as another user');
    const locked = folder();
    const file = join(locked, 'plan.structura');
    writeFileSync(file, 'the original');
    chmodSync(file, 0o666); // even a file anyone may write cannot be replaced atomically in a folder they cannot write
    chmodSync(locked, 0o555);
    const outcome = await saveAsNobody(file, 'new content');
    expect(outcome).toMatchObject({ ok: false, code: 'permission-denied' });
    expect(outcome.message).toMatch(/You do not have permission to save plan\.structura in .*case-\d+/);
    expect(readFileSync(file, 'utf8')).toBe('the original');
    expect(readdirSync(locked)).toEqual(['plan.structura']);
  });

  it('does not replace a file marked read-only, though the folder would allow it', async (context) => {
    if (process.getuid?.() !== 0) return context.skip('needs root to run the writer as another user');
    const open = folder();
    chmodSync(open, 0o777);
    const file = join(open, 'final.structura');
    writeFileSync(file, 'signed off');
    chmodSync(file, 0o444);
    const outcome = await saveAsNobody(file, 'edited');
    expect(outcome).toMatchObject({ ok: false, code: 'permission-denied' });
    expect(outcome.message).toMatch(/final\.structura is read-only, so it was not changed/);
    expect(readFileSync(file, 'utf8')).toBe('signed off');
    expect(readdirSync(open)).toEqual(['final.structura']);
  });
});

describe('reading documents that cannot be trusted', () => {
  it('returns the text and its modification time', async () => {
    const file = join(folder(), 'ok.structura');
    writeFileSync(file, '{"a":1}');
    const read = await readDocumentFile(file);
    expect(read.text).toBe('{"a":1}');
    expect(read.modifiedAt).toBe(statSync(file).mtimeMs);
  });

  it('refuses a file over the size limit with a clear message, without reading it', async () => {
    const file = join(folder(), 'huge.structura');
    writeFileSync(file, 'x'.repeat(3 * 1024 * 1024));
    await expect(readDocumentFile(file, 1024 * 1024)).rejects.toThrow('huge.structura is 3.0 MB; Structura opens files up to 1.0 MB.');
  });

  it('says when the file has gone, or is a folder', async () => {
    const at = folder();
    await expect(readDocumentFile(join(at, 'missing.structura'))).rejects.toThrow(/missing\.structura no longer exists/);
    mkdirSync(join(at, 'folder.structura'));
    await expect(readDocumentFile(join(at, 'folder.structura'))).rejects.toThrow(/folder\.structura is a folder, not a file/);
  });

  it('refuses devices and pipes instead of reading forever', async () => {
    await expect(readDocumentFile('/dev/zero')).rejects.toThrow(/zero is not an ordinary file/);
    const fifo = join(folder(), 'pipe.structura');
    if (spawnSync('mkfifo', [fifo]).status === 0) await expect(readDocumentFile(fifo)).rejects.toThrow(/pipe\.structura is not an ordinary file/);
  });

  it('refuses binary data and text that is not UTF-8, by name', async () => {
    const at = folder();
    writeFileSync(join(at, 'image.structura'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    await expect(readDocumentFile(join(at, 'image.structura'))).rejects.toThrow(/image\.structura is not a text file/);
    writeFileSync(join(at, 'latin1.structura'), Buffer.from('{"title":"Caf\xe9"}', 'latin1'));
    await expect(readDocumentFile(join(at, 'latin1.structura'))).rejects.toThrow(/latin1\.structura is not valid UTF-8 text/);
  });

  it('drops a UTF-8 byte order mark (Notepad), and reads a Windows-1252 CSV as such', async () => {
    const at = folder();
    writeFileSync(join(at, 'bom.structura'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":"é"}')]));
    expect((await readDocumentFile(join(at, 'bom.structura'))).text).toBe('{"a":"é"}');
    writeFileSync(join(at, 'excel.csv'), Buffer.from([0x50, 0x6f, 0x73, 0x74, 0x2c, 0xa3, 0x31, 0x30, 0x30]));
    expect((await readDocumentFile(join(at, 'excel.csv'), MAX_DOCUMENT_BYTES, 'text')).text).toBe('Post,£100');
  });
});

beforeAll(() => chmodSync(dir, 0o755));
