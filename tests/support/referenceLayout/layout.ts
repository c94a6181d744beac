// Frozen copy of shared/layout/layout.ts as it was before the layout-performance work
// (main at 12f79f7): the reference that property tests compare the optimised
// layout with, box for box. Not used by the app; never edit it to match.

// Auto-layout of a chart as an organisation chart: a tidy top-down tree by line
// management (linear-time Walker/Buchheim packing of variable-width boxes, rows
// aligned by depth), with the conventions users expect of org charts: compact
// stacks of leaf reports, assistants beside their manager, bodies linked only
// by accountability lines beside the tree they relate to, collapsed subtrees
// hidden. Never throws or loops on invalid input.
import { makeDocument } from '../../../shared/model/factory';
import type { Chart, StructuraDocument } from '../../../shared/model/types';
import { createLayoutCache, type LayoutCache } from './layoutCache';
import { measureChart, type MeasuredBoxes } from './measureChart';
import type { NodeBox } from '../../../shared/layout/nodeBox';
import { PlacedBoxes, type PlacedBox } from './placedBoxes';
import { tidyCentres } from './tidy';
import { assistantCount, buildChartTree, reportCount, type ChartTree } from './tree';

export { createLayoutCache, forgetLayoutMemory, type LayoutCache } from './layoutCache';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type { PlacedBox };

export interface ChartLayout {
  /** The drawn boxes by node id, iterated in drawing order. */
  boxes: ReadonlyMap<string, PlacedBox>;
  /** Nodes inside collapsed subtrees: not drawn. */
  hidden: Set<string>;
  /** Collapsed post id → number of posts it hides. */
  hiddenCounts: Map<string, number>;
  /** Reports hung off their manager's rail (compact stacks, assistants): their line runs down the rail into their side. */
  stacked: Set<string>;
  /** The parent each node was laid out under (its manager; in diagrams, failing that, a linked superior). */
  treeParent: ParentLookup;
  bounds: Rect;
}

/** Read-only view of the layout tree's parents, backed by the tree's arrays (no map to build). */
export interface ParentLookup {
  get(id: string): string | undefined;
  has(id: string): boolean;
}

export interface LayoutOptions {
  /** auto: compute positions (default); positions: keep each node's saved position and only measure. */
  mode?: 'auto' | 'positions';
  /** Stack leaf reports under their manager; defaults to the chart's own setting. */
  compact?: boolean;
  /** What earlier layouts by the same owner learnt; without one, the chart is laid out from scratch. */
  cache?: LayoutCache;
}

export const GAP = {
  /** Between boxes with the same manager. */
  sibling: 22,
  /** Between neighbouring boxes with different managers. */
  subtree: 30,
  /** Between separate trees (and bodies standing beside a tree). */
  root: 56,
  /** Between rows. */
  row: 46,
  /** Between boxes of a compact stack or of a manager's assistants. */
  stack: 10,
  /** From a manager's centre line (the rail) to the boxes hung off it. */
  railIndent: 18,
  /** Above and below the band of assistants. */
  assistant: 16,
} as const;

/** Leaf reports beyond this many stack in two columns, either side of the rail. */
const ONE_COLUMN_MAX = 5;
/** Room kept left of a one-column stack's rail, so a neighbour never touches the line. */
const RAIL_CLEARANCE = 4;

function parentLookup(tree: ChartTree): ParentLookup {
  const get = (id: string) => {
    const i = tree.index.get(id);
    return i === undefined || tree.parent[i]! < 0 ? undefined : tree.ids[tree.parent[i]!];
  };
  return { get, has: (id) => get(id) !== undefined };
}

/** Managers whose visible reports are all leaves without assistants (and at least two) get a compact stack. */
function findStacks(tree: ChartTree, compact: boolean): Uint8Array | null {
  if (!compact) return null;
  const n = tree.nodes.length;
  const stacks = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!tree.visible[i] || reportCount(tree, i) < 2) continue;
    let leaves = true;
    for (let k = tree.kidStart[i]; k! < tree.kidStart[i + 1]! && leaves; k!++) {
      const c = tree.kids[k!];
      leaves = reportCount(tree, c!) === 0 && assistantCount(tree, c!) === 0;
    }
    if (leaves) stacks[i] = 1;
  }
  return stacks;
}

/** Reports whose line runs down the manager's rail into their side: compact stacks and assistants. */
function stackedIds(tree: ChartTree, stacks: Uint8Array | null): Set<string> {
  const stacked = new Set<string>();
  for (let k = 0; k < tree.helpers.length; k++) stacked.add(tree.ids[tree.helpers[k]!]!);
  if (!stacks) return stacked;
  for (let i = 0; i < stacks.length; i++) {
    if (stacks[i]) for (let k = tree.kidStart[i]; k! < tree.kidStart[i + 1]!; k!++) stacked.add(tree.ids[tree.kids[k!]!]!);
  }
  return stacked;
}

/** Ids of reports hung off their manager's rail, from the chart alone (for routing in positions mode). */
export function stackedReports(chart: Chart): Set<string> {
  const tree = buildChartTree(chart);
  return stackedIds(tree, findStacks(tree, chart.layout.compact));
}

export function layoutChart(doc: StructuraDocument, chart: Chart, options: LayoutOptions = {}): ChartLayout {
  const cache = options.cache ?? createLayoutCache();
  const tree = buildChartTree(chart, cache.structures);
  const n = tree.nodes.length;
  const measured = measureChart(doc, chart.id, tree, cache);
  const { boxes, width, height } = measured;
  const stacks = findStacks(tree, options.compact ?? chart.layout.compact);

  const x = new Float64Array(n);
  const y = new Float64Array(n);
  let drawn: Int32Array;
  let bounds: Rect;
  if (options.mode === 'positions') {
    drawn = new Int32Array(n);
    let count = 0;
    for (let i = 0; i < n; i++) {
      if (!boxes[i]) continue;
      x[i] = tree.nodes[i]!.position.x;
      y[i] = tree.nodes[i]!.position.y;
      drawn[count++] = i;
    }
    drawn = drawn.subarray(0, count);
    bounds = boundsOfPlaced(drawn, x, y, width, height);
  } else {
    drawn = placeTidyTree(tree, chart, measured, stacks, x, y);
    bounds = boundsOfPlaced(drawn, x, y, width, height);
    // Start the chart at x = 0.
    for (let k = 0; k < drawn.length; k++) x[drawn[k]!]! -= bounds.x;
    bounds.x = 0;
  }
  const hidden = new Set<string>();
  if (tree.anyHidden) for (let i = 0; i < n; i++) if (!tree.visible[i]) hidden.add(tree.ids[i]!);
  return {
    boxes: new PlacedBoxes(tree.index, boxes, x, y, drawn),
    hidden,
    hiddenCounts: tree.hiddenCounts,
    stacked: stackedIds(tree, stacks),
    treeParent: parentLookup(tree),
    bounds,
  };
}

function boundsOfPlaced(drawn: Int32Array, x: Float64Array, y: Float64Array, width: Float64Array, height: Float64Array): Rect {
  if (drawn.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let k = 0; k < drawn.length; k++) {
    const i = drawn[k];
    if (x[i!]! < minX) minX = x[i!]!;
    if (y[i!]! < minY) minY = y[i!]!;
    if (x[i!]! + width[i!]! > maxX) maxX = x[i!]! + width[i!]!;
    if (y[i!]! + height[i!]! > maxY) maxY = y[i!]! + height[i!]!;
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * Roots in chart order, except that a body standing alone and linked to a tree
 * only by dashed or arrowed lines (a board the chief executive is also
 * accountable to) sits beside that tree's root, the first half of them on its
 * left and the rest on its right.
 */
function orderRoots(tree: ChartTree, chart: Chart): number[] {
  const { roots, parent, index } = tree;
  if (roots.length < 2) return roots;
  const n = parent.length;
  const rootOf = new Int32Array(n).fill(-1);
  const findRoot = (i: number): number => {
    let r = i;
    while (rootOf[r]! < 0 && parent[r]! >= 0) r = parent[r]!;
    const top = rootOf[r]! >= 0 ? rootOf[r] : r;
    for (let v = i; rootOf[v]! < 0; v = parent[v]!) {
      rootOf[v] = top!;
      if (parent[v]! < 0) break;
    }
    return top!;
  };
  const isLoneRoot = (i: number) => parent[i]! < 0 && reportCount(tree, i) === 0 && tree.visible[i] === 1;
  const satellites = new Map<number, number[]>();
  const isSatellite = new Uint8Array(n);
  for (const line of chart.lines) {
    if (line.kind === 'management') continue;
    const a = index.get(line.from);
    const b = index.get(line.to);
    if (a === undefined || b === undefined || a === b) continue;
    for (const [lone, other] of [
      [a, b],
      [b, a],
    ]) {
      if (!isLoneRoot(lone!) || isSatellite[lone!]) continue;
      const host = findRoot(other!);
      if (host === lone || reportCount(tree, host) === 0 || isSatellite[host]) continue;
      isSatellite[lone!] = 1;
      const list = satellites.get(host);
      if (list) list.push(lone!);
      else satellites.set(host, [lone!]);
    }
  }
  if (satellites.size === 0) return roots;
  const ordered: number[] = [];
  for (const r of roots) {
    if (isSatellite[r]) continue;
    const around = satellites.get(r);
    if (!around) {
      ordered.push(r);
      continue;
    }
    const half = Math.floor(around.length / 2);
    ordered.push(...around.slice(0, half), r, ...around.slice(half));
  }
  return ordered;
}

interface StackShape {
  columns: 1 | 2;
  /** Per report: column (0 = left of the rail, 1 = right) and top below the stack's top. */
  col: number[];
  top: number[];
  height: number;
  leftWidth: number;
  rightWidth: number;
}

function stackShape(tree: ChartTree, manager: number, boxes: NodeBox[]): StackShape {
  const first = tree.kidStart[manager];
  const count = tree.kidStart[manager + 1]! - first!;
  const columns = count > ONE_COLUMN_MAX ? 2 : 1;
  const col: number[] = [];
  const top: number[] = [];
  let y = 0;
  let leftWidth = 0;
  let rightWidth = 0;
  for (let k = 0; k < count; k += columns) {
    let rowHeight = 0;
    for (let c = 0; c < columns && k + c < count; c++) {
      const box = boxes[tree.kids[first! + k + c]!];
      const side = columns === 1 ? 1 : c;
      col.push(side);
      top.push(y);
      rowHeight = Math.max(rowHeight, box!.height);
      if (side === 0) leftWidth = Math.max(leftWidth, box!.width);
      else rightWidth = Math.max(rightWidth, box!.width);
    }
    y += rowHeight + GAP.stack;
  }
  return { columns, col, top, height: y - GAP.stack, leftWidth, rightWidth };
}

/** Assistants hang off the manager's rail in pairs: first on the right, second on the left. */
function assistantShape(tree: ChartTree, manager: number, boxes: NodeBox[]): { height: number; left: number; right: number } {
  let left = 0;
  let right = 0;
  let height = 0;
  for (let k = tree.helperStart[manager]; k! < tree.helperStart[manager + 1]!; k! += 2) {
    const a = boxes[tree.helpers[k!]!];
    const b = k! + 1 < tree.helperStart[manager + 1]! ? boxes[tree.helpers[k! + 1]!] : undefined;
    right = Math.max(right, a!.width);
    if (b) left = Math.max(left, b.width);
    height += Math.max(a!.height, b?.height ?? 0) + GAP.stack;
  }
  return { height: height - GAP.stack, left, right };
}

/**
 * Places every box. Rows are aligned by depth and as tall as their tallest
 * box; compact stacks hang below their manager through as many rows as they
 * need, without making those rows taller. The packing runs on the visible
 * nodes, with each stack stood in for by a chain of virtual nodes (one per row
 * it reaches into, as wide as the stack) and a virtual top above the roots.
 */
function placeTidyTree(tree: ChartTree, chart: Chart, sizes: MeasuredBoxes, stacks: Uint8Array | null, x: Float64Array, y: Float64Array): Int32Array {
  const { boxes, width, height } = sizes;
  const n = tree.nodes.length;
  const roots = orderRoots(tree, chart);
  const { kidStart, kids } = tree;

  // Depth of every box in a row, top down (stacked reports are not in rows).
  const depth = new Int32Array(n);
  const order = new Int32Array(n);
  let size = 0;
  for (const r of roots) order[size++] = r;
  let maxDepth = 0;
  for (let k = 0; k < size; k++) {
    const v = order[k];
    if (depth[v!]! > maxDepth) maxDepth = depth[v!]!;
    if (stacks && stacks[v!]) continue;
    for (let c = kidStart[v!]; c! < kidStart[v! + 1]!; c!++) {
      depth[kids[c!]!] = depth[v!]! + 1;
      order[size++] = kids[c!]!;
    }
  }

  // Rows: as tall as their tallest box, plus a band below for any assistants; one spare row for stacks.
  const rows = maxDepth + 2;
  const rowHeight = new Float64Array(rows);
  const assistantBand = new Float64Array(rows);
  const leftExtent = new Float64Array(n + 1);
  const rightExtent = new Float64Array(n + 1);
  for (let k = 0; k < size; k++) {
    const v = order[k];
    const d = depth[v!];
    if (height[v!]! > rowHeight[d!]!) rowHeight[d!] = height[v!]!;
    leftExtent[v!] = rightExtent[v!] = width[v!]! / 2;
    if (tree.helperStart[v! + 1]! > tree.helperStart[v!]!) {
      // Assistants hang beside the manager's rail: they widen its place in the row.
      const shape = assistantShape(tree, v!, boxes);
      assistantBand[d!] = Math.max(assistantBand[d!]!, shape.height + GAP.assistant);
      rightExtent[v!] = Math.max(rightExtent[v!]!, GAP.railIndent + shape.right);
      if (shape.left > 0) leftExtent[v!] = Math.max(leftExtent[v!]!, GAP.railIndent + shape.left);
    }
  }
  const rowY = new Float64Array(rows);
  for (let d = 1; d < rows; d++) rowY[d] = rowY[d - 1]! + rowHeight[d - 1]! + GAP.row + assistantBand[d - 1]!;

  // Stacks, and the rows each reaches into (down to where it ends, with half a row gap below).
  const stackOf = new Int32Array(n).fill(-1);
  const stackShapes: StackShape[] = [];
  const chainFirst: number[] = [];
  let chainLength = 0;
  if (stacks) {
    for (let k = 0; k < size; k++) {
      const v = order[k];
      if (!stacks[v!]) continue;
      const shape = stackShape(tree, v!, boxes);
      const reach = rowY[depth[v!]! + 1]! + shape.height + GAP.row / 2;
      let spans = 1;
      while (depth[v!]! + spans + 1 < rows && rowY[depth[v!]! + spans + 1]! < reach) spans++;
      stackOf[v!] = stackShapes.length;
      stackShapes.push(shape);
      chainFirst.push(n + chainLength);
      chainLength += spans;
    }
  }
  const count = n + chainLength + 1;
  const top = count - 1;

  // The packing tree as compressed rows of children.
  const childStart = new Int32Array(count + 1);
  const parent = new Int32Array(count).fill(-1);
  const group = new Int32Array(count).fill(-1);
  const left = new Float64Array(count);
  const right = new Float64Array(count);
  left.set(leftExtent.subarray(0, n));
  right.set(rightExtent.subarray(0, n));
  for (let i = 0; i < n; i++) {
    const children = !tree.visible[i] ? 0 : stackOf[i]! >= 0 ? 1 : kidStart[i + 1]! - kidStart[i]!;
    childStart[i + 1] = childStart[i]! + children;
  }
  for (let s = 0; s < stackShapes.length; s++) {
    const last = (s + 1 < chainFirst.length ? chainFirst[s + 1] : n + chainLength)! - 1;
    const shape = stackShapes[s];
    for (let v = chainFirst[s]; v! <= last; v!++) {
      childStart[v! + 1] = childStart[v!]! + (v! < last ? 1 : 0);
      left[v!] = shape!.columns === 2 ? GAP.railIndent + shape!.leftWidth : RAIL_CLEARANCE;
      right[v!] = GAP.railIndent + shape!.rightWidth;
    }
  }
  childStart[count] = childStart[top]! + roots.length;
  const childList = new Int32Array(childStart[count]);
  for (let k = 0; k < size; k++) {
    const v = order[k];
    if (parent[v!]! < 0) {
      parent[v!] = top;
      group[v!] = v!;
    }
    if (stackOf[v!]! >= 0) {
      const first = chainFirst[stackOf[v!]!];
      childList[childStart[v!]!] = first!;
      parent[first!] = v!;
      for (let c = first; childStart[c! + 1]! > childStart[c!]!; c!++) {
        childList[childStart[c!]!] = c! + 1;
        parent[c! + 1] = c!;
      }
      for (let c = first; c! >= 0; c = childStart[c! + 1]! > childStart[c!]! ? c! + 1 : -1) group[c!] = group[v!]!;
      continue;
    }
    for (let c = kidStart[v!]; c! < kidStart[v! + 1]!; c!++) {
      const child = kids[c!];
      childList[childStart[v!]! + c! - kidStart[v!]!] = child!;
      parent[child!] = v!;
      group[child!] = group[v!]!;
    }
  }
  for (let k = 0; k < roots.length; k++) childList[childStart[top]! + k] = roots[k]!;

  const centre = tidyCentres(
    { count, root: top, parent, childStart, childList, leftExtent: left, rightExtent: right, group },
    // Compact also draws separate trees (boards and bodies side by side) only a subtree gap apart.
    { sibling: GAP.sibling, subtree: GAP.subtree, group: stacks ? GAP.subtree : GAP.root },
  );

  // Top-left of every box, recorded in drawing order: each row box, then its stack and assistants.
  const drawn = new Int32Array(n);
  let placedCount = 0;
  const put = (i: number, left: number, topY: number) => {
    x[i] = left;
    y[i] = topY;
    drawn[placedCount++] = i;
  };
  for (let k = 0; k < size; k++) {
    const i = order[k];
    const cx = centre[i!];
    const rowTop = rowY[depth[i!]!];
    put(i!, cx! - width[i!]! / 2, rowTop!);
    if (stackOf[i!]! >= 0) {
      const stack = stackShapes[stackOf[i!]!];
      const first = kidStart[i!];
      const stackTop = rowY[depth[i!]! + 1];
      for (let s = 0; s < stack!.col.length; s++) {
        const child = kids[first! + s];
        put(child!, stack!.col[s] === 1 ? cx! + GAP.railIndent : cx! - GAP.railIndent - width[child!]!, stackTop! + stack!.top[s]!);
      }
    }
    let assistantY = rowTop! + rowHeight[depth[i!]!]! + GAP.assistant;
    const end = tree.helperStart[i! + 1];
    for (let h = tree.helperStart[i!]; h! < end!; h! += 2) {
      const a = tree.helpers[h!];
      put(a!, cx! + GAP.railIndent, assistantY);
      const b = h! + 1 < end! ? tree.helpers[h! + 1] : -1;
      if (b! >= 0) put(b!, cx! - GAP.railIndent - width[b!]!, assistantY);
      assistantY += Math.max(height[a!]!, b! >= 0 ? height[b!]! : 0) + GAP.stack;
    }
  }
  return drawn.subarray(0, placedCount);
}

/** Lays the chart out and returns it with the computed positions written into its nodes. */
export function autoLayoutChart(doc: StructuraDocument, chart: Chart, cache?: LayoutCache): Chart {
  const layout = layoutChart(doc, chart, { mode: 'auto', cache });
  return {
    ...chart,
    nodes: chart.nodes.map((node) => {
      const box = layout.boxes.get(node.id);
      if (!box) return node;
      const position = { x: Math.round(box.x), y: Math.round(box.y) };
      return position.x === node.position.x && position.y === node.position.y ? node : { ...node, position };
    }),
  };
}

/**
 * The layout users see: saved positions, or a computed layout for a chart
 * that has never been laid out (every node still at the origin).
 */
/**
 * The part of a document that boxes are drawn from, its tags and its cost
 * settings (on-costs appear on the boxes), as a document of its own: a caller
 * that keeps this while neither changes keeps its layout across every other edit.
 */
export function boxSource(tags: StructuraDocument['tags'], costs: StructuraDocument['costs']): StructuraDocument {
  return makeDocument({ tags, costs });
}

export function layoutForDisplay(doc: StructuraDocument, chart: Chart, cache?: LayoutCache): ChartLayout {
  const unplaced = chart.nodes.length > 1 && chart.nodes.every((n) => n.position.x === 0 && n.position.y === 0);
  return layoutChart(doc, chart, { mode: unplaced ? 'auto' : 'positions', cache });
}
