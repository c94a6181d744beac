// Dashed (accountability) and arrowed (commissioning) lines must be readable
// (#11.13): none runs along another line, none passes through a box, and on
// Annex 5 the Director of Public Health's line to the PCT Chief Executive
// crosses no reporting line. Checked on the five annexes and on seeded random
// charts with random extra lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutChart, layoutForDisplay, type ChartLayout } from '../../../shared/layout/layout';
import { routeChartLines, routeStyle, type Point } from '../../../shared/layout/route';
import { makeChart, makeDocument, makeLine, makePost } from '../../../shared/model/factory';
import type { Chart, Line } from '../../../shared/model/types';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { collinearOverlap, crosses, segmentsOf, throughBox } from '../../support/routeGeometry';
import { defined, leading } from '../../support/defined';

interface Routed {
  line: Line;
  points: Point[];
  side: boolean;
}

function routed(chart: Chart, layout: ChartLayout): Routed[] {
  const routes = routeChartLines(chart, layout);
  return chart.lines.flatMap((line) => {
    const points = routes.get(line.id);
    return points ? [{ line, points, side: routeStyle(line.kind, line.from, line.to, layout) === 'side' }] : [];
  });
}

/** Every defect of the side lines: shared runs, passes through boxes. */
function sideLineDefects(chart: Chart, layout: ChartLayout): string[] {
  const lines = routed(chart, layout);
  const defects: string[] = [];
  const name = (l: Line) => `${l.kind} ${l.from} → ${l.to}`;
  for (const s of lines.filter((l) => l.side)) {
    for (const t of lines) {
      if (t === s) continue;
      for (const a of segmentsOf(s.points))
        for (const b of segmentsOf(t.points)) if (collinearOverlap(a, b) > 1) defects.push(`${name(s.line)} runs along ${name(t.line)}`);
    }
    for (const box of layout.boxes.values()) {
      if (box.id === s.line.from || box.id === s.line.to) continue;
      if (segmentsOf(s.points).some((seg) => throughBox(seg, box))) defects.push(`${name(s.line)} passes through ${box.id}`);
    }
  }
  return [...new Set(defects)];
}

function solidCrossings(chart: Chart, layout: ChartLayout, lineId: string): number {
  const lines = routed(chart, layout);
  const own = defined(
    lines.find((l) => l.line.id === lineId),
    'lines.find((l) => l.line.id === lineId)',
  );
  let count = 0;
  for (const t of lines) {
    if (t.line.kind !== 'management') continue;
    for (const a of segmentsOf(own.points)) for (const b of segmentsOf(t.points)) if (crosses(a, b)) count++;
  }
  return count;
}

const sample = herefordshireSample();

describe('side lines on the five annexes', () => {
  for (const chart of sample.charts) {
    for (const compact of [false, true]) {
      it(`Annex ${chart.annex}${compact ? ' (compact)' : ''}: no side line runs along another line or through a box`, () => {
        const layout = compact ? layoutChart(sample, { ...chart, layout: { ...chart.layout, compact } }) : layoutForDisplay(sample, chart);
        expect(sideLineDefects(chart, layout)).toEqual([]);
      });
    }
  }

  it('Annex 5: the Director of Public Health’s dashed line crosses no reporting line, plain or compact', () => {
    const annex5 = defined(
      sample.charts.find((c) => c.annex === '5'),
      "sample.charts.find((c) => c.annex === '5')",
    );
    const line = defined(
      annex5.lines.find((l) => l.kind === 'accountability' && l.to === 'dph'),
      "annex5.lines.find((l) => l.kind === 'accountability' && l.to === 'd...",
    );
    expect(line.from).toBe('pct-ceo');
    expect(solidCrossings(annex5, layoutForDisplay(sample, annex5), line.id)).toBe(0);
    const compact = { ...annex5, layout: { ...annex5.layout, compact: true } };
    expect(solidCrossings(compact, layoutChart(sample, compact), line.id)).toBe(0);
  });

  it('Annex 5: the two dashed lines into the COO enter it apart', () => {
    const annex5 = defined(
      sample.charts.find((c) => c.annex === '5'),
      "sample.charts.find((c) => c.annex === '5')",
    );
    const lines = routed(annex5, layoutForDisplay(sample, annex5)).filter((l) => l.side && l.line.to === 'coo');
    expect(lines.map((l) => l.line.from).sort()).toEqual(['pct-ceo', 'shadow-joint-board']);
    const [a, b] = leading(
      lines.map((l) => l.points[l.points.length - 1]),
      2,
    );
    expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(4);
  });
});

const doc = makeDocument();
const WORDS = ['Director', 'of', 'Public', 'Health', 'Head', 'Commissioning', 'Services', 'Partnership'];

/** Random trees with random dashed and arrowed lines between any two posts. */
const arbChartWithSideLines = fc
  .record({
    rows: fc.array(
      fc.record({ parent: fc.nat(), words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }), responsibilities: fc.nat({ max: 3 }) }),
      { minLength: 3, maxLength: 40 },
    ),
    extra: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), kind: fc.constantFrom('accountability' as const, 'commissions' as const) }), {
      minLength: 1,
      maxLength: 8,
    }),
    compact: fc.boolean(),
  })
  .map(({ rows, extra, compact }) => {
    const n = rows.length;
    const nodes = rows.map((r, i) =>
      makePost({ id: `p${i}`, title: r.words.join(' '), responsibilities: Array.from({ length: r.responsibilities }, (_, k) => `${WORDS[k]} duty`) }),
    );
    const lines = rows.flatMap((r, i) => (i === 0 ? [] : [makeLine({ id: `m${i}`, kind: 'management', from: `p${r.parent % i}`, to: `p${i}` })]));
    const seen = new Set<string>();
    for (const [k, e] of extra.entries()) {
      const from = e.from % n;
      const to = e.to % n;
      const key = `${Math.min(from, to)}-${Math.max(from, to)}`;
      if (from === to || seen.has(key) || lines.some((l) => (l.from === `p${from}` && l.to === `p${to}`) || (l.from === `p${to}` && l.to === `p${from}`)))
        continue;
      seen.add(key);
      lines.push(makeLine({ id: `x${k}`, kind: e.kind, from: `p${from}`, to: `p${to}` }));
    }
    return makeChart({ id: 'r', title: 'Random', nodes, lines, layout: { compact } });
  });

describe('side lines on seeded random charts', () => {
  it('never run along another line nor through a box', () => {
    fc.assert(
      fc.property(arbChartWithSideLines, (chart) => {
        const layout = layoutChart(doc, chart);
        const defects = sideLineDefects(chart, layout);
        if (defects.length && process.env.DEBUG_ROUTES)
          console.log(
            JSON.stringify([...routeChartLines(chart, layout)]),
            JSON.stringify([...layout.boxes.values()].map((b) => [b.id, b.x, b.y, b.width, b.height])),
          );
        expect(defects).toEqual([]);
      }),
      { seed: 1113, numRuns: 150 },
    );
  });
});
