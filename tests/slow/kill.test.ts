// Kills a process at random moments while it saves large documents, many times
// over, and checks that the file on disk is always one complete, valid version:
// never truncated, never a mix of two, never older than a save that had finished.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seeded } from '../support/seeded';
import { bundleChild } from '../unit/electron/children/bundle';

const dir = mkdtempSync(join(tmpdir(), 'structura-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A fixed count and a fixed seed, not a time budget: on a loaded machine the
// test takes longer but checks as much, and a failure replays.
const KILLS = 24;
const SIZE = 3 * 1024 * 1024;
const SEED = Number(process.env.KILL_SEED ?? 20261201);

let saveLoop = '';
beforeAll(async () => {
  saveLoop = await bundleChild(join(__dirname, '../unit/electron/children/saveLoop.ts'));
});

interface Version {
  version: number;
}

/** Parses the file and checks it is one whole version; fails the test otherwise. */
function wholeVersion(file: string): Version {
  const text = readFileSync(file, 'utf8');
  let doc: { version: number; letter: string; sum: string; body: string };
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON (${text.length} characters): a torn write`);
  }
  expect(doc.body.length, 'body length').toBe(SIZE);
  expect(doc.letter).toBe(doc.version % 2 === 0 ? 'A' : 'B');
  expect(new Set(doc.body).size, 'one letter throughout, not a mix of two versions').toBe(1);
  expect(doc.body[0]).toBe(doc.letter);
  expect(createHash('sha256').update(doc.body).digest('hex')).toBe(doc.sum);
  return doc;
}

describe('saving survives being killed', () => {
  it(`leaves the old or the new version, complete, after ${KILLS} kills at random moments`, async () => {
    const file = join(dir, 'big.structura');
    const started = Date.now();
    let next = 1;
    let kills = 0;
    const seen = new Set<number>();
    const random = seeded(SEED);
    while (kills < KILLS) {
      const child = spawn(process.execPath, [saveLoop, file, String(SIZE), String(next)], { stdio: ['ignore', 'pipe', 'pipe'] });
      let lastSaved = 0;
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.on('data', (chunk: Buffer) => {
        for (const match of chunk.toString().matchAll(/saved (\d+)/g)) lastSaved = Math.max(lastSaved, Number(match[1]));
      });
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      // A quarter of the kills land during the first save of a process (the file
      // already holds the previous one's last version); the rest after some saves.
      const early = existsSync(file) && random() < 0.25;
      if (!early) {
        await Promise.race([
          new Promise<void>((resolve) => child.stdout.on('data', () => resolve())),
          exited.then((code) => Promise.reject(new Error(`the writer exited with ${code}: ${stderr}`))),
        ]);
      }
      await new Promise((resolve) => setTimeout(resolve, random() * (early ? 60 : 100)));
      child.kill('SIGKILL');
      await exited;
      kills++;
      const onDisk = wholeVersion(file);
      // A save that had reported success is never undone.
      expect(onDisk.version).toBeGreaterThanOrEqual(lastSaved);
      seen.add(onDisk.version);
      if (existsSync(`${file}.bak`)) expect(wholeVersion(`${file}.bak`).version).toBeLessThanOrEqual(onDisk.version);
      next = onDisk.version + 1;
    }
    console.log(
      `kill test (seed ${SEED}; replay with KILL_SEED=${SEED}): ${kills} kills in ${((Date.now() - started) / 1000).toFixed(1)} s, ${seen.size} distinct versions on disk, ${readdirSync(dir).filter((n) => n.endsWith('.tmp')).length} temporary files left by killed saves`,
    );
    // The kills landed at different points, not always before the first save.
    expect(seen.size).toBeGreaterThan(KILLS / 4);
  }, 300_000);
});
