// Kills a process at random points while it saves large documents, many times,
// and checks the file on disk is always one complete, valid version.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'structura-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const writer = join(__dirname, 'killWriter.mjs');
const KILLS = 30;
const SIZE = 4 * 1024 * 1024;

function checkFile(file: string): { version: number } {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { version: number; sum: string; body: string };
  expect(doc.body.length).toBe(SIZE);
  expect(createHash('sha256').update(doc.body).digest('hex')).toBe(doc.sum);
  expect(doc.body[0]).toBe(String(doc.version % 10));
  return doc;
}

describe('saving survives being killed', () => {
  it(`leaves the old or the new version, complete, after ${KILLS} kills at random moments`, async () => {
    const file = join(dir, 'big.structura');
    const versions = new Set<number>();
    for (let i = 0; i < KILLS; i++) {
      const child = spawn(process.execPath, ['--import', 'tsx', writer, file, String(SIZE)], { stdio: ['ignore', 'pipe', 'pipe'] });
      await new Promise<void>((resolve, reject) => {
        child.stdout.once('data', () => resolve());
        child.once('exit', (code) => reject(new Error(`writer exited early with ${code}`)));
      });
      // Random moment within the next few saves: mid-write, mid-fsync, mid-rename.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 120));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      versions.add(checkFile(file).version);
      if (readdirSync(dir).includes('big.structura.bak')) checkFile(join(dir, 'big.structura.bak'));
    }
    // The kills landed at different points, not always before the first save.
    expect(versions.size).toBeGreaterThan(3);
  }, 120_000);
});
