import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDocument } from '../../../shared/model/load';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { runCli } from '../../support/cliHarness';

describe('structura validate and the command line basics', () => {
  it('validates the built-in sample and lists its charts', async () => {
    const run = await runCli(['validate', 'sample']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Annex 5 — Proposed Herefordshire Integrated Senior Management Structure: Short/Medium Term: 14 posts, 3 bodies');
  });

  it('reports a broken file in one line naming the file and the JSON path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'structura-cli-'));
    const file = join(dir, 'broken.structura');
    const doc = JSON.parse(serializeDocument(herefordshireSample()));
    doc.charts[0].nodes[3].fte = 'full time';
    await writeFile(file, JSON.stringify(doc));
    const run = await runCli(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([`structura validate: ${file}: charts[0].nodes[3].fte: should be number, not string`]);
  });

  it('says when a file does not exist', async () => {
    const run = await runCli(['validate', '/no/such/plan.structura']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('structura validate: no such file: /no/such/plan.structura\n');
  });

  it('refuses unknown commands and options with one line', async () => {
    expect(await runCli(['frobnicate'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^structura: unknown command "frobnicate"/) });
    expect(await runCli(['validate', 'sample', '--colour'])).toMatchObject({ code: 1, stderr: 'structura validate: unknown option --colour\n' });
  });
});

describe('the structura executable (the esbuild bundle)', () => {
  it('runs as a real process, as `npx structura` does, without tsx', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdirSync, mkdtempSync } = await import('node:fs');
    const { buildCli } = await import('../../../build/build-cli.mjs');
    // Inside the checkout, so the bundle resolves its external native package.
    const scratch = join(__dirname, '../../../.tmp');
    mkdirSync(scratch, { recursive: true });
    const launcher: string = await buildCli(mkdtempSync(join(scratch, 'cli-')));
    const ok = spawnSync(process.execPath, [launcher, 'validate', 'sample'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^sample: valid Structura document/);
    const bad = spawnSync(process.execPath, [launcher, 'validate', '/no/such/file'], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('structura validate: no such file: /no/such/file\n');
    // The bundle finds its fonts beside it: a PDF needs them.
    const out = join(launcher, '../../annex1.pdf');
    const pdf = spawnSync(process.execPath, [launcher, 'export', 'sample', '--chart', '1', '--format', 'pdf', '-o', out], { encoding: 'utf8' });
    expect(pdf.stderr).toBe('');
    expect(pdf.status).toBe(0);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    // Nothing in the bundle loads tsx: it is a development dependency only.
    const { readdirSync } = await import('node:fs');
    const chunks = readdirSync(join(launcher, '..')).map((name) => readFileSync(join(launcher, '..', name), 'utf8'));
    expect(chunks.some((text) => /from ["']tsx/.test(text))).toBe(false);
  });
});
