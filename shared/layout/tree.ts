// The tree a chart is laid out as: each node's layout parent (its line manager;
// in charts without line management, the first commissioning or accountability
// line into it), with cycles, dangling lines and duplicate ids made harmless,
// and the subtrees of collapsed posts hidden. Linear in nodes plus lines, and
// stored in typed arrays (children as compressed lists) so that charts of
// tens of thousands of posts build quickly. Every index into these arrays is
// a node number below n or a slot of a child list: a read that finds nothing
// is a bug, and throws `missing(...)` (see missing.ts).
import type { Chart, ChartNode, Line } from '../model/types';
import { createIdCodes, indexIds, type IdCodes, type IdIndex } from './idIndex';
import { missing } from './missing';
import { carve, noScratch, type ScratchArrays } from './scratch';

export interface ChartTree {
  /** Distinct nodes (the first of duplicate ids wins), in chart order. */
  nodes: ChartNode[];
  ids: string[];
  index: IdIndex;
  /** Each node's id code (see idIndex.ts), in the table `index.table`. */
  codes: Int32Array;
  /** Layout parent of each node, -1 for a root. */
  parent: Int32Array;
  /** 0 for nodes inside a collapsed subtree. */
  visible: Uint8Array;
  anyHidden: boolean;
  /** Collapsed post id → number of posts it hides. */
  hiddenCounts: Map<string, number>;
  /** Visible reports (not assistants) of node i: kids[kidStart[i]] .. kids[kidStart[i + 1] - 1], in chart order. */
  kidStart: Int32Array;
  kids: Int32Array;
  /** Visible assistants of node i, likewise. */
  helperStart: Int32Array;
  helpers: Int32Array;
  /** Visible roots, in chart order. */
  roots: number[];
}

/**
 * Cuts every cycle of the parent array in one pass: walks up from each node,
 * stamping the nodes of this walk; meeting its own stamp again means a cycle.
 * The node where the cycle closes becomes a root, or, when some links are
 * marked `weak`, the first weakly linked node around the cycle.
 */
function breakCycles(parent: Int32Array, weak: Uint8Array | null, scratch: ScratchArrays): void {
  const n = parent.length;
  const stamp = scratch.int(n);
  for (let s = 0; s < n; s++) {
    if (stamp[s] !== 0) continue;
    let v = s;
    while (v >= 0 && stamp[v] === 0) {
      stamp[v] = s + 1;
      const up = parent[v];
      if (up === undefined) throw missing('parent', v);
      v = up;
    }
    if (v < 0 || stamp[v] !== s + 1) continue;
    let cut = v;
    if (weak) {
      let u = v;
      do {
        if (weak[u]) {
          cut = u;
          break;
        }
        u = parentOf(parent, u);
      } while (u !== v);
    }
    parent[cut] = -1;
  }
}

function parentOf(parent: Int32Array, v: number): number {
  const p = parent[v];
  if (p === undefined) throw missing('parent', v);
  return p;
}

/**
 * Children lists of `parent` as compressed rows, keeping chart order; `keep`
 * filters. The lists themselves come from `lists` (scratch arrays for lists
 * used only during one layout), the working copy always from `scratch`.
 */
function childLists(
  parent: Int32Array,
  keep: (i: number) => boolean,
  scratch: ScratchArrays,
  lists: Pick<ScratchArrays, 'int'> = noScratch,
): { start: Int32Array; list: Int32Array } {
  const n = parent.length;
  // Count each node's children one slot along, then sum the counts: start[v] is where v's children begin.
  const start = lists.int(n + 1);
  for (let i = 0; i < n; i++) {
    const p = parent[i];
    if (p === undefined) throw missing('parent', i);
    if (p < 0 || !keep(i)) continue;
    const counted = start[p + 1];
    if (counted === undefined) throw missing('child count', p);
    start[p + 1] = counted + 1;
  }
  let total = 0;
  for (let v = 1; v <= n; v++) {
    const counted = start[v];
    if (counted === undefined) throw missing('child count', v);
    total += counted;
    start[v] = total;
  }
  const list = lists.int(total);
  const fill = scratch.int(n);
  fill.set(start.subarray(0, n));
  for (let i = 0; i < n; i++) {
    const p = parent[i];
    if (p === undefined) throw missing('parent', i);
    if (p < 0 || !keep(i)) continue;
    const slot = fill[p];
    if (slot === undefined) throw missing('child slot', p);
    list[slot] = i;
    fill[p] = slot + 1;
  }
  return { start, list };
}

const all = () => true;

const POST = 1;
const COLLAPSED = 2;
const ASSISTANT = 4;

/**
 * What the layout reads of each node: its id and flags, in one pass (nodes
 * are scattered in memory; every later pass runs over these arrays).
 */
interface NodeScan {
  nodes: ChartNode[];
  ids: string[];
  /** POST | COLLAPSED | ASSISTANT as set on the node. */
  bits: Uint8Array;
}

function scanNodes(nodes: ChartNode[], scratch: ScratchArrays): NodeScan {
  const n = nodes.length;
  const ids: string[] = new Array(n);
  const bits = scratch.byte(n);
  for (let i = 0; i < n; i++) {
    const node = nodes[i];
    if (node === undefined) throw missing('node', i);
    ids[i] = node.id;
    if (node.kind === 'post') bits[i] = POST | (node.collapsed ? COLLAPSED : 0) | (node.assistant ? ASSISTANT : 0);
  }
  return { nodes, ids, bits };
}

/** Id → index, the first of duplicate ids winning; duplicates dropped. */
function indexNodes(
  scan: NodeScan,
  codes: IdCodes,
  scratch: ScratchArrays,
  kept: Pick<ScratchArrays, 'int'>,
): { scan: NodeScan; index: IdIndex; code: Int32Array } {
  const { index, code, firsts } = indexIds(codes, scan.ids, kept);
  if (!firsts) return { scan, index, code };
  const distinct = scanNodes(
    scan.nodes.filter((_node, i) => firsts[i] === 1),
    scratch,
  );
  return { scan: distinct, ...indexIds(codes, distinct.ids) };
}

/**
 * The index of each line end. Lines are mostly listed in the order their
 * reports are (imports write them so; a star's all start at one manager; a
 * chain's each start where the last ended), so the node after the last line's
 * report, and the last line's manager, are tried before the index: a guess is
 * taken only when that node has the very id (ids are distinct here, so it is
 * the index's answer too).
 */
class LineEnds {
  private lastFrom = -1;
  private lastTo = -1;
  constructor(
    private readonly ids: string[],
    private readonly index: IdIndex,
  ) {}

  private is(i: number, id: string): boolean {
    return i >= 0 && i < this.ids.length && this.ids[i] === id;
  }

  from(id: string): number | undefined {
    const { lastFrom, lastTo } = this;
    const i = this.is(lastFrom, id) ? lastFrom : this.is(lastTo, id) ? lastTo : this.is(lastFrom + 1, id) ? lastFrom + 1 : this.index.get(id);
    if (i !== undefined) this.lastFrom = i;
    return i;
  }

  to(id: string): number | undefined {
    const guess = this.lastTo + 1;
    const i = this.is(guess, id) ? guess : this.index.get(id);
    if (i !== undefined) this.lastTo = i;
    return i;
  }
}

/** What a chart's lines and node ids determine: unchanged by edits to a node's own fields. */
interface Structure {
  ids: string[];
  index: IdIndex;
  code: Int32Array;
  /** Deduplicated nodes when ids repeat; null when they are the chart's own nodes. */
  distinct: ChartNode[] | null;
  lines: Line[];
  kind: Chart['kind'];
  parent: Int32Array;
  children: { start: Int32Array; list: Int32Array };
  roots: number[];
}

/**
 * The structures of the last few charts laid out by one owner (a LayoutCache).
 * Editing a post (its title, tag, holder...) leaves the chart's lines and ids
 * as they were, so re-layout after such an edit reuses them; moving a post
 * changes the lines but not the ids, so the id index is reused. Reuse is
 * checked against the ids themselves, never assumed from identity alone. The
 * arrays are shared: never mutated.
 */
export interface StructureMemo {
  recent: Structure[];
  /** Every id laid out by this owner, as an integer code. */
  codes: IdCodes;
}
const RECENT_MAX = 8;

export function createStructureMemo(): StructureMemo {
  return { recent: [], codes: createIdCodes() };
}

function sameIds(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function structureOf(chart: Chart, memo: StructureMemo, scratch: ScratchArrays): { structure: Structure; scan: NodeScan } {
  const { recent } = memo;
  const chartScan = scanNodes(chart.nodes, scratch);
  let sameNodes: Structure | undefined;
  for (const s of recent) {
    if (s.distinct !== null || !sameIds(s.ids, chartScan.ids)) continue;
    if (s.lines === chart.lines && s.kind === chart.kind) return { structure: s, scan: chartScan };
    sameNodes ??= s;
  }
  // What the structure keeps, in one buffer: id codes (n, unless reused), then parents (n), child
  // list starts (n + 1) and the lists (fewer than n), of the distinct nodes when ids repeat.
  const kept = carve((sameNodes ? 3 : 4) * chartScan.ids.length + 1);
  const { scan, index, code } = sameNodes
    ? { scan: chartScan, index: sameNodes.index, code: sameNodes.code }
    : indexNodes(chartScan, memo.codes, scratch, kept);
  const { nodes, ids } = scan;
  const n = nodes.length;
  const parent = kept.int(n, -1);
  let managementLines = 0;
  const ends = new LineEnds(ids, index);
  for (const line of chart.lines) {
    if (line.kind !== 'management') continue;
    managementLines++;
    const from = ends.from(line.from);
    const to = ends.to(line.to);
    if (from === undefined || to === undefined || from === to || hasParent(parent, to)) continue;
    parent[to] = from;
  }
  breakCycles(parent, null, scratch);
  // Without line management (diagrams), hang nodes from their other lines, commissioning first.
  if (chart.kind === 'diagram' || managementLines === 0) {
    const weak = scratch.byte(n);
    for (const kind of ['commissions', 'accountability'] as const) {
      for (const line of chart.lines) {
        if (line.kind !== kind) continue;
        const from = ends.from(line.from);
        const to = ends.to(line.to);
        if (from === undefined || to === undefined || from === to || hasParent(parent, to)) continue;
        parent[to] = from;
        weak[to] = 1;
      }
    }
    breakCycles(parent, weak, scratch);
  }
  const roots: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = parent[i];
    if (p === undefined) throw missing('parent', i);
    if (p < 0) roots.push(i);
  }
  const structure: Structure = {
    ids,
    index,
    code,
    distinct: nodes === chart.nodes ? null : nodes,
    lines: chart.lines,
    kind: chart.kind,
    parent,
    children: childLists(parent, all, scratch, kept),
    roots,
  };
  recent.unshift(structure);
  if (recent.length > RECENT_MAX) recent.pop();
  return { structure, scan };
}

/** Whether node `to` already has a parent (the first line into it wins). */
function hasParent(parent: Int32Array, to: number): boolean {
  const p = parent[to];
  if (p === undefined) throw missing('parent', to);
  return p >= 0;
}

/**
 * The chart as a tree of indices; `memo` (a LayoutCache's) lets re-layout
 * reuse what the chart's lines and ids determine. The tree's own arrays
 * (visibility, reports without hidden posts and assistants) come from
 * `scratch`: valid only until the scratch's owner lays out again.
 */
export function buildChartTree(chart: Chart, memo: StructureMemo = createStructureMemo(), scratch: ScratchArrays = noScratch): ChartTree {
  const { structure, scan } = structureOf(chart, memo, scratch);
  const { ids, index, code, parent, children, roots } = structure;
  const { nodes, bits } = scan;
  const n = nodes.length;

  // Collapsed posts with reports, and assistants without: an assistant with
  // reports of its own heads a subtree, so it is laid out as an ordinary report.
  const flags = scratch.byte(n);
  let anyCollapsed = false;
  let anyAssistant = false;
  for (let i = 0; i < n; i++) {
    const nodeBits = bits[i];
    if (nodeBits === undefined) throw missing('flags of node', i);
    if (nodeBits > POST) {
      const first = children.start[i];
      const end = children.start[i + 1];
      const p = parent[i];
      if (first === undefined || end === undefined || p === undefined) throw missing('tree node', i);
      const hasChildren = end > first;
      const collapsed = nodeBits & COLLAPSED && hasChildren ? COLLAPSED : 0;
      const assistant = nodeBits & ASSISTANT && !hasChildren && p >= 0 ? ASSISTANT : 0;
      flags[i] = collapsed | assistant;
      if (collapsed) anyCollapsed = true;
      if (assistant) anyAssistant = true;
    }
  }

  // Collapsed posts hide their whole subtree: visibility flows down in pre-order,
  // post counts flow up in reverse.
  const visible = scratch.byte(n, 1);
  const hiddenCounts = new Map<string, number>();
  let anyHidden = false;
  if (anyCollapsed) {
    const order = scratch.int(n);
    let size = 0;
    for (const r of roots) order[size++] = r;
    for (let k = 0; k < size; k++) {
      const v = order[k];
      if (v === undefined) throw missing('node in pre-order', k);
      const first = children.start[v];
      const end = children.start[v + 1];
      const flag = flags[v];
      if (first === undefined || end === undefined || flag === undefined) throw missing('tree node', v);
      const hides = !visible[v] || (flag & COLLAPSED) !== 0;
      for (let c = first; c < end; c++) {
        const child = children.list[c];
        if (child === undefined) throw missing('child', c);
        if (hides) visible[child] = 0;
        order[size++] = child;
      }
    }
    const postsBelow = scratch.int(n);
    for (let k = size - 1; k >= 0; k--) {
      const v = order[k];
      if (v === undefined) throw missing('node in pre-order', k);
      const p = parent[v];
      const below = postsBelow[v];
      const flag = flags[v];
      const nodeBits = bits[v];
      const id = ids[v];
      if (p === undefined || below === undefined || flag === undefined || nodeBits === undefined || id === undefined) throw missing('tree node', v);
      if (p >= 0) {
        const aboveSoFar = postsBelow[p];
        if (aboveSoFar === undefined) throw missing('parent', p);
        postsBelow[p] = aboveSoFar + below + (nodeBits & POST);
      }
      if (flag & COLLAPSED && below > 0) hiddenCounts.set(id, below);
      if (!visible[v]) anyHidden = true;
    }
  }

  const isAssistant = (v: number) => {
    const flag = flags[v];
    if (flag === undefined) throw missing('flags of node', v);
    return (flag & ASSISTANT) !== 0;
  };
  const reports = anyHidden || anyAssistant ? childLists(parent, (v) => visible[v] === 1 && !isAssistant(v), scratch, scratch) : children;
  const helpers = anyAssistant
    ? childLists(parent, (v) => visible[v] === 1 && isAssistant(v), scratch, scratch)
    : { start: scratch.int(n + 1), list: scratch.int(0) };
  return {
    nodes,
    ids,
    index,
    codes: code,
    parent,
    visible,
    anyHidden,
    hiddenCounts,
    kidStart: reports.start,
    kids: reports.list,
    helperStart: helpers.start,
    helpers: helpers.list,
    roots,
  };
}

/** The id of node i. */
export function idOf(tree: Pick<ChartTree, 'ids'>, i: number): string {
  const id = tree.ids[i];
  if (id === undefined) throw missing('id', i);
  return id;
}

/** Length of row `i` of a compressed child list (`start`: kidStart or helperStart). */
function rowLength(start: Int32Array, i: number): number {
  const first = start[i];
  const end = start[i + 1];
  if (first === undefined || end === undefined) throw missing('child list', i);
  return end - first;
}

export const reportCount = (tree: ChartTree, i: number) => rowLength(tree.kidStart, i);
export const assistantCount = (tree: ChartTree, i: number) => rowLength(tree.helperStart, i);
