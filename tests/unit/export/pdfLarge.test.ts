// A 10,000-post chart through the PDF writer: the board pack (split over A4
// pages) and the comparison of two such charts still export correctly after
// the writer names each font once per page: every page is there, every post
// title can be found in the PDF's text, and the comparison names what changed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFonts } from '../../../shared/export/fonts.node';
import { drawBoardPack } from '../../../shared/export/pack';
import { writePdf } from '../../../shared/export/pdf';
import { makeChart, makeDocument, makeLine, makePost } from '../../../shared/model/factory';
import type { StructuraDocument } from '../../../shared/model/types';
import { defined } from '../../support/defined';

const dir = mkdtempSync(join(tmpdir(), 'structura-pdf-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfFacts(bytes: Uint8Array): { pages: number; text: string } {
  const file = join(dir, `large-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), text };
}

/** Two charts of `posts` posts, spans of 1–12; B retitles every 97th post and drops the last 20. */
function largeDocument(posts: number): StructuraDocument {
  let seed = 7;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const tags = [
    { id: 'a', name: 'Organisation A', label: 'A', colour: '#005eb8' },
    { id: 'b', name: 'Organisation B', label: 'B', colour: '#00703c' },
  ];
  const nodes = [];
  const lines = [];
  let head = 0;
  let span = 0;
  for (let i = 0; i < posts; i++) {
    nodes.push(makePost({ id: `p${i}`, title: `Post${i}z`, tagId: defined(tags[i % 2]).id }));
    if (i > 0) {
      if (span === 0) span = 1 + Math.floor(random() * 12);
      lines.push(makeLine({ id: `m${i}`, kind: 'management', from: `p${head}`, to: `p${i}` }));
      if (--span === 0) head++;
    }
  }
  const from = makeChart({ id: 'from', title: 'Before', annex: '1', nodes, lines });
  const kept = new Set(nodes.slice(0, posts - 20).map((n) => n.id));
  const to = makeChart({
    id: 'to',
    title: 'After',
    annex: '2',
    nodes: nodes.filter((n) => kept.has(n.id)).map((n, i) => (i % 97 === 0 ? { ...n, title: `${n.title}r` } : n)),
    lines: lines.filter((l) => kept.has(l.from) && kept.has(l.to)),
  });
  return makeDocument({ tags, charts: [from, to] });
}

describe('PDF of 10,000-post charts', () => {
  it('the board pack with comparison: every page, every post title, the changes', async () => {
    const doc = largeDocument(10_000);
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
