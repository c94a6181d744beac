// Auto-layout of a chart as an organisation chart: a tidy top-down tree by line
// management (Reingold–Tilford style contour packing, variable box sizes, rows
// aligned by depth), with the organisation-chart conventions users expect:
// compact stacks of leaf reports, assistants beside their manager, bodies that
// are only linked by accountability lines beside the tree they relate to,
// collapsed subtrees hidden. Never throws or loops on invalid input.
import type { Chart, ChartNode, StructuraDocument } from '../model/types';
import { measureNode, type NodeBox } from './nodeBox';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedBox extends NodeBox {
  x: number;
  y: number;
}

export interface ChartLayout {
  boxes: Map<string, PlacedBox>;
  /** Nodes inside collapsed subtrees: not drawn. */
  hidden: Set<string>;
  /** Collapsed post id → number of posts it hides. */
  hiddenCounts: Map<string, number>;
  /** Reports drawn in a compact stack (their connector runs down the manager's side rail). */
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

function parentLookup(tree: Tree): ParentLookup {
  const get = (id: string) => {
    const i = tree.index.get(id);
    return i === undefined || tree.parent[i] < 0 ? undefined : tree.ids[tree.parent[i]];
  };
  return { get, has: (id) => get(id) !== undefined };
}

export interface LayoutOptions {
  /** auto: compute positions (default); positions: keep each node's saved position and only measure. */
  mode?: 'auto' | 'positions';
  compact?: boolean;
}

export const GAP = {
  sibling: 22,
  subtree: 30,
  root: 56,
  row: 46,
  stack: 10,
  railIndent: 18,
  assistant: 16,
} as const;

/** Leaf reports beyond this many stack in two columns, either side of the rail. */
const ONE_COLUMN_MAX = 5;

interface Tree {
  ids: string[];
  index: Map<string, number>;
  nodes: ChartNode[];
  parent: Int32Array;
  children: number[][];
  assistants: number[][];
  visible: Uint8Array;
  hiddenCounts: Map<string, number>;
  /** Some node is inside a collapsed subtree. */
  anyHidden: boolean;
  /** Visible reports (not assistants) and visible assistants of each node. */
  kids: number[][];
  helpers: number[][];
}

const NONE: number[] = [];

/** Parent of each node: its line manager; in diagrams, failing that, a linked superior. */
function buildTree(chart: Chart): Tree {
  const index = new Map<string, number>();
  const nodes: ChartNode[] = [];
  for (const node of chart.nodes) {
    if (index.has(node.id)) continue;
    index.set(node.id, nodes.length);
    nodes.push(node);
  }
  const n = nodes.length;
  const parent = new Int32Array(n).fill(-1);
  const reachesUp = (from: number, target: number): boolean => {
    for (let cur = from, steps = 0; cur >= 0 && steps <= n; cur = parent[cur], steps++) if (cur === target) return true;
    return false;
  };
  const link = (fromId: string, toId: string): void => {
    const from = index.get(fromId);
    const to = index.get(toId);
    if (from === undefined || to === undefined || from === to || parent[to] >= 0) return;
    if (reachesUp(from, to)) return; // would close a circle: leave `to` a root
    parent[to] = from;
  };
  for (const line of chart.lines) if (line.kind === 'management') link(line.from, line.to);
  // Diagrams often have no line management: hang them from their other lines instead.
  if (chart.kind === 'diagram') {
    for (const kind of ['commissions', 'accountability'] as const) {
      for (const line of chart.lines) if (line.kind === kind) link(line.from, line.to);
    }
  }

  // Leaves share one empty list: most nodes of a large chart are leaves.
  const children: number[][] = new Array(n).fill(NONE);
  const assistants: number[][] = new Array(n).fill(NONE);
  for (let i = 0; i < n; i++) {
    const p = parent[i];
    if (p < 0) continue;
    const node = nodes[i];
    const lists = node.kind === 'post' && node.assistant ? assistants : children;
    if (lists[p] === NONE) lists[p] = [i];
    else lists[p].push(i);
  }

  // Collapsed posts hide their whole subtree.
  const visible = new Uint8Array(n).fill(1);
  const hiddenCounts = new Map<string, number>();
  let anyHidden = false;
  for (let i = 0; i < n; i++) {
    const node = nodes[i];
    if (node.kind !== 'post' || !node.collapsed) continue;
    let posts = 0;
    const stack = [...children[i], ...assistants[i]];
    while (stack.length) {
      const j = stack.pop()!;
      visible[j] = 0;
      anyHidden = true;
      if (nodes[j].kind === 'post') posts++;
      stack.push(...children[j], ...assistants[j]);
    }
    if (posts > 0) hiddenCounts.set(node.id, posts);
  }
  const kids = anyHidden ? children.map((list) => list.filter((c) => visible[c])) : children;
  const helpers = anyHidden ? assistants.map((list) => list.filter((c) => visible[c])) : assistants;
  return { ids: nodes.map((x) => x.id), index, nodes, parent, children, assistants, visible, hiddenCounts, anyHidden, kids, helpers };
}

function visibleChildren(tree: Tree, i: number): number[] {
  return tree.kids[i];
}

function visibleAssistants(tree: Tree, i: number): number[] {
  return tree.helpers[i];
}

/** A box at a position (an explicit literal: much faster than a spread for thousands of boxes). */
function place(box: NodeBox, x: number, y: number): PlacedBox {
  return { id: box.id, kind: box.kind, width: box.width, height: box.height, bandHeight: box.bandHeight, texts: box.texts, x, y };
}

/** Managers whose visible reports are all leaves (and at least two) get a compact stack. */
function findStacks(tree: Tree, compact: boolean): Set<number> {
  const stacks = new Set<number>();
  if (!compact) return stacks;
  for (let i = 0; i < tree.nodes.length; i++) {
    if (!tree.visible[i]) continue;
    const kids = visibleChildren(tree, i);
    if (kids.length < 2) continue;
    if (kids.every((c) => visibleChildren(tree, c).length === 0 && visibleAssistants(tree, c).length === 0)) stacks.add(i);
  }
  return stacks;
}

/** Ids of reports drawn in compact stacks, from the chart alone (for routing in positions mode). */
export function stackedReports(chart: Chart): Set<string> {
  const tree = buildTree(chart);
  const stacked = new Set<string>();
  for (const m of findStacks(tree, chart.layout.compact)) for (const c of visibleChildren(tree, m)) stacked.add(tree.ids[c]);
  return stacked;
}

interface StackShape {
  columns: 1 | 2;
  /** Per item: column (0 = left, 1 = right) and top offset below the stack's top. */
  col: number[];
  top: number[];
  height: number;
  leftWidth: number;
  rightWidth: number;
}

function stackShape(items: number[], boxes: (NodeBox | undefined)[]): StackShape {
  const columns = items.length > ONE_COLUMN_MAX ? 2 : 1;
  const col: number[] = [];
  const top: number[] = [];
  let y = 0;
  let leftWidth = 0;
  let rightWidth = 0;
  for (let k = 0; k < items.length; k += columns) {
    let rowHeight = 0;
    for (let c = 0; c < columns && k + c < items.length; c++) {
      const box = boxes[items[k + c]]!;
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

function assistantShape(items: number[], boxes: (NodeBox | undefined)[]): { height: number; left: number; right: number } {
  let left = 0;
  let right = 0;
  let height = 0;
  for (let k = 0; k < items.length; k += 2) {
    const a = boxes[items[k]]!;
    const b = k + 1 < items.length ? boxes[items[k + 1]]! : undefined;
    right = Math.max(right, a.width);
    if (b) left = Math.max(left, b.width);
    height += Math.max(a.height, b?.height ?? 0) + GAP.stack;
  }
  return { height: height - GAP.stack, left, right };
}

export function layoutChart(doc: StructuraDocument, chart: Chart, options: LayoutOptions = {}): ChartLayout {
  const tree = buildTree(chart);
  const n = tree.nodes.length;
  const compact = options.compact ?? chart.layout.compact;
  const boxes: (NodeBox | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (tree.visible[i]) boxes[i] = measureNode(tree.nodes[i], doc, { hiddenCount: tree.hiddenCounts.get(tree.ids[i]) });
  }
  const stacks = findStacks(tree, compact);
  const stacked = new Set<string>();
  for (const m of stacks) for (const c of visibleChildren(tree, m)) stacked.add(tree.ids[c]);
  const treeParent = parentLookup(tree);

  const placed = new Map<string, PlacedBox>();
  if (options.mode === 'positions') {
    for (let i = 0; i < n; i++) {
      const box = boxes[i];
      if (box) placed.set(box.id, place(box, tree.nodes[i].position.x, tree.nodes[i].position.y));
    }
  } else {
    placeTidyTree(tree, chart, boxes, stacks, placed);
  }
  const hidden = new Set<string>();
  if (tree.anyHidden) for (let i = 0; i < n; i++) if (!tree.visible[i]) hidden.add(tree.ids[i]);
  return { boxes: placed, hidden, hiddenCounts: tree.hiddenCounts, stacked, treeParent, bounds: boundsOf(placed.values()) };
}

export function boundsOf(boxes: Iterable<Rect>): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  if (minX === Infinity) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Orders roots so that bodies linked only by dashed lines sit either side of the tree they relate to. */
function orderRoots(tree: Tree, chart: Chart, roots: number[]): number[] {
  const index = tree.index;
  const rootOf = (i: number): number => {
    let cur = i;
    for (let steps = 0; tree.parent[cur] >= 0 && steps < tree.nodes.length; steps++) cur = tree.parent[cur];
    return cur;
  };
  const isLeaf = (i: number) => visibleChildren(tree, i).length === 0;
  const satellites = new Map<number, number[]>();
  const satelliteOf = new Map<number, number>();
  for (const line of chart.lines) {
    if (line.kind === 'management') continue;
    const a = index.get(line.from);
    const b = index.get(line.to);
    if (a === undefined || b === undefined) continue;
    for (const [leaf, other] of [[a, b], [b, a]]) {
      if (tree.parent[leaf] >= 0 || !isLeaf(leaf) || satelliteOf.has(leaf)) continue;
      const host = rootOf(other);
      if (host === leaf || isLeaf(host)) continue;
      satelliteOf.set(leaf, host);
      satellites.set(host, [...(satellites.get(host) ?? []), leaf]);
    }
  }
  const ordered: number[] = [];
  for (const r of roots) {
    if (satelliteOf.has(r)) continue;
    const around = satellites.get(r) ?? [];
    const half = Math.floor(around.length / 2);
    ordered.push(...around.slice(0, half), r, ...around.slice(half));
  }
  return ordered;
}

/** Contour packing: each subtree's left and right extent per depth, relative to its root's centre. */
function placeTidyTree(tree: Tree, chart: Chart, boxes: (NodeBox | undefined)[], stacks: Set<number>, placed: Map<string, PlacedBox>): void {
  const n = tree.nodes.length;
  const depth = new Int32Array(n).fill(-1);
  const roots: number[] = [];
  for (let i = 0; i < n; i++) if (tree.visible[i] && tree.parent[i] < 0) roots.push(i);
  // Nodes whose parent chain is broken (should not happen after buildTree) become roots too.
  const order: number[] = [];
  const queue = [...roots];
  for (const r of roots) depth[r] = 0;
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q];
    order.push(i);
    const kids = stacks.has(i) ? [] : visibleChildren(tree, i);
    for (const c of kids) {
      depth[c] = depth[i] + 1;
      queue.push(c);
    }
    for (const c of visibleAssistants(tree, i)) depth[c] = depth[i];
    if (stacks.has(i)) for (const c of visibleChildren(tree, i)) depth[c] = depth[i] + 1;
  }

  // Row heights (stacks count as one tall box in the row below their manager) and assistant bands.
  const maxDepth = order.reduce((m, i) => Math.max(m, depth[i]), 0) + 1;
  const rowHeight = new Float64Array(maxDepth + 1);
  const assistantBand = new Float64Array(maxDepth + 1);
  const stackShapes = new Map<number, StackShape>();
  const assistantShapes = new Map<number, ReturnType<typeof assistantShape>>();
  for (const i of order) {
    rowHeight[depth[i]] = Math.max(rowHeight[depth[i]], boxes[i]!.height);
    if (stacks.has(i)) {
      const shape = stackShape(visibleChildren(tree, i), boxes);
      stackShapes.set(i, shape);
      rowHeight[depth[i] + 1] = Math.max(rowHeight[depth[i] + 1], shape.height);
    }
    const assistants = visibleAssistants(tree, i);
    if (assistants.length) {
      const shape = assistantShape(assistants, boxes);
      assistantShapes.set(i, shape);
      assistantBand[depth[i]] = Math.max(assistantBand[depth[i]], shape.height + GAP.assistant);
    }
  }
  const rowY = new Float64Array(maxDepth + 1);
  for (let d = 1; d <= maxDepth; d++) rowY[d] = rowY[d - 1] + rowHeight[d - 1] + GAP.row + assistantBand[d - 1];

  // Post-order: contours and each child's offset from its parent's centre.
  const left: number[][] = new Array(n);
  const right: number[][] = new Array(n);
  const offset = new Float64Array(n);
  const leafContours = new Map<number, [number[], number[]]>();
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k];
    const half = boxes[i]!.width / 2;
    let level0Left = -half;
    let level0Right = half;
    const assist = assistantShapes.get(i);
    if (assist) {
      level0Right = Math.max(level0Right, GAP.railIndent + assist.right);
      level0Left = Math.min(level0Left, -GAP.railIndent - assist.left);
    }
    const stack = stackShapes.get(i);
    if (stack) {
      const l = stack.columns === 2 ? -GAP.railIndent - stack.leftWidth : -4;
      const r = GAP.railIndent + stack.rightWidth;
      left[i] = [level0Left, l];
      right[i] = [level0Right, r];
      continue;
    }
    const kids = visibleChildren(tree, i);
    if (kids.length === 0) {
      // Leaves of the same width share their (read-only) contour arrays.
      const key = level0Left * 100_000 + level0Right;
      let contour = leafContours.get(key);
      if (!contour) leafContours.set(key, (contour = [[level0Left], [level0Right]]));
      left[i] = contour[0];
      right[i] = contour[1];
      continue;
    }
    const merged = mergeForest(kids, left, right, offset, GAP.sibling, GAP.subtree);
    const centre = (offset[kids[0]] + offset[kids[kids.length - 1]]) / 2;
    for (const c of kids) offset[c] -= centre;
    const l = [level0Left];
    const r = [level0Right];
    for (let d = 0; d < merged.left.length; d++) {
      l.push(merged.left[d] - centre);
      r.push(merged.right[d] - centre);
    }
    left[i] = l;
    right[i] = r;
  }
  const orderedRoots = orderRoots(tree, chart, roots);
  mergeForest(orderedRoots, left, right, offset, GAP.root, GAP.root);

  // Pre-order: absolute centres, then boxes.
  const centreX = new Float64Array(n);
  for (const r of orderedRoots) centreX[r] = offset[r];
  for (const i of order) {
    const box = boxes[i]!;
    if (tree.parent[i] >= 0 && !stacks.has(tree.parent[i]) && depth[tree.parent[i]] + 1 === depth[i]) {
      centreX[i] = centreX[tree.parent[i]] + offset[i];
    }
    const cx = centreX[i];
    placed.set(tree.ids[i], place(box, cx - box.width / 2, rowY[depth[i]]));
    const stack = stackShapes.get(i);
    if (stack) {
      visibleChildren(tree, i).forEach((c, k) => {
        const child = boxes[c]!;
        const x = stack.col[k] === 1 ? cx + GAP.railIndent : cx - GAP.railIndent - child.width;
        placed.set(tree.ids[c], place(child, x, rowY[depth[i] + 1] + stack.top[k]));
      });
    }
    const assistants = visibleAssistants(tree, i);
    let y = rowY[depth[i]] + rowHeight[depth[i]] + GAP.assistant / 2;
    for (let k = 0; k < assistants.length; k += 2) {
      const a = boxes[assistants[k]]!;
      placed.set(tree.ids[assistants[k]], place(a, cx + GAP.railIndent, y));
      const bIndex = assistants[k + 1];
      const b = bIndex === undefined ? undefined : boxes[bIndex]!;
      if (b) placed.set(tree.ids[bIndex], place(b, cx - GAP.railIndent - b.width, y));
      y += Math.max(a.height, b?.height ?? 0) + GAP.stack;
    }
  }
}

/**
 * Places subtrees left to right as close as their contours allow. Sets each
 * one's offset (from the first one's centre) and returns the forest's contour.
 */
function mergeForest(
  items: number[],
  left: number[][],
  right: number[][],
  offset: Float64Array,
  gap: number,
  deepGap: number,
): { left: number[]; right: number[] } {
  const accLeft: number[] = [];
  const accRight: number[] = [];
  items.forEach((c, k) => {
    const cl = left[c];
    const cr = right[c];
    let x = 0;
    if (k > 0) {
      x = -Infinity;
      const common = Math.min(cl.length, accRight.length);
      for (let d = 0; d < common; d++) x = Math.max(x, accRight[d] - cl[d] + (d === 0 ? gap : deepGap));
    }
    offset[c] = x;
    for (let d = 0; d < cl.length; d++) {
      if (d < accRight.length) accRight[d] = cr[d] + x;
      else {
        accLeft.push(cl[d] + x);
        accRight.push(cr[d] + x);
      }
    }
  });
  return { left: accLeft, right: accRight };
}

/** Lays the chart out and returns it with the computed positions written into its nodes. */
export function autoLayoutChart(doc: StructuraDocument, chart: Chart): Chart {
  const layout = layoutChart(doc, chart, { mode: 'auto' });
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
export function layoutForDisplay(doc: StructuraDocument, chart: Chart): ChartLayout {
  const unplaced = chart.nodes.length > 1 && chart.nodes.every((n) => n.position.x === 0 && n.position.y === 0);
  return layoutChart(doc, chart, { mode: unplaced ? 'auto' : 'positions' });
}
