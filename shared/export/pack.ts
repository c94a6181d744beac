// Drawings ready to write: one chart, or the board pack (a cover page, every
// chart in annex order, and optionally the comparison pages).
import { drawComparisonPages } from '../compare/page';
import { chartLabel, chartsInAnnexOrder } from '../model/query';
import type { StructuraDocument } from '../model/types';
import { lineHeight, wrapText } from '../text/measure';
import { drawChartPages, numberPages, type ExportOptions } from './chartPages';
import { drawChecksPages } from './checksPage';
import { pageSize, type Drawing, type Page, type Shape } from './drawing';
import { formatDate, INK, MARGIN, MUTED, textLines } from './frame';
import { drawSavingsPage } from './savingsPage';
import { drawTextAlternativePages, TEXT_ALTERNATIVE_TITLE } from './textAlternativePages';

export interface DrawingResult {
  drawing: Drawing;
  warnings: string[];
}

function metadata(doc: StructuraDocument, title: string, subject: string): Omit<Drawing, 'pages'> {
  return { title, subject, author: doc.meta.author, keywords: ['organisation chart', 'structure', ...doc.tags.map((t) => t.label)] };
}

export function drawChart(doc: StructuraDocument, chartId: string, options: ExportOptions): DrawingResult {
  const chart = doc.charts.find((c) => c.id === chartId);
  if (!chart) throw new Error(`There is no chart "${chartId}".`);
  const { pages, warnings } = drawChartPages(doc, chartId, options);
  return {
    drawing: {
      ...metadata(doc, chartLabel(chart), doc.title),
      pages: numberPages(pages, doc, options.date),
      outline: [{ title: chartLabel(chart), pageIndex: 0 }],
    },
    warnings,
  };
}

/** Pages that another module draws into a pack (the comparison), given the pack's paper. */
export type ExtraPages = (options: ExportOptions) => Page[];

function coverPage(doc: StructuraDocument, options: ExportOptions, contents: { label: string; page: number }[]): Page {
  const { width, height } = pageSize(options.paper, options.orientation);
  const margin = Math.max(12, options.margins ?? MARGIN);
  const shapes: Shape[] = [];
  let y = height * 0.18;
  const title = textLines(wrapText(doc.title, width - 2 * margin - 40, { size: 24, bold: true }, 3), margin + 20, y, 24, { bold: true });
  shapes.push({ type: 'group', role: 'title', label: doc.title, children: title.shapes });
  y += title.height + 8;
  const date = formatDate(options.date ?? doc.meta.date);
  const sub = [doc.meta.versionLabel, date].filter(Boolean).join(' · ');
  if (sub) {
    shapes.push({ type: 'group', role: 'paragraph', children: [{ type: 'text', x: margin + 20, y: y + 12, text: sub, size: 12, colour: MUTED }] });
    y += 24;
  }
  shapes.push({ type: 'rect', x: margin + 20, y: y + 6, width: 80, height: 3, fill: '#1d4ed8' });
  y += 26;
  if (doc.description) {
    const desc = textLines(wrapText(doc.description, Math.min(width - 2 * margin - 40, 520), { size: 10.5 }, 12), margin + 20, y, 10.5, { colour: INK });
    shapes.push({ type: 'group', role: 'paragraph', children: desc.shapes });
    y += desc.height + 18;
  }
  shapes.push({
    type: 'group',
    role: 'heading',
    label: 'Contents',
    children: [{ type: 'text', x: margin + 20, y: y + 12, text: 'Contents', size: 12, bold: true, colour: INK }],
  });
  const list: Shape[] = [];
  shapes.push({ type: 'group', role: 'list', label: 'Contents', children: list });
  y += 22;
  // Rows with the rule halfway between one entry and the next, not under the words like an underline.
  const lh = lineHeight({ size: 10.5 }) + 8;
  for (const item of contents) {
    const label = wrapText(item.label, width - 2 * margin - 120, { size: 10.5 }, 1)[0] ?? '';
    // Each entry a list item: the section, then its page as the body's last words ("Annex 1 … 2").
    list.push({
      type: 'group',
      role: 'listItem',
      children: [
        {
          type: 'group',
          role: 'listBody',
          children: [
            { type: 'text', x: margin + 20, y: y + 13, text: label, size: 10.5, colour: INK },
            { type: 'text', x: width - margin - 20, y: y + 13, text: String(item.page), size: 10.5, colour: INK, anchor: 'end' },
            {
              type: 'path',
              points: [
                { x: margin + 20, y: y + lh },
                { x: width - margin - 20, y: y + lh },
              ],
              stroke: '#d1d5db',
              strokeWidth: 0.5,
            },
          ],
        },
      ],
    });
    y += lh;
  }
  return { width, height, shapes: [{ type: 'group', role: 'cover', label: doc.title, children: shapes }], label: 'Cover', margin };
}

export interface BoardPackOptions extends ExportOptions {
  /** Add the comparison of two structure charts after the annexes. */
  includeComparison?: { fromChartId: string; toChartId: string };
  /** Add the savings page (ledger, waterfall, payback, assumptions) for two structure charts. */
  includeSavings?: { fromChartId: string; toChartId: string };
}

/**
 * The board pack: a cover page with contents, every chart in annex order
 * (charts without an annex last), then any comparison pages, numbered
 * "Page N of M" across the whole pack. The comparison comes either from
 * options.includeComparison or, as the app's export dialog does, from `extra`.
 */
export function drawBoardPack(doc: StructuraDocument, options: BoardPackOptions, extra?: { label: string; pages: ExtraPages }): DrawingResult {
  const warnings: string[] = [];
  const sections: { label: string; pages: Page[] }[] = [];
  let nextPage = 2; // after the cover
  for (const chart of chartsInAnnexOrder(doc)) {
    const result = drawChartPages(doc, chart.id, { ...options, firstPageNumber: nextPage });
    warnings.push(...result.warnings);
    sections.push({ label: chartLabel(chart), pages: result.pages });
    nextPage += result.pages.length;
  }
  const comparison = options.includeComparison;
  if (comparison) {
    for (const id of [comparison.fromChartId, comparison.toChartId])
      if (!doc.charts.some((c) => c.id === id)) throw new Error(`There is no chart "${id}" to compare.`);
    const pages = drawComparisonPages(doc, comparison.fromChartId, comparison.toChartId, options);
    sections.push({ label: pages[0]?.label ?? 'Comparison', pages });
  }
  if (options.includeSavings) {
    const page = drawSavingsPage(doc, options.includeSavings.fromChartId, options.includeSavings.toChartId, options);
    sections.push({ label: page.label ?? 'Savings', pages: [page] });
  }
  if (extra) {
    const pages = extra.pages(options);
    sections.push({ label: pages[0]?.label ?? extra.label, pages });
  }
  if (doc.charts.some((c) => c.kind === 'structure')) sections.push({ label: 'Appendix: rule checks', pages: drawChecksPages(doc, options) });
  if (doc.charts.length) sections.push({ label: TEXT_ALTERNATIVE_TITLE, pages: drawTextAlternativePages(doc, options) });
  let next = 2;
  const contents = sections.map((s) => {
    const entry = { label: s.label, page: next };
    next += s.pages.length;
    return entry;
  });
  const pages = [coverPage(doc, options, contents), ...sections.flatMap((s) => s.pages)];
  // One bookmark per section, at its first page (the cover is page 1).
  const outline = [{ title: 'Cover and contents', pageIndex: 0 }, ...contents.map((c) => ({ title: c.label, pageIndex: c.page - 1 }))];
  return { drawing: { ...metadata(doc, doc.title, 'Board pack'), pages: numberPages(pages, doc, options.date), outline }, warnings };
}
