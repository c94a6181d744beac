// Connector routing, shared by the canvas and the exports so lines look the
// same everywhere. Organisation-chart conventions: tree lines leave the
// superior's bottom, run along a bus and drop into the report's top; stacked
// reports hang off a rail down the manager's centre line; other lines (dashed
// accountability, arrowed commissions) run beside the tree lines and cross in
// the gap between rows, so they never pass behind a box of the target's row.
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

/** How far above the row of reports a manager's bus runs. */
const BUS_ABOVE = 22;

function treeRoute(from: Rect, to: Rect, busY?: number): Point[] {
  const fx = cx(from);
  const tx = cx(to);
  if (to.y >= bottom(from)) {
    const bus = busY ?? to.y - Math.min(BUS_ABOVE, (to.y - bottom(from)) / 2);
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

/** How far into the gap between rows a side route runs: nearer the target's row than tree buses. */
const SIDE_LANE = 10;

function sideRoute(from: Rect, to: Rect): Point[] {
  const shift = (r: Rect) => r.width / 4;
  if (to.y >= bottom(from)) {
    // Down: leave the superior's bottom (beside its tree line), run across in the gap just above the
    // target's row, where no box stands, and drop into the target's top beside its own tree line.
    const sx = cx(from) + (cx(to) >= cx(from) ? shift(from) : -shift(from));
    const tx = cx(to) + (cx(to) >= cx(from) ? -shift(to) : shift(to));
    const lane = Math.max(bottom(from) + SIDE_LANE, to.y - SIDE_LANE);
    return [{ x: sx, y: bottom(from) }, { x: sx, y: lane }, { x: tx, y: lane }, { x: tx, y: to.y }];
  }
  if (bottom(to) <= from.y) {
    // Up: the mirror image, in the gap just below the target's row.
    const sx = cx(from) + (cx(to) >= cx(from) ? shift(from) : -shift(from));
    const tx = cx(to) + (cx(to) >= cx(from) ? -shift(to) : shift(to));
    const lane = Math.min(from.y - SIDE_LANE, bottom(to) + SIDE_LANE);
    return [{ x: sx, y: from.y }, { x: sx, y: lane }, { x: tx, y: lane }, { x: tx, y: bottom(to) }];
  }
  // Side by side: a straight line through the middle of their shared height.
  const startX = cx(to) > cx(from) ? right(from) : from.x;
  const entry = cx(to) > cx(from) ? to.x : right(to);
  const y = (Math.max(from.y, to.y) + Math.min(bottom(from), bottom(to))) / 2;
  return [{ x: startX, y }, { x: entry, y }];
}

export interface RouteHint {
  /** The report hangs in a compact stack: its line runs down the manager's rail and into its side. */
  stacked?: boolean;
  /** Height of the bus shared by a manager's report lines. */
  busY?: number;
}

/**
 * The points of a connector from the superior's box to the other end's box.
 * By line kind: management runs down to a bus and into the report's top (or
 * down the rail into a stacked report's side); accountability and commissions
 * run beside the tree lines. A RouteStyle (from routeStyle) may be given
 * instead of a kind, with the bus height as the fourth argument.
 */
export function routeConnector(from: Rect, to: Rect, kind: LineKind | RouteStyle, hint?: RouteHint | number): Point[] {
  const busY = typeof hint === 'number' ? hint : hint?.busY;
  const style: RouteStyle =
    kind === 'management' ? (typeof hint === 'object' && hint.stacked ? 'stacked' : 'tree') : kind === 'accountability' || kind === 'commissions' ? 'side' : kind;
  if (style === 'stacked') return stackedRoute(from, to);
  if (style === 'side') return sideRoute(from, to);
  return treeRoute(from, to, busY);
}

/** How a line is drawn: tree lines are the ones the layout hangs nodes from. */
export function routeStyle(kind: LineKind, from: string, to: string, layout: Pick<ChartLayout, 'stacked' | 'treeParent'>): RouteStyle {
  if (layout.treeParent.get(to) !== from) return kind === 'management' ? 'tree' : 'side';
  return layout.stacked.has(to) ? 'stacked' : 'tree';
}

/** Does any segment of the route pass through a box other than its two ends? */
function blocked(points: Point[], boxes: Rect[]): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const x1 = Math.min(a.x, b.x) - 1;
    const x2 = Math.max(a.x, b.x) + 1;
    const y1 = Math.min(a.y, b.y) - 1;
    const y2 = Math.max(a.y, b.y) + 1;
    for (const r of boxes) if (x1 < r.x + r.width && r.x < x2 && y1 < r.y + r.height && r.y < y2) return true;
  }
  return false;
}

/**
 * A side route that would cross boxes (a superior two or more rows above its
 * target) goes round them instead: out into the gap under the superior's row,
 * across to a clear column, down it, and into the target along the gap above
 * the target's row.
 */
function detour(from: Rect, to: Rect, obstacles: Rect[], direct: Point[]): Point[] {
  if (to.y < bottom(from)) return direct;
  const sx = direct[0].x;
  const tx = direct[direct.length - 1].x;
  const lane2 = to.y - SIDE_LANE;
  const rowBottom = Math.max(bottom(from), ...obstacles.filter((r) => r.y < bottom(from) && bottom(r) > from.y).map(bottom));
  const columns = new Set<number>([tx, sx]);
  const between = obstacles.filter((r) => r.y < to.y && bottom(r) > bottom(from)).sort((a, b) => a.x - b.x);
  for (let i = 0; i < between.length; i++) {
    columns.add(between[i].x - 8);
    columns.add(right(between[i]) + 8);
  }
  for (const lane1 of [bottom(from) + SIDE_LANE, rowBottom + SIDE_LANE]) {
    if (lane1 >= lane2) continue;
    const candidates = [...columns].sort((a, b) => Math.abs(a - tx) - Math.abs(b - tx));
    for (const vx of candidates) {
      const route = [
        { x: sx, y: bottom(from) },
        { x: sx, y: lane1 },
        { x: vx, y: lane1 },
        { x: vx, y: lane2 },
        { x: tx, y: lane2 },
        { x: tx, y: to.y },
      ];
      if (!blocked(route, obstacles)) return route;
    }
  }
  return direct;
}

/** Routes every line whose two ends are drawn. */
export function routeChartLines(chart: Chart, layout: ChartLayout): Map<string, Point[]> {
  const routes = new Map<string, Point[]>();
  // One bus per manager, just above its highest report below it (so below any assistants).
  const highestReport = new Map<string, number>();
  for (const line of chart.lines) {
    const from = layout.boxes.get(line.from);
    const to = layout.boxes.get(line.to);
    if (!from || !to || to.y < bottom(from) || routeStyle(line.kind, line.from, line.to, layout) !== 'tree') continue;
    highestReport.set(line.from, Math.min(highestReport.get(line.from) ?? Infinity, to.y));
  }
  let all: Rect[] | null = null;
  const sides: { id: string; from: Rect; to: Rect; route: Point[] }[] = [];
  for (const line of chart.lines) {
    const from = layout.boxes.get(line.from);
    const to = layout.boxes.get(line.to);
    if (!from || !to || line.from === line.to) continue;
    const style = routeStyle(line.kind, line.from, line.to, layout);
    const top = highestReport.get(line.from);
    const busY = style === 'tree' && top !== undefined && to.y >= bottom(from) ? top - Math.min(BUS_ABOVE, (top - bottom(from)) / 2) : undefined;
    let route = routeConnector(from, to, style, busY);
    if (style === 'side') {
      all ??= [...layout.boxes.values()];
      const obstacles = all.filter((b) => b !== from && b !== to);
      if (blocked(route, obstacles)) route = detour(from, to, obstacles, route);
    }
    routes.set(line.id, route);
    if (style === 'side' && route.length >= 4) sides.push({ id: line.id, from, to, route });
  }
  separateSideRuns(sides);
  return routes;
}

/** Between lines sharing an end, so runs to or from one box stay apart. */
const RUN_SPACING = 6;

/**
 * Side lines into the same box (or out of the same box) would share their last
 * lane and drop (or their first rise), one dashed run that hides which superior
 * each comes from. Each gets its own: spread along the box's edge, ordered by
 * where the other end stands so they do not cross, and, into a box, in lanes
 * stepped up from the row.
 */
function separateSideRuns(sides: { id: string; from: Rect; to: Rect; route: Point[] }[]): void {
  const byEnd = (end: 'from' | 'to') => {
    const groups = new Map<Rect, typeof sides>();
    for (const side of sides) (groups.get(side[end]) ?? groups.set(side[end], []).get(side[end])!).push(side);
    return [...groups.values()].filter((g) => g.length > 1);
  };
  for (const group of byEnd('to')) {
    group.sort((a, b) => cx(a.from) - cx(b.from));
    group.forEach(({ route }, k) => {
      const n = route.length;
      const dx = (k - (group.length - 1) / 2) * RUN_SPACING;
      const dy = -k * (RUN_SPACING - 2);
      route[n - 1] = { x: route[n - 1].x + dx, y: route[n - 1].y };
      route[n - 2] = { x: route[n - 2].x + dx, y: route[n - 2].y + dy };
      route[n - 3] = { ...route[n - 3], y: route[n - 3].y + dy };
    });
  }
  for (const group of byEnd('from')) {
    group.sort((a, b) => cx(a.to) - cx(b.to));
    group.forEach(({ route }, k) => {
      const dx = (k - (group.length - 1) / 2) * RUN_SPACING;
      route[0] = { x: route[0].x + dx, y: route[0].y };
      route[1] = { x: route[1].x + dx, y: route[1].y };
    });
  }
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
