// The comparison as board-paper pages, drawn with the same machinery as the
// annexes: a headcount/FTE/cost table by organisation, a bar chart of the same,
// and the list of changes, continued over more pages when long.
import { at } from '../must';
import { formatFte, formatMoney, formatMoneyShort, formatSigned } from '../format';
import { compareChecks } from '../rules/compareChecks';
import { chartLabel } from '../model/query';
import type { Chart, StructuraDocument } from '../model/types';
import { lineHeight, measureText, wrapText } from '../text/measure';
import type { ExportOptions } from '../export/chartPages';
import { pageSize, type GroupShape, type Page, type Shape } from '../export/drawing';
import { INK, MARGIN, MUTED, titleBlock } from '../export/frame';
import type { ExtraPages } from '../export/pack';
import { tagColour } from '../export/style';
import { compareInDocument, type Comparison, type Figures } from './compare';
import { defaultComparisonPair } from './defaultPair';
import { changeRows, costKnownText, describeChange } from './report';

const NONE: Figures = { posts: 0, vacant: 0, fte: 0, juniorFte: 0, cost: 0, costIllustrative: false, costFromPayBand: false, unknownCost: 0 };

function tableShapes(c: Comparison, x: number, top: number, width: number): { shapes: Shape[]; height: number } {
  const size = 8.5;
  const rowH = 15;
  const columns = ['Organisation', 'Posts', '', 'Δ', 'FTE', '', 'Δ', 'Cost, pay only', '', 'Δ'];
  const widths = [0.16, 0.06, 0.06, 0.06, 0.08, 0.08, 0.08, 0.14, 0.14, 0.14].map((w) => w * width);
  const shapes: Shape[] = [];
  const tags = [...new Set([...Object.keys(c.from.byTag), ...Object.keys(c.to.byTag)])];
  const rows: { label: string; a: Figures; b: Figures; bold?: boolean }[] = tags.map((id) => ({
    label: c.tagLabels[id] ?? (id === 'untagged' ? 'Untagged' : id),
    a: c.from.byTag[id] ?? NONE,
    b: c.to.byTag[id] ?? NONE,
  }));
  rows.push({ label: 'All posts', a: c.from, b: c.to, bold: true });
  // Header: column groups, then A / B / difference. Tagged as a real table: the
  // group headings span their three columns, each figure's row is headed by its organisation.
  let y = top;
  const colX = (i: number) => x + widths.slice(0, i).reduce((s, w) => s + w, 0);
  const colRight = (i: number) => colX(i) + at(widths, i, 'column');
  const header2 = ['', 'A', 'B', 'Δ', 'A', 'B', 'Δ', 'A', 'B', 'Δ'];
  const cells: Shape[] = [];
  cells.push({ type: 'rect', x, y, width, height: rowH * 2, fill: '#f3f4f6' });
  const th = (text: string, shape: Shape, extra: Partial<GroupShape> = {}): GroupShape => ({
    type: 'group',
    role: 'headerCell',
    label: text,
    scope: 'Column',
    children: [shape],
    ...extra,
  });
  const row1: Shape[] = [];
  columns.forEach(
    (text, i) =>
      text &&
      text !== 'Δ' &&
      row1.push(th(text, { type: 'text', x: colX(i) + 3, y: y + 10, text, size, bold: true, colour: INK }, i === 0 ? { rowSpan: 2 } : { colSpan: 3 })),
  );
  const row2: Shape[] = [];
  header2.forEach(
    (text, i) => text && row2.push(th(text, { type: 'text', x: colRight(i) - 3, y: y + rowH + 10, text, size, bold: true, colour: MUTED, anchor: 'end' })),
  );
  cells.push({ type: 'group', role: 'tableRow', children: row1 }, { type: 'group', role: 'tableRow', children: row2 });
  y += rowH * 2;
  for (const row of rows) {
    const dCost = row.b.cost - row.a.cost;
    const values = [
      row.label,
      String(row.a.posts),
      String(row.b.posts),
      formatSigned(row.b.posts - row.a.posts, String),
      formatFte(row.a.fte),
      formatFte(row.b.fte),
      formatSigned(Math.round((row.b.fte - row.a.fte) * 100) / 100, formatFte),
      formatMoney(row.a.cost),
      formatMoney(row.b.cost),
      formatSigned(dCost, formatMoney),
    ];
    if (row.bold)
      cells.push({
        type: 'path',
        points: [
          { x, y },
          { x: x + width, y },
        ],
        stroke: '#9ca3af',
        strokeWidth: 0.8,
      });
    const tr: Shape[] = values.map((text, i) => {
      const shape: Shape = {
        type: 'text',
        x: i === 0 ? colX(i) + 3 : colRight(i) - 3,
        y: y + 10.5,
        text,
        size,
        bold: row.bold,
        colour: INK,
        anchor: i === 0 ? 'start' : 'end',
      };
      return i === 0
        ? { type: 'group', role: 'headerCell', scope: 'Row', label: text, children: [shape] }
        : { type: 'group', role: 'dataCell', children: [shape] };
    });
    cells.push({ type: 'group', role: 'tableRow', children: tr });
    y += rowH;
    cells.push({
      type: 'path',
      points: [
        { x, y },
        { x: x + width, y },
      ],
      stroke: '#e5e7eb',
      strokeWidth: 0.5,
    });
  }
  shapes.push({ type: 'group', role: 'table', label: 'Headcount, FTE and cost by organisation', children: cells });
  const noteShapes: Shape[] = [];
  const notes = [`A: ${chartTitle(c, 'from')}.  B: ${chartTitle(c, 'to')}.`, ...whatTheTotalsCount(c)];
  for (const line of notes.flatMap((n) => wrapText(n, width, { size: 7.5 }))) {
    y += 11;
    noteShapes.push({ type: 'text', x, y, text: line, size: 7.5, colour: MUTED });
  }
  shapes.push({ type: 'group', role: 'paragraph', label: 'What the table counts', children: noteShapes });
  return { shapes, height: y - top + 6 };
}

function chartTitle(c: Comparison, side: 'from' | 'to'): string {
  return c[side].title;
}

/** Bars of FTE and of cost per organisation, A beside B, labelled with their values. */
function barsShapes(c: Comparison, doc: StructuraDocument, x: number, top: number, width: number, height: number): Shape[] {
  const tags = [...new Set([...Object.keys(c.from.byTag), ...Object.keys(c.to.byTag)])];
  const shapes: Shape[] = [];
  const panels: { title: string; value: (f: Figures) => number; format: (v: number) => string }[] = [
    { title: 'FTE by organisation', value: (f) => f.fte, format: formatFte },
    {
      title: `Annual cost by organisation, pay only${c.from.costIllustrative || c.to.costIllustrative ? ' (illustrative)' : ''}`,
      value: (f) => f.cost,
      format: formatMoneyShort,
    },
  ];
  const panelHeight = height / 2 - 6;
  panels.forEach((panel, p) => {
    const py = top + p * (panelHeight + 12);
    shapes.push({ type: 'text', x, y: py + 9, text: panel.title, size: 8.5, bold: true, colour: INK });
    const max = Math.max(1e-9, ...tags.flatMap((id) => [panel.value(c.from.byTag[id] ?? NONE), panel.value(c.to.byTag[id] ?? NONE)]));
    const labelWidth = Math.max(...tags.map((id) => measureText(c.tagLabels[id] ?? id, { size: 8 }))) + 8;
    const barArea = width - labelWidth - 50;
    const rowHeight = Math.min(26, (panelHeight - 16) / Math.max(1, tags.length));
    tags.forEach((id, i) => {
      const ry = py + 16 + i * rowHeight;
      const colour = tagColour(doc.tags, id === 'untagged' ? null : id);
      shapes.push({ type: 'text', x, y: ry + rowHeight / 2 + 3, text: c.tagLabels[id] ?? id, size: 8, colour: INK });
      const longest = (Math.max(panel.value(c.from.byTag[id] ?? NONE), panel.value(c.to.byTag[id] ?? NONE)) / max) * barArea;
      const bar = (f: Figures, offset: number, faded: boolean) => {
        const v = panel.value(f);
        const w = (v / max) * barArea;
        const bh = rowHeight / 2 - 2;
        shapes.push({
          type: 'rect',
          x: x + labelWidth,
          y: ry + offset,
          width: Math.max(0.5, w),
          height: bh,
          fill: faded ? '#ffffff' : colour,
          stroke: colour,
          strokeWidth: 0.8,
          pattern: faded ? 'backhatch' : 'none',
          patternColour: colour,
        });
        shapes.push({
          type: 'text',
          x: x + labelWidth + longest + 4,
          y: ry + offset + bh - 1.5,
          text: `${faded ? 'A' : 'B'} ${panel.format(v)}`,
          size: 7,
          colour: MUTED,
        });
      };
      bar(c.from.byTag[id] ?? NONE, 1, true);
      bar(c.to.byTag[id] ?? NONE, rowHeight / 2, false);
    });
  });
  // The bars say nothing the table does not: the alt text says so and gives the figures in words.
  const inWords = tags.map((id) =>
    panels
      .map(
        (p) =>
          `${c.tagLabels[id] ?? id} ${(p.title.split(' by ')[0] ?? p.title).toLowerCase()} A ${p.format(p.value(c.from.byTag[id] ?? NONE))}, B ${p.format(p.value(c.to.byTag[id] ?? NONE))}`,
      )
      .join('; '),
  );
  const alt = `Bar charts of FTE and annual cost by organisation, A beside B (the figures of the table): ${inWords.join('; ')}.`;
  return [{ type: 'group', role: 'figure', label: 'FTE and cost by organisation, A and B', alt, children: shapes }];
}

function chartWithId(doc: StructuraDocument, id: string): Chart {
  const chart = doc.charts.find((c) => c.id === id);
  if (!chart) throw new Error(`There is no chart "${id}".`);
  return chart;
}

export type ComparisonPageOptions = Pick<ExportOptions, 'paper' | 'orientation' | 'date'>;

export function drawComparisonPages(doc: StructuraDocument, fromChartId: string, toChartId: string, options: ComparisonPageOptions): Page[] {
  const c = compareInDocument(doc, fromChartId, toChartId);
  const { width, height } = pageSize(options.paper, options.orientation);
  // compareInDocument has refused ids that are not charts of the document.
  const fromChart = chartWithId(doc, fromChartId);
  const toChart = chartWithId(doc, toChartId);
  const title = `Comparison: ${fromChart.annex ? `Annex ${fromChart.annex}` : fromChart.title} → ${toChart.annex ? `Annex ${toChart.annex}` : toChart.title}`;
  const subtitle = `A: ${chartLabel(fromChart)}. B: ${chartLabel(toChart)}.`;
  const pages: Page[] = [];
  const bottom = height - MARGIN - 24;
  const content = width - 2 * MARGIN;

  let head = titleBlock(title, subtitle, options.date ?? doc.meta.date, width);
  let shapes: Shape[] = [head.group];
  let y = MARGIN + head.height + 4;
  const landscape = width > height;
  const tableWidth = landscape ? content * 0.58 : content;
  const table = tableShapes(c, MARGIN, y, tableWidth);
  shapes.push(...table.shapes);
  const barsHeight = Math.max(150, table.height);
  if (landscape) {
    shapes.push(...barsShapes(c, doc, MARGIN + tableWidth + 24, y, content - tableWidth - 24, barsHeight));
    y += Math.max(table.height, barsHeight) + 14;
  } else {
    y += table.height + 10;
    shapes.push(...barsShapes(c, doc, MARGIN, y, content, 170));
    y += 184;
  }
  const shape = `Layers ${c.from.layers} → ${c.to.layers}; span of control mean ${c.from.meanSpan.toFixed(1)} → ${c.to.meanSpan.toFixed(1)}, widest ${c.from.maxSpan} → ${c.to.maxSpan}; top posts ${c.from.topPosts.length} → ${c.to.topPosts.length}; vacant posts ${c.from.vacant} → ${c.to.vacant}.`;
  shapes.push({ type: 'group', role: 'paragraph', children: [{ type: 'text', x: MARGIN, y: y + 9, text: shape, size: 8.5, colour: INK }] });
  y += 22;

  // The changes, grouped, in as many columns as the page takes.
  const rows = changeRows(c);
  const columnCount = landscape ? 2 : 1;
  const columnWidth = (content - (columnCount - 1) * 20) / columnCount;
  const size = 8;
  const lh = lineHeight({ size });
  let column = 0;
  let colTop = y;
  let cy = y;
  let changes: Shape[] = [];
  const flushPage = () => {
    shapes.push({ type: 'group', role: 'changes', label: 'Changes', children: changes });
    pages.push({ width, height, shapes, label: pages.length ? `${title} (continued)` : title });
    head = titleBlock(`${title} (continued)`, subtitle, options.date ?? doc.meta.date, width);
    shapes = [head.group];
    changes = [];
    colTop = MARGIN + head.height + 4;
    cy = colTop;
    column = 0;
  };
  // Each call is one heading, paragraph or list item of the tagged structure; the items under
  // one heading are one list, kept one list (by its structId) across columns and pages.
  let list: { key: string; group: GroupShape } | null = null;
  const place = (lines: string[], bold: boolean, gap: number, kind: 'heading' | 'paragraph' | 'item' = bold ? 'heading' : 'paragraph', listKey = '') => {
    const need = gap + lines.length * lh;
    if (cy + need > bottom) {
      column += 1;
      cy = colTop;
      if (column >= columnCount) {
        flushPage();
        list = null;
      }
    }
    cy += gap;
    const texts: Shape[] = [];
    for (const line of lines) {
      cy += lh;
      texts.push({ type: 'text', x: MARGIN + column * (columnWidth + 20), y: cy - 2, text: line, size, bold, colour: INK });
    }
    if (kind !== 'item') {
      changes.push({ type: 'group', role: kind, children: texts });
      return;
    }
    if (!list || list.key !== listKey || !changes.includes(list.group)) {
      list = { key: listKey, group: { type: 'group', role: 'list', structId: `comparison:${fromChartId}:${toChartId}:${listKey}`, children: [] } };
      changes.push(list.group);
    }
    list.group.children.push({ type: 'group', role: 'listItem', children: [{ type: 'group', role: 'listBody', children: texts }] });
  };
  place([`Changes (${rows.length})`], true, 0);
  let group = '';
  for (const r of rows) {
    if (r.change !== group) {
      group = r.change;
      place([`${group} (${rows.filter((x) => x.change === group).length})`], true, 5);
    }
    place(wrapText(`• ${describeChange(r)}`, columnWidth, { size }), false, 0, 'item', group);
  }
  if (!rows.length) place(['No changes: the two structures are the same.'], false, 2);
  // Which rules each model breaks (open findings), so the board weighs them with the changes.
  const ruleRows = compareChecks(doc, fromChart, toChart);
  place(['Rule checks (open findings in A and in B)'], true, 8);
  if (!ruleRows.length) place(['Neither structure breaks a rule checked.'], false, 0);
  for (const r of ruleRows) place(wrapText(`• ${r.title}: A ${r.from.length}, B ${r.to.length}`, columnWidth, { size }), false, 0, 'item', 'rules');
  shapes.push({ type: 'group', role: 'changes', label: 'Changes', children: changes });
  pages.push({ width, height, shapes, label: pages.length ? `${title} (continued)` : title });
  return pages;
}

/** What the totals count, said beside them wherever they are shown (the compare view, this page). */
export function whatTheTotalsCount(c: Comparison): string[] {
  return [
    c.from.costIllustrative || c.to.costIllustrative ? 'Costs are illustrative: not real figures.' : '',
    c.from.costFromPayBand || c.to.costFromPayBand ? 'Some costs are estimated from pay-band midpoints.' : '',
    c.from.unknownCost || c.to.unknownCost ? `Posts with no known cost: ${c.from.unknownCost} in A, ${c.to.unknownCost} in B.` : '',
    c.from.juniorFte || c.to.juniorFte
      ? `FTE is senior posts' FTE (A ${formatFte(c.from.fte - c.from.juniorFte)}, B ${formatFte(c.to.fte - c.to.juniorFte)}) plus junior staff, who are not posts (A ${formatFte(c.from.juniorFte)}, B ${formatFte(c.to.juniorFte)}).`
      : '',
    `Cost: A ${costKnownText(c.from)}; B ${costKnownText(c.to)}.`,
    ...(c.tagsMatchedByName ?? []).map((m) => `Organisation matched by ${m.by}: "${m.text}" (A's tag ${m.from} is B's ${m.to}).`),
  ].filter(Boolean);
}

/** The comparison pages for a board pack, or nothing when the document has fewer than two structure charts. */
export function comparisonPagesFor(doc: StructuraDocument, fromChartId?: string, toChartId?: string): { label: string; pages: ExtraPages } | undefined {
  const pair = defaultComparisonPair(doc);
  const from = fromChartId ?? pair?.fromChartId;
  const to = toChartId ?? pair?.toChartId;
  if (!from || !to || from === to) return undefined;
  // Ids given by the caller may name a chart since deleted: said so, as compareInDocument does.
  const fromChart = chartWithId(doc, from);
  const toChart = chartWithId(doc, to);
  return {
    label: `Comparison: ${chartLabel(fromChart)} → ${chartLabel(toChart)}`,
    pages: (options) => drawComparisonPages(doc, from, to, options),
  };
}
