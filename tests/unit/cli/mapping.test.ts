// `structura mapping` and `structura export --consultation` on the sample, and on bad arguments.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cliHarness';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { consultationReport, reportToCsv } from '../../../shared/mapping/report';
import { defined } from '../../support/defined';

describe('structura mapping', () => {
  it("JSON lists every Annex 5 post once, with the papers' mapping, the at-risk counts and the phases", async () => {
    const run = await runCli(['mapping', 'sample', '--from', '5', '--to', '1', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    const annex5 = defined(
      herefordshireSample().charts.find((c) => c.id === 'annex-5'),
      "herefordshireSample() .charts.find((c) => c.id === 'annex-5')",
    )
      .nodes.filter((n) => n.kind === 'post')
      .map((n) => n.id);
    expect(json.matrix.map((r: { postId: string }) => r.postId).sort()).toEqual(annex5.sort());
    const method = (id: string) => json.matrix.find((r: { postId: string }) => r.postId === id).method;
    expect(['council-ceo', 'pct-ceo', 'coo'].map(method)).toEqual(['open-competition', 'open-competition', 'open-competition']);
    expect(method('dir-provider-services')).toBe('moved-out');
    // The three competing for one Chief Executive post are at risk; the one moved out is not.
    expect(json.atRisk.totalAtRisk).toBe(3);
    expect(json.timeline.map((s: { phase: string }) => s.phase)).toEqual(['phase-1', 'phase-2', 'phase-3', 'phase-4']);
  });

  it('text and CSV say the same; --redact leaves named holders out', async () => {
    const doc = herefordshireSample();
    const annex5 = defined(
      doc.charts.find((c) => c.id === 'annex-5'),
      "doc.charts.find((c) => c.id === 'annex-5')",
    );
    const named = {
      ...doc,
      charts: doc.charts.map((c) =>
        c === annex5
          ? {
              ...c,
              nodes: c.nodes.map((n) => (n.id === 'pct-ceo' && n.kind === 'post' ? { ...n, holder: { kind: 'named' as const, names: ['Jane Example'] } } : n)),
            }
          : c,
      ),
    };
    expect(reportToCsv(consultationReport(named, 'annex-5', 'annex-1'))).toContain('Jane Example');
    expect(reportToCsv(consultationReport(named, 'annex-5', 'annex-1', { redact: true }))).not.toContain('Jane Example');
    const text = await runCli(['mapping', 'sample', '--from', '5', '--to', '1']);
    expect(text.stdout).toMatch(/People at risk: 3 of 14 employed/);
  });

  it('refuses a missing chart, a diagram, or the same chart twice, in one line', async () => {
    for (const [args, message] of [
      [['mapping', 'sample', '--from', '5'], /name both charts/],
      [['mapping', 'sample', '--from', '5', '--to', '9'], /no chart "9"/],
      [['mapping', 'sample', '--from', '5', '--to', '2'], /is a diagram/],
      [['mapping', 'sample', '--from', '1', '--to', 'annex-1'], /same chart/],
    ] as const) {
      const run = await runCli([...args]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('structura export --consultation', () => {
  it('writes the pack as a PDF of figures, matrix and timeline, and as CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'consultation-'));
    const pdf = await runCli(['export', 'sample', '--consultation', '5:1', '--format', 'pdf', '-o', join(dir, 'pack.pdf')]);
    expect(pdf.stderr).toBe('');
    expect(pdf.stdout).toMatch(/wrote .*pack\.pdf \(3 pages\)/);
    expect(readFileSync(join(dir, 'pack.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const csv = await runCli(['export', 'sample', '--consultation', '5:1', '--format', 'csv', '--redact', '-o', join(dir, 'pack.csv')]);
    expect(csv.code).toBe(0);
    expect(readFileSync(join(dir, 'pack.csv'), 'utf8')).toMatch(/Old post,Post id,Holder,Employer,Grade/);
    const bad = await runCli(['export', 'sample', '--consultation', '5', '--format', 'pdf', '-o', join(dir, 'x.pdf')]);
    expect(bad.stderr).toMatch(/takes FROM:TO/);
  });
});
