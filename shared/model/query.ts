// Read-only questions about a document, shared by the UI, exports and the CLI.
import type { Chart, ChartNode, Line, OrgTag, PostNode, StructuraDocument } from './types';

/** A chart named by id, annex number ("1", "Annex 1") or title (case-insensitive). */
export function findChart(doc: StructuraDocument, ref: string): Chart | undefined {
  const wanted = ref.trim();
  const lower = wanted.toLowerCase();
  const annex = lower.replace(/^annex\s*/, '');
  return (
    doc.charts.find((c) => c.id === wanted) ??
    doc.charts.find((c) => c.annex !== '' && c.annex.toLowerCase() === annex) ??
    doc.charts.find((c) => c.title.toLowerCase() === lower)
  );
}

export function chartLabel(chart: Chart): string {
  return chart.annex ? `Annex ${chart.annex} — ${chart.title}` : chart.title;
}

export function nodeName(node: ChartNode): string {
  return node.kind === 'post' ? node.title : node.name;
}

export function isPost(node: ChartNode): node is PostNode {
  return node.kind === 'post';
}

export function nodesById(chart: Chart): Map<string, ChartNode> {
  return new Map(chart.nodes.map((n) => [n.id, n]));
}

/** node id → its management line (the line from its manager). */
export function managementLineByReport(chart: Chart): Map<string, Line> {
  const map = new Map<string, Line>();
  for (const line of chart.lines) if (line.kind === 'management') map.set(line.to, line);
  return map;
}

/** manager id → ids of its direct reports, in chart order. */
export function reportsByManager(chart: Chart): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of chart.lines) {
    if (line.kind !== 'management') continue;
    const list = map.get(line.from);
    if (list) list.push(line.to);
    else map.set(line.from, [line.to]);
  }
  return map;
}

/** Ids of a node's descendants by line management (not including itself); cycle-safe. */
export function descendantsOf(chart: Chart, rootId: string): Set<string> {
  return descendantsIn(reportsByManager(chart), rootId);
}

/** The same, with the chart's reports map built once by a caller that asks many times. */
export function descendantsIn(reports: Map<string, string[]>, rootId: string): Set<string> {
  const seen = new Set<string>();
  const stack = [...(reports.get(rootId) ?? [])];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id) || id === rootId) continue;
    seen.add(id);
    for (const r of reports.get(id) ?? []) stack.push(r);
  }
  return seen;
}

/** The organisations a chart uses (as a post's tag or in its funding), in the document's order: what its legend lists. */
export function tagsUsedIn(tags: readonly OrgTag[], chart: Chart): OrgTag[] {
  const used = new Set<string>();
  for (const n of chart.nodes) {
    if (n.tagId) used.add(n.tagId);
    if (n.kind === 'post') for (const f of n.funding) used.add(f.tagId);
  }
  return tags.filter((t) => used.has(t.id));
}

export function chartsInAnnexOrder(doc: StructuraDocument): Chart[] {
  const annexNumber = (c: Chart) => {
    const n = Number.parseFloat(c.annex);
    return Number.isFinite(n) ? n : Number.POSITIVE_INFINITY;
  };
  return doc.charts
    .map((chart, index) => ({ chart, index }))
    .sort((a, b) => annexNumber(a.chart) - annexNumber(b.chart) || a.index - b.index)
    .map((x) => x.chart);
}

/** How one surface words a post's holder: a box, a matrix for the unions, a sentence read aloud. */
export interface HolderWords {
  /** Between the names of a job share. */
  join: string;
  vacant: string;
  undisclosed: string;
  unrecorded: string;
}

/** The holder of a post in the words of the surface that shows it. */
export function describeHolder(post: PostNode, words: HolderWords): string {
  switch (post.holder.kind) {
    case 'named':
      return post.holder.names.filter((n) => n.trim()).join(words.join);
    case 'vacant':
      return words.vacant;
    case 'undisclosed':
      return words.undisclosed;
    default:
      return words.unrecorded;
  }
}
