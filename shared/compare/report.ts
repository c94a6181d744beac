// The comparison as data for other programs (JSON with stable keys), as a CSV
// of every change, and as readable text.
import { toCsv, type CsvValue } from '../io/csvWrite';
import type { ChartSummary, Comparison, Figures } from './compare';

const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

export function formatCost(value: number, figures: Pick<Figures, 'costIllustrative' | 'costFromPayBand'>): string {
  const marks = [figures.costIllustrative ? 'illustrative' : '', figures.costFromPayBand ? 'from pay bands' : ''].filter(Boolean);
  return money.format(value) + (marks.length ? ` (${marks.join(', ')})` : '');
}

export function formatSigned(value: number, format: (v: number) => string): string {
  return value > 0 ? `+${format(value)}` : value < 0 ? `−${format(-value)}` : format(0);
}

function summaryJson(s: ChartSummary) {
  return {
    chart: s.chartId,
    title: s.title,
    posts: s.posts,
    vacant: s.vacant,
    fte: s.fte,
    juniorFte: s.juniorFte,
    cost: s.cost,
    costIllustrative: s.costIllustrative,
    costFromPayBand: s.costFromPayBand,
    unknownCost: s.unknownCost,
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
    difference: { posts: c.to.posts - c.from.posts, vacant: c.to.vacant - c.from.vacant, fte: round(c.to.fte - c.from.fte), cost: round(c.to.cost - c.from.cost) },
  };
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

export interface ChangeRow {
  change: string;
  postId: string;
  title: string;
  field: string;
  before: string;
  after: string;
}

/** One row per change, in a fixed order: the same rows feed the CSV, the text report and the PDF page. */
export function changeRows(c: Comparison): ChangeRow[] {
  const t = (id: string | null) => (id === null ? '' : (c.titles[id] ?? id));
  const tag = (id: string | null) => (id === null ? 'Untagged' : (c.tagLabels[id] ?? id));
  const rows: ChangeRow[] = [];
  for (const id of c.added) rows.push({ change: 'Post added', postId: id, title: t(id), field: '', before: '', after: '' });
  for (const id of c.removed) rows.push({ change: 'Post removed', postId: id, title: t(id), field: '', before: '', after: '' });
  for (const x of c.retitled) rows.push({ change: 'Retitled', postId: x.id, title: t(x.id), field: 'title', before: x.from, after: x.to });
  for (const x of c.retagged) rows.push({ change: 'Retagged', postId: x.id, title: t(x.id), field: 'organisation', before: tag(x.from), after: tag(x.to) });
  for (const x of c.reportingLineChanged) rows.push({ change: 'Reporting line moved', postId: x.id, title: t(x.id), field: 'line manager', before: t(x.from) || '(none)', after: t(x.to) || '(none)' });
  for (const x of c.holderChanged) rows.push({ change: 'Holder changed', postId: x.id, title: t(x.id), field: 'holder', before: x.from, after: x.to });
  for (const x of c.gradeChanged) rows.push({ change: 'Grade changed', postId: x.id, title: t(x.id), field: 'grade', before: x.from, after: x.to });
  for (const x of c.fteChanged) rows.push({ change: 'FTE changed', postId: x.id, title: t(x.id), field: 'FTE', before: String(x.from), after: String(x.to) });
  for (const x of c.costChanged) rows.push({ change: 'Cost changed', postId: x.id, title: t(x.id), field: 'cost', before: x.from === null ? '' : String(x.from), after: x.to === null ? '' : String(x.to) });
  for (const x of c.responsibilitiesMoved) rows.push({ change: 'Responsibility moved', postId: x.toPost, title: t(x.toPost), field: x.responsibility, before: t(x.fromPost), after: t(x.toPost) });
  for (const x of c.responsibilitiesAdded) rows.push({ change: 'Responsibility added', postId: x.post, title: t(x.post), field: x.responsibility, before: '', after: t(x.post) });
  for (const x of c.responsibilitiesRemoved) rows.push({ change: 'Responsibility removed', postId: x.post, title: t(x.post), field: x.responsibility, before: t(x.post), after: '' });
  for (const x of c.accountabilityAdded) rows.push({ change: 'Accountability line added', postId: x.to, title: t(x.to), field: 'accountable to', before: '', after: t(x.from) });
  for (const x of c.accountabilityRemoved) rows.push({ change: 'Accountability line removed', postId: x.to, title: t(x.to), field: 'accountable to', before: t(x.from), after: '' });
  return rows;
}

export function comparisonToCsv(c: Comparison): string {
  const rows: CsvValue[][] = [['Change', 'Post id', 'Post title', 'Field', 'Before', 'After']];
  for (const r of changeRows(c)) rows.push([r.change, r.postId, r.title, r.field, r.before, r.after]);
  return toCsv(rows);
}

function figuresLine(label: string, a: Figures, b: Figures): string {
  const fte = (v: number) => v.toFixed(2).replace(/\.00$/, '.0');
  return `${label.padEnd(12)} posts ${String(a.posts).padStart(4)} → ${String(b.posts).padEnd(4)}  FTE ${fte(a.fte).padStart(8)} → ${fte(b.fte).padEnd(8)}  cost ${formatCost(a.cost, a)} → ${formatCost(b.cost, b)}`;
}

export function comparisonToText(c: Comparison): string {
  const out: string[] = [];
  out.push(`Comparison: ${c.from.title} → ${c.to.title}`, '');
  out.push(figuresLine('All posts', c.from, c.to));
  const tags = new Set([...Object.keys(c.from.byTag), ...Object.keys(c.to.byTag)]);
  const none = { posts: 0, vacant: 0, fte: 0, juniorFte: 0, cost: 0, costIllustrative: false, costFromPayBand: false, unknownCost: 0 };
  for (const id of tags) out.push(figuresLine(c.tagLabels[id] ?? id, c.from.byTag[id] ?? none, c.to.byTag[id] ?? none));
  out.push(`Cost difference: ${formatSigned(round(c.to.cost - c.from.cost), (v) => money.format(v))}${c.from.costIllustrative || c.to.costIllustrative ? ' (illustrative)' : ''}`);
  out.push(`Vacant posts: ${c.from.vacant} → ${c.to.vacant}`);
  out.push(`Layers: ${c.from.layers} (${c.from.postsPerLayer.join('/')}) → ${c.to.layers} (${c.to.postsPerLayer.join('/')})`);
  out.push(`Span of control: mean ${c.from.meanSpan.toFixed(1)}, max ${c.from.maxSpan} → mean ${c.to.meanSpan.toFixed(1)}, max ${c.to.maxSpan}`);
  out.push(`Top posts: ${c.from.topPosts.length} → ${c.to.topPosts.length}`, '');
  const rows = changeRows(c);
  out.push(rows.length ? `${rows.length} changes:` : 'No changes.');
  for (const r of rows) out.push(`  ${r.change}: ${describeChange(r)}`);
  return out.join('\n');
}

/** A change in words, without its type: "Director of Public Health: organisation PCT → Joint". */
export function describeChange(r: ChangeRow): string {
  if (r.change.startsWith('Responsibility')) {
    return `“${r.field}”${r.before ? ` from ${r.before}` : ''}${r.after ? ` to ${r.after}` : ''}`;
  }
  if (r.change.startsWith('Accountability')) return `${r.title} accountable to ${r.after || r.before}`;
  if (!r.before && !r.after) return r.title;
  return `${r.title}: ${r.field} ${r.before} → ${r.after}`;
}
