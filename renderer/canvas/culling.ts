// Culling for large charts: React Flow is handed only the boxes and lines near
// the viewport. Its own `onlyRenderVisibleElements` still keeps every node and
// edge in its store, and tests all of them against the viewport on each of its
// store updates (several per click): at 10,000 posts that, and adopting the
// 10,000-node array again, made a select take most of a second. Here the set
// handed over is worked out in Structura, from the layout, only when the view
// leaves the area last worked out for (hysteresis), so a pan inside it costs
// nothing and a select touches a few hundred nodes.
import type { Point } from '../../shared/layout/route';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A viewport as React Flow keeps it: translate x, y and zoom. */
export type Transform = readonly [number, number, number];

/** The part of the chart (in chart units) a pane of this size shows at this transform. */
export function worldView([tx, ty, zoom]: Transform, paneWidth: number, paneHeight: number): Rect {
  const z = zoom > 0 ? zoom : 1;
  return { x: -tx / z, y: -ty / z, width: paneWidth / z, height: paneHeight / z };
}

/** How far the culled area reaches beyond the view on every side, as a share of the view's size. */
export const CULL_MARGIN = 0.5;
/** Zoomed in this many times since the area was worked out, it is worked out again (it would hold far more than is seen). */
const ZOOMED_IN_BY = 2;

/** The area whose boxes are handed to React Flow for a view: the view with a margin all round, so a short pan needs nothing new. */
export function cullArea(view: Rect, margin = CULL_MARGIN): Rect {
  return { x: view.x - view.width * margin, y: view.y - view.height * margin, width: view.width * (1 + 2 * margin), height: view.height * (1 + 2 * margin) };
}

function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** True when the view has left the culled area, or zoomed in so far that the area holds far more than is seen. */
export function needsRecull(area: Rect | null, view: Rect, margin = CULL_MARGIN): boolean {
  if (!area) return true;
  return !contains(area, view) || view.width * (1 + 2 * margin) * ZOOMED_IN_BY < area.width;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

/** The area a line can be drawn in: both its boxes and the points of its planned route. */
export function lineBounds(from: Rect, to: Rect, route: readonly Point[] = []): Rect {
  let x0 = Math.min(from.x, to.x);
  let y0 = Math.min(from.y, to.y);
  let x1 = Math.max(from.x + from.width, to.x + to.width);
  let y1 = Math.max(from.y + from.height, to.y + to.height);
  for (const p of route) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** A box as handed to React Flow: its id, top-left and size. */
export interface CullNode {
  id: string;
  position: { x: number; y: number };
  width?: number;
  height?: number;
}

/** A line as handed to React Flow, with the route it was planned along. */
export interface CullEdge {
  id: string;
  source: string;
  target: string;
  data?: { planned?: { points: readonly Point[] } };
}

const rectOf = (n: CullNode): Rect => ({ x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 });

/** The area each line can be drawn in (lines whose boxes are not both among `nodes` have none). */
export function lineAreasOf(nodes: readonly CullNode[], edges: readonly CullEdge[]): Map<string, Rect> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const areas = new Map<string, Rect>();
  for (const e of edges) {
    const from = byId.get(e.source);
    const to = byId.get(e.target);
    if (from && to) areas.set(e.id, lineBounds(rectOf(from), rectOf(to), e.data?.planned?.points));
  }
  return areas;
}

export interface Culled {
  /** The boxes to hand to React Flow: those in the area and both ends of every line reaching into it. */
  nodes: Set<string>;
  /** The lines reaching into the area. */
  lines: Set<string>;
}

/**
 * What is drawn for an area: every box overlapping it, every line whose
 * boxes or route overlap it, and the boxes at both ends of those lines (React
 * Flow draws a line only between boxes it has).
 */
export function cull(nodes: readonly CullNode[], edges: readonly CullEdge[], area: Rect, lineAreas: ReadonlyMap<string, Rect>): Culled {
  const shown = new Set<string>();
  for (const n of nodes) if (overlaps(rectOf(n), area)) shown.add(n.id);
  const lines = new Set<string>();
  for (const e of edges) {
    const bounds = lineAreas.get(e.id);
    if (!bounds || !overlaps(bounds, area)) continue;
    lines.add(e.id);
    shown.add(e.source);
    shown.add(e.target);
  }
  return { nodes: shown, lines };
}
