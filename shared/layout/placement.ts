// Where a new post goes: under its manager, tagged like it, with the chart laid
// out again so its line shows at once; without a manager, at the point asked
// for, moved down until it covers no other box.
import { must } from '../must';
import { addNode, setManager, toggleCollapsed, replaceChartNodes } from '../model/commands';
import type { PostNode, Position, StructuraDocument } from '../model/types';
import { autoLayoutChart, layoutForDisplay, type LayoutCache } from './layout';

const GAP = 24;

export function addPostUnder(
  doc: StructuraDocument,
  chartId: string,
  post: PostNode,
  managerId: string | null,
  near: Position,
  cache?: LayoutCache,
): StructuraDocument {
  const chart = doc.charts.find((c) => c.id === chartId);
  const manager = managerId ? chart?.nodes.find((n) => n.id === managerId) : undefined;
  if (!chart || !manager) return addNode(doc, chartId, { ...post, position: freeSpot(doc, chartId, post, near, cache) });
  let next = addNode(doc, chartId, { ...post, tagId: manager.tagId ?? post.tagId, position: manager.position });
  next = setManager(next, chartId, post.id, manager.id);
  // A collapsed manager would hide the post just made.
  if (manager.kind === 'post' && manager.collapsed) next = toggleCollapsed(next, chartId, manager.id);
  const updated = must(
    next.charts.find((c) => c.id === chartId),
    `chart ${chartId} after adding the post`,
  );
  return replaceChartNodes(next, chartId, autoLayoutChart(next, updated, cache));
}

/** The first place at or below `near` (the box's top-left corner) where the post's box overlaps no drawn box. */
function freeSpot(doc: StructuraDocument, chartId: string, post: PostNode, near: Position, cache?: LayoutCache): Position {
  const chart = must(
    doc.charts.find((c) => c.id === chartId),
    `chart ${chartId}`,
  );
  const probe = { ...chart, nodes: [...chart.nodes, { ...post, position: near }], lines: chart.lines };
  const boxes = layoutForDisplay(doc, probe, cache).boxes;
  const own = boxes.get(post.id);
  const width = own?.width ?? 190;
  const height = own?.height ?? 80;
  const others = [...boxes.entries()].filter(([id]) => id !== post.id).map(([, b]) => b);
  const at = { x: Math.round(near.x), y: Math.round(near.y) };
  for (let tries = 0; tries < 1000; tries++) {
    const hit = others.find((b) => at.x < b.x + b.width + GAP && b.x < at.x + width + GAP && at.y < b.y + b.height + GAP && b.y < at.y + height + GAP);
    if (!hit) return at;
    at.y = Math.round(hit.y + hit.height + GAP);
  }
  return at;
}
