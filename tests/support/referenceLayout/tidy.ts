// Frozen copy of shared/layout/tidy.ts as it was before the layout-performance work
// (main at 12f79f7): the reference that property tests compare the optimised
// layout with, box for box. Not used by the app; never edit it to match.

// Tidy tree placement in linear time: Walker's algorithm as made linear by
// Buchheim, Jünger and Leipert (2002), for boxes of varying width in rows
// aligned by depth. Subtrees are packed as close as their contours allow,
// every parent is centred over its first and last child, and contours are
// followed through threads, so no level is ever copied or rescanned.
// Everything lives in typed arrays indexed by node: no per-node objects.

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

/** Centre x of every node (the root at 0). */
export function tidyCentres(tree: TidyTree, gaps: TidyGaps): Float64Array {
  const { count, root, parent, childStart, childList, leftExtent, rightExtent, group } = tree;
  const prelim = new Float64Array(count);
  const mod = new Float64Array(count);
  const shift = new Float64Array(count);
  const change = new Float64Array(count);
  const thread = new Int32Array(count).fill(-1);
  const ancestor = new Int32Array(count);
  const siblingIndex = new Int32Array(count);
  const defaultAncestor = new Int32Array(count).fill(-1);
  for (let v = 0; v < count; v++) {
    ancestor[v] = v;
    for (let c = childStart[v]; c! < childStart[v + 1]!; c!++) siblingIndex[childList[c!]!] = c! - childStart[v]!;
  }

  const distance = (left: number, right: number): number =>
    rightExtent[left]! + leftExtent[right]! + (group[left] !== group[right] ? gaps.group : parent[left] === parent[right] ? gaps.sibling : gaps.subtree);
  const nextLeft = (v: number) => (childStart[v + 1]! > childStart[v]! ? childList[childStart[v]!] : thread[v]);
  const nextRight = (v: number) => (childStart[v + 1]! > childStart[v]! ? childList[childStart[v + 1]! - 1] : thread[v]);

  // Post-order, children left to right: the reverse of a pre-order that visits the rightmost child first.
  const order = new Int32Array(count);
  const stack = new Int32Array(count);
  let size = 0;
  let top = 0;
  stack[top++] = root;
  while (top > 0) {
    const v = stack[--top];
    order[size++] = v!;
    for (let c = childStart[v!]; c! < childStart[v! + 1]!; c!++) stack[top++] = childList[c!]!;
  }

  for (let k = size - 1; k >= 0; k--) {
    const v = order[k];
    const p = parent[v!];
    const leftSibling = p! >= 0 && siblingIndex[v!]! > 0 ? childList[childStart[p!]! + siblingIndex[v!]! - 1] : -1;
    if (childStart[v! + 1]! > childStart[v!]!) {
      // Execute the shifts recorded while packing v's children.
      let s = 0;
      let ch = 0;
      for (let c = childStart[v! + 1]! - 1; c >= childStart[v!]!; c--) {
        const w = childList[c];
        prelim[w!]! += s;
        mod[w!]! += s;
        ch += change[w!]!;
        s += shift[w!]! + ch;
      }
      const midpoint = (prelim[childList[childStart[v!]!]!]! + prelim[childList[childStart[v! + 1]! - 1]!]!) / 2;
      if (leftSibling! >= 0) {
        prelim[v!] = prelim[leftSibling!]! + distance(leftSibling!, v!);
        mod[v!] = prelim[v!]! - midpoint;
      } else {
        prelim[v!] = midpoint;
      }
    } else if (leftSibling! >= 0) {
      prelim[v!] = prelim[leftSibling!]! + distance(leftSibling!, v!);
    }
    if (p! < 0) continue;

    // Apportion: push v's subtree right until its left contour clears the right contour of its left siblings.
    let anc = defaultAncestor[p!]! >= 0 ? defaultAncestor[p!] : childList[childStart[p!]!];
    if (leftSibling! >= 0) {
      let vip = v;
      let vop = v;
      let vim = leftSibling;
      let vom = childList[childStart[p!]!];
      let sip = mod[vip!];
      let sop = mod[vop!];
      let sim = mod[vim!];
      let som = mod[vom!];
      for (;;) {
        vim = nextRight(vim!);
        vip = nextLeft(vip!);
        if (vim! < 0 || vip! < 0) break;
        vom = nextLeft(vom!);
        vop = nextRight(vop!);
        ancestor[vop!] = v!;
        const needed = prelim[vim!]! + sim! - (prelim[vip!]! + sip!) + distance(vim!, vip!);
        if (needed > 0) {
          const wm = parent[ancestor[vim!]!] === p ? ancestor[vim!] : anc;
          const subtrees = siblingIndex[v!]! - siblingIndex[wm!]!;
          change[v!]! -= needed / subtrees;
          shift[v!]! += needed;
          change[wm!]! += needed / subtrees;
          prelim[v!]! += needed;
          mod[v!]! += needed;
          sip! += needed;
          sop! += needed;
        }
        sim! += mod[vim!]!;
        sip! += mod[vip!]!;
        som! += mod[vom!]!;
        sop! += mod[vop!]!;
      }
      if (vim! >= 0 && nextRight(vop!)! < 0) {
        thread[vop!] = vim!;
        mod[vop!]! += sim! - sop!;
      }
      if (vip! >= 0 && nextLeft(vom!)! < 0) {
        thread[vom!] = vip!;
        mod[vom!]! += sip! - som!;
        anc = v;
      }
    }
    defaultAncestor[p!] = anc!;
  }

  // Pre-order: absolute centres from the accumulated modifiers.
  const x = new Float64Array(count);
  mod[root]! -= prelim[root]!;
  for (let k = 0; k < size; k++) {
    const v = order[k];
    const p = parent[v!];
    if (p! < 0) continue;
    x[v!] = prelim[v!]! + mod[p!]!;
    mod[v!]! += mod[p!]!;
  }
  return x;
}
