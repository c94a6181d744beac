// Culling on random charts and random walks of the viewport: whatever the view,
// every box and line in it is handed to React Flow, what is handed is near the
// view, the area is kept over small pans (hysteresis), and zoomed out far
// enough every box is drawn.
import fc from 'fast-check';
import { getOverlappingArea } from '@xyflow/system';
import { describe, expect, it } from 'vitest';
import {
  cull,
  cullArea,
  lineAreasOf,
  needsRecull,
  overlaps,
  worldView,
  type CullEdge,
  type CullNode,
  type Rect,
  type Transform,
} from '../../../renderer/canvas/culling';
import { dropTarget } from '../../../renderer/canvas/dropTarget';
import type { ChartLayout, PlacedBox } from '../../../shared/layout/layout';
import type { Chart } from '../../../shared/model/types';
import { defined, present } from '../../support/defined';

const PANE = { width: 1100, height: 800 };

/** Random boxes over a wide area and random lines between them, some with a route going out of both boxes. */
const chartArb = fc.integer({ min: 1, max: 120 }).chain((n) =>
  fc.record({
    boxes: fc.array(
      fc.record({
        x: fc.integer({ min: -20_000, max: 20_000 }),
        y: fc.integer({ min: -3_000, max: 8_000 }),
        w: fc.integer({ min: 40, max: 260 }),
        h: fc.integer({ min: 30, max: 140 }),
      }),
      { minLength: n, maxLength: n },
    ),
    lines: fc.array(
      fc.record({
        a: fc.nat(),
        b: fc.nat(),
        bend: fc.option(fc.record({ x: fc.integer({ min: -25_000, max: 25_000 }), y: fc.integer({ min: -4_000, max: 9_000 }) })),
      }),
      {
        maxLength: 2 * n,
      },
    ),
  }),
);

function build({
  boxes,
  lines,
}: {
  boxes: { x: number; y: number; w: number; h: number }[];
  lines: { a: number; b: number; bend: { x: number; y: number } | null }[];
}) {
  const nodes: CullNode[] = boxes.map((b, i) => ({ id: `n${i}`, position: { x: b.x, y: b.y }, width: b.w, height: b.h }));
  const edges: CullEdge[] = lines.map((l, k) => {
    const from = defined(nodes[l.a % nodes.length], "the line's first end");
    const to = defined(nodes[l.b % nodes.length], "the line's second end");
    const centre = (n: CullNode) => ({ x: n.position.x + defined(n.width, 'n.width') / 2, y: n.position.y + defined(n.height, 'n.height') / 2 });
    const points = l.bend ? [centre(from), l.bend, centre(to)] : [centre(from), centre(to)];
    return { id: `l${k}`, source: from.id, target: to.id, data: { planned: { points } } };
  });
  return { nodes, edges };
}

const rectOf = (n: CullNode): Rect => ({ x: n.position.x, y: n.position.y, width: defined(n.width, 'n.width'), height: defined(n.height, 'n.height') });

/** A view: a transform (pan, zoom between React Flow's limits). */
const transformArb = fc.tuple(
  fc.integer({ min: -30_000, max: 30_000 }),
  fc.integer({ min: -10_000, max: 10_000 }),
  fc.double({ min: 0.05, max: 2.5, noNaN: true }),
);
/** A step of a walk: a pan by up to a pane, or a zoom. */
const stepArb = fc.oneof(
  fc.record({ dx: fc.integer({ min: -1_100, max: 1_100 }), dy: fc.integer({ min: -800, max: 800 }), by: fc.constant(1) }),
  fc.record({ dx: fc.constant(0), dy: fc.constant(0), by: fc.constantFrom(0.5, 0.8, 1.25, 2) }),
);

describe('culling', () => {
  it('hands React Flow every box and line in view, over random walks of the viewport, and only what is near it', () => {
    fc.assert(
      fc.property(chartArb, transformArb, fc.array(stepArb, { minLength: 1, maxLength: 30 }), (raw, start, steps) => {
        const { nodes, edges } = build(raw);
        const lineAreas = lineAreasOf(nodes, edges);
        let transform: Transform = start;
        let area: Rect | null = null;
        let reculls = 0;
        for (const step of steps) {
          const zoom = Math.min(2.5, Math.max(0.05, transform[2] * step.by));
          // Zoom about the pane's centre, as the wheel over the middle does.
          const cx = PANE.width / 2;
          const cy = PANE.height / 2;
          transform = [cx - ((cx - transform[0]) * zoom) / transform[2] + step.dx, cy - ((cy - transform[1]) * zoom) / transform[2] + step.dy, zoom];
          const view = worldView(transform, PANE.width, PANE.height);
          if (needsRecull(area, view)) {
            area = cullArea(view);
            reculls++;
          }
          const current = present(area, 'the cull area');
          const drawn = cull(nodes, edges, current, lineAreas);
          for (const n of nodes) if (overlaps(rectOf(n), view)) expect(drawn.nodes.has(n.id)).toBe(true);
          for (const e of edges) {
            if (overlaps(defined(lineAreas.get(e.id), 'lineAreas.get(e.id)'), view)) expect(drawn.lines.has(e.id)).toBe(true);
            if (drawn.lines.has(e.id)) expect(drawn.nodes.has(e.source) && drawn.nodes.has(e.target)).toBe(true);
          }
          // Nothing handed over that neither lies in the area nor ends a line reaching into it.
          const ends = new Set(edges.filter((e) => drawn.lines.has(e.id)).flatMap((e) => [e.source, e.target]));
          for (const n of nodes) if (drawn.nodes.has(n.id)) expect(overlaps(rectOf(n), current) || ends.has(n.id)).toBe(true);
          // The area holds the view, and not hugely more.
          expect(current.width).toBeLessThanOrEqual(view.width * 2 * 2 + 1e-6);
        }
        expect(reculls).toBeGreaterThanOrEqual(1);
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  it('keeps the area over a pan inside its margin and works it out again once the view leaves it', () => {
    const view = worldView([0, 0, 1], PANE.width, PANE.height);
    const area = cullArea(view);
    expect(needsRecull(area, view)).toBe(false);
    expect(needsRecull(area, worldView([-PANE.width * 0.4, PANE.height * 0.4, 1], PANE.width, PANE.height))).toBe(false);
    expect(needsRecull(area, worldView([-PANE.width * 0.6, 0, 1], PANE.width, PANE.height))).toBe(true);
    // Zoomed out: the view is larger than the area.
    expect(needsRecull(area, worldView([0, 0, 0.5], PANE.width, PANE.height))).toBe(true);
    // Zoomed far in: the area would hold far more than is seen.
    expect(needsRecull(area, worldView([-PANE.width * 1.5, -PANE.height * 1.5, 4], PANE.width, PANE.height))).toBe(true);
  });

  it('draws every box when zoomed out to the whole chart', () => {
    fc.assert(
      fc.property(chartArb, (raw) => {
        const { nodes, edges } = build(raw);
        const xs = nodes.flatMap((n) => [n.position.x, n.position.x + defined(n.width, 'n.width')]);
        const ys = nodes.flatMap((n) => [n.position.y, n.position.y + defined(n.height, 'n.height')]);
        const width = Math.max(...xs) - Math.min(...xs);
        const height = Math.max(...ys) - Math.min(...ys);
        const zoom = Math.min(PANE.width / Math.max(1, width), PANE.height / Math.max(1, height));
        const view = worldView([-Math.min(...xs) * zoom, -Math.min(...ys) * zoom, zoom], PANE.width, PANE.height);
        const drawn = cull(nodes, edges, cullArea(view), lineAreasOf(nodes, edges));
        expect(drawn.nodes.size).toBe(nodes.length);
        expect(drawn.lines.size).toBe(edges.length);
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});

describe('dropTarget', () => {
  it('is the first box in chart order that React Flow would find the dragged box overlapping, whether or not React Flow holds it', () => {
    fc.assert(
      fc.property(chartArb, fc.nat(), fc.integer({ min: -400, max: 400 }), fc.integer({ min: -200, max: 200 }), (raw, pick, dx, dy) => {
        const { nodes } = build(raw);
        const boxes = new Map<string, PlacedBox>(nodes.map((n) => [n.id, { ...rectOf(n), id: n.id, kind: 'post', bandHeight: 6, texts: [] }]));
        const chart = { nodes: nodes.map((n) => ({ id: n.id })) } as unknown as Chart;
        const layout = { boxes } as unknown as ChartLayout;
        const dragged = defined(nodes[pick % nodes.length], 'the dragged box');
        // Dropped near another box, as a drag ends.
        const near = defined(nodes[(pick * 7 + 3) % nodes.length], 'the box dropped near');
        const position = { x: near.position.x + dx, y: near.position.y + dy };
        const moved = { ...rectOf(dragged), ...position };
        const expected = nodes.find((n) => n.id !== dragged.id && getOverlappingArea(moved, rectOf(n)) > 0)?.id;
        expect(dropTarget(chart, layout, { id: dragged.id, position })).toBe(expected);
      }),
      { seed: 3, numRuns: 500 },
    );
  });
});
