// Crash recovery on the real file system: snapshots per window, the newest
// offered on the next start, cleared on save or discard, and a snapshot written
// by a process that was then killed.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { claimRun, RecoveryStore } from '../../../electron/recovery';
import { bundleChild } from './children/bundle';

const dir = mkdtempSync(join(tmpdir(), 'structura-recovery-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const folder = () => join(dir, `case-${++n}`);
const snapshot = (text: string, savedAt: number) => ({ text, name: 'plan.structura', handle: null, path: null, savedAt });

/** Windows of one run: the live set main.ts keeps. */
function run(at: string, id: string) {
  const open = new Set<string>();
  return {
    window(n: number) {
      const key = `${id}-${n}`;
      open.add(key);
      return { store: new RecoveryStore(at, key, { run: id, isWindowOpen: (k) => open.has(k) }), close: () => open.delete(key) };
    },
  };
}

/** A process that claims a run and stays alive until killed. */
async function liveRun(at: string, id: string) {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await claimRun(at, id, child.pid);
  return async () => {
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
  };
}

describe('recovery snapshots', () => {
  it('keeps the latest snapshot of a window until it is cleared, offered back to the same window after a reload', async () => {
    const store = new RecoveryStore(folder(), 'w1');
    expect(await store.read()).toEqual([]);
    await store.write(snapshot('first', 1000));
    await store.write(snapshot('second', 2000));
    expect(await store.read()).toMatchObject([{ text: 'second', savedAt: 2000, id: 'w1', mine: true }]);
    await store.clear();
    expect(await store.read()).toEqual([]);
  });

  it('offers every snapshot left by an earlier run, newest first, each named by its document', async () => {
    const at = folder();
    await new RecoveryStore(at, 'old-1').write({ ...snapshot('older crash', 1000), name: 'annex 1.structura' });
    await new RecoveryStore(at, 'old-2').write({ ...snapshot('newest crash', 3000), name: 'annex 5.structura' });
    const next = run(at, 'new').window(1).store;
    expect((await next.read()).map((o) => [o.name, o.text, o.mine])).toEqual([
      ['annex 5.structura', 'newest crash', false],
      ['annex 1.structura', 'older crash', false],
    ]);
    await next.discard('old-2');
    expect((await run(at, 'newer').window(1).store.read()).map((o) => o.text)).toEqual(['older crash']);
  });

  it('never offers the snapshot of a window still open in this run, and Discard in one window never deletes another’s', async () => {
    const at = folder();
    const app = run(at, 'r1');
    const first = app.window(1);
    const second = app.window(2);
    await first.store.write(snapshot('work in window 1', 2000));
    await second.store.write(snapshot('work in window 2', 1000));
    expect((await second.store.read()).map((o) => o.text)).toEqual(['work in window 2']);
    await expect(second.store.discard('r1-1')).rejects.toThrow(/belongs to a window that is still open/);
    await second.store.clear();
    expect((await first.store.read()).map((o) => o.text)).toEqual(['work in window 1']);
    // Once window 1 has gone without clearing (its page crashed for good), its work is an orphan.
    first.close();
    expect((await app.window(3).store.read()).map((o) => o.text)).toEqual(['work in window 1']);
  });

  it('never offers the snapshots of another running process; offers them once it has been killed', async () => {
    const at = folder();
    const kill = await liveRun(at, 'other');
    await new RecoveryStore(at, 'other-1').write(snapshot('open elsewhere', 1000));
    const mine = run(at, 'me').window(1).store;
    expect(await mine.read()).toEqual([]);
    await expect(mine.discard('other-1')).rejects.toThrow(/still open/);
    await kill();
    expect((await mine.read()).map((o) => o.text)).toEqual(['open elsewhere']);
  });

  it('ignores damaged or foreign files in the folder instead of failing to start', async () => {
    const at = folder();
    mkdirSync(at, { recursive: true });
    writeFileSync(join(at, 'unsaved-broken.json'), '{"text": 12');
    writeFileSync(join(at, 'unsaved-wrong.json'), '{"text": "x", "name": "a", "savedAt": "yesterday"}');
    writeFileSync(join(at, 'unsaved-null.json'), 'null');
    writeFileSync(join(at, 'run-x.lock'), 'not json');
    writeFileSync(join(at, 'notes.txt'), 'not a snapshot');
    expect(await new RecoveryStore(at, 'w').read()).toEqual([]);
    await new RecoveryStore(at, 'x-1').write(snapshot('good', 5));
    expect(await new RecoveryStore(at, 'y').read()).toMatchObject([{ text: 'good' }]);
  });

  it('refuses a key that could name a path outside the folder', () => {
    expect(() => new RecoveryStore(folder(), '../escape')).toThrow(/invalid recovery key/);
  });

  it('offers the work autosaved by a process that was then killed, with when it was saved', async () => {
    const at = folder();
    const child = spawn(
      process.execPath,
      [await bundleChild(join(__dirname, 'children/autosave.ts')), at, 'crashed-1', String(Date.UTC(2026, 10, 23, 9, 15))],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`the autosaving process exited with ${code}`)));
    });
    // While it runs, its work is not offered to anyone else.
    expect(await new RecoveryStore(at, 'other-1').read()).toEqual([]);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const next = new RecoveryStore(at, 'restarted-1');
    expect(await next.read()).toEqual([
      {
        id: 'crashed-1',
        mine: false,
        text: '{"unsaved":"a week of work"}',
        name: 'restructure.structura',
        handle: null,
        path: '/home/hr/restructure.structura',
        savedAt: Date.UTC(2026, 10, 23, 9, 15),
      },
    ]);
    await next.discard('crashed-1');
    expect(await next.read()).toEqual([]);
    expect(readdirSync(at)).toEqual(['run-crashed.lock']);
  });
});
