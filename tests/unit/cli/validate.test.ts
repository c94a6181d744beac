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

describe('the structura launcher', () => {
  it('runs as a real process, as `npx structura` does', async () => {
    const { spawnSync } = await import('node:child_process');
    const launcher = join(__dirname, '../../../shared/cli/structura.mjs');
    const ok = spawnSync(process.execPath, [launcher, 'validate', 'sample'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^sample: valid Structura document/);
    const bad = spawnSync(process.execPath, [launcher, 'validate', '/no/such/file'], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('structura validate: no such file: /no/such/file\n');
  });
});
