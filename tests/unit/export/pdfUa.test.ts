// Every PDF Structura writes passes the PDF/UA conditions listed in
// tests/support/pdfUa.ts (Matterhorn Protocol numbers there): the five annexes,
// the board pack on A4 and A3, a comparison page, the savings page, high
// contrast with the draft watermark, and seeded random documents. The checker
// is shown to fail on an untagged PDF, so a pass means something.
import fc from 'fast-check';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { drawComparisonPages } from '../../../shared/compare/page';
import { loadFonts } from '../../../shared/export/fonts.node';
import { drawBoardPack, drawChart } from '../../../shared/export/pack';
import { writePdf } from '../../../shared/export/pdf';
import { drawSavingsPage } from '../../../shared/export/savingsPage';
import { chartTextAlternative, walkItems } from '../../../shared/export/textAlternative';
import { TEXT_ALTERNATIVE_TITLE } from '../../../shared/export/textAlternativePages';
import { makeChart, makeDocument, makeLine, makePost } from '../../../shared/model/factory';
import { chartLabel } from '../../../shared/model/query';
import type { Drawing } from '../../../shared/export/drawing';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { checkPdfUa, type Element } from '../../support/pdfUa';
import { defined } from '../../support/defined';

const doc = herefordshireSample();
const A4 = { paper: 'a4', orientation: 'landscape', allowSplit: true } as const;
const A3 = { paper: 'a3', orientation: 'landscape', allowSplit: true } as const;
const pair = { fromChartId: 'annex-5', toChartId: 'annex-1' };
const one = (title: string, pages: Drawing['pages']): Drawing => ({ title, subject: doc.title, author: doc.meta.author, keywords: [], pages });

const ofType = (order: Element[], type: string) => order.filter((e) => e.type === type);

describe('PDF/UA checks (Matterhorn conditions in tests/support/pdfUa.ts)', () => {
  it('the checker fails an untagged PDF: no tags, no language, no title shown, no metadata', async () => {
    const pdf = await PDFDocument.create();
    const page = pdf.addPage();
    page.drawText('Chief Executive', { font: await pdf.embedFont(StandardFonts.Helvetica) });
    page.drawRectangle({ x: 10, y: 10, width: 50, height: 20 });
    const report = await checkPdfUa(await pdf.save());
    const conditions = report.failures.map((f) => f.split(':')[0]);
    for (const c of ['01-005', '07-001', '06-001', '11-001']) expect(conditions).toContain(c);
  });

  for (const chart of doc.charts) {
    it(`Annex ${chart.annex}: zero failures, a Figure with its summary as alt text, one bookmark`, async () => {
      // A3: each annex on one page, so its figure's summary counts every post.
      const { drawing } = drawChart(doc, chart.id, A3);
      const report = await checkPdfUa(await writePdf(drawing, await loadFonts()));
      expect(report.failures).toEqual([]);
      const figures = ofType(report.order, 'Figure');
      expect(figures.length).toBe(drawing.pages.length);
      const posts = chart.nodes.filter((n) => n.kind === 'post').length;
      expect(defined(figures[0]).alt).toContain(chart.title);
      if (posts) expect(defined(figures[0]).alt).toMatch(new RegExp(`\\b${posts} posts?:`));
      expect(report.outline).toEqual([{ title: chartLabel(chart), page: 0 }]);
      expect(ofType(report.order, 'H1').length).toBe(drawing.pages.length);
    });
  }

  for (const paper of [A4, A3]) {
    it(`the board pack on ${paper.paper.toUpperCase()}: zero failures, bookmarks for every section, tables with header cells, the charts in words as nested lists`, async () => {
      const { drawing } = drawBoardPack(doc, { ...paper, includeComparison: pair, includeSavings: pair });
      const report = await checkPdfUa(await writePdf(drawing, await loadFonts()));
      expect(report.failures).toEqual([]);
      const titles = report.outline.map((o) => o.title);
      for (const c of doc.charts) expect(titles).toContain(chartLabel(c));
      expect(titles).toEqual(expect.arrayContaining(['Cover and contents', 'Appendix: rule checks', TEXT_ALTERNATIVE_TITLE]));
      expect(titles.some((t) => t.startsWith('Comparison'))).toBe(true);
      expect(titles.some((t) => t.startsWith('Savings'))).toBe(true);
      // Each bookmark opens the page with that label.
      for (const o of report.outline.slice(1))
        expect(defined(drawing.pages[o.page]).label.replace(/ \(continued\)$/, '')).toBe(
          o.title.replace(/^Comparison: .*/, defined(drawing.pages[o.page]).label),
        );
      // Tables: the comparison's and the savings page's, each with column and row headers.
      const tables = ofType(report.order, 'Table');
      expect(tables.length).toBeGreaterThanOrEqual(3);
      for (const t of tables) {
        const scopes = t.children
          .flatMap((r) => r.children)
          .filter((c) => c.type === 'TH')
          .map((c) => c.attributes?.get(PDFName.of('Scope'))?.toString());
        expect(scopes).toContain('/Column');
        expect(scopes).toContain('/Row');
      }
      // The appendix: one list per chart; nested as deep as the structure; each post one item.
      const lists = ofType(report.order, 'L').filter((l) => l.parent?.type !== 'LBody');
      for (const c of doc.charts) {
        const depth = Math.max(...walkItems(chartTextAlternative(doc, c).items).map((x) => x.path.length));
        expect(
          lists.some((l) => nestedDepth(l) === depth),
          `a list ${depth} deep for ${c.id}`,
        ).toBe(true);
      }
    });
  }

  it('a comparison page and the savings page alone: zero failures', async () => {
    for (const drawing of [
      one('Comparison', drawComparisonPages(doc, 'annex-5', 'annex-1', A4)),
      one('Savings', [drawSavingsPage(doc, 'annex-5', 'annex-1', A4)]),
    ]) {
      const report = await checkPdfUa(await writePdf(drawing, await loadFonts()));
      expect(report.failures).toEqual([]);
      expect(report.outline.length).toBeGreaterThan(0);
    }
  });

  it('high contrast with the draft watermark and A4 portrait: zero failures', async () => {
    const { drawing } = drawBoardPack(doc, { paper: 'a4', orientation: 'portrait', theme: 'high-contrast', showDraftWatermark: true, includeComparison: pair });
    expect((await checkPdfUa(await writePdf(drawing, await loadFonts()))).failures).toEqual([]);
  });

  it('seeded random documents (trees, joint posts, dotted lines, hostile titles): zero failures, every post in the appendix once', async () => {
    const fonts = await loadFonts();
    const tags = doc.tags;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
        fc.array(fc.string({ maxLength: 30 }), { minLength: 60, maxLength: 60 }),
        fc.integer({ min: 0, max: 8 }),
        async (count, picks, names, dotted) => {
          const nodes = Array.from({ length: count }, (_, i) =>
            makePost({
              id: `p${i}`,
              title: `Post ${i} ${names[i]}`.trim(),
              tagId: defined(tags[defined(picks[i]) % tags.length]).id,
              funding:
                defined(picks[i]) % 5 === 0
                  ? [
                      { tagId: 'pct', percent: 40 },
                      { tagId: 'council', percent: 60 },
                    ]
                  : [],
            }),
          );
          const lines = nodes.slice(1).map((n, k) => makeLine({ id: `m${k}`, kind: 'management', from: `p${defined(picks[k + 1]) % (k + 1)}`, to: n.id }));
          for (let d = 0; d < dotted && count > 2; d++)
            lines.push(makeLine({ id: `a${d}`, kind: 'accountability', from: `p${defined(picks[d]) % count}`, to: `p${(defined(picks[d]) + 1 + d) % count}` }));
          const random = makeDocument({
            title: `Random ${names[0]}`,
            tags,
            charts: [makeChart({ id: 'r', title: `Random ${names[1]}`, annex: '1', nodes, lines })],
          });
          const { drawing } = drawBoardPack(random, A4);
          const report = await checkPdfUa(await writePdf(drawing, fonts));
          expect(report.failures).toEqual([]);
          const items = walkItems(chartTextAlternative(random, defined(random.charts[0])).items).map((x) => x.item.id);
          expect(items.sort()).toEqual(nodes.map((n) => n.id).sort());
        },
      ),
      { seed: 1602, numRuns: 12 },
    );
  });
});

function nestedDepth(list: Element): number {
  let deepest = 0;
  for (const li of list.children)
    for (const body of li.children) for (const inner of body.children) if (inner.type === 'L') deepest = Math.max(deepest, nestedDepth(inner));
  return 1 + deepest;
}
