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
