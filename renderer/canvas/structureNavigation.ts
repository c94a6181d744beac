// Which box the arrow keys go to on the canvas: up to the line manager, down to
// the first report, left and right among the reports of the same manager (or
// among the top boxes), in the order they are drawn. Pure, so it is tested on
// random trees without a browser.
import type { Line } from '../../shared/model/types';
import { must } from '../../shared/must';
import { pushTo } from '../../shared/multimap';

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface NavStructure {
  managerOf: ReadonlyMap<string, string>;
  /** Manager id → its shown reports, left to right (top to bottom within a stack). */
  reportsOf: ReadonlyMap<string, readonly string[]>;
  /** Boxes with no shown manager, left to right. */
  roots: readonly string[];
}

/** Each node's line manager, from the chart's management lines. */
export function managersFromLines(lines: readonly Line[]): (id: string) => string | undefined {
  const managers = new Map<string, string>();
  for (const line of lines) if (line.kind === 'management' && !managers.has(line.to)) managers.set(line.to, line.from);
  return (id) => managers.get(id);
}

/**
 * The shown boxes' structure. `parentOf` gives the box a node is drawn under
 * (its line manager; the layout's tree parent, which in diagrams falls back to
 * a linked superior). `place` gives a shown box's position; a box it does not
 * know (hidden in a collapsed subtree) is left out, and so is any link to one.
 */
export function navStructure(
  ids: Iterable<string>,
  parentOf: (id: string) => string | undefined,
  place: (id: string) => { x: number; y: number } | undefined,
): NavStructure {
  const shown = new Map<string, { x: number; y: number }>();
  for (const id of ids) {
    const at = place(id);
    if (at) shown.set(id, at);
  }
  const managerOf = new Map<string, string>();
  const reportsOf = new Map<string, string[]>();
  for (const id of shown.keys()) {
    const parent = parentOf(id);
    if (parent === undefined || parent === id || !shown.has(parent)) continue;
    managerOf.set(id, parent);
    pushTo(reportsOf, parent, id);
  }
  // Only ids of `shown` are ordered (its keys and the reports filed from them).
  const order = (a: string, b: string) => {
    const pa = must(shown.get(a), `the place of box "${a}"`);
    const pb = must(shown.get(b), `the place of box "${b}"`);
    return pa.x - pb.x || pa.y - pb.y || (a < b ? -1 : a > b ? 1 : 0);
  };
  for (const list of reportsOf.values()) list.sort(order);
  const roots = [...shown.keys()].filter((id) => !managerOf.has(id)).sort(order);
  return { managerOf, reportsOf, roots };
}

/** Left to right, then top to bottom, then by id: the order navStructure sorts boxes in. */
const drawnBefore = (a: { id: string; x: number; y: number }, b: { id: string; x: number; y: number }) =>
  (a.x - b.x || a.y - b.y || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) < 0;

/**
 * `navStructure(...).roots[0]` without building the structure: the first top box
 * in drawing order, found in one pass over the shown boxes. The canvas needs it
 * on every edit (its Tab stop); the whole structure only when an arrow key is pressed.
 */
export function firstRoot(
  shownBoxes: Iterable<{ id: string; x: number; y: number }>,
  parentOf: (id: string) => string | undefined,
  isShown: (id: string) => boolean,
): string | null {
  let best: { id: string; x: number; y: number } | null = null;
  for (const box of shownBoxes) {
    const parent = parentOf(box.id);
    if (parent !== undefined && parent !== box.id && isShown(parent)) continue;
    if (!best || drawnBefore(box, best)) best = box;
  }
  return best?.id ?? null;
}

/** The box an arrow key goes to from `current` (the first top box when nothing is current), or null when there is none that way. */
export function nextNode(structure: NavStructure, current: string | null, direction: Direction): string | null {
  if (current === null || !(structure.managerOf.has(current) || structure.reportsOf.has(current) || structure.roots.includes(current))) {
    return structure.roots[0] ?? null;
  }
  if (direction === 'up') return structure.managerOf.get(current) ?? null;
  if (direction === 'down') return structure.reportsOf.get(current)?.[0] ?? null;
  const manager = structure.managerOf.get(current);
  const siblings = manager === undefined ? structure.roots : (structure.reportsOf.get(manager) ?? []);
  const at = siblings.indexOf(current);
  const next = siblings[at + (direction === 'left' ? -1 : 1)];
  return next ?? null;
}

/** The lines a box takes part in, its own management line first: what E steps through from a box. */
export function linesOfNode(lines: readonly Line[], id: string): string[] {
  const own = lines.filter((l) => l.to === id && l.kind === 'management');
  const rest = lines.filter((l) => (l.from === id || l.to === id) && !own.includes(l));
  return [...own, ...rest].map((l) => l.id);
}
