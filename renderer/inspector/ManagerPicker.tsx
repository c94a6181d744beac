// The "Line manager" of a post or body: a search over the chart's boxes. The
// node itself and its reports (direct or not) are left out, as choosing them
// would make a loop the document refuses.
import * as cmd from '../../shared/model/commands';
import { nodeName } from '../../shared/model/query';
import type { Chart, ChartNode, StructuraDocument } from '../../shared/model/types';
import { NodeCombobox, type ComboOption } from './NodeCombobox';

const NO_MANAGER = 'No line manager (top of the chart)';

/** Who may become the node's line manager, each told apart by who they report to. */
export function managerOptions(chart: Chart, nodeId: string): ComboOption[] {
  const managerOf = new Map<string, string>();
  const reports = new Map<string, string[]>();
  for (const line of chart.lines) {
    if (line.kind !== 'management') continue;
    managerOf.set(line.to, line.from);
    const list = reports.get(line.from);
    if (list) list.push(line.to);
    else reports.set(line.from, [line.to]);
  }
  const excluded = new Set([nodeId]);
  const queue = [nodeId];
  // The queue grows while it is walked: for…of visits what is pushed.
  for (const manager of queue) {
    for (const report of reports.get(manager) ?? []) {
      if (excluded.has(report)) continue;
      excluded.add(report);
      queue.push(report);
    }
  }
  const byId = new Map<string, ChartNode>(chart.nodes.map((n) => [n.id, n]));
  const options: ComboOption[] = [{ value: null, label: NO_MANAGER }];
  for (const node of chart.nodes) {
    if (excluded.has(node.id)) continue;
    const manager = byId.get(managerOf.get(node.id) ?? '');
    const holder = node.kind === 'post' && node.holder.kind === 'named' ? node.holder.names.join(' / ') : '';
    options.push({ value: node.id, label: nodeName(node), detail: manager ? `under ${nodeName(manager)}` : 'top of the chart', keywords: holder });
  }
  return options;
}

export function ManagerPicker({
  chart,
  nodeId,
  apply,
}: {
  chart: Chart;
  nodeId: string;
  apply: (edit: (doc: StructuraDocument) => StructuraDocument) => boolean;
}) {
  const currentId = chart.lines.find((l) => l.kind === 'management' && l.to === nodeId)?.from;
  const current = currentId === undefined ? undefined : chart.nodes.find((n) => n.id === currentId);
  return (
    <NodeCombobox
      label="Line manager (reports to)"
      valueLabel={current ? nodeName(current) : NO_MANAGER}
      placeholder="Search posts…"
      options={() => managerOptions(chart, nodeId)}
      onPick={(managerId) => apply((d) => cmd.setManager(d, chart.id, nodeId, managerId))}
    />
  );
}
