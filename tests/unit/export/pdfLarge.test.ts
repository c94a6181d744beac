// A 10,000-post chart through the PDF writer: the board pack (split over A4
// pages) and the comparison of two such charts still export correctly after
// the writer names each font once per page: every page is there, every post
// title can be found in the PDF's text, and the comparison names what changed.
import { largeComparedDocument } from '../../support/largeComparedDocument';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFonts } from '../../../shared/export/fonts.node';
import { drawBoardPack } from '../../../shared/export/pack';
import { writePdf } from '../../../shared/export/pdf';
import { present } from '../../support/defined';

const dir = mkdtempSync(join(tmpdir(), 'structura-pdf-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfFacts(bytes: Uint8Array): { pages: number; text: string } {
  const file = join(dir, `large-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { pages: Number(present(/Pages:\s+(\d+)/.exec(info), '/Pages:\\s+(\\d+)/.exec(info)')[1]), text };
}

describe('PDF of 10,000-post charts', () => {
  it('the board pack with comparison: every page, every post title, the changes', async () => {
    const doc = largeComparedDocument(10_000);
    const { drawing } = drawBoardPack(doc, {
      paper: 'a4',
      orientation: 'landscape',
      allowSplit: true,
      includeComparison: { fromChartId: 'from', toChartId: 'to' },
    });
    const { pages, text } = pdfFacts(await writePdf(drawing, await loadFonts()));
    expect(pages).toBe(drawing.pages.length);
    expect(pages).toBeGreaterThan(100);
    const words = new Set(text.split(/\s+/));
    for (const chart of doc.charts)
      for (const node of chart.nodes) if (node.kind === 'post') expect(words.has(node.title), `${chart.title}: ${node.title}`).toBe(true);
    expect(text).toContain('Comparison: Annex 1 → Annex 2');
    expect(text).toContain(`Page ${pages} of ${pages}`);
  }, 240_000);
});
