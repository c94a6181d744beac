// The comparison as data for other programs (JSON with stable keys), as a CSV
// of every change, and as readable text.
import { toCsv, type CsvValue } from '../io/csvWrite';
import type { ChartSummary, Comparison, Figures } from './compare';

import { formatFte, formatMoney, formatSigned } from '../format';

/** A cost with what it is made of: "£3,184,988 (from pay bands)". */
export function formatCost(value: number, figures: Pick<Figures, 'costIllustrative' | 'costFromPayBand'>): string {
  const marks = [figures.costIllustrative ? 'illustrative' : '', figures.costFromPayBand ? 'from pay bands' : ''].filter(Boolean);
  return formatMoney(value) + (marks.length ? ` (${marks.join(', ')})` : '');
}

function summaryJson(s: ChartSummary) {
  return {
    chart: s.chartId,
    title: s.title,
    posts: s.posts,
    vacant: s.vacant,
    fte: s.fte,
    seniorFte: round(s.fte - s.juniorFte),
    juniorFte: s.juniorFte,
    cost: s.cost,
    costIllustrative: s.costIllustrative,
    costFromPayBand: s.costFromPayBand,
    unknownCost: s.unknownCost,
    costKnown: s.posts - s.unknownCost,
    byTag: s.byTag,
    funded: s.funded,
    layers: s.layers,
    postsPerLayer: s.postsPerLayer,
    maxSpan: s.maxSpan,
    meanSpan: s.meanSpan,
    spanDistribution: s.spanDistribution,
    widePosts: s.widePosts,
    topPosts: s.topPosts.length,
    topPostIds: s.topPosts,
  };
}

/** Stable keys, as the command line documents them. */
export function comparisonToJson(c: Comparison) {
  return {
    from: summaryJson(c.from),
    to: summaryJson(c.to),
    added: c.added,
    removed: c.removed,
    retitled: c.retitled.map((x) => x.id),
    retagged: c.retagged.map((x) => x.id),
    reportingLineChanged: c.reportingLineChanged.map((x) => x.id),
    responsibilitiesMoved: c.responsibilitiesMoved,
    tagsMatchedByName: c.tagsMatchedByName,
    changeCounts: changeCounts(changeRows(c)),
    details: {
      retitled: c.retitled,
      retagged: c.retagged,
      holderChanged: c.holderChanged,
      gradeChanged: c.gradeChanged,
      fteChanged: c.fteChanged,
      costChanged: c.costChanged,
      reportingLineChanged: c.reportingLineChanged,
      accountabilityAdded: c.accountabilityAdded,
      accountabilityRemoved: c.accountabilityRemoved,
      responsibilitiesAdded: c.responsibilitiesAdded,
      responsibilitiesRemoved: c.responsibilitiesRemoved,
    },
    difference: {
      posts: c.to.posts - c.from.posts,
      vacant: c.to.vacant - c.from.vacant,
      fte: round(c.to.fte - c.from.fte),
      cost: round(c.to.cost - c.from.cost),
    },
  };
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

export interface ChangeRow {
  change: string;
  postId: string;
  /** The post's title in B, else in A. */
  title: string;
  /** Its holder in B, else in A ("Vacant", "Not disclosed", names); empty when none is recorded. */
  holder: string;
  /** Its unit in B, else in A; changes are grouped by it within each kind. */
  unit: string;
  field: string;
  before: string;
  after: string;
}

/** Kinds of change in the order the report lists them. */
export const CHANGE_KINDS = [
  'Post added',
  'Post removed',
  'Reporting line moved',
  'Retitled',
  'Retagged',
  'Holder changed',
  'Grade changed',
  'FTE changed',
  'Cost changed',
  'Responsibility moved',
  'Responsibility added',
  'Responsibility removed',
  'Accountability line added',
  'Accountability line removed',
] as const;

export const BLANK = '(blank)';

/**
 * One row per change, grouped by kind (CHANGE_KINDS order), then by unit, then
 * by title and reference: the same rows feed the CSV, the text report, the
 * compare view and the PDF page. Every row names its post by title and
 * reference; a manager is named as its chart names it: the old one by A's
 * title, the new one by B's.
 */
export function changeRows(c: Comparison): ChangeRow[] {
  const facts = (id: string) => c.facts?.[id] ?? {};
  const now = (id: string) => facts(id).to ?? facts(id).from;
  const named = (id: string | null, side: 'from' | 'to') => {
    if (id === null) return '(none)';
    const f = facts(id)[side] ?? now(id);
    return `${f?.title || c.titles[id] || id} (ref ${id})`;
  };
  const tag = (id: string | null) => (id === null ? 'Untagged' : (c.tagLabels[id] ?? id));
  const rows: ChangeRow[] = [];
  const push = (change: string, id: string, field: string, before: string, after: string, side?: 'from') => {
    const f = (side ? facts(id).from : undefined) ?? now(id);
    rows.push({ change, postId: id, title: f?.title || c.titles[id] || id, holder: f?.holder ?? '', unit: f?.unit ?? '', field, before, after });
  };
  for (const id of c.added) push('Post added', id, '', '', '');
  for (const id of c.removed) push('Post removed', id, '', '', '', 'from');
  for (const x of c.reportingLineChanged) push('Reporting line moved', x.id, 'line manager', named(x.from, 'from'), named(x.to, 'to'));
  for (const x of c.retitled) push('Retitled', x.id, 'title', x.from, x.to);
  for (const x of c.retagged) push('Retagged', x.id, 'organisation', tag(x.from), tag(x.to));
  for (const x of c.holderChanged) push('Holder changed', x.id, 'holder', x.from, x.to);
  for (const x of c.gradeChanged) push('Grade changed', x.id, 'grade', x.from, x.to);
  for (const x of c.fteChanged) push('FTE changed', x.id, 'FTE', String(x.from), String(x.to));
  for (const x of c.costChanged) push('Cost changed', x.id, 'cost', x.from === null ? '' : String(x.from), x.to === null ? '' : String(x.to));
  for (const x of c.responsibilitiesMoved) push('Responsibility moved', x.toPost, x.responsibility, named(x.fromPost, 'from'), named(x.toPost, 'to'));
  for (const x of c.responsibilitiesAdded) push('Responsibility added', x.post, x.responsibility, '', named(x.post, 'to'));
  for (const x of c.responsibilitiesRemoved) push('Responsibility removed', x.post, x.responsibility, named(x.post, 'from'), '');
  for (const x of c.accountabilityAdded) push('Accountability line added', x.to, 'accountable to', '', named(x.from, 'to'));
  for (const x of c.accountabilityRemoved) push('Accountability line removed', x.to, 'accountable to', named(x.from, 'from'), '', 'from');
  const kind = (r: ChangeRow) => CHANGE_KINDS.indexOf(r.change as (typeof CHANGE_KINDS)[number]);
  // Within a kind: units A to Z with posts of no unit last, then titles, then references.
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows
    .map((r, i) => ({ r, i }))
    .sort(
      (x, y) =>
        kind(x.r) - kind(y.r) ||
        Number(!x.r.unit) - Number(!y.r.unit) ||
        text(x.r.unit, y.r.unit) ||
        text(x.r.title, y.r.title) ||
        text(x.r.postId, y.r.postId) ||
        x.i - y.i,
    )
    .map(({ r }) => r);
}

/** Rows per kind of change, in CHANGE_KINDS order, kinds with none left out. */
export function changeCounts(rows: readonly ChangeRow[]): { change: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.change, (counts.get(r.change) ?? 0) + 1);
  return CHANGE_KINDS.flatMap((k) => {
    const count = counts.get(k);
    return count === undefined ? [] : [{ change: k, count }];
  });
}

export function comparisonToCsv(c: Comparison): string {
  const rows: CsvValue[][] = [['Change', 'Unit', 'Post id', 'Post title', 'Holder', 'Field', 'Before', 'After']];
  const orBlank = (v: string) => v || BLANK;
  for (const r of changeRows(c))
    rows.push([
      r.change,
      r.unit,
      r.postId,
      r.title,
      r.holder,
      r.field,
      r.change.startsWith('Post ') ? '' : orBlank(r.before),
      r.change.startsWith('Post ') ? '' : orBlank(r.after),
    ]);
  return toCsv(rows);
}

/** What the figures count, said once above them. */
export const FIGURES_NOTE =
  "Posts are the structure's posts (senior posts, for an organogram). Senior FTE is those posts' FTE; junior FTE is the junior staff aggregated under them (organogram junior rows), who are not posts. Cost is the posts' annual pay only (no employer on-costs; the savings ledger adds them), or the midpoint of their pay band where no pay is given; junior staff are not costed.";

/** "cost known for 20 of 25 posts (from pay bands)". */
export function costKnownText(f: Figures): string {
  const marks = [f.costIllustrative ? 'illustrative' : '', f.costFromPayBand ? 'some from pay-band midpoints' : ''].filter(Boolean);
  return `cost known for ${f.posts - f.unknownCost} of ${f.posts} post${f.posts === 1 ? '' : 's'}${marks.length ? ` (${marks.join(', ')})` : ''}`;
}

function figuresLine(label: string, a: Figures, b: Figures): string {
  const pair = (x: string, y: string, w: number) => `${x.padStart(w)} → ${y.padEnd(w)}`;
  return `${label.slice(0, 24).padEnd(24)} ${pair(String(a.posts), String(b.posts), 4)}  ${pair(formatFte(a.fte - a.juniorFte), formatFte(b.fte - b.juniorFte), 8)}  ${pair(formatFte(a.juniorFte), formatFte(b.juniorFte), 8)}  ${formatMoney(a.cost)} → ${formatMoney(b.cost)}`;
}

export function comparisonToText(c: Comparison): string {
  const out: string[] = [];
  out.push(`Comparison: ${c.from.title} → ${c.to.title}`, '');
  out.push(FIGURES_NOTE, '');
  out.push(`${''.padEnd(24)} ${'posts'.padEnd(11)}  ${'senior FTE'.padEnd(19)}  ${'junior FTE'.padEnd(19)}  cost`);
  out.push(figuresLine('All posts', c.from, c.to));
  const tags = [...new Set([...Object.keys(c.from.byTag), ...Object.keys(c.to.byTag)])];
  const none = { posts: 0, vacant: 0, fte: 0, juniorFte: 0, cost: 0, costIllustrative: false, costFromPayBand: false, unknownCost: 0 };
  for (const id of tags) out.push(figuresLine(id === 'untagged' ? 'Untagged' : (c.tagLabels[id] ?? id), c.from.byTag[id] ?? none, c.to.byTag[id] ?? none));
  out.push(`Cost: A ${costKnownText(c.from)}; B ${costKnownText(c.to)}.`);
  out.push(
    `Cost difference: ${formatSigned(round(c.to.cost - c.from.cost), formatMoney)}${c.from.costIllustrative || c.to.costIllustrative ? ' (illustrative)' : ''}`,
  );
  for (const m of c.tagsMatchedByName ?? []) {
    out.push(`Organisation matched by ${m.by}: A's tag "${m.from}" and B's tag "${m.to}" are both "${m.text}", so they count as one.`);
  }
  out.push(`Vacant posts: ${c.from.vacant} → ${c.to.vacant}`);
  out.push(`Layers: ${c.from.layers} (${c.from.postsPerLayer.join('/')}) → ${c.to.layers} (${c.to.postsPerLayer.join('/')})`);
  out.push(`Span of control: mean ${c.from.meanSpan.toFixed(1)}, max ${c.from.maxSpan} → mean ${c.to.meanSpan.toFixed(1)}, max ${c.to.maxSpan}`);
  out.push(`Top posts: ${c.from.topPosts.length} → ${c.to.topPosts.length}`, '');
  const rows = changeRows(c);
  if (!rows.length) {
    out.push('No changes.');
    return out.join('\n');
  }
  out.push(
    `${rows.length} changes: ${changeCounts(rows)
      .map((k) => `${k.change.toLowerCase()} ${k.count}`)
      .join(', ')}.`,
  );
  let kind = '';
  let unit: string | null = null;
  const units = rows.some((r) => r.unit);
  for (const r of rows) {
    if (r.change !== kind) {
      kind = r.change;
      unit = null;
      out.push('', `${kind} (${rows.filter((x) => x.change === kind).length})`);
    }
    if (units && r.unit !== unit) {
      unit = r.unit;
      out.push(`  ${unit || '(no unit)'}`);
    }
    out.push(`${units ? '    ' : '  '}${describeChange(r)}`);
  }
  return out.join('\n');
}

/** A post as the report names it: "Director of Evidence (ref B12, Jane Smith)". */
export function postName(r: Pick<ChangeRow, 'title' | 'postId' | 'holder'>, withHolder = true): string {
  return `${r.title} (ref ${r.postId}${withHolder && r.holder ? `, ${r.holder}` : ''})`;
}

/** A change in words, without its type: "Director of Public Health (ref dph): organisation PCT → Joint". Blank values show as "(blank)". */
export function describeChange(r: ChangeRow): string {
  const v = (text: string) => text || BLANK;
  if (r.change.startsWith('Responsibility')) {
    return `“${r.field}”${r.before ? ` from ${r.before}` : ''}${r.after ? ` to ${r.after}` : ''}`;
  }
  if (r.change.startsWith('Accountability')) return `${postName(r)} accountable to ${r.after || r.before}`;
  if (r.change === 'Post added' || r.change === 'Post removed') return postName(r);
  return `${postName(r, r.change !== 'Holder changed')}: ${r.field} ${v(r.before)} → ${v(r.after)}`;
}
