// The consultation pack HR sends the unions (s188 TULRCA 1992): the figures
// page (people at risk by employer, grade and unit with the totals employed,
// the minimum consultation period per employer, pools), the assimilation
// matrix (old post, holder, employer, grade → new post, match %, method,
// pool), and the timeline of phases. Drawn with the pack's page helpers.
import { formatShare } from '../format';
import { FILL_LABELS } from '../mapping/assimilation';
import { consultationReport, dutyText, holderShown, methodShown, targetShown, type ConsultationReport } from '../mapping/report';
import type { StructuraDocument } from '../model/types';
import { wrapText } from '../text/measure';
import { numberPages, type ExportOptions } from './chartPages';
import { pageSize, type Page, type Shape } from './drawing';
import { formatDate, INK, MARGIN, MUTED, textLines, titleBlock } from './frame';
import type { DrawingResult } from './pack';
import { at } from '../must';

interface Column {
  head: string;
  width: number;
  right?: boolean;
}

/** A table whose cells wrap; rows that do not fit start a new page (with the header again). */
function tablePages(
  columns: Column[],
  rows: string[][],
  startTop: number,
  pageTop: number,
  bottom: number,
  size: number,
  emit: (shapes: Shape[], newPage: boolean) => void,
): number {
  const lh = size + 2.5;
  const x0 = MARGIN;
  const total = columns.reduce((s, c) => s + c.width, 0);
  const colX = (i: number) => x0 + columns.slice(0, i).reduce((s, c) => s + c.width, 0);
  let y = startTop;
  let shapes: Shape[] = [];
  const header = () => {
    const h = lh + 5;
    shapes.push({ type: 'rect', x: x0, y, width: total, height: h, fill: '#e5e7eb' });
    columns.forEach((c, i) =>
      shapes.push({
        type: 'text',
        x: c.right ? colX(i) + c.width - 3 : colX(i) + 3,
        y: y + h - 5,
        text: c.head,
        size,
        bold: true,
        colour: INK,
        anchor: c.right ? 'end' : 'start',
      }),
    );
    y += h;
  };
  header();
  rows.forEach((cells, r) => {
    const wrapped = cells.map((text, i) => wrapText(text, at(columns, i, 'column').width - 6, { size }, 6));
    const h = Math.max(...wrapped.map((w) => w.length)) * lh + 4;
    if (y + h > bottom) {
      emit(shapes, true);
      shapes = [];
      y = pageTop;
      header();
    }
    if (r % 2 === 1) shapes.push({ type: 'rect', x: x0, y, width: total, height: h, fill: '#f9fafb' });
    wrapped.forEach((lines, i) => {
      const column = at(columns, i, 'column');
      lines.forEach((line, k) =>
        shapes.push({
          type: 'text',
          x: column.right ? colX(i) + column.width - 3 : colX(i) + 3,
          y: y + (k + 1) * lh,
          text: line,
          size,
          colour: INK,
          anchor: column.right ? 'end' : 'start',
        }),
      );
    });
    y += h;
    shapes.push({
      type: 'path',
      points: [
        { x: x0, y },
        { x: x0 + total, y },
      ],
      stroke: '#d1d5db',
      strokeWidth: 0.5,
    });
  });
  emit(shapes, false);
  return y;
}

function heading(text: string, y: number): Shape {
  return { type: 'text', x: MARGIN, y: y + 10, text, size: 10.5, bold: true, colour: INK };
}

export function drawConsultationPages(doc: StructuraDocument, fromChartId: string, toChartId: string, options: ExportOptions, redact: boolean): Page[] {
  const r: ConsultationReport = consultationReport(doc, fromChartId, toChartId, { redact });
  const { width, height } = pageSize(options.paper, options.orientation);
  const content = width - 2 * MARGIN;
  const bottom = height - MARGIN - 22;
  const date = options.date ?? doc.meta.date;
  const pages: Page[] = [];
  const start = (title: string, subtitle: string) => {
    const head = titleBlock(title, subtitle, date, width);
    return { shapes: [head.group] as Shape[], top: MARGIN + head.height + 6 };
  };
  const push = (label: string, shapes: Shape[]) => pages.push({ width, height, shapes, label });

  // 1. The figures.
  const intro = start(
    `Consultation: ${r.fromTitle} → ${r.toTitle}`,
    `Proposed changes to the senior structure: people at risk, selection method and timing${redact ? ' (holders’ names withheld)' : ''}.`,
  );
  let y = intro.top;
  const inferredCount = r.rows.filter((row) => row.inferred).length;
  const lead = [
    `${r.risk.totalAtRisk} of the ${r.risk.totalEmployed} people employed in the existing structure are at risk of redundancy: their posts are deleted, ring-fenced into a pool, or open to competition. Staff whose work moves out transfer with it and are not counted.`,
    `Selection: posts matching a new post at ${formatShare(r.thresholds.slotIn)} or more are slotted in; from ${formatShare(r.thresholds.ringFence)} they are ring-fenced (local policy, agreed with the unions).`,
    ...(inferredCount
      ? [`${inferredCount} of the ${r.rows.length} mappings are reconstructions (marked “inferred” in the matrix), not decisions on record.`]
      : []),
  ];
  for (const p of lead) {
    const t = textLines(wrapText(p, content, { size: 9 }, 4), MARGIN, y, 9, { colour: INK });
    intro.shapes.push(...t.shapes);
    y += t.height + 4;
  }
  y += 6;
  intro.shapes.push(
    heading('Minimum collective consultation, by employer (s188 TULRCA 1992: 20–99 proposed dismissals within 90 days, 30 days; 100 or more, 45 days)', y),
  );
  y += 16;
  for (const d of r.duties.length ? r.duties.map((d) => dutyText(r, d)) : ['Nobody is at risk.']) {
    const t = textLines(wrapText(`• ${d}`, content, { size: 8.5 }, 3), MARGIN, y, 8.5, { colour: INK });
    intro.shapes.push(...t.shapes);
    y += t.height + 2;
  }
  y += 8;
  const third = content / 3 - 8;
  const groupTable = (title: string, groups: { key: string; employed: number; atRisk: number }[], label: boolean, x: number) => {
    const shapes: Shape[] = [{ type: 'text', x, y: y + 10, text: title, size: 9.5, bold: true, colour: INK }];
    const rows = [
      ...groups.map((g) => [label ? r.label(g.key || null) : g.key, String(g.atRisk), String(g.employed)]),
      ['Total', String(r.risk.totalAtRisk), String(r.risk.totalEmployed)],
    ];
    let ty = y + 16;
    const cols = [third * 0.6, third * 0.2, third * 0.2] as const;
    [['', 'At risk', 'Employed'], ...rows].forEach(([name = '', atRisk = '', employed = ''], i) => {
      if (i === 0) shapes.push({ type: 'rect', x, y: ty, width: third, height: 13, fill: '#e5e7eb' });
      const line = wrapText(name, cols[0] - 6, { size: 8 }, 1)[0] ?? '';
      shapes.push({ type: 'text', x: x + 3, y: ty + 9.5, text: line, size: 8, bold: i === 0 || i === rows.length, colour: INK });
      shapes.push({
        type: 'text',
        x: x + cols[0] + cols[1] - 3,
        y: ty + 9.5,
        text: atRisk,
        size: 8,
        bold: i === 0 || i === rows.length,
        colour: INK,
        anchor: 'end',
      });
      shapes.push({ type: 'text', x: x + third - 3, y: ty + 9.5, text: employed, size: 8, bold: i === 0 || i === rows.length, colour: INK, anchor: 'end' });
      ty += 13;
      shapes.push({
        type: 'path',
        points: [
          { x, y: ty },
          { x: x + third, y: ty },
        ],
        stroke: '#d1d5db',
        strokeWidth: 0.5,
      });
    });
    return { shapes, bottom: ty };
  };
  const tables = [
    groupTable('At risk by employer', r.risk.byEmployer, true, MARGIN),
    groupTable('At risk by grade', r.risk.byGrade, false, MARGIN + third + 12),
    groupTable('At risk by unit', r.risk.byUnit, false, MARGIN + 2 * (third + 12)),
  ];
  for (const t of tables) intro.shapes.push(...t.shapes);
  y = Math.max(...tables.map((t) => t.bottom)) + 14;
  intro.shapes.push(heading('Ring-fenced pools', y));
  y += 16;
  const poolLines = r.pools.length
    ? r.pools.map((p) => `• ${p.pool.name}: ${p.people} ${p.people === 1 ? 'person' : 'people'} for ${p.posts} post${p.posts === 1 ? '' : 's'} (${p.ratio})`)
    : ['• No ring-fenced pools: posts are slotted in, moved out, deleted or filled by open competition.'];
  for (const p of r.inTwoPools) poolLines.push(`• Warning: ${redact ? 'one holder' : p.who} is in ${p.poolIds.length} pools.`);
  const filled = r.fills.map((f) => `${f.post.title}: ${FILL_LABELS[f.fill].toLowerCase()}`).join('; ');
  poolLines.push(`• New posts, how filled: ${filled}.`);
  for (const p of poolLines) {
    const t = textLines(wrapText(p, content, { size: 8.5 }, 6), MARGIN, y, 8.5, { colour: INK });
    intro.shapes.push(...t.shapes);
    y += t.height + 2;
  }
  push(`Consultation figures: ${r.fromTitle} → ${r.toTitle}`, intro.shapes);

  // 2. The assimilation matrix.
  const matrixTitle = `Assimilation matrix: ${r.fromTitle} → ${r.toTitle}`;
  let page = start(matrixTitle, 'Each existing post once, with how its holder goes into the new structure; posts needing a decision first.');
  const columns: Column[] = [
    { head: 'Existing post', width: content * 0.17 },
    { head: 'Holder', width: content * 0.09 },
    { head: 'Employer', width: content * 0.07 },
    { head: 'Grade', width: content * 0.05 },
    { head: 'New post', width: content * 0.17 },
    { head: 'Match', width: content * 0.05, right: true },
    { head: 'Method', width: content * 0.11 },
    { head: 'Basis', width: content * 0.29 },
  ];
  const rows = r.rows.map((row) => [
    row.post.title,
    holderShown(r, row),
    r.label(row.employerTagId),
    row.post.grade || '—',
    targetShown(row),
    row.match ? formatShare(row.match.percent) : '—',
    methodShown(row),
    (row.inferred ? 'Inferred. ' : '') + row.reason,
  ]);
  tablePages(columns, rows, page.top, page.top, bottom, 7.5, (shapes, more) => {
    page.shapes.push(...shapes);
    push(matrixTitle, page.shapes);
    if (more) page = start(`${matrixTitle} (continued)`, '');
  });

  // 3. The timeline.
  const tlTitle = `Timeline: ${r.fromTitle} → ${r.toTitle}`;
  page = start(tlTitle, 'The phases of the programme and the changes that take effect in each, with their dates and reasons.');
  const tlRows: string[][] = [];
  for (const s of r.timeline) {
    const phase = s.phase ? `${s.phase.name}${s.phase.inferred ? ' (day of month assumed)' : ''}` : s.date ? 'Outside the phases' : 'Undated';
    if (!s.changes.length) tlRows.push([phase, s.phase ? formatDate(s.phase.startDate) : '', '—', '', s.phase?.description ?? '']);
    s.changes.forEach((c, i) =>
      tlRows.push([i === 0 ? phase : '', c.effectiveDate ? formatDate(c.effectiveDate) : 'undated', c.name, c.kinds.join(', '), c.dated?.reason ?? '']),
    );
  }
  tablePages(
    [
      { head: 'Phase', width: content * 0.2 },
      { head: 'Takes effect', width: content * 0.1 },
      { head: 'Post or body', width: content * 0.2 },
      { head: 'Change', width: content * 0.12 },
      { head: 'Reason', width: content * 0.38 },
    ],
    tlRows,
    page.top,
    page.top,
    bottom,
    7.5,
    (shapes, more) => {
      page.shapes.push(...shapes);
      push(tlTitle, page.shapes);
      if (more) page = start(`${tlTitle} (continued)`, '');
    },
  );
  void MUTED;
  return pages;
}

/** The pack on its own: figures, matrix and timeline, numbered. */
export function drawConsultationPack(doc: StructuraDocument, fromChartId: string, toChartId: string, options: ExportOptions, redact: boolean): DrawingResult {
  const pages = drawConsultationPages(doc, fromChartId, toChartId, options, redact);
  return {
    drawing: {
      title: pages[0]?.label ?? 'Consultation',
      subject: doc.title,
      author: doc.meta.author,
      keywords: ['consultation', 'assimilation', 'structure'],
      pages: numberPages(pages, doc, options.date),
    },
    warnings: [],
  };
}
