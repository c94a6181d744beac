import { writeFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDocument } from '../../../shared/model/load';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { ROLE } from '../../../shared/rules/defaults';
import { runCli } from '../../support/cliHarness';
import { defined } from '../../support/defined';

describe('structura check', () => {
  it('reports each structure chart of the sample and exits 1, since the Monitoring Officer is missing', async () => {
    const run = await runCli(['check', 'sample']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Annex 1 — .*: 1 error, 5 warnings, 1 note$/m);
    expect(run.stdout).toMatch(/^Annex 5 — .*: 1 error, 1 warning, 1 note$/m);
    expect(run.stdout).toContain("Error: No post in this structure is the Council's Monitoring Officer.");
    expect(run.stdout).not.toMatch(/Annex 2/);
  });

  it('exits 0 once every error is dealt with, and gives stable JSON for one chart', async () => {
    const doc = herefordshireSample();
    defined(doc.rules, 'doc.rules').designations.push({
      postId: 'dir-customer-services',
      roleId: ROLE.monitoringOfficer,
      tagId: 'council',
      chartId: null,
      inferred: 'For this test',
    });
    const file = join(mkdtempSync(join(tmpdir(), 'structura-check-')), 'plan.structura');
    await writeFile(file, serializeDocument(doc));
    const run = await runCli(['check', file, '--chart', '5', '--format', 'json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.charts).toHaveLength(1);
    expect(json.charts[0]).toMatchObject({ chart: 'annex-5', counts: { error: 0, warning: 1, note: 1 } });
    expect(Object.keys(json.charts[0].findings[0])).toEqual(['rule', 'severity', 'posts', 'message', 'source', 'fix', 'acknowledged']);
  });

  it('names the charts when the one asked for does not exist', async () => {
    expect(await runCli(['check', 'sample', '--chart', '9'])).toMatchObject({
      code: 1,
      stderr: 'structura check: no chart "9" in sample (charts: 1, 2, 3, 4, 5)\n',
    });
  });
});
