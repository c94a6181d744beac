// Connector routing, shared by the canvas and the exports so lines look the
// same everywhere. Organisation-chart conventions: tree lines leave the
// superior's bottom, run along a bus and drop into the report's top; stacked
// reports hang off a rail down the manager's centre line; other lines (dashed
// accountability, arrowed commissions) run beside the tree lines and cross in
// the gap between rows, so they never pass behind a box of the target's row.
import type { Chart, LineKind } from '../model/types';
import type { ChartLayout, Rect } from './layout';
import { at, consecutivePairs } from '../must';

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
    if (Math.abs(fx - tx) < 0.5)
      return [
        { x: fx, y: bottom(from) },
        { x: tx, y: to.y },
      ];
    return [
      { x: fx, y: bottom(from) },
      { x: fx, y: bus },
      { x: tx, y: bus },
      { x: tx, y: to.y },
    ];
  }
  // The report was moved above its manager: run from the manager's top instead.
  const bus = (from.y + bottom(to)) / 2;
  return [
    { x: fx, y: from.y },
    { x: fx, y: bus },
    { x: tx, y: bus },
    { x: tx, y: bottom(to) },
  ];
}

function stackedRoute(from: Rect, to: Rect): Point[] {
  const fx = cx(from);
  const ty = cy(to);
  const entry = to.x >= fx ? to.x : right(to);
  return [
    { x: fx, y: bottom(from) },
    { x: fx, y: ty },
    { x: entry, y: ty },
  ];
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
    return [
      { x: sx, y: bottom(from) },
      { x: sx, y: lane },
      { x: tx, y: lane },
      { x: tx, y: to.y },
    ];
  }
  if (bottom(to) <= from.y) {
    // Up: the mirror image, in the gap just below the target's row.
    const sx = cx(from) + (cx(to) >= cx(from) ? shift(from) : -shift(from));
    const tx = cx(to) + (cx(to) >= cx(from) ? -shift(to) : shift(to));
    const lane = Math.min(from.y - SIDE_LANE, bottom(to) + SIDE_LANE);
    return [
      { x: sx, y: from.y },
      { x: sx, y: lane },
      { x: tx, y: lane },
      { x: tx, y: bottom(to) },
    ];
  }
  // Side by side: a straight line through the middle of their shared height.
  const startX = cx(to) > cx(from) ? right(from) : from.x;
  const entry = cx(to) > cx(from) ? to.x : right(to);
  const y = (Math.max(from.y, to.y) + Math.min(bottom(from), bottom(to))) / 2;
  return [
    { x: startX, y },
    { x: entry, y },
  ];
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
    kind === 'management'
      ? typeof hint === 'object' && hint.stacked
        ? 'stacked'
        : 'tree'
      : kind === 'accountability' || kind === 'commissions'
        ? 'side'
        : kind;
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
    const a = at(points, i - 1, 'route point');
    const b = at(points, i, 'route point');
    const x1 = Math.min(a.x, b.x) - 1;
    const x2 = Math.max(a.x, b.x) + 1;
    const y1 = Math.min(a.y, b.y) - 1;
    const y2 = Math.max(a.y, b.y) + 1;
    for (const r of boxes) if (x1 < r.x + r.width && r.x < x2 && y1 < r.y + r.height && r.y < y2) return true;
  }
  return false;
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
  // Tree lines first: side lines are then routed to cross as few of them as they can.
  const sideLines: { id: string; from: Rect; to: Rect }[] = [];
  for (const line of chart.lines) {
    const from = layout.boxes.get(line.from);
    const to = layout.boxes.get(line.to);
    if (!from || !to || line.from === line.to) continue;
    const style = routeStyle(line.kind, line.from, line.to, layout);
    if (style === 'side') {
      sideLines.push({ id: line.id, from, to });
      routes.set(line.id, []);
      continue;
    }
    const top = highestReport.get(line.from);
    const busY = style === 'tree' && top !== undefined && to.y >= bottom(from) ? top - Math.min(BUS_ABOVE, (top - bottom(from)) / 2) : undefined;
    const route = routeConnector(from, to, style, busY);
    routes.set(line.id, route);
  }
  if (sideLines.length === 0) return routes;
  // What the side lines keep clear of, made only when there are side lines: a
  // 10,000-post tree has none, and its segments cost a fifth of routing it.
  const solid: Segment[] = [];
  const drawn: Segment[] = [];
  const sideIds = new Set(sideLines.map((side) => side.id));
  for (const line of chart.lines) {
    const route = routes.get(line.id);
    if (!route || sideIds.has(line.id)) continue;
    for (const [a, b] of consecutivePairs(route)) (line.kind === 'management' ? solid : drawn).push(segment(a, b));
  }
  const all: Rect[] = [...layout.boxes.values()];
  const bounds = layout.bounds;
  const sides: { id: string; from: Rect; to: Rect; route: Point[] }[] = [];
  for (const { id, from, to } of sideLines) {
    let route = sideRoute(from, to);
    const obstacles = all.filter((b) => b !== from && b !== to);
    const others = { solid, drawn, sides, from, to };
    if (blocked(route, obstacles) || crossings(route, solid, 1) > 0 || overlaps(route, others) > 0) route = detour(from, to, obstacles, route, others, bounds);
    routes.set(id, route);
    sides.push({ id, from, to, route });
  }
  separateSideRuns(sides.filter((side) => side.route.length >= 2));
  return routes;
}

/** What a side route must keep clear of: reporting lines, and the side lines routed before it (from and to are its ends). */
interface Others {
  solid: Segment[];
  /** Other tree lines (arrowed commissioning in diagrams): not to be run along, crossing them is no worse than elsewhere. */
  drawn: Segment[];
  sides: { from: Rect; to: Rect; route: Point[] }[];
  from: Rect;
  to: Rect;
}

/**
 * How many segments of the route run along a reporting line or along an
 * earlier side line. The first segments of two lines out of one box (and the
 * last of two into one box) are not counted: separateSideRuns moves those apart.
 */
function overlaps(points: Point[], others: Others): number {
  let count = 0;
  const n = points.length;
  for (let i = 1; i < n; i++) {
    const s = segment(at(points, i - 1, 'route point'), at(points, i, 'route point'));
    for (const t of others.solid) if (collinear(s, t)) count++;
    for (const t of others.drawn) if (collinear(s, t)) count++;
    for (const side of others.sides) {
      const m = side.route.length;
      for (let j = 1; j < m; j++) {
        if (side.from === others.from && i === 1 && j === 1) continue;
        if (side.to === others.to && i === n - 1 && j === m - 1) continue;
        if (collinear(s, segment(at(side.route, j - 1, 'route point'), at(side.route, j, 'route point')))) count++;
      }
    }
  }
  return count;
}

/** Whether two segments run along one line for more than a point. */
function collinear(s: Segment, t: Segment): boolean {
  if (s.horizontal !== t.horizontal) return false;
  if (s.horizontal) return Math.abs(s.y1 - t.y1) < 2 && Math.min(s.x2, t.x2) - Math.max(s.x1, t.x1) > 1;
  return Math.abs(s.x1 - t.x1) < 2 && Math.min(s.y2, t.y2) - Math.max(s.y1, t.y1) > 1;
}

interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  horizontal: boolean;
}

function segment(a: Point, b: Point): Segment {
  return {
    x1: Math.min(a.x, b.x),
    y1: Math.min(a.y, b.y),
    x2: Math.max(a.x, b.x),
    y2: Math.max(a.y, b.y),
    horizontal: Math.abs(a.y - b.y) < Math.abs(a.x - b.x),
  };
}

/** How many solid segments the route crosses at a right angle (touching an end does not count), stopping once past `enough`. */
function crossings(points: Point[], solid: Segment[], enough = Infinity): number {
  let count = 0;
  for (let i = 1; i < points.length; i++) {
    const s = segment(at(points, i - 1, 'route point'), at(points, i, 'route point'));
    for (const t of solid) {
      if (s.horizontal === t.horizontal) continue;
      const [h, v] = s.horizontal ? [s, t] : [t, s];
      if (v.x1 > h.x1 + 0.5 && v.x1 < h.x2 - 0.5 && h.y1 > v.y1 + 0.5 && h.y1 < v.y2 - 0.5 && ++count >= enough) return count;
    }
  }
  return count;
}

function routeLength(points: Point[]): number {
  let length = 0;
  for (const [a, b] of consecutivePairs(points)) length += Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
  return length;
}

/** Columns tried for a detour's run between its ends: at most this many, nearest the ends first. */
const MAX_COLUMNS = 40;
/** A bend costs as much as this much length, so a shorter route with many turns does not win. */
const BEND_COST = 40;

/** Where a detour leaves or enters a box: the point on its edge and the first point out, in the lane it runs along. */
interface Port {
  edge: Point;
  /** The y of the lane the route runs along from (or to) this port. */
  lane: number;
  /** Whether the port is on the top or bottom edge (a short vertical run into the lane) rather than a side. */
  vertical: boolean;
}

function ports(box: Rect, x: number, rowBottom: number): Port[] {
  const mid = cy(box);
  const out: Port[] = [
    { edge: { x, y: box.y }, lane: box.y - SIDE_LANE, vertical: true },
    { edge: { x, y: bottom(box) }, lane: bottom(box) + SIDE_LANE, vertical: true },
    { edge: { x: box.x, y: mid }, lane: mid, vertical: false },
    { edge: { x: right(box), y: mid }, lane: mid, vertical: false },
    // Half as far out, for the narrow gaps between the boxes of a compact stack.
    { edge: { x, y: box.y }, lane: box.y - SIDE_LANE / 2, vertical: true },
    { edge: { x, y: bottom(box) }, lane: bottom(box) + SIDE_LANE / 2, vertical: true },
  ];
  if (rowBottom > bottom(box) + 0.5) out.push({ edge: { x, y: bottom(box) }, lane: rowBottom + SIDE_LANE, vertical: true });
  return out;
}

/**
 * A side route that would cross boxes or run across a reporting line goes
 * round instead: out of the superior's bottom, top or side into a lane beside
 * it, along to a clear column, along that column to a lane beside the other
 * end, and into its top, bottom or side. On Annex 5 this brings the Director
 * of Public Health's line in under its row, not down across its managers' bus.
 * Of the routes through no box, the one crossing the fewest reporting lines
 * wins, then the shortest with the fewest bends.
 */
function detour(from: Rect, to: Rect, obstacles: Rect[], direct: Point[], others: Others, bounds: Rect): Point[] {
  const { solid } = others;
  const rowBottomOf = (r: Rect) => Math.max(bottom(r), ...obstacles.filter((o) => o.y < bottom(r) && bottom(o) > r.y).map(bottom));
  const fromRowBottom = rowBottomOf(from);
  const toRowBottom = rowBottomOf(to);
  // Only boxes between the two ends' rows can be in the way (a big chart has thousands elsewhere).
  const yMin = Math.min(from.y, to.y) - 2 * SIDE_LANE;
  const yMax = Math.max(fromRowBottom, toRowBottom) + 2 * SIDE_LANE;
  const near = obstacles.filter((r) => r.y < yMax && bottom(r) > yMin);
  const sx = cx(from) + (cx(to) >= cx(from) ? 1 : -1) * (from.width / 4);
  const tx = cx(to) + (cx(to) >= cx(from) ? -1 : 1) * (to.width / 4);
  const outside = [bounds.x - 12, bounds.x + bounds.width + 12];
  const columnSet = new Set<number>([tx, sx, from.x - 8, right(from) + 8, to.x - 8, right(to) + 8]);
  for (const r of near) {
    columnSet.add(r.x - 8);
    columnSet.add(right(r) + 8);
  }
  const distance = (x: number) => Math.min(Math.abs(x - tx), Math.abs(x - sx));
  const columns = [...columnSet].sort((a, b) => distance(a) - distance(b)).slice(0, MAX_COLUMNS);
  for (const x of outside) if (!columns.includes(x)) columns.push(x);

  const candidates: { route: Point[]; cost: number }[] = [];
  for (const start of ports(from, sx, fromRowBottom)) {
    for (const end of ports(to, tx, toRowBottom)) {
      for (const vx of columns) {
        const route = [start.edge];
        if (start.vertical) route.push({ x: start.edge.x, y: start.lane });
        route.push({ x: vx, y: start.lane }, { x: vx, y: end.lane });
        if (end.vertical) route.push({ x: end.edge.x, y: end.lane });
        route.push(end.edge);
        const simple = simplify(route);
        if (!orthogonal(simple)) continue;
        candidates.push({ route: simple, cost: routeLength(simple) + BEND_COST * simple.length });
      }
    }
  }
  candidates.sort((a, b) => a.cost - b.cost);
  let best = direct;
  const score = (route: Point[], cost: number, limit: number) => {
    const shared = overlaps(route, others);
    return shared * 1e9 + (shared * 1e9 >= limit ? 0 : crossings(route, solid, Math.floor((limit % 1e9) / 1e6) + 1) * 1e6) + cost;
  };
  let bestScore = blocked(direct, near) ? Infinity : score(direct, routeLength(direct) + BEND_COST * direct.length, Infinity);
  for (const { route, cost } of candidates) {
    if (cost >= bestScore) break;
    const total = score(route, cost, bestScore);
    if (total >= bestScore || blocked(route, near) || entersOwnBox(route, from, to)) continue;
    best = route;
    bestScore = total;
  }
  return best;
}

/** Whether a route runs back through the box it leaves (after its first segment) or the box it enters (before its last). */
function entersOwnBox(points: Point[], from: Rect, to: Rect): boolean {
  const shrink = (r: Rect): Rect => ({ x: r.x + 1, y: r.y + 1, width: r.width - 2, height: r.height - 2 });
  const n = points.length;
  return blocked(points.slice(1), [shrink(from)]) || blocked(points.slice(0, n - 1), [shrink(to)]);
}

/** Every segment horizontal or vertical, and the route does not double back on its first or last segment into its own box. */
function orthogonal(points: Point[]): boolean {
  if (points.length < 2) return false;
  return consecutivePairs(points).every(([a, b]) => Math.abs(b.x - a.x) <= 0.01 || Math.abs(b.y - a.y) <= 0.01);
}

/** Drops points that lie on a straight run between their neighbours (and repeated points). */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const n = out.length;
    const a = out[n - 2];
    const b = out[n - 1];
    if (b && Math.abs(b.x - p.x) < 0.01 && Math.abs(b.y - p.y) < 0.01) continue;
    if (a && b) {
      if ((Math.abs(a.x - b.x) < 0.01 && Math.abs(b.x - p.x) < 0.01) || (Math.abs(a.y - b.y) < 0.01 && Math.abs(b.y - p.y) < 0.01)) out[n - 1] = p;
      else out.push(p);
    } else out.push(p);
  }
  return out;
}

/** Between lines sharing an end, so runs to or from one box stay apart. */
const RUN_SPACING = 6;

/**
 * Side lines into the same box (or out of the same box) would share their last
 * lane and drop (or their first rise), one dashed run that hides which superior
 * each comes from. Each gets its own: spread along the box's edge, ordered by
 * where the other end stands so they do not cross, and in lanes stepped away
 * from the box.
 */
function separateSideRuns(sides: { id: string; from: Rect; to: Rect; route: Point[] }[]): void {
  const byEnd = (end: 'from' | 'to') => {
    const groups = new Map<Rect, typeof sides>();
    for (const side of sides) {
      const group = groups.get(side[end]);
      if (group) group.push(side);
      else groups.set(side[end], [side]);
    }
    return [...groups.values()].filter((g) => g.length > 1);
  };
  for (const group of byEnd('to')) {
    group.sort((a, b) => cx(a.from) - cx(b.from));
    group.forEach(({ route }, k) => {
      const reversed = [...route].reverse();
      shiftEndRun(reversed, (k - (group.length - 1) / 2) * RUN_SPACING, k * (RUN_SPACING - 2));
      route.splice(0, route.length, ...reversed.reverse());
    });
  }
  for (const group of byEnd('from')) {
    group.sort((a, b) => cx(a.to) - cx(b.to));
    group.forEach(({ route }, k) => shiftEndRun(route, (k - (group.length - 1) / 2) * RUN_SPACING, k * (RUN_SPACING - 2)));
  }
}

/**
 * Moves a route's first run along its box's edge by `along`, and the lane it
 * turns into `away` further from the box, keeping every segment straight.
 */
function shiftEndRun(route: Point[], along: number, away: number): void {
  const [p0, p1, p2] = route;
  if (!p0 || !p1) return;
  if (!p2) {
    // A straight line between neighbours: move it sideways, whole.
    const vertical = Math.abs(p0.x - p1.x) < 0.01;
    route.splice(0, 2, ...[p0, p1].map((p) => (vertical ? { x: p.x + along, y: p.y } : { x: p.x, y: p.y + along })));
    return;
  }
  if (Math.abs(p0.x - p1.x) < 0.01) {
    // Out of a top or bottom edge: slide along the edge; the lane steps away from the box.
    const dy = p1.y >= p0.y ? away : -away;
    route[0] = { x: p0.x + along, y: p0.y };
    route[1] = { x: p1.x + along, y: p1.y + dy };
    if (Math.abs(p1.y - p2.y) < 0.01) route[2] = { x: p2.x, y: p2.y + dy };
  } else {
    // Out of a side: slide along the side.
    route[0] = { x: p0.x, y: p0.y + along };
    route[1] = { x: p1.x, y: p1.y + along };
  }
}

/** Where a line's label goes: the middle of its longest segment. */
export function labelPoint(points: Point[]): Point {
  let best = { x: points[0]?.x ?? 0, y: points[0]?.y ?? 0 };
  let length = -1;
  for (let i = 1; i < points.length; i++) {
    const a = at(points, i - 1, 'route point');
    const b = at(points, i, 'route point');
    const l = Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
    if (l > length) {
      length = l;
      best = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
  }
  return best;
}
