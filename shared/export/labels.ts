// Where line labels ("embedded in", "scrutinises") go on a page. Routed lines
// often share a bus or run alongside each other, so the middle of a line's
// longest segment may sit on another line or under a box; this tries spots
// along each of the line's own segments and takes the first that is clear.
import type { Line } from '../model/types';
import { measureText } from '../text/measure';
import type { Point } from './drawing';
import { consecutivePairs } from '../must';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel extends Rect {
  lineId: string;
  text: string;
  size: number;
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function segmentBounds(a: Point, b: Point): Rect {
  // Lines are orthogonal, so a segment's bounding box is the segment (padded to a hair's width).
  return { x: Math.min(a.x, b.x) - 0.5, y: Math.min(a.y, b.y) - 0.5, width: Math.abs(a.x - b.x) + 1, height: Math.abs(a.y - b.y) + 1 };
}

/** Fractions along a segment tried in turn: the middle first, then out towards the ends. */
const SPOTS = [0.5, 0.35, 0.65, 0.2, 0.8];

export function placeLineLabels(routed: { line: Line; points: Point[] }[], boxes: Rect[], size: number): PlacedLabel[] {
  const segments = routed.flatMap(({ line, points }) => consecutivePairs(points).map(([a, b]) => ({ lineId: line.id, bounds: segmentBounds(a, b) })));
  const placed: PlacedLabel[] = [];
  for (const { line, points } of routed) {
    if (!line.label || points.length < 2) continue;
    const width = measureText(line.label, { size }) + 4;
    const height = size * 1.25;
    const own = consecutivePairs(points)
      .map(([a, b]) => ({ a, b, length: Math.abs(a.x - b.x) + Math.abs(a.y - b.y) }))
      .sort((p, q) => q.length - p.length);
    let best: { rect: Rect; cost: number } | null = null;
    for (const { a, b, length } of own) {
      const horizontal = Math.abs(a.y - b.y) < Math.abs(a.x - b.x);
      for (const t of SPOTS) {
        const at = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
        const rect = { x: at.x - width / 2, y: at.y - height / 2, width, height };
        // Boxes and other labels must stay readable; crossing another line is bad, running off a short segment a little less so.
        let cost = 0;
        for (const box of boxes) if (overlaps(rect, box)) cost += 100;
        for (const other of placed) if (overlaps(rect, other)) cost += 100;
        for (const seg of segments) if (seg.lineId !== line.id && overlaps(rect, seg.bounds)) cost += 10;
        if (length < (horizontal ? width : height) + 4) cost += 3;
        if (!best || cost < best.cost) best = { rect, cost };
        if (cost === 0) break;
      }
      if (best?.cost === 0) break;
    }
    if (best) placed.push({ ...best.rect, lineId: line.id, text: line.label, size });
  }
  return placed;
}
