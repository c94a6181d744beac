// Saves that must not destroy anyone's work: a colleague's change of the same
// size with its time restored, a symbolic link whose target is gone, and the
// temporary files of saves that were killed.
import { spawn, type ChildProcess } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocumentFile, sweepLeftoverTemporaries, writeDocumentAtomic } from '../../../electron/fileService';
import { bundleChild } from './children/bundle';
import { defined } from '../../support/defined';

const dir = mkdtempSync(join(tmpdir(), 'structura-save-safety-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const folder = () => {
  const at = join(dir, `case-${++n}`);
  mkdirSync(at);
  return at;
};
/** The temporary files of saves (a killed save leaves its new file and the backup it was making). */
const temporaries = (at: string) => readdirSync(at).filter((name) => /\.tmp(\.bak)?$/.test(name));

describe('a colleague’s change with the same size and a restored time', () => {
  it('is noticed by its content, for any same-length change', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }), fc.nat({ max: 39 }), async (mine, at) => {
        const file = join(folder(), 'shared.structura');
        writeFileSync(file, mine);
        const opened = await readDocumentFile(file);
        const index = at % mine.length;
        const theirs = mine.slice(0, index) + (mine[index] === 'x' ? 'y' : 'x') + mine.slice(index + 1);
        fc.pre(Buffer.byteLength(theirs) === Buffer.byteLength(mine));
        writeFileSync(file, theirs);
        const restored = new Date(opened.modifiedAt);
        utimesSync(file, restored, restored);
        const outcome = await writeDocumentAtomic(file, 'my edit', { expectedModifiedAt: opened.modifiedAt, known: opened.fingerprint });
        expect(outcome).toMatchObject({ ok: false, code: 'changed-on-disk' });
        expect(readFileSync(file, 'utf8')).toBe(theirs);
      }),
      { numRuns: 25, seed: 10 },
    );
  });
});

describe('saving through a symbolic link', () => {
  it('whose target is gone writes the target and keeps the link', async () => {
    const at = folder();
    const target = join(at, 'real.structura');
    const linked = join(at, 'shortcut.structura');
    symlinkSync('real.structura', linked);
    expect(await writeDocumentAtomic(linked, 'saved through a broken link')).toMatchObject({ ok: true, name: 'shortcut.structura' });
    expect(lstatSync(linked).isSymbolicLink()).toBe(true);
    expect(readlinkSync(linked)).toBe('real.structura');
    expect(readFileSync(target, 'utf8')).toBe('saved through a broken link');
  });

  it('whose target folder is gone is refused, saying so, and the link stays', async () => {
    const at = folder();
    const linked = join(at, 'shortcut.structura');
    symlinkSync(join(at, 'gone', 'real.structura'), linked);
    const outcome = await writeDocumentAtomic(linked, 'x');
    expect(outcome).toMatchObject({ ok: false, code: 'folder-missing' });
    expect(outcome.ok ? '' : 'message' in outcome ? outcome.message : '').toMatch(
      /shortcut\.structura is a link to .*gone.*real\.structura, whose folder no longer exists/,
    );
    expect(lstatSync(linked).isSymbolicLink()).toBe(true);
  });

  it('that loops is refused in words', async () => {
    const at = folder();
    symlinkSync(join(at, 'b.structura'), join(at, 'a.structura'));
    symlinkSync(join(at, 'a.structura'), join(at, 'b.structura'));
    expect(await writeDocumentAtomic(join(at, 'a.structura'), 'x')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/a\.structura is a symbolic link that cannot be followed/),
    });
  });
});

describe('temporary files of killed saves', () => {
  /** Starts a save in another process that stops before its rename; resolves once its temporary file exists. */
  async function startHangingSave(file: string): Promise<ChildProcess> {
    const child = spawn(process.execPath, [await bundleChild(join(__dirname, 'children/hangingSave.ts')), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      defined(child.stdout, 'child.stdout').once('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`the saving process exited with ${code}`)));
    });
    return child;
  }
  const kill = async (child: ChildProcess) => {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error('the saving process ended by itself');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
  };

  it('are removed by the next successful save, at once; a save still running in a live process keeps its file', async () => {
    const at = folder();
    const file = join(at, 'plan.structura');
    writeFileSync(file, 'v0');
    const killed = await startHangingSave(file);
    await kill(killed);
    const live = await startHangingSave(file);
    try {
      expect(temporaries(at).filter((name) => name.includes(`.${killed.pid}.tmp`)).length).toBeGreaterThan(0);
      expect((await writeDocumentAtomic(file, 'v1')).ok).toBe(true);
      const left = temporaries(at);
      expect(left.length).toBeGreaterThan(0);
      for (const name of left) expect(name).toContain(`.${live.pid}.tmp`);
      expect(readFileSync(file, 'utf8')).toBe('v1');
    } finally {
      await kill(live);
    }
  });

  it('are removed at start-up beside each recent file', async () => {
    const at = folder();
    const file = join(at, 'plan.structura');
    writeFileSync(file, 'v0');
    for (let i = 0; i < 3; i++) await kill(await startHangingSave(file));
    writeFileSync(join(at, '.other.structura.0123456789ab.99.tmp.txt'), 'not ours');
    const left = temporaries(at).length;
    expect(left).toBeGreaterThanOrEqual(3);
    expect(await sweepLeftoverTemporaries([file])).toBe(left);
    expect(readdirSync(at).sort()).toEqual(['.other.structura.0123456789ab.99.tmp.txt', 'plan.structura', 'plan.structura.bak']);
    expect(readFileSync(file, 'utf8')).toBe('v0');
  });
});
