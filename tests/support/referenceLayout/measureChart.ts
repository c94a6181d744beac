// Frozen copy of shared/layout/measureChart.ts as it was before the layout-performance work
// (main at 12f79f7): the reference that property tests compare the optimised
// layout with, box for box. Not used by the app; never edit it to match.

// The boxes of a chart's nodes, by layout-tree index. The last measurement of
// each chart is remembered: a node at the same index as then that is the same
// object, or a copy showing the very same fields (a post a layout moved), keeps
// its box without it being measured or looked up. Re-layout after an edit or a
// move is then a pass over arrays plus the measuring of what changed; other
// nodes fall back to the cache by content (measureNodeEntry).
import type { ChartNode, OrgTag, StructuraDocument } from '../../../shared/model/types';
import { measureNodeEntry, sameBoxFields, type BoxMemo, type NodeBox } from '../../../shared/layout/nodeBox';
import type { ChartTree } from './tree';

export interface MeasuredBoxes {
  /** Box of each visible node; undefined for nodes hidden in collapsed subtrees. */
  boxes: NodeBox[];
  /** Sizes copied into arrays: the packing reads them often, and arrays beat scattered objects. */
  width: Float64Array;
  height: Float64Array;
}

interface Measurement extends MeasuredBoxes {
  nodes: ChartNode[];
  tags: OrgTag[];
  /** Boxes show costs with their employers' on-costs: new rates, new boxes. */
  costs: StructuraDocument['costs'];
  /** The hidden-post count each box was measured with. */
  hidden: Int32Array;
}

/** The last measurement of each of the last few charts one owner (a LayoutCache) laid out, by chart id. */
export interface MeasurementMemo {
  lastByChart: Map<string, Measurement>;
}
const CHARTS_REMEMBERED = 16;

export function createMeasurementMemo(): MeasurementMemo {
  return { lastByChart: new Map() };
}

export function measureChart(
  doc: StructuraDocument,
  chartId: string,
  tree: ChartTree,
  cache: { measurements: MeasurementMemo; boxes: BoxMemo },
): MeasuredBoxes {
  const { lastByChart } = cache.measurements;
  const n = tree.nodes.length;
  const boxes: NodeBox[] = new Array(n);
  const width = new Float64Array(n);
  const height = new Float64Array(n);
  const hidden = new Int32Array(n);
  const counts = tree.hiddenCounts;
  const remembered = lastByChart.get(chartId);
  const last = remembered && remembered.tags === doc.tags && remembered.costs === doc.costs ? remembered : undefined;
  const lastCount = last ? Math.min(last.nodes.length, n) : 0;
  for (let i = 0; i < n; i++) {
    if (!tree.visible[i]) continue;
    const node = tree.nodes[i];
    const count = counts.size ? (counts.get(tree.ids[i]!) ?? 0) : 0;
    hidden[i] = count;
    if (i < lastCount && last!.hidden[i] === count && last!.boxes[i] && sameBoxFields(last!.nodes[i]!, node!)) {
      boxes[i] = last!.boxes[i]!;
      width[i] = last!.width[i]!;
      height[i] = last!.height[i]!;
      continue;
    }
    const entry = measureNodeEntry(node!, doc, count, cache.boxes);
    boxes[i] = entry.box;
    width[i] = entry.width;
    height[i] = entry.height;
  }
  lastByChart.delete(chartId);
  lastByChart.set(chartId, { nodes: tree.nodes, tags: doc.tags, costs: doc.costs, hidden, boxes, width, height });
  if (lastByChart.size > CHARTS_REMEMBERED) lastByChart.delete(lastByChart.keys().next().value!);
  return { boxes, width, height };
}
