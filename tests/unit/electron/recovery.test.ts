import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RecoveryStore } from '../../../electron/recovery';

const dir = mkdtempSync(join(tmpdir(), 'structura-recovery-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('recovery after a crash', () => {
  it('offers the work autosaved by a process that was killed, with when it was saved, until cleared', async () => {
    const folder = join(dir, 'recovery');
    const savedAt = Date.UTC(2026, 10, 23, 9, 15);
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'recoveryWriter.mjs'), folder, String(savedAt)], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`writer exited with ${code}`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const next = new RecoveryStore(folder);
    expect(await next.read()).toEqual({ text: '{"unsaved":"a week of work"}', name: 'restructure.structura', handle: null, savedAt });
    await next.clear();
    expect(await next.read()).toBeNull();
  });

  it('ignores a damaged recovery file instead of failing to start', async () => {
    const folder = join(dir, 'damaged');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'unsaved.json'), '{"text": 12');
    expect(await new RecoveryStore(folder).read()).toBeNull();
  });
});
