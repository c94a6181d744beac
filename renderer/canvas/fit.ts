// Fit to screen, but never smaller than can be read: a chart whose fit would
// put box titles (12 units) under about 8 px on screen is shown at the
// smallest legible zoom instead, with the top of the chart (its top post)
// centred at the top of the canvas, so a wide imported chart opens on a
// readable top rather than as one unreadable strip.
//
// Fitting works from the layout's boxes, not from what React Flow holds: a
// large chart hands React Flow only the boxes near the view (culling.ts).
import { getViewportForBounds, type Edge, type Node, type ReactFlowInstance } from '@xyflow/react';
import type { Rect } from './culling';
import { fitPadding } from './overlays';

/** Box titles are 12 units high: at this zoom they are 8 px on screen. */
export const MIN_LEGIBLE_ZOOM = 8 / 12;

type Flow<N extends Node, E extends Edge> = Pick<ReactFlowInstance<N, E>, 'fitView' | 'setViewport' | 'getNodes' | 'getNodesBounds'>;

const px = (value: string) => Number.parseFloat(value) || 0;

/** The smallest rectangle holding all of these. */
export function boundsOf(rects: readonly Rect[]): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return rects.length ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : { x: 0, y: 0, width: 0, height: 0 };
}

/** What fitting needs of React Flow's store: the pane's size and the zoom limits. */
export interface PaneState {
  width: number;
  height: number;
  minZoom: number;
  maxZoom: number;
}

type Padding = Parameters<typeof getViewportForBounds>[5];

/**
 * Shows these boxes (chart units) as React Flow's fitView shows nodes, worked
 * out from the boxes themselves, so boxes React Flow does not hold are fitted too.
 */
export function fitRects<N extends Node, E extends Edge>(
  flow: Pick<ReactFlowInstance<N, E>, 'setViewport'>,
  pane: PaneState,
  rects: readonly Rect[],
  options: { padding?: Padding; maxZoom?: number; minZoom?: number; duration?: number } = {},
): Promise<boolean> {
  if (!rects.length || !pane.width || !pane.height) return Promise.resolve(false);
  const viewport = getViewportForBounds(
    boundsOf(rects),
    pane.width,
    pane.height,
    options.minZoom ?? pane.minZoom,
    options.maxZoom ?? pane.maxZoom,
    options.padding ?? 0.1,
  );
  return flow.setViewport(viewport, { duration: options.duration }).then(() => true);
}

/**
 * Fits the chart, never below the legible zoom. `boxes` are every box of the
 * chart: given, they are fitted rather than the nodes React Flow holds.
 */
export function fitReadable<N extends Node, E extends Edge>(
  flow: Flow<N, E>,
  options: { duration?: number; boxes?: readonly Rect[]; pane?: PaneState } = {},
): Promise<boolean> {
  const padding = fitPadding();
  const pane = document.querySelector('.canvas .react-flow')?.getBoundingClientRect();
  const rects: Rect[] =
    options.boxes?.slice() ??
    flow.getNodes().map((n) => ({ x: n.position.x, y: n.position.y, width: n.measured?.width ?? n.width ?? 0, height: n.measured?.height ?? n.height ?? 0 }));
  const fitAll = () =>
    options.boxes && options.pane
      ? fitRects(flow, options.pane, rects, { padding, duration: options.duration })
      : flow.fitView({ padding, duration: options.duration });
  if (!pane || rects.length === 0) return fitAll();
  const bounds = options.boxes ? boundsOf(rects) : flow.getNodesBounds(flow.getNodes());
  const width = pane.width - px(padding.left) - px(padding.right);
  const height = pane.height - px(padding.top) - px(padding.bottom);
  const fitted = Math.min(width / Math.max(1, bounds.width), height / Math.max(1, bounds.height));
  if (fitted >= MIN_LEGIBLE_ZOOM) return fitAll();
  // The top post: the highest box, the leftmost of those at that height.
  const top = rects.reduce((best, n) => (n.y < best.y || (n.y === best.y && n.x < best.x) ? n : best));
  const zoom = MIN_LEGIBLE_ZOOM;
  const x = px(padding.left) + width / 2 - (top.x + top.width / 2) * zoom;
  const y = px(padding.top) - bounds.y * zoom;
  return flow.setViewport({ x, y, zoom }, { duration: options.duration }).then(() => true);
}
