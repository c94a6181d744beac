// Tidy tree placement in linear time: Walker's algorithm as made linear by
// Buchheim, Jünger and Leipert (2002), for boxes of varying width in rows
// aligned by depth. Subtrees are packed as close as their contours allow,
// every parent is centred over its first and last child, and contours are
// followed through threads, so no level is ever copied or rescanned.
// Everything lives in typed arrays indexed by node: no per-node objects.
import { missing } from './missing';
import { noScratch, type ScratchArrays } from './scratch';

export interface TidyTree {
  /** Number of nodes; node `root` is the (possibly virtual) top of the forest. */
  count: number;
  root: number;
  parent: Int32Array;
  /** Children of v: childList[childStart[v]] .. childList[childStart[v + 1] - 1], left to right. */
  childStart: Int32Array;
  childList: Int32Array;
  /** Extent of each box left and right of its centre (may include things drawn beside it). */
  leftExtent: Float64Array;
  rightExtent: Float64Array;
  /** Top-level tree each node belongs to: different groups keep `groupGap` apart at every depth. */
  group: Int32Array;
}

export interface TidyGaps {
  /** Between boxes of the same parent. */
  sibling: number;
  /** Between boxes of different parents in one tree. */
  subtree: number;
  /** Between separate trees. */
  group: number;
}

/** Centre x of every node (the root at 0); working arrays (and the result) from `scratch` when given. */
export function tidyCentres(tree: TidyTree, gaps: TidyGaps, scratch: ScratchArrays = noScratch): Float64Array {
  const { count, root, parent, childStart, childList, leftExtent, rightExtent, group } = tree;
  const prelim = scratch.float(count);
  const mod = scratch.float(count);
  const shift = scratch.float(count);
  const change = scratch.float(count);
  const thread = scratch.int(count, -1);
  const ancestor = scratch.int(count);
  const siblingIndex = scratch.int(count);
  const defaultAncestor = scratch.int(count, -1);
  for (let v = 0; v < count; v++) {
    ancestor[v] = v;
    const first = childStart[v];
    const end = childStart[v + 1];
    if (first === undefined || end === undefined) throw missing('child list', v);
    for (let c = first; c < end; c++) {
      const child = childList[c];
      if (child === undefined) throw missing('child', c);
      siblingIndex[child] = c - first;
    }
  }

  const distance = (left: number, right: number): number => {
    const leftGroup = group[left];
    const leftParent = parent[left];
    const reach = rightExtent[left];
    const rightReach = leftExtent[right];
    if (leftGroup === undefined || leftParent === undefined || reach === undefined) throw missing('packed node', left);
    if (rightReach === undefined) throw missing('packed node', right);
    const gap = leftGroup !== group[right] ? gaps.group : leftParent === parent[right] ? gaps.sibling : gaps.subtree;
    return reach + rightReach + gap;
  };
  // The next node down a subtree's left (or right) contour: the first (last) child, or the thread.
  const nextLeft = (v: number): number => {
    const first = childStart[v];
    const end = childStart[v + 1];
    const next = first === undefined || end === undefined ? undefined : end > first ? childList[first] : thread[v];
    if (next === undefined) throw missing('left contour', v);
    return next;
  };
  const nextRight = (v: number): number => {
    const first = childStart[v];
    const end = childStart[v + 1];
    const next = first === undefined || end === undefined ? undefined : end > first ? childList[end - 1] : thread[v];
    if (next === undefined) throw missing('right contour', v);
    return next;
  };

  // Post-order, children left to right: the reverse of a pre-order that visits the rightmost child first.
  const order = scratch.int(count);
  const stack = scratch.int(count);
  let size = 0;
  let top = 0;
  stack[top++] = root;
  while (top > 0) {
    const v = stack[--top];
    if (v === undefined) throw missing('stacked node', top);
    order[size++] = v;
    const first = childStart[v];
    const end = childStart[v + 1];
    if (first === undefined || end === undefined) throw missing('child list', v);
    for (let c = first; c < end; c++) {
      const child = childList[c];
      if (child === undefined) throw missing('child', c);
      stack[top++] = child;
    }
  }

  for (let k = size - 1; k >= 0; k--) {
    const v = order[k];
    if (v === undefined) throw missing('node in post-order', k);
    const p = parent[v];
    const first = childStart[v];
    const end = childStart[v + 1];
    const rank = siblingIndex[v];
    if (p === undefined || first === undefined || end === undefined || rank === undefined) throw missing('packed node', v);
    let siblingsStart = -1;
    let leftSibling = -1;
    if (p >= 0) {
      const start = childStart[p];
      const before = start === undefined ? undefined : rank > 0 ? childList[start + rank - 1] : -1;
      if (start === undefined || before === undefined) throw missing('sibling', v);
      siblingsStart = start;
      leftSibling = before;
    }
    if (end > first) {
      // Execute the shifts recorded while packing v's children.
      let s = 0;
      let ch = 0;
      for (let c = end - 1; c >= first; c--) {
        const w = childList[c];
        if (w === undefined) throw missing('child', c);
        const wPrelim = prelim[w];
        const wMod = mod[w];
        const wChange = change[w];
        const wShift = shift[w];
        if (wPrelim === undefined || wMod === undefined || wChange === undefined || wShift === undefined) throw missing('packed child', w);
        prelim[w] = wPrelim + s;
        mod[w] = wMod + s;
        ch += wChange;
        s += wShift + ch;
      }
      const firstChild = childList[first];
      const lastChild = childList[end - 1];
      const leftmost = firstChild === undefined ? undefined : prelim[firstChild];
      const rightmost = lastChild === undefined ? undefined : prelim[lastChild];
      if (leftmost === undefined || rightmost === undefined) throw missing('outer child', v);
      const midpoint = (leftmost + rightmost) / 2;
      if (leftSibling >= 0) {
        const placed = placeRightOf(leftSibling, v);
        prelim[v] = placed;
        mod[v] = placed - midpoint;
      } else {
        prelim[v] = midpoint;
      }
    } else if (leftSibling >= 0) {
      prelim[v] = placeRightOf(leftSibling, v);
    }
    if (p < 0) continue;

    // Apportion: push v's subtree right until its left contour clears the right contour of its left siblings.
    const firstSibling = childList[siblingsStart];
    const lastAncestor = defaultAncestor[p];
    if (firstSibling === undefined || lastAncestor === undefined) throw missing('sibling', v);
    let anc = lastAncestor >= 0 ? lastAncestor : firstSibling;
    if (leftSibling >= 0) {
      let vip = v;
      let vop = v;
      let vim = leftSibling;
      let vom = firstSibling;
      let sip = modOf(vip);
      let sop = sip;
      let sim = modOf(vim);
      let som = modOf(vom);
      for (;;) {
        vim = nextRight(vim);
        vip = nextLeft(vip);
        if (vim < 0 || vip < 0) break;
        vom = nextLeft(vom);
        vop = nextRight(vop);
        ancestor[vop] = v;
        const vimPrelim = prelim[vim];
        const vipPrelim = prelim[vip];
        if (vimPrelim === undefined) throw missing('contour node', vim);
        if (vipPrelim === undefined) throw missing('contour node', vip);
        const needed = vimPrelim + sim - (vipPrelim + sip) + distance(vim, vip);
        if (needed > 0) {
          const ancestorOfVim = ancestor[vim];
          if (ancestorOfVim === undefined) throw missing('ancestor', vim);
          const wm = parent[ancestorOfVim] === p ? ancestorOfVim : anc;
          const wmRank = siblingIndex[wm];
          const vChange = change[v];
          const vShift = shift[v];
          const wmChange = change[wm];
          const vPrelim = prelim[v];
          const vMod = mod[v];
          if (wmRank === undefined || wmChange === undefined) throw missing('ancestor', wm);
          if (vChange === undefined || vShift === undefined || vPrelim === undefined || vMod === undefined) throw missing('packed node', v);
          const subtrees = rank - wmRank;
          change[v] = vChange - needed / subtrees;
          shift[v] = vShift + needed;
          change[wm] = wmChange + needed / subtrees;
          prelim[v] = vPrelim + needed;
          mod[v] = vMod + needed;
          sip += needed;
          sop += needed;
        }
        sim += modOf(vim);
        sip += modOf(vip);
        som += modOf(vom);
        sop += modOf(vop);
      }
      if (vim >= 0 && nextRight(vop) < 0) {
        thread[vop] = vim;
        mod[vop] = modOf(vop) + sim - sop;
      }
      if (vip >= 0 && nextLeft(vom) < 0) {
        thread[vom] = vip;
        mod[vom] = modOf(vom) + sip - som;
        anc = v;
      }
    }
    defaultAncestor[p] = anc;
  }

  // Pre-order: absolute centres from the accumulated modifiers.
  const x = scratch.float(count);
  const rootPrelim = prelim[root];
  if (rootPrelim === undefined) throw missing('root', root);
  mod[root] = modOf(root) - rootPrelim;
  for (let k = 0; k < size; k++) {
    const v = order[k];
    if (v === undefined) throw missing('node in pre-order', k);
    const p = parent[v];
    if (p === undefined) throw missing('parent', v);
    if (p < 0) continue;
    const parentMod = mod[p];
    const vPrelim = prelim[v];
    const vMod = mod[v];
    if (parentMod === undefined) throw missing('modifier', p);
    if (vPrelim === undefined || vMod === undefined) throw missing('packed node', v);
    x[v] = vPrelim + parentMod;
    mod[v] = vMod + parentMod;
  }
  return x;

  function modOf(v: number): number {
    const m = mod[v];
    if (m === undefined) throw missing('modifier', v);
    return m;
  }

  /** Where node `v` goes: its left sibling's place plus the gap between them. */
  function placeRightOf(leftSibling: number, v: number): number {
    const from = prelim[leftSibling];
    if (from === undefined) throw missing('left sibling', leftSibling);
    return from + distance(leftSibling, v);
  }
}
