// The board pack's savings page: the recurring cost by who pays, the ledger
// year by year, a waterfall per partner, the payback year, the joint posts'
// cost to each partner, and the assumptions with their dates and sources.
import { costSettingsOf, findRuleSet } from '../costs/defaults';
import { YEAR_ROWS } from '../costs/report';
import { formatMoney, formatShare } from '../format';
import { savingsReport } from '../costs/savings';
import { WATERFALL_COLOURS, waterfallBars } from '../costs/waterfall';
import type { Ledger } from '../costs/ledger';
import type { StructuraDocument } from '../model/types';
import { wrapText } from '../text/measure';
import type { ExportOptions } from './chartPages';
import { pageSize, type Page, type Shape } from './drawing';
import { formatDate, INK, MARGIN, MUTED, textLines, titleBlock } from './frame';
import { at, must } from '../must';

/** A rate held as a fraction (0.138) in per cent. */
const pct = (v: number) => formatShare(v * 100);

/** A table drawn in rows and tagged as one (Table, TR, TH with scope, TD): the header row heads the columns, each row's first cell its row. */
function table(
  header: string[],
  rows: { cells: string[]; bold?: boolean }[],
  x: number,
  top: number,
  widths: number[],
  size = 8,
  label = '',
): { shapes: Shape[]; height: number } {
  const rowH = size + 6;
  const shapes: Shape[] = [];
  const width = widths.reduce((s, w) => s + w, 0);
  const colX = (i: number) => x + widths.slice(0, i).reduce((s, w) => s + w, 0);
  const cellText = (text: string, i: number, y: number, bold: boolean | undefined): Shape => ({
    type: 'text',
    x: i === 0 ? colX(i) + 3 : colX(i) + at(widths, i, 'column') - 3,
    y: y + rowH - 4,
    text,
    size,
    bold,
    colour: INK,
    anchor: i === 0 ? 'start' : 'end',
  });
  shapes.push({ type: 'rect', x, y: top, width, height: rowH, fill: '#f3f4f6' });
  shapes.push({
    type: 'group',
    role: 'tableRow',
    children: header.map((text, i) => ({ type: 'group', role: 'headerCell', scope: 'Column', label: text, children: [cellText(text, i, top, true)] })),
  });
  let y = top + rowH;
  for (const row of rows) {
    if (row.bold)
      shapes.push({
        type: 'path',
        points: [
          { x, y },
          { x: x + width, y },
        ],
        stroke: '#9ca3af',
        strokeWidth: 0.8,
      });
    const at = y;
    shapes.push({
      type: 'group',
      role: 'tableRow',
      children: row.cells.map((text, i): Shape =>
        i === 0
          ? { type: 'group', role: 'headerCell', scope: 'Row', label: text, children: [cellText(text, i, at, row.bold)] }
          : { type: 'group', role: 'dataCell', children: [cellText(text, i, at, row.bold)] },
      ),
    });
    y += rowH;
    shapes.push({
      type: 'path',
      points: [
        { x, y },
        { x: x + width, y },
      ],
      stroke: '#e5e7eb',
      strokeWidth: 0.5,
    });
  }
  return { shapes: [{ type: 'group', role: 'table', label, children: shapes }], height: y - top };
}

const heading = (x: number, y: number, text: string, size = 9): Shape => ({
  type: 'group',
  role: 'heading',
  label: text,
  children: [{ type: 'text', x, y, text, size, bold: true, colour: INK }],
});

function waterfallShapes(l: Ledger, id: string, label: string, x: number, top: number, width: number, height: number): Shape[] {
  const w = id === 'total' ? l.waterfall.total : must(l.waterfall[id], `the waterfall of ${id}`);
  const plotH = height - 44;
  const bars = waterfallBars(w, width, plotH);
  const caption = `${label}: ${formatMoney(w.baseline)} → ${formatMoney(w.option)}`;
  const shapes: Shape[] = [{ type: 'text', x, y: top + 9, text: caption, size: 8.5, bold: true, colour: INK }];
  const y0 = top + 24;
  for (const b of bars) {
    shapes.push({ type: 'rect', x: x + b.x, y: y0 + b.y, width: b.width, height: b.height, fill: WATERFALL_COLOURS[b.kind] });
    shapes.push({ type: 'text', x: x + b.x + b.width / 2, y: y0 + plotH + 8, text: b.label.replace(' posts', ''), size: 6.5, colour: MUTED, anchor: 'middle' });
    const value = b.kind === 'total' ? formatMoney(b.value) : (b.value > 0 ? '+' : '') + formatMoney(b.value);
    shapes.push({ type: 'text', x: x + b.x + b.width / 2, y: y0 + b.y - 2, text: value, size: 6.5, colour: INK, anchor: 'middle' });
  }
  shapes.push({
    type: 'path',
    points: [
      { x, y: y0 + plotH },
      { x: x + width, y: y0 + plotH },
    ],
    stroke: '#9ca3af',
    strokeWidth: 0.5,
  });
  const steps = bars.filter((b) => b.kind !== 'total').map((b) => `${b.label} ${(b.value > 0 ? '+' : '') + formatMoney(b.value)}`);
  const alt = `Waterfall of recurring cost a year, ${caption}${steps.length ? `: ${steps.join(', ')}` : ''}.`;
  return [{ type: 'group', role: 'figure', label: `Waterfall of recurring cost, ${label}`, alt, children: shapes }];
}

export function drawSavingsPage(doc: StructuraDocument, fromChartId: string, toChartId: string, options: ExportOptions): Page {
  const report = savingsReport(doc, fromChartId, toChartId);
  const l = report.withOnCosts;
  const settings = costSettingsOf(doc);
  const { width, height } = pageSize(options.paper, options.orientation);
  // savingsReport has refused a chart id that is not in the document.
  const from = must(
    doc.charts.find((c) => c.id === fromChartId),
    `chart "${fromChartId}"`,
  );
  const to = must(
    doc.charts.find((c) => c.id === toChartId),
    `chart "${toChartId}"`,
  );
  const name = (c: typeof from) => (c.annex ? `Annex ${c.annex}` : c.title);
  const title = `Savings: ${name(from)} → ${name(to)}${l.illustrative ? ' (illustrative)' : ''}`;
  const head = titleBlock(
    title,
    `Recurring cost by who pays, with employer on-costs; ${l.years.length} years from ${formatDate(l.startDate)}, ${l.phasedBy ? `changes on the dates of ${l.phasedBy}` : `changes from ${formatDate(settings.changeDate || l.startDate)}`}.`,
    options.date ?? doc.meta.date,
    width,
  );
  const shapes: Shape[] = [head.group];
  const content = width - 2 * MARGIN;
  const y = MARGIN + head.height + 2;
  const partners = [...l.partners, { tagId: 'total', label: 'Total' }];
  const get = (r: Record<string, number> & { total: number }, id: string) => (id === 'total' ? r.total : (r[id] ?? 0));
  const left = content * 0.56;

  // Summary by partner.
  const summary = table(
    ['Who pays', 'Baseline', 'Option', 'Saving a year', 'Pay only', `Agreed split`, 'One-off', 'Payback'],
    partners.map((p) => {
      const oneOff = l.years.reduce((s, yr) => s + ((p.tagId === 'total' ? yr.total : yr.byPartner[p.tagId])?.oneOff ?? 0), 0);
      const payback = p.tagId === 'total' ? l.paybackYear : l.paybackYearByPartner[p.tagId];
      return {
        bold: p.tagId === 'total',
        cells: [
          p.label,
          formatMoney(get(l.baseline, p.tagId)),
          formatMoney(get(l.option, p.tagId)),
          formatMoney(get(l.baseline, p.tagId) - get(l.option, p.tagId)),
          formatMoney(get(report.payOnly.baseline, p.tagId) - get(report.payOnly.option, p.tagId)),
          formatMoney(p.tagId === 'total' ? l.baseline.total - l.option.total : (l.savingByAgreedSplit[p.tagId] ?? 0)),
          formatMoney(oneOff),
          payback ? `year ${payback}` : 'none',
        ],
      };
    }),
    MARGIN,
    y,
    [0.16, 0.13, 0.13, 0.13, 0.11, 0.12, 0.12, 0.1].map((w) => w * left),
    8,
    'Recurring cost and saving by who pays',
  );
  shapes.push(...summary.shapes);
  let ly = y + summary.height + 4;
  shapes.push({
    type: 'group',
    role: 'paragraph',
    children: textLines([`Agreed split: ${l.agreedSplitLabel || 'none set'}. Pay only: the saving without on-costs.`], MARGIN, ly, 7, { colour: MUTED }).shapes,
  });
  ly += 14;

  // The ledger, total and by partner for the lines a board reads first.
  const yearHeads = l.years.map((yr) => yr.label.replace(/^Year (\d+) /, 'Y$1 '));
  const widths = [left * 0.34, ...l.years.map(() => (left * 0.66) / l.years.length)];
  const ledgerRows: { cells: string[]; bold?: boolean }[] = YEAR_ROWS.map((r) => ({
    cells: [r.label.replace(' (phased, with protection)', ''), ...l.years.map((yr) => formatMoney(yr.total[r.key]))],
    bold: r.key === 'cumulative',
  }));
  for (const p of l.partners)
    for (const key of ['net', 'cumulative'] as const)
      ledgerRows.push({
        cells: [`${p.label}: ${key === 'net' ? 'net in year' : 'cumulative'}`, ...l.years.map((yr) => formatMoney(yr.byPartner[p.tagId]?.[key] ?? 0))],
      });
  shapes.push(heading(MARGIN, ly + 8, 'Ledger, all partners (with on-costs)'));
  const ledger = table(['Line of the ledger', ...yearHeads], ledgerRows, MARGIN, ly + 12, widths, 7.5, 'Ledger, all partners (with on-costs)');
  shapes.push(...ledger.shapes);
  ly += 12 + ledger.height + 8;

  // Joint posts.
  if (l.jointPosts.length) {
    shapes.push(heading(MARGIN, ly + 8, 'Joint posts: what each partner pays a year (A → B)'));
    const joint = table(
      ['Post', ...l.partners.map((p) => p.label)],
      l.jointPosts.map((j) => ({
        cells: [
          j.title + (j.splitAssumed ? ' (split assumed)' : ''),
          ...l.partners.map((p) => `${formatMoney(j.baselineByPartner[p.tagId] ?? 0)} → ${formatMoney(j.optionByPartner[p.tagId] ?? 0)}`),
        ],
      })),
      MARGIN,
      ly + 12,
      [left * 0.5, ...l.partners.map(() => (left * 0.5) / l.partners.length)],
      7.5,
      'Joint posts: what each partner pays a year',
    );
    shapes.push(...joint.shapes);
  }

  // Waterfalls on the right.
  const rx = MARGIN + left + 22;
  const rw = content - left - 22;
  shapes.push(heading(rx, y + 8, 'Recurring cost a year: baseline → each kind of change → option'));
  const each = Math.min(120, (height * 0.55) / partners.length);
  partners.forEach((p, i) => shapes.push(...waterfallShapes(l, p.tagId, p.label, rx, y + 14 + i * each, rw, each - 6)));

  // Assumptions.
  let ay = y + 14 + partners.length * each + 4;
  const bottom = height - MARGIN - 20;
  const assumptions: string[] = [];
  for (const e of settings.employers) {
    const label = doc.tags.find((t) => t.id === e.tagId)?.label ?? e.tagId;
    const rules = findRuleSet(settings, e.ruleSetId);
    assumptions.push(
      `${label}: NI ${pct(e.niRate)} above ${formatMoney(e.niThreshold)}, pension ${pct(e.pensionRate)}, levy ${pct(e.levyRate)}${e.otherRate ? `, other ${pct(e.otherRate)}` : ''}; from ${formatDate(e.ratesDate)}${e.illustrative ? ' (illustrative)' : ''}. Exit: ${rules?.name ?? e.ruleSetId}; pay protection ${e.protectionYears} years. Source: ${e.source}`,
    );
  }
  if (settings.recruitmentRate) assumptions.push(`Recruitment of new posts: ${pct(settings.recruitmentRate)} of pay (estimate).`);
  assumptions.push(...l.notes);
  shapes.push(heading(rx, ay + 8, 'Assumptions'));
  ay += 12;
  const assumptionItems: Shape[] = [];
  for (const a of assumptions) {
    const lines = wrapText(`• ${a}`, rw, { size: 6.5 }, 8);
    if (ay + lines.length * 8.5 > bottom) break;
    const t = textLines(lines, rx, ay, 6.5, { colour: INK });
    assumptionItems.push({ type: 'group', role: 'listItem', children: [{ type: 'group', role: 'listBody', children: t.shapes }] });
    ay += t.height + 1;
  }
  shapes.push({ type: 'group', role: 'list', label: 'Assumptions', children: assumptionItems });
  return { width, height, shapes, label: title };
}
