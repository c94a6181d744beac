// The 10,000-post exports through the one pipeline, as the app and the CLI
// write them: the board pack with its comparison (every page, every post
// title in the text) and the comparison page on its own (every change named),
// each passing the tagged-PDF structure checks (tests/support/pdfUa.ts). Slow:
// a thousand-page PDF read back and checked takes minutes on a loaded machine.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFonts } from '../../shared/export/fonts.node';
import { drawTarget, exportTarget, type ExportTarget } from '../../shared/export/pipeline';
import { checkPdfUa } from '../support/pdfUa';
import { largeComparedDocument } from '../support/largeComparedDocument';
import { defined } from '../support/defined';

const dir = mkdtempSync(join(tmpdir(), 'structura-large-tagged-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfText(bytes: Uint8Array): { pages: number; words: Set<string>; text: string } {
  const file = join(dir, `large-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), words: new Set(text.split(/\s+/)), text };
}

const A4 = { paper: 'a4', orientation: 'landscape', allowSplit: true, creationDate: new Date('2026-12-02T05:00:00Z') } as const;
const pair = { fromChartId: 'from', toChartId: 'to' };

describe('10,000-post exports through the pipeline, tagged', () => {
  const doc = largeComparedDocument(10_000, 11);

  it('the board pack with comparison: every page, every post title, tagged structure unchanged', async () => {
    const target: ExportTarget = { kind: 'pack', comparison: pair };
    const { files } = await exportTarget(doc, target, 'pdf', A4, { fonts: await loadFonts() });
    const bytes = defined(files[0], 'files[0]').bytes;
    const { pages, words } = pdfText(bytes);
    expect(pages).toBe(drawTarget(doc, target, A4).drawing.pages.length);
    for (const chart of doc.charts)
      for (const node of chart.nodes) if (node.kind === 'post') expect(words.has(node.title), `${chart.title}: ${node.title}`).toBe(true);
    const report = await checkPdfUa(bytes);
    expect(report.failures).toEqual([]);
    expect(report.pageCount).toBe(pages);
  });

  it('the comparison page alone: its pages, every change named, tagged structure unchanged', async () => {
    const target: ExportTarget = { kind: 'comparison', pair };
    const { files } = await exportTarget(doc, target, 'pdf', A4, { fonts: await loadFonts() });
    const bytes = defined(files[0], 'files[0]').bytes;
    const { pages, text } = pdfText(bytes);
    expect(pages).toBe(drawTarget(doc, target, A4).drawing.pages.length);
    // The 20 removed posts and the retitled ones are each named by the comparison.
    for (const node of defined(doc.charts[0], 'doc.charts[0]').nodes.slice(-20)) if (node.kind === 'post') expect(text, node.title).toContain(node.title);
    const report = await checkPdfUa(bytes);
    expect(report.failures).toEqual([]);
    expect(report.pageCount).toBe(pages);
  });
});
