// Geometry of routed lines for tests: segments, right-angle crossings,
// collinear overlaps and passes through boxes, computed from the points alone.
import type { Rect } from '../../shared/layout/layout';
import type { Point } from '../../shared/layout/route';
import { consecutivePairs } from '../../shared/must';

export interface Seg {
  a: Point;
  b: Point;
}

export const segmentsOf = (points: Point[]): Seg[] => consecutivePairs(points).map(([a, b]) => ({ a, b }));

const horizontal = (s: Seg) => Math.abs(s.a.y - s.b.y) < 0.01;
const vertical = (s: Seg) => Math.abs(s.a.x - s.b.x) < 0.01;
const span = (p: number, q: number) => [Math.min(p, q), Math.max(p, q)] as const;

/** Length along which two segments run on the same line (0 when they do not). */
export function collinearOverlap(s: Seg, t: Seg): number {
  const run = (p1: number, p2: number, q1: number, q2: number) => {
    const [a1, a2] = span(p1, p2);
    const [b1, b2] = span(q1, q2);
    return Math.max(0, Math.min(a2, b2) - Math.max(a1, b1));
  };
  if (horizontal(s) && horizontal(t) && Math.abs(s.a.y - t.a.y) < 0.5) return run(s.a.x, s.b.x, t.a.x, t.b.x);
  if (vertical(s) && vertical(t) && Math.abs(s.a.x - t.a.x) < 0.5) return run(s.a.y, s.b.y, t.a.y, t.b.y);
  return 0;
}

/** Whether a horizontal and a vertical segment cross inside both (meeting at an end is not a crossing). */
export function crosses(s: Seg, t: Seg): boolean {
  const [h, v] = horizontal(s) && vertical(t) ? [s, t] : horizontal(t) && vertical(s) ? [t, s] : [null, null];
  if (!h || !v) return false;
  const [hx1, hx2] = span(h.a.x, h.b.x);
  const [vy1, vy2] = span(v.a.y, v.b.y);
  return v.a.x > hx1 + 0.5 && v.a.x < hx2 - 0.5 && h.a.y > vy1 + 0.5 && h.a.y < vy2 - 0.5;
}

/** Whether the segment passes through the inside of the box (running along its edge or ending on it does not count). */
export function throughBox(s: Seg, r: Rect): boolean {
  const [x1, x2] = span(s.a.x, s.b.x);
  const [y1, y2] = span(s.a.y, s.b.y);
  return x1 < r.x + r.width - 0.5 && x2 > r.x + 0.5 && y1 < r.y + r.height - 0.5 && y2 > r.y + 0.5;
}
