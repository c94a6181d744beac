// What the compare view draws and where it opens, as pure functions: each
// chart laid out unfolded, A's removed posts placed where they stood, and the
// opening viewport on the changed region at a zoom that can be read.
import { layoutChart, type ChartLayout, type LayoutCache, type PlacedBox, type Rect } from '../layout/layout';
import type { Chart, ChartNode, StructuraDocument } from '../model/types';

/** Box text is 8.5–12.5 px at zoom 1; below this the smallest runs under 6 px and titles under 9 px. */
export const READABLE_ZOOM = 0.75;
const MAX_OPENING_ZOOM = 1;
const PADDING = 24;
/** Room at the top of a side for its title. */
const TITLE_ROOM = 56;

/**
 * The chart laid out with every collapsed subtree shown (a comparison hides
 * nothing). Only collapsed posts are copied: the others keep their identity,
 * so their measured boxes are reused instead of measuring every box again.
 */
export function compareLayout(doc: StructuraDocument, chart: Chart, cache?: LayoutCache): ChartLayout {
  const folded = chart.nodes.some((n) => n.kind === 'post' && n.collapsed);
  const unfolded = folded ? { ...chart, nodes: chart.nodes.map((n) => (n.kind === 'post' && n.collapsed ? { ...n, collapsed: false } : n)) } : chart;
  return layoutChart(doc, unfolded, { cache });
}

export interface PlacedGhost {
  node: ChartNode;
  box: PlacedBox;
}

/**
 * A's removed posts in B's frame, where they stood in A: A's layout is moved by
 * the median offset between the two layouts of the posts both charts have, so
 * a removed post sits among the same neighbours it had. Boxes come from A's
 * layout, so no post is laid out again to find its size.
 */
export function placeGhosts(from: Chart, fromLayout: ChartLayout, toLayout: ChartLayout, removed: readonly string[]): PlacedGhost[] {
  const dx: number[] = [];
  const dy: number[] = [];
  for (const [id, a] of fromLayout.boxes) {
    const b = toLayout.boxes.get(id);
    if (!b) continue;
    dx.push(b.x + b.width / 2 - (a.x + a.width / 2));
    dy.push(b.y - a.y);
  }
  const median = (values: number[]) => values.sort((p, q) => p - q)[Math.floor(values.length / 2)] ?? 0;
  const offsetX = median(dx);
  const offsetY = median(dy);
  const byId = new Map(from.nodes.map((n) => [n.id, n]));
  const ghosts: PlacedGhost[] = [];
  for (const id of removed) {
    const node = byId.get(id);
    const box = fromLayout.boxes.get(id);
    if (node && box) ghosts.push({ node, box: { ...box, x: box.x + offsetX, y: box.y + offsetY } });
  }
  return ghosts;
}

export interface Focus {
  /** The changed region (or the whole chart when nothing changed). */
  rect: Rect;
  /** Where to look when the region does not fit at a readable zoom: the first change in reading order. */
  first: Rect;
}

/** The region of these boxes, and the first of them top to bottom, left to right; undefined for none. */
export function focusOn(boxes: Iterable<PlacedBox>): Focus | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let first: PlacedBox | undefined;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
    if (!first || b.y < first.y || (b.y === first.y && b.x < first.x)) first = b;
  }
  if (!first) return undefined;
  return { rect: { x: minX, y: minY, width: maxX - minX, height: maxY - minY }, first: { x: first.x, y: first.y, width: first.width, height: first.height } };
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The viewport a side opens at: the changed region fitted in the pane, but
 * never below READABLE_ZOOM (nor above 1); when the region is too big for
 * that, from its left and top edges, or on its first change when that edge is
 * far from it. `fitSize` is the size the zoom is worked
 * out for: the larger of both sides' regions, so both sides open at one zoom.
 */
export function openingViewport(focus: Focus, pane: { width: number; height: number }, fitSize: { width: number; height: number } = focus.rect): Viewport {
  const room = { width: Math.max(1, pane.width - 2 * PADDING), height: Math.max(1, pane.height - PADDING - TITLE_ROOM) };
  const fit = Math.min(room.width / Math.max(1, fitSize.width), room.height / Math.max(1, fitSize.height));
  const zoom = Math.min(MAX_OPENING_ZOOM, Math.max(READABLE_ZOOM, fit));
  // Along each axis: the region from its start when it fits (top-aligned under the side's title, centred across),
  // else from its start as far as the first change allows, so nothing is cut off on the left or above.
  const axis = (start: number, size: number, firstStart: number, firstSize: number, paneSize: number, lead: number, centre: boolean) => {
    if (size * zoom <= paneSize - lead - PADDING) return centre ? (paneSize - size * zoom) / 2 - start * zoom : lead - start * zoom;
    const fromStart = lead - start * zoom;
    const firstEnd = (firstStart + firstSize) * zoom + fromStart;
    return firstEnd <= paneSize - PADDING ? fromStart : paneSize / 2 - (firstStart + firstSize / 2) * zoom;
  };
  return {
    x: axis(focus.rect.x, focus.rect.width, focus.first.x, focus.first.width, pane.width, PADDING, true),
    y: axis(focus.rect.y, focus.rect.height, focus.first.y, focus.first.height, pane.height, TITLE_ROOM, false),
    zoom,
  };
}

/**
 * Where the other side goes when one side pans or zooms from `before` to
 * `after`: the same pan, and the same zoom about the same point of the screen,
 * so both sides move alike without jumping to one another's position.
 */
export function followViewport(other: Viewport, before: Viewport, after: Viewport): Viewport {
  const ratio = after.zoom / before.zoom;
  return { x: other.x * ratio + (after.x - before.x * ratio), y: other.y * ratio + (after.y - before.y * ratio), zoom: after.zoom };
}
