import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAP, layoutChart, type ChartLayout, type PlacedBox } from '../../../shared/layout/layout';
import { measureNode, POST_WIDTH } from '../../../shared/layout/nodeBox';
import { routeChartLines } from '../../../shared/layout/route';
import { makeBody, makeChart, makeDocument, makeLine, makePost } from '../../../shared/model/factory';
import type { Chart } from '../../../shared/model/types';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { lineHeight, measureText, wrapText } from '../../../shared/text/measure';

const doc = makeDocument();
const overlap = (a: PlacedBox, b: PlacedBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function overlaps(layout: ChartLayout): string[] {
  const boxes = [...layout.boxes.values()];
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i], boxes[j])) found.push(`${boxes[i].id} × ${boxes[j].id}`);
  return found;
}

/** A tree from a list of parent indices (-1: top). */
function tree(parents: number[], titles?: (i: number) => string, extra: (i: number) => object = () => ({})): Chart {
  return makeChart({
    id: 't',
    title: 'T',
    nodes: parents.map((_, i) => makePost({ id: `p${i}`, title: titles?.(i) ?? `Post ${i}`, ...extra(i) })),
    lines: parents.flatMap((p, i) => (p >= 0 ? [makeLine({ id: `m${i}`, kind: 'management', from: `p${p}`, to: `p${i}` })] : [])),
  });
}

const arbTree = fc
  .array(fc.record({ parent: fc.nat(), title: fc.string({ minLength: 1, maxLength: 60 }), resp: fc.nat({ max: 4 }) }), { minLength: 1, maxLength: 150 })
  .map((rows) => tree(rows.map((r, i) => (i === 0 ? -1 : r.parent % i)), (i) => rows[i].title.trim() || 'x', (i) => ({ responsibilities: Array.from({ length: rows[i].resp }, (_, k) => `Item ${k}`) })));

describe('boxes', () => {
  it('grow with wrapped titles and responsibilities, and keep every text inside', () => {
    const short = measureNode(makePost({ id: 'a', title: 'Chief Executive' }), doc);
    const long = measureNode(makePost({ id: 'b', title: 'Director of Resources and Shared Services and Everything Else Besides', responsibilities: ['ICT', 'Finance', 'Human Resources'] }), doc);
    expect(long.height).toBeGreaterThan(short.height);
    expect(long.width).toBe(POST_WIDTH);
    for (const t of long.texts) expect(t.x + measureText(t.text, { size: t.size, bold: t.bold })).toBeLessThanOrEqual(long.width);
    expect(long.texts.filter((t) => t.role === 'responsibility').map((t) => t.text)).toEqual(['• ICT', '• Finance', '• Human Resources']);
  });

  it('say Vacant, and what a collapsed post hides', () => {
    const box = measureNode(makePost({ id: 'v', title: 'Head of Audit', holder: { kind: 'vacant' } }), doc, { hiddenCount: 12 });
    expect(box.texts.map((t) => t.text)).toEqual(expect.arrayContaining(['Vacant', '+12 posts hidden']));
  });
});

describe('tidy tree layout', () => {
  it('never overlaps boxes and puts every manager above its reports, centred over them', () => {
    fc.assert(
      fc.property(arbTree, (chart) => {
        const layout = layoutChart(doc, chart);
        expect(overlaps(layout)).toEqual([]);
        for (const line of chart.lines) {
          const m = layout.boxes.get(line.from)!;
          const r = layout.boxes.get(line.to)!;
          expect(m.y + m.height).toBeLessThan(r.y);
        }
        for (const node of chart.nodes) {
          const reports = chart.lines.filter((l) => l.from === node.id).map((l) => layout.boxes.get(l.to)!);
          if (!reports.length) continue;
          const first = reports[0].x + reports[0].width / 2;
          const last = reports[reports.length - 1].x + reports[reports.length - 1].width / 2;
          const m = layout.boxes.get(node.id)!;
          expect(Math.abs(m.x + m.width / 2 - (first + last) / 2)).toBeLessThan(0.01);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('compact mode stacks leaf reports, so a wide span makes a narrower chart', () => {
    const wide = tree([-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const normal = layoutChart(doc, wide);
    const compact = layoutChart(doc, wide, { compact: true });
    expect(compact.bounds.width).toBeLessThan(normal.bounds.width / 2);
    expect(overlaps(compact)).toEqual([]);
    expect(compact.stacked.size).toBe(10);
  });

  it('puts assistants beside their manager, between the manager and the row of reports', () => {
    const chart = tree([-1, 0, 0, 0], undefined, (i) => ({ assistant: i === 1 }));
    const layout = layoutChart(doc, chart);
    const manager = layout.boxes.get('p0')!;
    const assistant = layout.boxes.get('p1')!;
    const report = layout.boxes.get('p2')!;
    expect(assistant.y).toBeGreaterThan(manager.y + manager.height);
    expect(assistant.y + assistant.height).toBeLessThan(report.y);
    expect(assistant.x).toBeGreaterThan(manager.x + manager.width / 2);
    expect(overlaps(layout)).toEqual([]);
  });

  it('hides a collapsed subtree and counts what it hides', () => {
    const chart = tree([-1, 0, 1, 1, 2], undefined, (i) => ({ collapsed: i === 1 }));
    const layout = layoutChart(doc, chart);
    expect([...layout.boxes.keys()].sort()).toEqual(['p0', 'p1']);
    expect(layout.hiddenCounts.get('p1')).toBe(3);
    expect(layout.boxes.get('p1')!.texts.some((t) => t.text === '+3 posts hidden')).toBe(true);
  });

  it('lays out several top posts side by side, and survives cycles and dangling lines', () => {
    const chart = makeChart({
      id: 'x',
      title: 'X',
      nodes: ['a', 'b', 'c', 'd'].map((id) => makePost({ id, title: id.toUpperCase() })),
      lines: [makeLine({ id: '1', kind: 'management', from: 'a', to: 'b' }), makeLine({ id: '2', kind: 'management', from: 'b', to: 'a' }), makeLine({ id: '3', kind: 'management', from: 'ghost', to: 'c' })],
    });
    const layout = layoutChart(doc, chart);
    expect(layout.boxes.size).toBe(4);
    expect(overlaps(layout)).toEqual([]);
    expect(routeChartLines(chart, layout).size).toBe(2);
  });

  it('keeps saved positions in positions mode', () => {
    const chart = tree([-1, 0], undefined, (i) => ({ position: { x: 500 + i, y: 40 * i } }));
    const layout = layoutChart(doc, chart, { mode: 'positions' });
    expect(layout.boxes.get('p1')).toMatchObject({ x: 501, y: 40 });
  });

  it('lays out every sample annex without overlaps, rows at least a gap apart', () => {
    const sample = herefordshireSample();
    for (const chart of sample.charts) {
      for (const compact of [false, true]) {
        const layout = layoutChart(sample, chart, { compact });
        expect(overlaps(layout), `${chart.id} compact=${compact}`).toEqual([]);
      }
    }
    const a1 = layoutChart(sample, sample.charts[0]);
    expect(a1.boxes.get('ceo')!.y).toBeGreaterThanOrEqual(a1.boxes.get('pst-board')!.y + a1.boxes.get('pst-board')!.height + GAP.row - 1);
    // The boards the Chief Executive is also accountable to sit in the top row, either side of the PST Board.
    expect(a1.boxes.get('pct-board')!.y).toBe(a1.boxes.get('pst-board')!.y);
    expect(a1.boxes.get('pct-board')!.x).toBeLessThan(a1.boxes.get('pst-board')!.x);
    expect(a1.boxes.get('council-cabinet')!.x).toBeGreaterThan(a1.boxes.get('pst-board')!.x);
  });
});

describe('line routing', () => {
  it('sends no dashed or arrowed line of a sample annex through a box', () => {
    const sample = herefordshireSample();
    for (const chart of sample.charts) {
      const layout = layoutChart(sample, chart);
      const routes = routeChartLines(chart, layout);
      for (const line of chart.lines) {
        if (line.kind === 'management' && layout.treeParent.get(line.to) === line.from) continue;
        const points = routes.get(line.id)!;
        const others = [...layout.boxes.values()].filter((b) => b.id !== line.from && b.id !== line.to);
        for (let i = 1; i < points.length; i++) {
          const [a, b] = [points[i - 1], points[i]];
          for (const r of others) {
            const hit = Math.min(a.x, b.x) < r.x + r.width - 1 && r.x + 1 < Math.max(a.x, b.x) && Math.min(a.y, b.y) < r.y + r.height - 1 && r.y + 1 < Math.max(a.y, b.y);
            const vertical = a.x === b.x && r.x < a.x && a.x < r.x + r.width && Math.min(a.y, b.y) < r.y + r.height && r.y < Math.max(a.y, b.y);
            const horizontal = a.y === b.y && r.y < a.y && a.y < r.y + r.height && Math.min(a.x, b.x) < r.x + r.width && r.x < Math.max(a.x, b.x);
            expect(hit || vertical || horizontal, `${chart.id}: line ${line.id} crosses ${r.id}`).toBe(false);
          }
        }
      }
    }
  });
});

describe('collapsing', () => {
  it('hides bodies under a collapsed post even when it hides no posts', () => {
    const chart = makeChart({
      id: 'x',
      title: 'X',
      nodes: [makePost({ id: 'p', title: 'Chair', collapsed: true }), makeBody({ id: 'b', name: 'Committee' })],
      lines: [makeLine({ id: 'l', kind: 'management', from: 'p', to: 'b' })],
    });
    const layout = layoutChart(doc, chart);
    expect([...layout.boxes.keys()]).toEqual(['p']);
    expect(layout.hidden.has('b')).toBe(true);
  });
});
