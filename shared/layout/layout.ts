// Auto-layout of a chart as an organisation chart: a tidy top-down tree by line
// management (linear-time Walker/Buchheim packing of variable-width boxes, rows
// aligned by depth), with the conventions users expect of org charts: compact
// stacks of leaf reports, assistants beside their manager, bodies linked only
// by accountability lines beside the tree they relate to, collapsed subtrees
// hidden. Never throws or loops on invalid input. Every index into the
// per-node arrays below is a node number below n, a row below the row count
// or a child slot from kidStart/helperStart, bounded by the loops themselves:
// a read that finds nothing is a bug in Structura and throws `missing(...)`.
import { makeDocument } from '../model/factory';
import type { Chart, StructuraDocument } from '../model/types';
import { createLayoutCache, type LayoutCache } from './layoutCache';
import { measureChart, type MeasuredBoxes } from './measureChart';
import { missing } from './missing';
import type { NodeBox } from './nodeBox';
import { PlacedBoxes, type PlacedBox } from './placedBoxes';
import { noScratch, type ScratchArrays } from './scratch';
import { tidyCentres } from './tidy';
import { assistantCount, buildChartTree, idOf, reportCount, type ChartTree } from './tree';

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
    if (i === undefined) return undefined;
    const p = tree.parent[i];
    if (p === undefined) throw missing('parent', i);
    return p < 0 ? undefined : idOf(tree, p);
  };
  return { get, has: (id) => get(id) !== undefined };
}

/** Managers whose visible reports are all leaves without assistants (and at least two) get a compact stack. */
function findStacks(tree: ChartTree, compact: boolean, scratch: ScratchArrays = noScratch): Uint8Array | null {
  if (!compact) return null;
  const n = tree.nodes.length;
  const stacks = scratch.byte(n);
  for (let i = 0; i < n; i++) {
    const [first, end] = reportSlots(tree, i);
    if (!tree.visible[i] || end - first < 2) continue;
    let leaves = true;
    for (let k = first; k < end && leaves; k++) {
      const c = tree.kids[k];
      if (c === undefined) throw missing('report', k);
      leaves = reportCount(tree, c) === 0 && assistantCount(tree, c) === 0;
    }
    if (leaves) stacks[i] = 1;
  }
  return stacks;
}

/** Reports whose line runs down the manager's rail into their side: compact stacks and assistants. */
function stackedIds(tree: ChartTree, stacks: Uint8Array | null): Set<string> {
  const stacked = new Set<string>();
  for (const assistant of tree.helpers) stacked.add(idOf(tree, assistant));
  if (!stacks) return stacked;
  for (let i = 0; i < stacks.length; i++) {
    if (!stacks[i]) continue;
    const [first, end] = reportSlots(tree, i);
    for (let k = first; k < end; k++) {
      const report = tree.kids[k];
      if (report === undefined) throw missing('report', k);
      stacked.add(idOf(tree, report));
    }
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
  // Working arrays of the last layout by this owner are free again (none is in what it returned).
  const { scratch } = cache;
  scratch.reuseAll();
  const tree = buildChartTree(chart, cache.structures, scratch);
  const n = tree.nodes.length;
  const measured = measureChart(doc, chart.id, tree, cache);
  const { boxes, width, height } = measured;
  const stacks = findStacks(tree, options.compact ?? chart.layout.compact, scratch);

  // The boxes' top-left corners and the drawn nodes in drawing order, kept by the boxes returned: one allocation.
  const buffer = new ArrayBuffer(20 * n);
  const x = new Float64Array(buffer, 0, n);
  const y = new Float64Array(buffer, 8 * n, n);
  let drawn: Int32Array = new Int32Array(buffer, 16 * n, n);
  let bounds: Rect;
  if (options.mode === 'positions') {
    let count = 0;
    for (const [i, node] of tree.nodes.entries()) {
      if (!boxes[i]) continue;
      x[i] = node.position.x;
      y[i] = node.position.y;
      drawn[count++] = i;
    }
    drawn = drawn.subarray(0, count);
    bounds = boundsOfPlaced(drawn, x, y, width, height);
  } else {
    drawn = placeTidyTree(tree, chart, measured, stacks, { x, y, drawn }, scratch);
    bounds = boundsOfPlaced(drawn, x, y, width, height);
    // Start the chart at x = 0.
    for (let k = 0; k < drawn.length; k++) {
      const i = drawn[k];
      const left = i === undefined ? undefined : x[i];
      if (i === undefined || left === undefined) throw missing('drawn box', k);
      x[i] = left - bounds.x;
    }
    bounds.x = 0;
  }
  const hidden = new Set<string>();
  if (tree.anyHidden) for (const [i, id] of tree.ids.entries()) if (!tree.visible[i]) hidden.add(id);
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
    if (i === undefined) throw missing('drawn box', k);
    const left = x[i];
    const top = y[i];
    const w = width[i];
    const h = height[i];
    if (left === undefined || top === undefined || w === undefined || h === undefined) throw missing('placed box', i);
    if (left < minX) minX = left;
    if (top < minY) minY = top;
    if (left + w > maxX) maxX = left + w;
    if (top + h > maxY) maxY = top + h;
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * Roots in chart order, except that a body standing alone and linked to a tree
 * only by dashed or arrowed lines (a board the chief executive is also
 * accountable to) sits beside that tree's root, the first half of them on its
 * left and the rest on its right.
 */
function orderRoots(tree: ChartTree, chart: Chart, scratch: ScratchArrays): number[] {
  const { roots, parent, index } = tree;
  if (roots.length < 2) return roots;
  const n = parent.length;
  const rootOf = scratch.int(n, -1);
  const read = (values: Int32Array, v: number): number => {
    const value = values[v];
    if (value === undefined) throw missing('tree node', v);
    return value;
  };
  const findRoot = (i: number): number => {
    let r = i;
    while (read(rootOf, r) < 0 && read(parent, r) >= 0) r = read(parent, r);
    const top = read(rootOf, r) >= 0 ? read(rootOf, r) : r;
    for (let v = i; read(rootOf, v) < 0; v = read(parent, v)) {
      rootOf[v] = top;
      if (read(parent, v) < 0) break;
    }
    return top;
  };
  const isLoneRoot = (i: number) => read(parent, i) < 0 && reportCount(tree, i) === 0 && tree.visible[i] === 1;
  const satellites = new Map<number, number[]>();
  const isSatellite = scratch.byte(n);
  for (const line of chart.lines) {
    if (line.kind === 'management') continue;
    const a = index.get(line.from);
    const b = index.get(line.to);
    if (a === undefined || b === undefined || a === b) continue;
    for (const [lone, other] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!isLoneRoot(lone) || isSatellite[lone]) continue;
      const host = findRoot(other);
      if (host === lone || reportCount(tree, host) === 0 || isSatellite[host]) continue;
      isSatellite[lone] = 1;
      const list = satellites.get(host);
      if (list) list.push(lone);
      else satellites.set(host, [lone]);
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
  const [first, end] = reportSlots(tree, manager);
  const count = end - first;
  const columns = count > ONE_COLUMN_MAX ? 2 : 1;
  const col: number[] = [];
  const top: number[] = [];
  let y = 0;
  let leftWidth = 0;
  let rightWidth = 0;
  for (let k = 0; k < count; k += columns) {
    let rowHeight = 0;
    for (let c = 0; c < columns && k + c < count; c++) {
      const box = boxOf(boxes, tree.kids, first + k + c);
      const side = columns === 1 ? 1 : c;
      col.push(side);
      top.push(y);
      rowHeight = Math.max(rowHeight, box.height);
      if (side === 0) leftWidth = Math.max(leftWidth, box.width);
      else rightWidth = Math.max(rightWidth, box.width);
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
  const [first, end] = assistantSlots(tree, manager);
  for (let k = first; k < end; k += 2) {
    const a = boxOf(boxes, tree.helpers, k);
    const b = k + 1 < end ? boxOf(boxes, tree.helpers, k + 1) : undefined;
    right = Math.max(right, a.width);
    if (b) left = Math.max(left, b.width);
    height += Math.max(a.height, b?.height ?? 0) + GAP.stack;
  }
  return { height: height - GAP.stack, left, right };
}

/** First and end slot of node i's reports in tree.kids. */
function reportSlots(tree: ChartTree, i: number): [number, number] {
  const first = tree.kidStart[i];
  const end = tree.kidStart[i + 1];
  if (first === undefined || end === undefined) throw missing('reports of node', i);
  return [first, end];
}

/** First and end slot of node i's assistants in tree.helpers. */
function assistantSlots(tree: ChartTree, i: number): [number, number] {
  const first = tree.helperStart[i];
  const end = tree.helperStart[i + 1];
  if (first === undefined || end === undefined) throw missing('assistants of node', i);
  return [first, end];
}

/** The measured box of the node in `slots[slot]` (a report or an assistant: drawn, so measured). */
function boxOf(boxes: NodeBox[], slots: Int32Array, slot: number): NodeBox {
  const node = slots[slot];
  const box = node === undefined ? undefined : boxes[node];
  if (box === undefined) throw missing('measured box of child', slot);
  return box;
}

/**
 * Places every box. Rows are aligned by depth and as tall as their tallest
 * box; compact stacks hang below their manager through as many rows as they
 * need, without making those rows taller. The packing runs on the visible
 * nodes, with each stack stood in for by a chain of virtual nodes (one per row
 * it reaches into, as wide as the stack) and a virtual top above the roots.
 */
function placeTidyTree(
  tree: ChartTree,
  chart: Chart,
  sizes: MeasuredBoxes,
  stacks: Uint8Array | null,
  placed: { x: Float64Array; y: Float64Array; drawn: Int32Array },
  scratch: ScratchArrays,
): Int32Array {
  const { x, y, drawn } = placed;
  const { boxes, width, height } = sizes;
  const n = tree.nodes.length;
  const roots = orderRoots(tree, chart, scratch);
  const { kidStart, kids, helperStart } = tree;

  // Depth of every box in a row, top down (stacked reports are not in rows).
  const depth = scratch.int(n);
  const order = scratch.int(n);
  let size = 0;
  for (const r of roots) order[size++] = r;
  let maxDepth = 0;
  for (let k = 0; k < size; k++) {
    const v = order[k];
    if (v === undefined) throw missing('node in row order', k);
    const d = depth[v];
    const first = kidStart[v];
    const end = kidStart[v + 1];
    if (d === undefined || first === undefined || end === undefined) throw missing('tree node', v);
    if (d > maxDepth) maxDepth = d;
    if (stacks && stacks[v]) continue;
    for (let c = first; c < end; c++) {
      const child = kids[c];
      if (child === undefined) throw missing('report', c);
      depth[child] = d + 1;
      order[size++] = child;
    }
  }

  // Rows: as tall as their tallest box, plus a band below for any assistants; one spare row for stacks.
  const rows = maxDepth + 2;
  const rowHeight = scratch.float(rows);
  const assistantBand = scratch.float(rows);
  const leftExtent = scratch.float(n + 1);
  const rightExtent = scratch.float(n + 1);
  for (let k = 0; k < size; k++) {
    const v = order[k];
    if (v === undefined) throw missing('node in row order', k);
    const d = depth[v];
    const h = height[v];
    const w = width[v];
    const firstAssistant = helperStart[v];
    const endAssistant = helperStart[v + 1];
    if (d === undefined || h === undefined || w === undefined || firstAssistant === undefined || endAssistant === undefined) throw missing('row box', v);
    const tallest = rowHeight[d];
    if (tallest === undefined) throw missing('row', d);
    if (h > tallest) rowHeight[d] = h;
    leftExtent[v] = rightExtent[v] = w / 2;
    if (endAssistant > firstAssistant) {
      // Assistants hang beside the manager's rail: they widen its place in the row.
      const shape = assistantShape(tree, v, boxes);
      const band = assistantBand[d];
      if (band === undefined) throw missing('row', d);
      assistantBand[d] = Math.max(band, shape.height + GAP.assistant);
      rightExtent[v] = Math.max(w / 2, GAP.railIndent + shape.right);
      if (shape.left > 0) leftExtent[v] = Math.max(w / 2, GAP.railIndent + shape.left);
    }
  }
  const rowY = scratch.float(rows);
  let nextRowY = 0;
  for (let d = 0; d < rows; d++) {
    rowY[d] = nextRowY;
    const h = rowHeight[d];
    const band = assistantBand[d];
    if (h === undefined || band === undefined) throw missing('row', d);
    nextRowY = nextRowY + h + GAP.row + band;
  }
  /** Top of row d (rows run below the lowest box, so every depth + 1 used here is a row). */
  const topOfRow = (d: number): number => {
    const top = rowY[d];
    if (top === undefined) throw missing('row', d);
    return top;
  };

  // Stacks, and the rows each reaches into (down to where it ends, with half a row gap below).
  const stackOf = scratch.int(n, -1);
  const stackShapes: StackShape[] = [];
  const chainFirst: number[] = [];
  let chainLength = 0;
  if (stacks) {
    for (let k = 0; k < size; k++) {
      const v = order[k];
      if (v === undefined) throw missing('node in row order', k);
      if (!stacks[v]) continue;
      const d = depth[v];
      if (d === undefined) throw missing('depth', v);
      const shape = stackShape(tree, v, boxes);
      const reach = topOfRow(d + 1) + shape.height + GAP.row / 2;
      let spans = 1;
      while (d + spans + 1 < rows && topOfRow(d + spans + 1) < reach) spans++;
      stackOf[v] = stackShapes.length;
      stackShapes.push(shape);
      chainFirst.push(n + chainLength);
      chainLength += spans;
    }
  }
  const count = n + chainLength + 1;
  const top = count - 1;

  // The packing tree as compressed rows of children.
  const childStart = scratch.int(count + 1);
  const parent = scratch.int(count, -1);
  const group = scratch.int(count, -1);
  const left = scratch.float(count);
  const right = scratch.float(count);
  left.set(leftExtent.subarray(0, n));
  right.set(rightExtent.subarray(0, n));
  let slots = 0;
  for (let i = 0; i < n; i++) {
    const stack = stackOf[i];
    const first = kidStart[i];
    const end = kidStart[i + 1];
    if (stack === undefined || first === undefined || end === undefined) throw missing('tree node', i);
    slots += !tree.visible[i] ? 0 : stack >= 0 ? 1 : end - first;
    childStart[i + 1] = slots;
  }
  // Each stack's chain: one virtual node per row it reaches into, each the only child of the one above.
  for (const [s, shape] of stackShapes.entries()) {
    const firstLink = chainFirst[s];
    const nextChain = s + 1 < chainFirst.length ? chainFirst[s + 1] : n + chainLength;
    if (firstLink === undefined || nextChain === undefined) throw missing('stack chain', s);
    const last = nextChain - 1;
    for (let v = firstLink; v <= last; v++) {
      if (v < last) slots++;
      childStart[v + 1] = slots;
      left[v] = shape.columns === 2 ? GAP.railIndent + shape.leftWidth : RAIL_CLEARANCE;
      right[v] = GAP.railIndent + shape.rightWidth;
    }
  }
  const rootSlots = slots;
  childStart[count] = rootSlots + roots.length;
  const childList = scratch.int(rootSlots + roots.length);
  for (let k = 0; k < size; k++) {
    const v = order[k];
    if (v === undefined) throw missing('node in row order', k);
    const slot = childStart[v];
    const stack = stackOf[v];
    const vParent = parent[v];
    if (slot === undefined || stack === undefined || vParent === undefined) throw missing('packed node', v);
    if (vParent < 0) {
      parent[v] = top;
      group[v] = v;
    }
    const vGroup = group[v];
    if (vGroup === undefined) throw missing('group', v);
    if (stack >= 0) {
      const first = chainFirst[stack];
      if (first === undefined) throw missing('stack chain', stack);
      childList[slot] = first;
      parent[first] = v;
      group[first] = vGroup;
      // Down the chain: every link but the last has the next as its one child.
      for (let c = first; ; c++) {
        const linkSlot = childStart[c];
        const linkEnd = childStart[c + 1];
        if (linkSlot === undefined || linkEnd === undefined) throw missing('stack chain link', c);
        if (linkEnd === linkSlot) break;
        childList[linkSlot] = c + 1;
        parent[c + 1] = c;
        group[c + 1] = vGroup;
      }
      continue;
    }
    const first = kidStart[v];
    const end = kidStart[v + 1];
    if (first === undefined || end === undefined) throw missing('reports of node', v);
    for (let c = first; c < end; c++) {
      const child = kids[c];
      if (child === undefined) throw missing('report', c);
      childList[slot + c - first] = child;
      parent[child] = v;
      group[child] = vGroup;
    }
  }
  for (const [k, r] of roots.entries()) childList[rootSlots + k] = r;

  const centre = tidyCentres(
    { count, root: top, parent, childStart, childList, leftExtent: left, rightExtent: right, group },
    // Compact also draws separate trees (boards and bodies side by side) only a subtree gap apart.
    { sibling: GAP.sibling, subtree: GAP.subtree, group: stacks ? GAP.subtree : GAP.root },
    scratch,
  );

  // Top-left of every box, recorded in drawing order: each row box, then its stack and assistants.
  let placedCount = 0;
  const put = (i: number, left: number, topY: number) => {
    x[i] = left;
    y[i] = topY;
    drawn[placedCount++] = i;
  };
  const widthOf = (i: number): number => {
    const w = width[i];
    if (w === undefined) throw missing('width', i);
    return w;
  };
  const heightOf = (i: number): number => {
    const h = height[i];
    if (h === undefined) throw missing('height', i);
    return h;
  };
  for (let k = 0; k < size; k++) {
    const i = order[k];
    if (i === undefined) throw missing('node in row order', k);
    const cx = centre[i];
    const d = depth[i];
    const stackIndex = stackOf[i];
    if (cx === undefined || d === undefined || stackIndex === undefined) throw missing('placed node', i);
    const rowTop = topOfRow(d);
    put(i, cx - widthOf(i) / 2, rowTop);
    if (stackIndex >= 0) {
      const stack = stackShapes[stackIndex];
      const first = kidStart[i];
      if (stack === undefined || first === undefined) throw missing('stack', i);
      const stackTop = topOfRow(d + 1);
      for (const [s, column] of stack.col.entries()) {
        const child = kids[first + s];
        const offset = stack.top[s];
        if (child === undefined || offset === undefined) throw missing('stacked report', s);
        put(child, column === 1 ? cx + GAP.railIndent : cx - GAP.railIndent - widthOf(child), stackTop + offset);
      }
    }
    const rowH = rowHeight[d];
    const firstAssistant = helperStart[i];
    const end = helperStart[i + 1];
    if (rowH === undefined || firstAssistant === undefined || end === undefined) throw missing('placed node', i);
    let assistantY = rowTop + rowH + GAP.assistant;
    for (let h = firstAssistant; h < end; h += 2) {
      const a = tree.helpers[h];
      if (a === undefined) throw missing('assistant', h);
      put(a, cx + GAP.railIndent, assistantY);
      const b = h + 1 < end ? tree.helpers[h + 1] : -1;
      if (b === undefined) throw missing('assistant', h + 1);
      if (b >= 0) put(b, cx - GAP.railIndent - widthOf(b), assistantY);
      assistantY += Math.max(heightOf(a), b >= 0 ? heightOf(b) : 0) + GAP.stack;
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
