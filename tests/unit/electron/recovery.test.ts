// Crash recovery on the real file system: snapshots per window, the newest
// offered on the next start, cleared on save or discard, and a snapshot written
// by a process that was then killed.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RecoveryStore } from '../../../electron/recovery';
import { bundleChild } from './children/bundle';

const dir = mkdtempSync(join(tmpdir(), 'structura-recovery-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const folder = () => join(dir, `case-${++n}`);
const snapshot = (text: string, savedAt: number) => ({ text, name: 'plan.structura', handle: null, path: null, savedAt });

describe('recovery snapshots', () => {
  it('keeps the latest snapshot of a window until it is cleared', async () => {
    const store = new RecoveryStore(folder(), 'w1');
    expect(await store.read()).toBeNull();
    await store.write(snapshot('first', 1000));
    await store.write(snapshot('second', 2000));
    expect(await store.read()).toMatchObject({ text: 'second', savedAt: 2000 });
    await store.clear();
    expect(await store.read()).toBeNull();
  });

  it('offers the newest snapshot left by an earlier run, and clearing removes that one too', async () => {
    const at = folder();
    await new RecoveryStore(at, 'old-1').write(snapshot('older crash', 1000));
    await new RecoveryStore(at, 'old-2').write(snapshot('newest crash', 3000));
    const next = new RecoveryStore(at, 'new-1');
    expect(await next.read()).toMatchObject({ text: 'newest crash', savedAt: 3000 });
    await next.clear();
    // The older one is offered next time; the one dealt with is gone.
    expect(await new RecoveryStore(at, 'new-2').read()).toMatchObject({ text: 'older crash' });
  });

  it('does not let one window clear another window’s unsaved work', async () => {
    const at = folder();
    const a = new RecoveryStore(at, 'a');
    const b = new RecoveryStore(at, 'b');
    await a.write(snapshot('work in window a', 1000));
    await b.write(snapshot('work in window b', 500));
    await b.clear();
    expect(await new RecoveryStore(at, 'c').read()).toMatchObject({ text: 'work in window a' });
  });

  it('ignores damaged or foreign files in the folder instead of failing to start', async () => {
    const at = folder();
    mkdirSync(at, { recursive: true });
    writeFileSync(join(at, 'unsaved-broken.json'), '{"text": 12');
    writeFileSync(join(at, 'unsaved-wrong.json'), '{"text": "x", "name": "a", "savedAt": "yesterday"}');
    writeFileSync(join(at, 'unsaved-null.json'), 'null');
    writeFileSync(join(at, 'notes.txt'), 'not a snapshot');
    expect(await new RecoveryStore(at, 'w').read()).toBeNull();
    await new RecoveryStore(at, 'w').write(snapshot('good', 5));
    expect(await new RecoveryStore(at, 'x').read()).toMatchObject({ text: 'good' });
  });

  it('refuses a key that could name a path outside the folder', () => {
    expect(() => new RecoveryStore(folder(), '../escape')).toThrow(/invalid recovery key/);
  });

  it('offers the work autosaved by a process that was then killed, with when it was saved', async () => {
    const at = folder();
    const child = spawn(process.execPath, [await bundleChild(join(__dirname, 'children/autosave.ts')), at, 'crashed-1', String(Date.UTC(2026, 10, 23, 9, 15))], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`the autosaving process exited with ${code}`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const next = new RecoveryStore(at, 'restarted-1');
    expect(await next.read()).toEqual({
      text: '{"unsaved":"a week of work"}',
      name: 'restructure.structura',
      handle: null,
      path: '/home/hr/restructure.structura',
      savedAt: Date.UTC(2026, 10, 23, 9, 15),
    });
    await next.clear();
    expect(await next.read()).toBeNull();
    expect(readdirSync(at)).toEqual([]);
  });
});
