// Fit to screen, but never smaller than can be read: a chart whose fit would
// put box titles (12 units) under about 8 px on screen is shown at the
// smallest legible zoom instead, with the top of the chart (its top post)
// centred at the top of the canvas, so a wide imported chart opens on a
// readable top rather than as one unreadable strip.
import type { Edge, Node, ReactFlowInstance } from '@xyflow/react';
import { fitPadding } from './overlays';

/** Box titles are 12 units high: at this zoom they are 8 px on screen. */
export const MIN_LEGIBLE_ZOOM = 8 / 12;

type Flow<N extends Node, E extends Edge> = Pick<ReactFlowInstance<N, E>, 'fitView' | 'setViewport' | 'getNodes' | 'getNodesBounds'>;

const px = (value: string) => Number.parseFloat(value) || 0;

export function fitReadable<N extends Node, E extends Edge>(flow: Flow<N, E>, options: { duration?: number } = {}): Promise<boolean> {
  const padding = fitPadding();
  const pane = document.querySelector('.canvas .react-flow')?.getBoundingClientRect();
  const nodes = flow.getNodes();
  if (!pane || nodes.length === 0) return flow.fitView({ padding, duration: options.duration });
  const bounds = flow.getNodesBounds(nodes);
  const width = pane.width - px(padding.left) - px(padding.right);
  const height = pane.height - px(padding.top) - px(padding.bottom);
  const fitted = Math.min(width / Math.max(1, bounds.width), height / Math.max(1, bounds.height));
  if (fitted >= MIN_LEGIBLE_ZOOM) return flow.fitView({ padding, duration: options.duration });
  // The top post: the highest box, the leftmost of those at that height.
  const top = nodes.reduce((best, n) => (n.position.y < best.position.y || (n.position.y === best.position.y && n.position.x < best.position.x) ? n : best));
  const topWidth = top.measured?.width ?? top.width ?? 0;
  const zoom = MIN_LEGIBLE_ZOOM;
  const x = px(padding.left) + width / 2 - (top.position.x + topWidth / 2) * zoom;
  const y = px(padding.top) - bounds.y * zoom;
  return flow.setViewport({ x, y, zoom }, { duration: options.duration }).then(() => true);
}
