// Highlight or filter by organisation: view state of this window, never part
// of the document (not saved, not undone), like the zoom. Highlight greys the
// boxes of every other organisation; filter draws only the organisation's own
// boxes, with the line managers above them kept, greyed, so the structure
// still reads. Boxes are told apart by more than colour (a grey fill and
// border, and in forced colours a dotted GrayText border).
import { managementLineByReport } from '../../shared/model/query';
import type { Chart, OrgTag, StructuraDocument } from '../../shared/model/types';
import type { BoxFlowNode, LineFlowEdge } from './flowTypes';

export type OrgViewMode = 'highlight' | 'filter';

export interface OrgView {
  tagId: string;
  mode: OrgViewMode;
}

/** How a box is drawn under an organisation view: its own, greyed (another organisation's), kept as a manager above one (filter), or not drawn. */
export type Emphasis = 'match' | 'dimmed' | 'chain' | 'hidden';

export const EMPHASIS_CLASS: Record<Exclude<Emphasis, 'hidden'>, string> = { match: 'org-match', dimmed: 'org-dimmed', chain: 'org-chain' };

/** The view's tag, or null when there is no view or its tag has since been removed. */
export function viewTag(tags: readonly OrgTag[], view: OrgView | null): OrgTag | null {
  return view ? (tags.find((t) => t.id === view.tagId) ?? null) : null;
}

/** Each node's emphasis under the view; null when no view applies (nothing to change). */
export function emphasisOf(chart: Chart, tags: readonly OrgTag[], view: OrgView | null): Map<string, Emphasis> | null {
  const tag = viewTag(tags, view);
  if (!tag || !view) return null;
  const result = new Map<string, Emphasis>();
  for (const node of chart.nodes) result.set(node.id, node.tagId === tag.id ? 'match' : view.mode === 'highlight' ? 'dimmed' : 'hidden');
  if (view.mode === 'filter') {
    // Every manager above a match stays, greyed: walk up once per chain (cycle-safe).
    const managerOf = managementLineByReport(chart);
    for (const node of chart.nodes) {
      if (result.get(node.id) !== 'match') continue;
      const seen = new Set<string>([node.id]);
      let up = managerOf.get(node.id)?.from;
      while (up !== undefined && !seen.has(up)) {
        seen.add(up);
        if (result.get(up) === 'hidden') result.set(up, 'chain');
        up = managerOf.get(up)?.from;
      }
    }
  }
  return result;
}

/** The boxes as drawn under the view: hidden ones left out, the others classed by emphasis. */
export function nodesUnderView(nodes: BoxFlowNode[], emphasis: Map<string, Emphasis> | null): BoxFlowNode[] {
  if (!emphasis) return nodes;
  const drawn: BoxFlowNode[] = [];
  for (const node of nodes) {
    const e = emphasis.get(node.id) ?? 'match';
    if (e === 'hidden') continue;
    drawn.push({ ...node, className: EMPHASIS_CLASS[e] });
  }
  return drawn;
}

/** The lines as drawn: between drawn boxes only; greyed unless both ends are the organisation's. */
export function linesUnderView(edges: LineFlowEdge[], emphasis: Map<string, Emphasis> | null): LineFlowEdge[] {
  if (!emphasis) return edges;
  const drawn: LineFlowEdge[] = [];
  for (const edge of edges) {
    const a = emphasis.get(edge.source) ?? 'match';
    const b = emphasis.get(edge.target) ?? 'match';
    if (a === 'hidden' || b === 'hidden') continue;
    drawn.push(a === 'match' && b === 'match' ? edge : { ...edge, className: 'org-dimmed-line' });
  }
  return drawn;
}

/** What the live region and the indicator say: "Highlighting PCT: 6 of 14 posts; the others greyed." */
export function describeOrgView(doc: StructuraDocument, chartId: string, view: OrgView | null): string {
  const tag = viewTag(doc.tags, view);
  if (!tag || !view) return 'Showing all organisations.';
  const chart = doc.charts.find((c) => c.id === chartId);
  const posts = chart?.nodes.filter((n) => n.kind === 'post') ?? [];
  const own = posts.filter((n) => n.tagId === tag.id).length;
  const of = `${own} of ${posts.length} post${posts.length === 1 ? '' : 's'}`;
  return view.mode === 'highlight'
    ? `Highlighting ${tag.label}: ${of}; the others greyed.`
    : `Showing only ${tag.label}: ${of}, with the line managers above them greyed.`;
}
