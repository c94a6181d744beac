// "Show levels: 1, 2, 3, all": collapsing a chart to a chosen depth. It sets
// the same `collapsed` flag as a box's own − button and "Collapse all", so it
// is one undoable edit of the document like them, and search still opens what
// it hides.
//
// Levels count posts down the layout tree (the tree the canvas draws): a top
// post is level 1, its reports level 2. Bodies (boards, partner bodies) add no
// level: they cannot be collapsed, so a body counted as a level would let the
// posts under it show past the depth asked for.
import { at } from '../must';
import type { Chart } from '../model/types';
import { buildChartTree } from './tree';

export type LevelChoice = number | 'all';

/** The choices the view controls and the commands offer. */
export const LEVEL_CHOICES: readonly LevelChoice[] = [1, 2, 3, 'all'];

/** Each post's level (1 for a top post), by id, and the posts that head a subtree; bodies have no level. */
export function postLevels(chart: Chart): { levels: Map<string, number>; heads: Set<string> } {
  // The layout parent comes from the lines alone, whatever is collapsed; cycles and duplicate ids are made harmless by the tree.
  const tree = buildChartTree(chart);
  const n = tree.nodes.length;
  const children: number[][] = Array.from({ length: n }, () => []);
  const heads = new Set<string>();
  for (const [i, p] of tree.parent.entries()) {
    if (p < 0) continue;
    at(children, p, 'child list').push(i);
    heads.add(at(tree.ids, p, 'node id'));
  }
  // Posts above each node, itself included, walking down from the roots.
  const depth = new Int32Array(n);
  const order: number[] = [...tree.roots];
  const levels = new Map<string, number>();
  // for-of over an array visits the items pushed during the walk too.
  for (const v of order) {
    const node = at(tree.nodes, v, 'node');
    const p = at(tree.parent, v, 'parent');
    const own = (p >= 0 ? at(depth, p, 'depth') : 0) + (node.kind === 'post' ? 1 : 0);
    depth[v] = own;
    if (node.kind === 'post') levels.set(node.id, own);
    for (const c of at(children, v, 'child list')) order.push(c);
  }
  return { levels, heads };
}

/**
 * The chart with exactly the posts of level ≤ `levels` drawn: posts at that
 * level with reports are collapsed, those above it expanded. Posts below it
 * keep their own state (hidden either way), so showing one more level later
 * finds them as the user left them. 'all' expands every post. Returns the
 * same chart when nothing changes, so no empty undo step is made.
 */
export function collapseToLevel(chart: Chart, levels: LevelChoice): Chart {
  if (levels !== 'all' && (!Number.isInteger(levels) || levels < 1)) throw new Error(`Levels to show must be a whole number from 1, or all (got ${levels}).`);
  const { levels: level, heads } = postLevels(chart);
  let changed = false;
  const nodes = chart.nodes.map((n) => {
    if (n.kind !== 'post') return n;
    const postLevel = level.get(n.id);
    if (postLevel === undefined) return n;
    const collapsed = levels === 'all' ? false : postLevel < levels ? false : postLevel === levels ? heads.has(n.id) : n.collapsed;
    if (collapsed === n.collapsed) return n;
    changed = true;
    return { ...n, collapsed };
  });
  return changed ? { ...chart, nodes } : chart;
}

/** "Show 2 levels", as the undo step and the announcement name it. */
export function levelsLabel(levels: LevelChoice): string {
  return levels === 'all' ? 'Show all levels' : `Show ${levels} level${levels === 1 ? '' : 's'}`;
}
