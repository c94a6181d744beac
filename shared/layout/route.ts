// Connector routing, shared by the canvas and the exports so lines look the
// same everywhere. Organisation-chart conventions: tree lines leave the
// superior's bottom, run along a bus and drop into the report's top; stacked
// reports hang off a rail down the manager's centre line; other lines (dashed
// accountability, arrowed commissions) enter the target from the side so they
// do not run over the tree's lines.
import type { Chart, LineKind } from '../model/types';
import type { ChartLayout, Rect } from './layout';

export interface Point {
  x: number;
  y: number;
}

export type RouteStyle = 'tree' | 'stacked' | 'side';

const cx = (r: Rect) => r.x + r.width / 2;
const cy = (r: Rect) => r.y + r.height / 2;
const bottom = (r: Rect) => r.y + r.height;
const right = (r: Rect) => r.x + r.width;

function treeRoute(from: Rect, to: Rect, busY?: number): Point[] {
  const fx = cx(from);
  const tx = cx(to);
  if (to.y >= bottom(from)) {
    const bus = busY ?? bottom(from) + Math.min(22, (to.y - bottom(from)) / 2);
    if (Math.abs(fx - tx) < 0.5) return [{ x: fx, y: bottom(from) }, { x: tx, y: to.y }];
    return [{ x: fx, y: bottom(from) }, { x: fx, y: bus }, { x: tx, y: bus }, { x: tx, y: to.y }];
  }
  // The report was moved above its manager: run from the manager's top instead.
  const bus = (from.y + bottom(to)) / 2;
  return [{ x: fx, y: from.y }, { x: fx, y: bus }, { x: tx, y: bus }, { x: tx, y: bottom(to) }];
}

function stackedRoute(from: Rect, to: Rect): Point[] {
  const fx = cx(from);
  const ty = cy(to);
  const entry = to.x >= fx ? to.x : right(to);
  return [{ x: fx, y: bottom(from) }, { x: fx, y: ty }, { x: entry, y: ty }];
}

function sideRoute(from: Rect, to: Rect): Point[] {
  const overlapX = from.x < right(to) && to.x < right(from);
  if (!overlapX) {
    // Leave the superior's facing edge (bottom or top), then run across into the target's side.
    const sx = cx(from) + (cx(to) > cx(from) ? from.width / 4 : -from.width / 4);
    const entryX = cx(to) > sx ? to.x : right(to);
    const ty = cy(to);
    if (ty > bottom(from)) return [{ x: sx, y: bottom(from) }, { x: sx, y: ty }, { x: entryX, y: ty }];
    if (ty < from.y) return [{ x: sx, y: from.y }, { x: sx, y: ty }, { x: entryX, y: ty }];
    // Side by side: a straight line through the middle of their shared height.
    const startX = cx(to) > cx(from) ? right(from) : from.x;
    const entry = cx(to) > cx(from) ? to.x : right(to);
    const y = (Math.max(from.y, to.y) + Math.min(bottom(from), bottom(to))) / 2;
    if (Math.min(bottom(from), bottom(to)) > Math.max(from.y, to.y)) return [{ x: startX, y }, { x: entry, y }];
    const midX = (startX + entryX) / 2;
    return [{ x: startX, y: cy(from) }, { x: midX, y: cy(from) }, { x: midX, y: ty }, { x: entryX, y: ty }];
  }
  // One above the other: a vertical elbow, offset from the centre line that tree lines use.
  const shift = Math.min(from.width, to.width) / 4;
  const sx = cx(from) + shift;
  const tx = cx(to) + shift;
  if (to.y >= bottom(from)) {
    const mid = (bottom(from) + to.y) / 2;
    return [{ x: sx, y: bottom(from) }, { x: sx, y: mid }, { x: tx, y: mid }, { x: tx, y: to.y }];
  }
  const mid = (bottom(to) + from.y) / 2;
  return [{ x: sx, y: from.y }, { x: sx, y: mid }, { x: tx, y: mid }, { x: tx, y: bottom(to) }];
}

export function routeConnector(from: Rect, to: Rect, style: RouteStyle, busY?: number): Point[] {
  if (style === 'stacked') return stackedRoute(from, to);
  if (style === 'side') return sideRoute(from, to);
  return treeRoute(from, to, busY);
}

/** How a line is drawn: tree lines are the ones the layout hangs nodes from. */
export function routeStyle(kind: LineKind, from: string, to: string, layout: Pick<ChartLayout, 'stacked' | 'treeParent'>): RouteStyle {
  if (layout.treeParent.get(to) !== from) return kind === 'management' ? 'tree' : 'side';
  return layout.stacked.has(to) ? 'stacked' : 'tree';
}

/** Routes every line whose two ends are drawn. */
export function routeChartLines(chart: Chart, layout: ChartLayout): Map<string, Point[]> {
  const routes = new Map<string, Point[]>();
  for (const line of chart.lines) {
    const from = layout.boxes.get(line.from);
    const to = layout.boxes.get(line.to);
    if (!from || !to || line.from === line.to) continue;
    routes.set(line.id, routeConnector(from, to, routeStyle(line.kind, line.from, line.to, layout)));
  }
  return routes;
}

/** Where a line's label goes: the middle of its longest segment. */
export function labelPoint(points: Point[]): Point {
  let best = { x: points[0]?.x ?? 0, y: points[0]?.y ?? 0 };
  let length = -1;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const l = Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
    if (l > length) {
      length = l;
      best = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
  }
  return best;
}
