// The boxes of a chart's nodes, by layout-tree index. The last measurement of
// each chart is remembered: a node at the same index as then that is the same
// object, or a copy showing the very same fields (a post a layout moved), keeps
// its box without it being measured or looked up. Re-layout after an edit or a
// move is then a pass over arrays plus the measuring of what changed; other
// nodes fall back to the cache by content (measureNodeEntry).
import type { ChartNode, OrgTag, StructuraDocument } from '../model/types';
import { missing } from './missing';
import { measureNodeEntry, sameBoxFields, type BoxMemo, type NodeBox } from './nodeBox';
import { idOf } from './tree';
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

/**
 * The last measurement of each of the last few charts one owner (a LayoutCache)
 * laid out, by chart id; and the last box measured for each id code (see
 * idIndex.ts), with the node it was measured for: a node whose id was measured
 * before, as itself or as a copy showing the same fields, finds its box by
 * two array reads and no lookup by object (those were a seventh of a layout of
 * 10,000 posts whose last measurement was forgotten).
 */
export interface MeasurementMemo {
  lastByChart: Map<string, Measurement>;
  byCode: ByCode;
}
const CHARTS_REMEMBERED = 16;

/** Boxes by id code, in dense arrays (one object each would be a scattered read per node), for one tags array and cost setting. */
interface ByCode {
  table: Map<string, number> | null;
  tags: OrgTag[] | null;
  costs: StructuraDocument['costs'] | null;
  nodes: (ChartNode | undefined)[];
  boxes: (NodeBox | undefined)[];
  width: number[];
  height: number[];
  hidden: number[];
}

const emptyByCode = (): ByCode => ({ table: null, tags: null, costs: null, nodes: [], boxes: [], width: [], height: [], hidden: [] });

export function createMeasurementMemo(): MeasurementMemo {
  return { lastByChart: new Map(), byCode: emptyByCode() };
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
  // Kept as the chart's last measurement: one allocation for all three.
  const buffer = new ArrayBuffer(20 * n);
  const width = new Float64Array(buffer, 0, n);
  const height = new Float64Array(buffer, 8 * n, n);
  const hidden = new Int32Array(buffer, 16 * n, n);
  const counts = tree.hiddenCounts;
  const remembered = lastByChart.get(chartId);
  const last = remembered && remembered.tags === doc.tags && remembered.costs === doc.costs ? remembered : undefined;
  const lastCount = last ? Math.min(last.nodes.length, n) : 0;
  let byCode = cache.measurements.byCode;
  if (byCode.table !== tree.index.table || byCode.tags !== doc.tags || byCode.costs !== doc.costs) {
    // Codes from another table (the owner's was full and started afresh) mean other ids; other tags or costs, other boxes.
    byCode = cache.measurements.byCode = { ...emptyByCode(), table: tree.index.table, tags: doc.tags, costs: doc.costs };
  }
  for (let i = 0; i < n; i++) {
    if (!tree.visible[i]) continue;
    const node = tree.nodes[i];
    if (node === undefined) throw missing('node', i);
    // Posts hidden under a collapsed post: none in most charts (no lookup), 0 for a post that hides none.
    const count = counts.size ? (counts.get(idOf(tree, i)) ?? 0) : 0;
    hidden[i] = count;
    if (last && i < lastCount && last.hidden[i] === count) {
      // Every index below lastCount has its node and sizes; only a box may be absent (a node hidden then).
      const lastBox = last.boxes[i];
      const lastNode = last.nodes[i];
      const lastWidth = last.width[i];
      const lastHeight = last.height[i];
      if (lastNode === undefined || lastWidth === undefined || lastHeight === undefined) throw missing('last measurement of node', i);
      if (lastBox && sameBoxFields(lastNode, node)) {
        boxes[i] = lastBox;
        width[i] = lastWidth;
        height[i] = lastHeight;
        continue;
      }
    }
    const code = tree.codes[i];
    if (code === undefined) throw missing('id code', i);
    const seen = byCode.nodes[code];
    if (seen !== undefined && byCode.hidden[code] === count && sameBoxFields(seen, node)) {
      // Filled together with the node (below): all there, or a bug.
      const seenBox = byCode.boxes[code];
      const seenWidth = byCode.width[code];
      const seenHeight = byCode.height[code];
      if (seenBox === undefined || seenWidth === undefined || seenHeight === undefined) throw missing('box measured for id code', code);
      boxes[i] = seenBox;
      width[i] = seenWidth;
      height[i] = seenHeight;
      continue;
    }
    const entry = measureNodeEntry(node, doc, count, cache.boxes);
    // Filled in code order, never with gaps, so the arrays stay dense.
    while (byCode.nodes.length <= code) {
      byCode.nodes.push(undefined);
      byCode.boxes.push(undefined);
      byCode.width.push(0);
      byCode.height.push(0);
      byCode.hidden.push(0);
    }
    byCode.nodes[code] = node;
    byCode.boxes[code] = entry.box;
    byCode.width[code] = entry.width;
    byCode.height[code] = entry.height;
    byCode.hidden[code] = count;
    boxes[i] = entry.box;
    width[i] = entry.width;
    height[i] = entry.height;
  }
  lastByChart.delete(chartId);
  lastByChart.set(chartId, { nodes: tree.nodes, tags: doc.tags, costs: doc.costs, hidden, boxes, width, height });
  // Maps iterate in insertion order: the first key is the chart laid out longest ago.
  const oldest = lastByChart.keys().next();
  if (lastByChart.size > CHARTS_REMEMBERED && !oldest.done) lastByChart.delete(oldest.value);
  return { boxes, width, height };
}
