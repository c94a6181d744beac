// Lines must be told apart: no dashed or arrowed line runs along another line
// (#11.13: on Annex 5, PCT Chief Executive → COO and Shadow Joint Board → COO
// shared one dashed run into the COO). Lines of one manager share its bus by design.
import { describe, expect, it } from 'vitest';
import { layoutForDisplay } from '../../../shared/layout/layout';
import { routeChartLines, routeStyle } from '../../../shared/layout/route';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { defined } from '../../support/defined';

const doc = herefordshireSample();

describe('each side line has a run of its own', () => {
  for (const chart of doc.charts) {
    it(`Annex ${chart.annex}: no two lines share a collinear overlapping segment, unless both are tree lines`, () => {
      const layout = layoutForDisplay(doc, chart);
      const routes = routeChartLines(chart, layout);
      const segments = chart.lines.flatMap((line) => {
        const points = routes.get(line.id) ?? [];
        const side = routeStyle(line.kind, line.from, line.to, layout) === 'side';
        return points.slice(1).map((b, i) => ({ line, a: points[i], b, side }));
      });
      const overlap = (p1: number, p2: number, q1: number, q2: number) =>
        Math.min(Math.max(p1, p2), Math.max(q1, q2)) - Math.max(Math.min(p1, p2), Math.min(q1, q2));
      for (let i = 0; i < segments.length; i++) {
        for (let j = i + 1; j < segments.length; j++) {
          const s = defined(segments[i]);
          const t = defined(segments[j]);
          if (s.line === t.line || (!s.side && !t.side)) continue;
          const horizontal = (q: typeof s) => Math.abs(defined(q.a).y - q.b.y) < 0.01;
          const what = `${s.line.from} → ${s.line.to} and ${t.line.from} → ${t.line.to}`;
          if (horizontal(s) && horizontal(t) && Math.abs(defined(s.a).y - defined(t.a).y) < 0.5)
            expect(overlap(defined(s.a).x, s.b.x, defined(t.a).x, t.b.x), what).toBeLessThanOrEqual(1);
          if (!horizontal(s) && !horizontal(t) && Math.abs(defined(s.a).x - defined(t.a).x) < 0.5)
            expect(overlap(defined(s.a).y, s.b.y, defined(t.a).y, t.b.y), what).toBeLessThanOrEqual(1);
        }
      }
    });
  }
});
