// The charts in words: every post once, under its line manager, with its
// dotted lines and its joint funding; the same through the CLI's html and txt.
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartTextAlternative, textAlternativeHtml, textAlternativeText, walkItems } from '../../../shared/export/textAlternative';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { runCli } from '../../support/cliHarness';
import { defined } from '../../support/defined';

const doc = herefordshireSample();
const dir = mkdtempSync(join(tmpdir(), 'structura-textalt-'));

describe('text alternative', () => {
  for (const chart of doc.charts) {
    it(`${chart.id}: every node once, nested under its line manager; every dotted line stated; joint funding stated`, () => {
      const alt = chartTextAlternative(doc, chart);
      const walked = walkItems(alt.items);
      expect(walked.map((w) => w.item.id).sort()).toEqual(chart.nodes.map((n) => n.id).sort());
      const parentOf = new Map<string, string>();
      for (const w of walked) for (const c of w.item.children) parentOf.set(c.id, w.item.id);
      for (const l of chart.lines.filter((x) => x.kind === 'management')) expect(parentOf.get(l.to)).toBe(l.from);
      expect(alt.otherLines.length).toBe(chart.lines.filter((l) => l.kind !== 'management').length);
      for (const n of chart.nodes)
        if (n.kind === 'post' && n.funding.length > 1)
          expect(
            defined(
              walked.find((w) => w.item.id === n.id),
              'walked.find((w) => w.item.id === n.id)',
            ).item.text,
          ).toMatch(/funded \d+(\.\d+)?% by .+ and \d+(\.\d+)?% by /);
    });
  }

  it('HTML is a page in en-GB with a heading per chart; text numbers each post by its place', () => {
    const html = textAlternativeHtml(doc);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(html.match(/<h2 /g)?.length).toBe(doc.charts.length);
    const txt = textAlternativeText(doc, ['annex-1']);
    expect(txt).toMatch(/^ {2}1\.1 Chief Executive: joint post/m);
  });

  it('structura export --format html|txt writes them', async () => {
    for (const format of ['html', 'txt']) {
      const out = join(dir, `a1.${format}`);
      const run = await runCli(['export', 'sample', '--chart', '1', '--format', format, '-o', out]);
      expect(run.code).toBe(0);
      expect(readFileSync(out, 'utf8')).toContain('Chief Operating Officer');
    }
  });
});
