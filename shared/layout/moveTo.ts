// "Move to…": the chosen posts get a new line manager (or none) in one edit,
// and the chart is laid out again, as after dropping a box on another. A
// choice that would make a post report to itself, directly or through its
// reports, is refused by setManager with a message naming the posts.
import { must } from '../must';
import { setManager, replaceChartNodes, toggleCollapsed } from '../model/commands';
import { nodeName } from '../model/query';
import type { StructuraDocument } from '../model/types';
import { nodesPhrase } from '../model/changeLabel';
import { autoLayoutChart } from './layout';
import type { LayoutCache } from './layoutCache';

export function moveUnder(
  doc: StructuraDocument,
  chartId: string,
  nodeIds: readonly string[],
  managerId: string | null,
  cache?: LayoutCache,
): StructuraDocument {
  let next = doc;
  for (const id of nodeIds) next = setManager(next, chartId, id, managerId);
  if (next === doc) return doc;
  // A collapsed manager would hide the posts just moved under it.
  const manager = managerId ? next.charts.find((c) => c.id === chartId)?.nodes.find((n) => n.id === managerId) : undefined;
  if (manager?.kind === 'post' && manager.collapsed) next = toggleCollapsed(next, chartId, manager.id);
  const updated = must(
    next.charts.find((c) => c.id === chartId),
    `chart ${chartId} after the move`,
  );
  return replaceChartNodes(next, chartId, autoLayoutChart(next, updated, cache));
}

/** "Move Director of Finance to under Chief Operating Officer": the undo step's name. */
export function moveUnderLabel(doc: StructuraDocument, chartId: string, nodeIds: readonly string[], managerId: string | null): string {
  const chart = doc.charts.find((c) => c.id === chartId);
  const nodes = (chart?.nodes ?? []).filter((n) => nodeIds.includes(n.id));
  const manager = managerId ? chart?.nodes.find((n) => n.id === managerId) : undefined;
  return manager ? `Move ${nodesPhrase(nodes)} to under ${nodeName(manager)}` : `Move ${nodesPhrase(nodes)} to the top of the chart`;
}
