import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoLayoutChart, GAP, layoutChart, type ChartLayout, type PlacedBox } from '../../../shared/layout/layout';
import { POST_WIDTH } from '../../../shared/layout/nodeBox';
import { routeChartLines, routeConnector } from '../../../shared/layout/route';
import { makeBody, makeChart, makeDocument, makeLine, makePost } from '../../../shared/model/factory';
import type { Chart, ChartNode, Line, LineKind } from '../../../shared/model/types';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { defined, leading } from '../../support/defined';

const doc = makeDocument();
const overlap = (a: PlacedBox, b: PlacedBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const centreX = (b: PlacedBox) => b.x + b.width / 2;

/** Every pair of boxes that overlap (sweep over x, so 300-node charts check quickly). */
function overlaps(layout: ChartLayout): string[] {
  const boxes = [...layout.boxes.values()].sort((a, b) => a.x - b.x);
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length && defined(boxes[j]).x < defined(boxes[i]).x + defined(boxes[i]).width; j++) {
      if (overlap(defined(boxes[i]), defined(boxes[j]))) found.push(`${defined(boxes[i]).id} × ${defined(boxes[j]).id}`);
    }
  }
  return found;
}

/** A tree from a list of parent indices (-1: top). */
function tree(parents: number[], extra: (i: number) => Partial<ChartNode> = () => ({})): Chart {
  return makeChart({
    id: 't',
    title: 'T',
    nodes: parents.map((_, i) => makePost({ id: `p${i}`, title: `Post ${i}`, ...(extra(i) as object) })),
    lines: parents.flatMap((p, i) => (p >= 0 ? [makeLine({ id: `m${i}`, kind: 'management', from: `p${p}`, to: `p${i}` })] : [])),
  });
}

const WORDS = ['Director', 'of', 'Public', 'Health', 'and', 'Wellbeing', 'Head', 'Commissioning', 'Children’s', 'Services', 'Supercalifragilistic'];

/** Random organisation charts: a few roots, varied box sizes, some assistants, some collapsed posts. */
const arbChart = (maxNodes: number) =>
  fc
    .array(
      fc.record({
        parent: fc.nat(),
        top: fc.integer({ min: 0, max: 30 }),
        words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 9 }),
        responsibilities: fc.nat({ max: 4 }),
        assistant: fc.integer({ min: 0, max: 12 }),
        collapsed: fc.integer({ min: 0, max: 40 }),
        body: fc.integer({ min: 0, max: 15 }),
      }),
      { minLength: Math.ceil(maxNodes / 2), maxLength: maxNodes, size: 'max' },
    )
    .map((rows) => {
      const nodes = rows.map((r, i): ChartNode =>
        r.body === 0
          ? makeBody({ id: `n${i}`, name: r.words.join(' ') })
          : makePost({
              id: `n${i}`,
              title: r.words.join(' '),
              responsibilities: Array.from({ length: r.responsibilities }, (_, k) => `${WORDS[k]} ${WORDS[(k + i) % WORDS.length]}`),
              assistant: r.assistant === 0,
              collapsed: r.collapsed === 0,
            }),
      );
      // Parents come earlier in the list (a tree), with a few extra roots.
      const lines = rows.flatMap((r, i) =>
        i === 0 || r.top === 0 ? [] : [makeLine({ id: `m${i}`, kind: 'management', from: `n${r.parent % i}`, to: `n${i}` })],
      );
      return makeChart({ id: 'r', title: 'Random', nodes, lines });
    });

/** Each node's manager in the chart, if the chart is a valid tree. */
const managerOf = (chart: Chart) => new Map(chart.lines.filter((l) => l.kind === 'management').map((l) => [l.to, l.from]));

describe('tidy tree layout', () => {
  it('never overlaps boxes and draws every visible node once, in random charts of up to 300 nodes', () => {
    fc.assert(
      fc.property(arbChart(300), fc.boolean(), (chart, compact) => {
        const layout = layoutChart(doc, chart, { compact });
        expect(overlaps(layout)).toEqual([]);
        expect(layout.boxes.size + layout.hidden.size).toBe(chart.nodes.length);
        for (const id of layout.hidden) expect(layout.boxes.has(id)).toBe(false);
      }),
      { numRuns: 25 },
    );
  });

  it('puts every manager above its reports, with at least a gap between their rows', () => {
    fc.assert(
      fc.property(arbChart(300), fc.boolean(), (chart, compact) => {
        const layout = layoutChart(doc, chart, { compact });
        for (const [report, manager] of managerOf(chart)) {
          const m = layout.boxes.get(manager);
          const r = layout.boxes.get(report);
          if (!m || !r) continue;
          expect(r.y, `${manager} above ${report}`).toBeGreaterThanOrEqual(m.y + m.height + GAP.stack);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('centres each manager over the span of its reports (outside compact stacks)', () => {
    fc.assert(
      fc.property(arbChart(300), (chart) => {
        const layout = layoutChart(doc, chart, { compact: false });
        const reports = new Map<string, PlacedBox[]>();
        const managers = new Set(managerOf(chart).values());
        for (const [report, manager] of managerOf(chart)) {
          const box = layout.boxes.get(report);
          const node = defined(
            chart.nodes.find((n) => n.id === report),
            'chart.nodes.find((n) => n.id === report)',
          );
          // Assistants hang beside their manager, unless they head a team themselves.
          if (!box || (node.kind === 'post' && node.assistant && !managers.has(report))) continue;
          reports.set(manager, [...(reports.get(manager) ?? []), box]);
        }
        for (const [manager, boxes] of reports) {
          const m = defined(layout.boxes.get(manager), 'layout.boxes.get(manager)');
          const first = Math.min(...boxes.map(centreX));
          const last = Math.max(...boxes.map(centreX));
          expect(Math.abs(centreX(m) - (first + last) / 2), manager).toBeLessThan(0.01);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('keeps reports in chart order, left to right', () => {
    const layout = layoutChart(doc, tree([-1, 0, 0, 0, 0]));
    const xs = ['p1', 'p2', 'p3', 'p4'].map((id) => defined(layout.boxes.get(id), 'layout.boxes.get(id)').x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('packs subtrees as closely as their boxes allow, fitting a lone post into the space between two teams', () => {
    const teams = tree([-1, 0, 0, 1, 1, 2, 2]);
    // Four 190-wide boxes in the bottom row: sibling gaps within each team, a subtree gap between teams.
    const tightest = 4 * POST_WIDTH + GAP.sibling + GAP.subtree + GAP.sibling;
    expect(layoutChart(doc, teams).bounds.width).toBeCloseTo(tightest, 6);
    const withLonePost = tree([-1, 0, 0, 0, 1, 1, 3, 3]);
    const layout = layoutChart(doc, withLonePost);
    expect(layout.bounds.width).toBeCloseTo(tightest, 6);
    expect(overlaps(layout)).toEqual([]);
  });

  it('compact mode stacks leaf reports, so a wide span makes a narrower chart', () => {
    const wide = tree([-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const normal = layoutChart(doc, wide);
    const compact = layoutChart(doc, wide, { compact: true });
    expect(compact.bounds.width).toBeLessThan(normal.bounds.width / 2);
    expect(overlaps(compact)).toEqual([]);
    expect(compact.stacked.size).toBe(10);
    // The chart's own setting is the default.
    expect(layoutChart(doc, { ...wide, layout: { compact: true } }).bounds.width).toBe(compact.bounds.width);
  });

  it('lets a tall compact stack hang past the next row without colliding with it', () => {
    // p1 stacks 8 leaves; its sibling p2 has reports that have reports (three rows below).
    const chart = tree([-1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 11, 12, 13]);
    const layout = layoutChart(doc, chart, { compact: true });
    expect(overlaps(layout)).toEqual([]);
    const stackBottom = Math.max(
      ...[3, 4, 5, 6, 7, 8, 9, 10].map((i) => defined(layout.boxes.get(`p${i}`), 'layout.boxes.get(`p${i}`)')).map((b) => b.y + b.height),
    );
    expect(stackBottom).toBeGreaterThan(defined(layout.boxes.get('p12'), "layout.boxes.get('p12')").y);
  });

  it('puts assistants beside their manager, between the manager and the row of reports', () => {
    const chart = tree([-1, 0, 0, 0, 0], (i) => ({ assistant: i === 1 || i === 2 }));
    const layout = layoutChart(doc, chart);
    const manager = defined(layout.boxes.get('p0'), "layout.boxes.get('p0')");
    const reports = [defined(layout.boxes.get('p3'), "layout.boxes.get('p3')"), defined(layout.boxes.get('p4'), "layout.boxes.get('p4')")];
    for (const id of ['p1', 'p2']) {
      const assistant = defined(layout.boxes.get(id), 'layout.boxes.get(id)');
      expect(assistant.y).toBeGreaterThan(manager.y + manager.height);
      for (const report of reports) expect(assistant.y + assistant.height).toBeLessThan(report.y);
    }
    // One on each side of the manager's centre line.
    expect(defined(layout.boxes.get('p1'), "layout.boxes.get('p1')").x).toBeGreaterThan(centreX(manager));
    expect(defined(layout.boxes.get('p2'), "layout.boxes.get('p2')").x + defined(layout.boxes.get('p2'), "layout.boxes.get('p2')").width).toBeLessThan(
      centreX(manager),
    );
    // Reports are centred without the assistants.
    expect(centreX(manager)).toBeCloseTo((centreX(defined(reports[0])) + centreX(defined(reports[1]))) / 2, 5);
    expect(overlaps(layout)).toEqual([]);
  });

  it('lays out an assistant that has reports of its own as an ordinary report', () => {
    const chart = tree([-1, 0, 1], (i) => ({ assistant: i === 1 }));
    const layout = layoutChart(doc, chart);
    expect(layout.boxes.size).toBe(3);
    expect(defined(layout.boxes.get('p2'), "layout.boxes.get('p2')").y).toBeGreaterThan(defined(layout.boxes.get('p1'), "layout.boxes.get('p1')").y);
  });

  it('hides a collapsed subtree and counts the posts it hides', () => {
    const chart = tree([-1, 0, 1, 1, 2, 4], (i) => ({ collapsed: i === 1 || i === 4 }));
    const layout = layoutChart(doc, chart);
    expect([...layout.boxes.keys()].sort()).toEqual(['p0', 'p1']);
    expect([...layout.hidden].sort()).toEqual(['p2', 'p3', 'p4', 'p5']);
    expect(layout.hiddenCounts.get('p1')).toBe(4);
    expect(defined(layout.boxes.get('p1'), "layout.boxes.get('p1')").texts.some((t) => t.role === 'hidden' && t.text === '+4 posts hidden')).toBe(true);
  });

  it('hides bodies under a collapsed post without counting them as posts', () => {
    const chart = makeChart({
      id: 'x',
      title: 'X',
      nodes: [makePost({ id: 'p', title: 'Chair', collapsed: true }), makeBody({ id: 'b', name: 'Committee' })],
      lines: [makeLine({ id: 'l', kind: 'management', from: 'p', to: 'b' })],
    });
    const layout = layoutChart(doc, chart);
    expect([...layout.boxes.keys()]).toEqual(['p']);
    expect(layout.hidden.has('b')).toBe(true);
    expect(layout.hiddenCounts.has('p')).toBe(false);
  });

  it('lays out several top posts side by side in one row', () => {
    const layout = layoutChart(doc, tree([-1, -1, -1, 0, 1]));
    const tops = ['p0', 'p1', 'p2'].map((id) => defined(layout.boxes.get(id), 'layout.boxes.get(id)'));
    expect(new Set(tops.map((b) => b.y)).size).toBe(1);
    expect(defined(tops[1]).x - (defined(tops[0]).x + defined(tops[0]).width)).toBeGreaterThanOrEqual(GAP.sibling);
  });

  it('survives cycles, self-lines, dangling lines and duplicate ids', () => {
    const chart = makeChart({
      id: 'x',
      title: 'X',
      nodes: ['a', 'b', 'c', 'd', 'a'].map((id, k) => makePost({ id, title: `${id.toUpperCase()}${k}` })),
      lines: [
        makeLine({ id: '1', kind: 'management', from: 'a', to: 'b' }),
        makeLine({ id: '2', kind: 'management', from: 'b', to: 'a' }),
        makeLine({ id: '3', kind: 'management', from: 'ghost', to: 'c' }),
        makeLine({ id: '4', kind: 'management', from: 'd', to: 'd' }),
        makeLine({ id: '5', kind: 'management', from: 'c', to: 'b' }),
      ],
    });
    const layout = layoutChart(doc, chart);
    expect([...layout.boxes.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(defined(defined(layout.boxes.get('a'), "layout.boxes.get('a')").texts[1]).text).toBe('A0'); // the first of duplicate ids is drawn
    expect(overlaps(layout)).toEqual([]);
    expect(layout.treeParent.get('b')).toBe('a');
    expect(layout.treeParent.get('a')).toBeUndefined();
    expect(routeChartLines(chart, layout).has('3')).toBe(false);
  });

  it('never throws on random lines between random ids, and draws every node exactly once', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'ghost'];
    const arbLine = fc.record({
      kind: fc.constantFrom<LineKind>('management', 'accountability', 'commissions'),
      from: fc.constantFrom(...ids),
      to: fc.constantFrom(...ids),
    });
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 20 }), fc.constantFrom<Chart['kind']>('structure', 'diagram'), fc.boolean(), (lines, kind, compact) => {
        const chart = makeChart({
          id: 'x',
          title: 'X',
          kind,
          nodes: ids.slice(0, 6).map((id, k) => (k % 2 ? makeBody({ id, name: id }) : makePost({ id, title: id, collapsed: k === 4 }))),
          lines: lines.map((l, k): Line => makeLine({ id: `l${k}`, ...l })),
        });
        const layout = layoutChart(doc, chart, { compact });
        expect(layout.boxes.size + layout.hidden.size).toBe(6);
        expect(overlaps(layout)).toEqual([]);
        routeChartLines(chart, layout);
      }),
      { numRuns: 300 },
    );
  });

  it('handles a chain thousands of posts deep', () => {
    const parents = Array.from({ length: 5000 }, (_, i) => i - 1);
    const layout = layoutChart(doc, tree(parents));
    expect(defined(layout.boxes.get('p4999'), "layout.boxes.get('p4999')").y).toBeGreaterThan(
      defined(layout.boxes.get('p4998'), "layout.boxes.get('p4998')").y,
    );
    expect(centreX(defined(layout.boxes.get('p4999'), "layout.boxes.get('p4999')"))).toBeCloseTo(
      centreX(defined(layout.boxes.get('p0'), "layout.boxes.get('p0')")),
      5,
    );
  });

  it('lays out a chart without line management from its commissioning and accountability lines', () => {
    const chart = makeChart({
      id: 'd',
      title: 'D',
      kind: 'diagram',
      nodes: ['hub', 'x', 'y', 'z'].map((id) => makeBody({ id, name: id })),
      lines: [
        makeLine({ id: '1', kind: 'commissions', from: 'hub', to: 'x' }),
        makeLine({ id: '2', kind: 'commissions', from: 'hub', to: 'y' }),
        makeLine({ id: '3', kind: 'accountability', from: 'y', to: 'z' }),
        makeLine({ id: '4', kind: 'accountability', from: 'z', to: 'hub' }), // would close a circle
      ],
    });
    const layout = layoutChart(doc, chart);
    const [hub, x, y, z] = leading(
      ['hub', 'x', 'y', 'z'].map((id) => defined(layout.boxes.get(id), 'layout.boxes.get(id)')),
      4,
    );
    expect(x.y).toBeGreaterThan(hub.y + hub.height);
    expect(y.y).toBe(x.y);
    expect(z.y).toBeGreaterThan(y.y + y.height);
    expect(layout.treeParent.get('hub')).toBeUndefined();
  });

  it('keeps saved positions in positions mode', () => {
    const chart = tree([-1, 0], (i) => ({ position: { x: 500 + i, y: 40 * i } }));
    const layout = layoutChart(doc, chart, { mode: 'positions' });
    expect(layout.boxes.get('p0')).toMatchObject({ x: 500, y: 0 });
    expect(layout.boxes.get('p1')).toMatchObject({ x: 501, y: 40 });
    expect(layout.bounds.x).toBe(500);
  });

  it('writes the computed layout into the chart, so positions mode then shows the same picture', () => {
    const chart = tree([-1, 0, 0, 1, 1, 2], (i) => ({ assistant: i === 5 }));
    const placed = autoLayoutChart(doc, chart);
    const auto = layoutChart(doc, chart);
    const saved = layoutChart(doc, placed, { mode: 'positions' });
    for (const [id, box] of auto.boxes) {
      expect(defined(saved.boxes.get(id), 'saved.boxes.get(id)').x).toBe(Math.round(box.x));
      expect(defined(saved.boxes.get(id), 'saved.boxes.get(id)').y).toBe(Math.round(box.y));
    }
    expect(autoLayoutChart(doc, placed).nodes.every((node, i) => node === placed.nodes[i])).toBe(true);
  });

  it('reports bounds that enclose every box', () => {
    fc.assert(
      fc.property(arbChart(60), fc.boolean(), (chart, compact) => {
        const { boxes, bounds } = layoutChart(doc, chart, { compact });
        for (const b of boxes.values()) {
          expect(b.x).toBeGreaterThanOrEqual(bounds.x - 1e-9);
          expect(b.y).toBeGreaterThanOrEqual(bounds.y - 1e-9);
          expect(b.x + b.width).toBeLessThanOrEqual(bounds.x + bounds.width + 1e-9);
          expect(b.y + b.height).toBeLessThanOrEqual(bounds.y + bounds.height + 1e-9);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('the Herefordshire sample', () => {
  const sample = herefordshireSample();

  it('lays out all five annexes without overlaps, compact or not', () => {
    expect(sample.charts.map((c) => c.id)).toEqual(['annex-1', 'annex-2', 'annex-3', 'annex-4', 'annex-5']);
    for (const chart of sample.charts) {
      for (const compact of [false, true]) {
        const layout = layoutChart(sample, chart, { compact });
        expect(overlaps(layout), `${chart.id} compact=${compact}`).toEqual([]);
        expect(layout.boxes.size, chart.id).toBe(chart.nodes.length);
      }
    }
  });

  it('puts the boards the Chief Executive also answers to in the top row, either side of the PST Board', () => {
    const a1 = layoutChart(sample, defined(sample.charts[0]));
    const [pst, pct, council, ceo] = leading(
      ['pst-board', 'pct-board', 'council-cabinet', 'ceo'].map((id) => defined(a1.boxes.get(id), 'a1.boxes.get(id)')),
      4,
    );
    expect(ceo.y).toBeGreaterThanOrEqual(pst.y + pst.height + GAP.row - 1);
    expect(pct.y).toBe(pst.y);
    expect(council.y).toBe(pst.y);
    expect(pct.x + pct.width).toBeLessThan(pst.x);
    expect(council.x).toBeGreaterThan(pst.x + pst.width);
    expect(pst.x - (pct.x + pct.width)).toBeLessThanOrEqual(GAP.root + 1);
  });

  it('hangs the commissioned providers of Annex 4 below the commissioning body', () => {
    const a4 = defined(
      sample.charts.find((c) => c.id === 'annex-4'),
      "sample.charts.find((c) => c.id === 'annex-4')",
    );
    const layout = layoutChart(sample, a4);
    const hub = defined(layout.boxes.get('pst-commissioning'), "layout.boxes.get('pst-commissioning')");
    for (const id of ['hereford-hospitals', 'provider-social-enterprise', 'gp-practices', 'independent-voluntary']) {
      expect(defined(layout.boxes.get(id), 'layout.boxes.get(id)').y, id).toBeGreaterThan(hub.y + hub.height);
    }
  });
});

/** Does an orthogonal route pass through the inside of the box? */
function crossesBox(points: { x: number; y: number }[], r: PlacedBox): boolean {
  for (let i = 1; i < points.length; i++) {
    const [p, q] = leading([points[i - 1], points[i]], 2);
    const vertical = p.x === q.x && r.x < p.x && p.x < r.x + r.width && Math.min(p.y, q.y) < r.y + r.height && Math.max(p.y, q.y) > r.y;
    const horizontal = p.y === q.y && r.y < p.y && p.y < r.y + r.height && Math.min(p.x, q.x) < r.x + r.width && Math.max(p.x, q.x) > r.x;
    if (vertical || horizontal) return true;
  }
  return false;
}

describe('line routing', () => {
  const a = { x: 100, y: 0, width: 190, height: 60 };
  const b = { x: 0, y: 120, width: 190, height: 80 };
  const orthogonal = (points: { x: number; y: number }[]) => points.slice(1).every((p, i) => p.x === defined(points[i]).x || p.y === defined(points[i]).y);

  it('runs management lines from the manager’s bottom centre, along a bus, into the report’s top centre', () => {
    const points = routeConnector(a, b, 'management');
    expect(points[0]).toEqual({ x: 195, y: 60 });
    expect(points[points.length - 1]).toEqual({ x: 95, y: 120 });
    expect(orthogonal(points)).toBe(true);
    expect(defined(routeConnector(a, b, 'management', { busY: 80 })[1]).y).toBe(80);
  });

  it('runs a stacked report’s line down the rail and into its side', () => {
    const report = { x: 213, y: 120, width: 190, height: 60 };
    const points = routeConnector(a, report, 'management', { stacked: true });
    expect(points[0]).toEqual({ x: 195, y: 60 });
    expect(points[points.length - 1]).toEqual({ x: 213, y: 150 });
    expect(orthogonal(points)).toBe(true);
  });

  it('runs accountability and commissioning lines between the nearest sides, orthogonally', () => {
    for (const kind of ['accountability', 'commissions'] as const) {
      const down = routeConnector(a, b, kind);
      expect(defined(down[0]).y).toBe(60);
      expect(defined(down[down.length - 1]).y).toBe(120);
      expect(orthogonal(down)).toBe(true);
      const beside = routeConnector(a, { x: 400, y: 10, width: 190, height: 40 }, kind);
      expect(beside).toEqual([
        { x: 290, y: 30 },
        { x: 400, y: 30 },
      ]);
    }
  });

  it('never runs a reporting line through a box, past assistants and down compact stacks', () => {
    fc.assert(
      fc.property(arbChart(150), fc.boolean(), (chart, compact) => {
        const layout = layoutChart(doc, chart, { compact });
        const routes = routeChartLines(chart, layout);
        const boxes = [...layout.boxes.values()];
        for (const line of chart.lines) {
          const points = routes.get(line.id);
          if (!points) continue;
          for (const r of boxes) {
            if (r.id === line.from || r.id === line.to) continue;
            expect(crossesBox(points, r), `${line.from} → ${line.to} crosses ${r.id}`).toBe(false);
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('sends no dashed or arrowed line of a sample annex through a box', () => {
    const sample = herefordshireSample();
    for (const chart of sample.charts) {
      const layout = layoutChart(sample, chart);
      const routes = routeChartLines(chart, layout);
      for (const line of chart.lines) {
        if (line.kind === 'management' && layout.treeParent.get(line.to) === line.from) continue;
        const points = defined(routes.get(line.id), 'routes.get(line.id)');
        for (const r of layout.boxes.values()) {
          if (r.id === line.from || r.id === line.to) continue;
          expect(crossesBox(points, r), `${chart.id}: line ${line.id} crosses ${r.id}`).toBe(false);
        }
      }
    }
  });
});
