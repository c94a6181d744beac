// The board pack's appendix: each chart's text alternative as pages, drawn as a
// board paper reads (a heading per chart, its summary, then every post numbered
// by its place in the structure and indented under its manager) and tagged as
// nested lists (L, LI, Lbl, LBody) that stay one list across page breaks.
import { chartsInAnnexOrder } from '../model/query';
import type { StructuraDocument } from '../model/types';
import { lineHeight, wrapText } from '../text/measure';
import type { ExportOptions } from './chartPages';
import { pageSize, type GroupShape, type Page, type Shape } from './drawing';
import { FOOTER_HEIGHT, INK, MARGIN, MUTED, titleBlock } from './frame';
import { chartTextAlternative, itemLabel, walkItems } from './textAlternative';
import { must } from '../must';

export const TEXT_ALTERNATIVE_TITLE = 'Appendix: the charts in words';
const SUBTITLE = 'Each chart as a list by line management, with its dotted and commissioning lines and its joint posts’ funding';
/** Indent per level of the structure, and the deepest level indented further (deeper ones keep their numbers). */
const INDENT = 16;
const MAX_INDENT_LEVELS = 8;

const group = (role: GroupShape['role'], children: Shape[], extra: Partial<GroupShape> = {}): GroupShape => ({ type: 'group', role, children, ...extra });

export function drawTextAlternativePages(doc: StructuraDocument, options: ExportOptions): Page[] {
  const { width, height } = pageSize(options.paper, options.orientation);
  const size = 9;
  const lh = lineHeight({ size }) + 1;
  const bottom = height - MARGIN - FOOTER_HEIGHT - 8;
  const pages: Page[] = [];
  let shapes: Shape[] = [];
  let y = 0;
  /** The list groups drawn on this page, by the path of the item whose reports they hold ("" for a chart's top list). */
  let lists = new Map<string, GroupShape>();
  let items = new Map<string, GroupShape>();
  let section: Shape[] = [];
  const startPage = () => {
    const title = pages.length ? `${TEXT_ALTERNATIVE_TITLE} (continued)` : TEXT_ALTERNATIVE_TITLE;
    const head = titleBlock(title, SUBTITLE, options.date ?? doc.meta.date, width);
    shapes = [head.group];
    section = shapes;
    y = MARGIN + head.height + 4;
    lists = new Map();
    items = new Map();
  };
  const endPage = () =>
    pages.push({ width, height, shapes, label: pages.length ? `${TEXT_ALTERNATIVE_TITLE} (continued)` : TEXT_ALTERNATIVE_TITLE, margin: MARGIN });
  const room = (need: number) => {
    if (y + need <= bottom) return false;
    endPage();
    startPage();
    return true;
  };
  const text = (line: string, x: number, style: { bold?: boolean; colour?: string; size?: number } = {}, at = y): Shape => ({
    type: 'text',
    x,
    y: at - 2,
    text: line,
    size: style.size ?? size,
    bold: style.bold,
    colour: style.colour ?? INK,
  });

  startPage();
  for (const chart of chartsInAnnexOrder(doc)) {
    const alt = chartTextAlternative(doc, chart);
    const base = `text-alternative:${chart.id}`;
    const headLines = wrapText(alt.title, width - 2 * MARGIN, { size: 11, bold: true });
    const summary = wrapText(alt.summary, width - 2 * MARGIN, { size });
    // A chart's heading starts a page rather than sit alone at its foot.
    room(16 + headLines.length * 15 + summary.length * lh + 3 * lh);
    y += 10;
    const heading: Shape[] = [];
    for (const line of headLines) {
      y += 15;
      heading.push(text(line, MARGIN, { bold: true, size: 11 }));
    }
    shapes.push(group('heading', heading, { label: alt.title }));
    const para: Shape[] = [];
    y += 3;
    for (const line of summary) {
      y += lh;
      para.push(text(line, MARGIN, { colour: MUTED }));
    }
    shapes.push(group('paragraph', para));
    y += 4;

    /** The list holding the reports of the item at `path` on this page, with its ancestors' items re-opened after a page break. */
    const listFor = (path: number[]): GroupShape => {
      const key = path.join('.');
      let list = lists.get(key);
      if (list) return list;
      list = group('list', [], { structId: `${base}:list:${key}` });
      if (path.length === 0) section.push(list);
      else
        // itemFor makes every item with its list body as a child.
        must(
          itemFor(path).children.find((c): c is GroupShape => c.type === 'group' && c.role === 'listBody'),
          `the list body of item ${key}`,
        ).children.push(list);
      lists.set(key, list);
      return list;
    };
    const itemFor = (path: number[]): GroupShape => {
      const key = path.join('.');
      let li = items.get(key);
      if (li) return li;
      li = group('listItem', [group('listBody', [], { structId: `${base}:body:${key}` })], { structId: `${base}:item:${key}` });
      listFor(path.slice(0, -1)).children.push(li);
      items.set(key, li);
      return li;
    };

    for (const { item, path } of walkItems(alt.items)) {
      const x = MARGIN + Math.min(path.length - 1, MAX_INDENT_LEVELS) * INDENT;
      const label = itemLabel(path);
      const labelWidth = Math.max(18, label.length * 4.6 + 6);
      const textWidth = width - MARGIN - x - labelWidth;
      const lines = wrapText(item.text, textWidth, { size, bold: path.length === 1 });
      const notes = item.notes.flatMap((n) => wrapText(n, textWidth - 8, { size: 8 }));
      if (room(3 + (lines.length + notes.length) * lh)) {
        // Say where the list continues from, so the page reads on its own.
        y += lh;
        shapes.push(group('paragraph', [text(`${alt.title} (continued)`, MARGIN, { colour: MUTED, bold: true })]));
        y += 2;
      }
      y += 3;
      const li = itemFor(path);
      const body = li.children[0] as GroupShape;
      const bold = path.length === 1;
      // The label sits on the first line's baseline (text() draws at y - 2 after y moves down a line).
      li.children.unshift(group('listLabel', [text(label, x, { bold, colour: MUTED }, y + lh)]));
      const drawn: Shape[] = [];
      for (const line of lines) {
        y += lh;
        drawn.push(text(line, x + labelWidth, { bold }));
      }
      for (const n of notes) {
        y += lh - 0.5;
        drawn.push(text(n, x + labelWidth + 8, { colour: MUTED, size: 8 }));
      }
      // The item's own text comes before any list of its reports in the body.
      body.children.unshift(...drawn);
    }
    if (alt.otherLines.length) {
      room(4 * lh);
      y += 6 + lh;
      shapes.push(group('paragraph', [text('Dotted and commissioning lines', MARGIN, { bold: true })]));
      let list = group('list', [], { structId: `${base}:other` });
      shapes.push(list);
      alt.otherLines.forEach((sentence, i) => {
        const lines = wrapText(sentence, width - 2 * MARGIN - 14, { size });
        if (room(lines.length * lh + 2)) {
          list = group('list', [], { structId: `${base}:other` });
          shapes.push(list);
        }
        y += 2;
        const bullet = text('•', MARGIN, {}, y + lh);
        const drawn: Shape[] = [];
        for (const line of lines) {
          y += lh;
          drawn.push(text(line, MARGIN + 12));
        }
        list.children.push(group('listItem', [group('listLabel', [bullet]), group('listBody', drawn)], { structId: `${base}:other:${i}` }));
      });
    }
  }
  if (doc.charts.length === 0) {
    y += lh;
    shapes.push(group('paragraph', [text('The document has no charts.', MARGIN, { colour: MUTED })]));
  }
  endPage();
  return pages;
}
