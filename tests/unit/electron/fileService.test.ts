import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocumentFile, writeFileAtomic } from '../../../electron/fileService';

const dir = mkdtempSync(join(tmpdir(), 'structura-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('atomic saving', () => {
  it('writes the new version, keeps the previous one as a backup, and leaves no temporary file', async () => {
    const file = join(dir, 'plan.structura');
    expect((await writeFileAtomic(file, 'version 1', { backup: true })).ok).toBe(true);
    const outcome = await writeFileAtomic(file, 'version 2', { backup: true });
    expect(outcome).toMatchObject({ ok: true, name: 'plan.structura' });
    expect(readFileSync(file, 'utf8')).toBe('version 2');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('version 1');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('warns instead of overwriting a file that changed on disk since it was opened', async () => {
    const file = join(dir, 'shared.structura');
    writeFileSync(file, 'mine');
    const opened = await readDocumentFile(file);
    writeFileSync(file, 'a colleague saved this');
    const later = new Date(Date.now() + 5000);
    const { utimesSync } = await import('node:fs');
    utimesSync(file, later, later);
    const outcome = await writeFileAtomic(file, 'my edit', { expectedModifiedAt: opened.modifiedAt });
    expect(outcome).toMatchObject({ ok: false, cancelled: false, code: 'changed-on-disk' });
    expect(outcome.ok === false && !outcome.cancelled && outcome.message).toMatch(/changed on disk since you opened it/);
    expect(readFileSync(file, 'utf8')).toBe('a colleague saved this');
    expect(await writeFileAtomic(file, 'my edit', { expectedModifiedAt: opened.modifiedAt, overwrite: true })).toMatchObject({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe('my edit');
  });

  it('says in words when the folder has gone, and writes nothing', async () => {
    const outcome = await writeFileAtomic(join(dir, 'gone', 'plan.structura'), 'x');
    expect(outcome).toMatchObject({ ok: false, code: 'folder-missing' });
    expect(outcome.ok === false && !outcome.cancelled && outcome.message).toMatch(/no longer exists.*still open and unsaved/);
  });

  it('refuses to read a file over the size limit with a clear message', async () => {
    const file = join(dir, 'huge.structura');
    writeFileSync(file, 'x'.repeat(2048));
    await expect(readDocumentFile(file, 1024)).rejects.toThrow(/huge\.structura is 0\.0 MB; Structura opens files up to/);
    await expect(readDocumentFile(join(dir, 'missing.structura'))).rejects.toThrow(/missing\.structura no longer exists/);
  });
});

describe('saving where the disk or the folder refuses', () => {
  it('reports a full disk and keeps the original file intact (a 1 MB tmpfs)', (context) => {
    const mountPoint = join(dir, 'small-disk');
    mkdirSync(mountPoint);
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint]);
    if (mount.status !== 0) {
      context.skip(`cannot mount a small tmpfs here: ${mount.stderr.toString().trim()}`);
      return;
    }
    try {
      const file = join(mountPoint, 'plan.structura');
      writeFileSync(file, 'the original, complete');
      const script = `import('${join(process.cwd(), 'electron/fileService.ts')}').then(async ({ writeFileAtomic }) => { const r = await writeFileAtomic(${JSON.stringify(file)}, 'x'.repeat(3 * 1024 * 1024), { backup: true }); console.log(JSON.stringify(r)); })`;
      const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
      const outcome = JSON.parse(out.trim().split('\n').pop()!);
      expect(outcome).toMatchObject({ ok: false, code: 'disk-full' });
      expect(outcome.message).toMatch(/not enough space on the disk to save plan\.structura/);
      expect(readFileSync(file, 'utf8')).toBe('the original, complete');
      expect(readdirSync(mountPoint).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });

  it('reports a read-only folder to a user without permission and keeps the original intact', (context) => {
    if (process.getuid?.() !== 0) {
      context.skip('needs root to run the writer as another user');
      return;
    }
    chmodSync(dir, 0o755);
    const folder = join(dir, 'read-only');
    mkdirSync(folder);
    const file = join(folder, 'plan.structura');
    writeFileSync(file, 'the original');
    chmodSync(folder, 0o555);
    chownSync(folder, 0, 0);
    // Root ignores file modes, so the writer runs as "nobody".
    const tsxLoader = join(process.cwd(), 'node_modules/tsx/dist/esm/index.mjs');
    const script = `import('${join(process.cwd(), 'electron/fileService.ts')}').then(async ({ writeFileAtomic }) => { const r = await writeFileAtomic(${JSON.stringify(file)}, 'new', { backup: true }); console.log(JSON.stringify(r)); })`;
    const child = spawnSync(process.execPath, ['--import', tsxLoader, '-e', script], { encoding: 'utf8', uid: 65534, gid: 65534, cwd: '/', env: { ...process.env, HOME: '/tmp', TSX_TSCONFIG_PATH: join(process.cwd(), 'tsconfig.json') } });
    if (child.status !== 0 && /EACCES|permission/i.test(child.stderr) && !child.stdout) {
      context.skip(`the unprivileged user cannot run the project code here: ${child.stderr.split('\n')[0]}`);
      return;
    }
    const outcome = JSON.parse(child.stdout.trim().split('\n').pop()!);
    expect(outcome).toMatchObject({ ok: false, code: 'permission-denied' });
    expect(outcome.message).toMatch(/You do not have permission to save in .*read-only/);
    expect(readFileSync(file, 'utf8')).toBe('the original');
    expect(existsSync(`${file}.bak`)).toBe(false);
    expect(statSync(file).size).toBe('the original'.length);
  });
});
