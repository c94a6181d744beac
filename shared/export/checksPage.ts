// The board pack's appendix of rule checks: for each structure chart in annex
// order, its findings as sentences (acknowledged ones with their reason), or a
// line saying there are none. A board sees what the structure breaks before it
// approves it.
import { chartLabel, chartsInAnnexOrder } from '../model/query';
import type { StructuraDocument } from '../model/types';
import { checkChart } from '../rules/check';
import { checkSummary } from '../rules/report';
import { lineHeight, wrapText } from '../text/measure';
import type { ExportOptions } from './chartPages';
import { pageSize, type GroupShape, type Page, type Shape } from './drawing';
import { FOOTER_HEIGHT, INK, MARGIN, MUTED, titleBlock } from './frame';

const TITLE = 'Appendix: rule checks';
const SUBTITLE = 'Statutory roles, the partnership’s rules and the design limits, checked on each structure chart';
const SEVERITY = { error: 'Error', warning: 'Warning', note: 'Note' } as const;

export function drawChecksPages(doc: StructuraDocument, options: ExportOptions): Page[] {
  const { width, height } = pageSize(options.paper, options.orientation);
  const size = 9;
  const lh = lineHeight({ size }) + 1;
  const bottom = height - MARGIN - FOOTER_HEIGHT - 8;
  const textWidth = width - 2 * MARGIN - 14;
  const pages: Page[] = [];
  let shapes: Shape[] = [];
  let body: Shape[] = [];
  let y = 0;
  const startPage = () => {
    const title = pages.length ? `${TITLE} (continued)` : TITLE;
    const head = titleBlock(title, SUBTITLE, options.date ?? doc.meta.date, width);
    shapes = [head.group];
    body = [];
    y = MARGIN + head.height + 4;
  };
  const endPage = () => {
    shapes.push({ type: 'group', role: 'changes', label: 'Rule checks', children: body });
    pages.push({ width, height, shapes, label: pages.length ? `${TITLE} (continued)` : TITLE, margin: MARGIN });
  };
  /** Each chart's findings are one list (one element across page breaks); a finding and its acknowledgement one item. */
  let list: GroupShape | null = null;
  let listId = '';
  let itemId = '';
  let itemCount = 0;
  const place = (
    lines: string[],
    style: { bold?: boolean; colour?: string; indent?: number; gap?: number; role?: 'heading' | 'paragraph' | 'item' | 'itemMore' },
  ) => {
    const need = (style.gap ?? 0) + lines.length * lh;
    if (y + need > bottom) {
      endPage();
      startPage();
      list = null;
    }
    y += style.gap ?? 0;
    const texts: Shape[] = [];
    for (const line of lines) {
      y += lh;
      texts.push({ type: 'text', x: MARGIN + (style.indent ?? 0), y: y - 2, text: line, size, bold: style.bold, colour: style.colour ?? INK });
    }
    const role = style.role ?? 'paragraph';
    if (role === 'heading' || role === 'paragraph') {
      body.push({ type: 'group', role, children: texts });
      return;
    }
    if (!list) {
      list = { type: 'group', role: 'list', structId: listId, children: [] };
      body.push(list);
    }
    // An acknowledgement continues its finding's item: the same structId makes it one element, even after a page break.
    if (role === 'item') itemId = `${listId}:${++itemCount}`;
    list.children.push({
      type: 'group',
      role: 'listItem',
      structId: itemId,
      children: [{ type: 'group', role: 'listBody', structId: `${itemId}:body`, children: texts }],
    });
  };
  startPage();
  const structures = chartsInAnnexOrder(doc).filter((c) => c.kind === 'structure');
  for (const chart of structures) {
    const check = checkChart(doc, chart);
    place(wrapText(`${chartLabel(chart)}: ${checkSummary(check)}`, textWidth + 14, { size, bold: true }), { bold: true, gap: 8, role: 'heading' });
    list = null;
    listId = `checks:${chart.id}`;
    if (check.findings.length === 0) place(['No findings: the structure meets every rule checked.'], { colour: MUTED, indent: 14 });
    for (const f of check.findings) {
      const mark = `${SEVERITY[f.severity]}${f.acknowledged ? ' (acknowledged)' : ''}: `;
      place(wrapText(mark + f.message, textWidth, { size }), { indent: 14, gap: 2, role: 'item' });
      if (f.acknowledged) place(wrapText(`Acknowledged: ${f.acknowledged.reason}`, textWidth - 10, { size }), { indent: 24, colour: MUTED, role: 'itemMore' });
    }
  }
  if (structures.length === 0) place(['The document has no structure charts to check.'], { colour: MUTED });
  endPage();
  return pages;
}
