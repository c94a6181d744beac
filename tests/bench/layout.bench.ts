// Auto-layout of 1,000 and 10,000 posts: Structura beside d3-hierarchy tree()
// (fixed-size boxes), d3-flextree (variable size) and dagre, on the same trees,
// in one run. Structura is timed on a new chart whose lines are new arrays (so
// the tree is rebuilt and packed; only boxes of unchanged posts come from the
// measurement cache); after a plain edit and the first layout are shown too.
import dagre from '@dagrejs/dagre';
import { hierarchy, stratify, tree } from 'd3-hierarchy';
import { flextree } from 'd3-flextree';
import { layoutChart } from '../../shared/layout/layout';
import { measureNode } from '../../shared/layout/nodeBox';
import { parseDocument, serializeDocument } from '../../shared/model/load';
import type { Chart, StructuraDocument } from '../../shared/model/types';
import { generateDocument, median, ms, time } from './generate';

/** A copy of the chart with one post edited, as the store produces after an edit (lines untouched). */
function edited(chart: Chart, k: number): Chart {
  const nodes = chart.nodes.slice();
  const i = (k * 7919) % nodes.length;
  const node = nodes[i];
  nodes[i] = node.kind === 'post' ? { ...node, title: `${node.title} (${k})` } : node;
  return { ...chart, nodes };
}

/** A copy with new lines too (as after moving a post to another manager): the whole tree is rebuilt. */
function restructured(chart: Chart, k: number): Chart {
  return { ...edited(chart, k), lines: chart.lines.slice() };
}

/** Median time of layoutChart over fresh copies of the chart, after a warm-up. */
function timeEdits(doc: StructuraDocument, chart: Chart, copy: (chart: Chart, k: number) => Chart, runs: number): number {
  const charts = Array.from({ length: runs + 5 }, (_, k) => copy(chart, k));
  const times: number[] = [];
  charts.forEach((c, k) => {
    const start = performance.now();
    layoutChart(doc, c);
    if (k >= 5) times.push(performance.now() - start);
  });
  return median(times);
}

export default async function () {
  for (const size of [1_000, 10_000]) {
    const doc = generateDocument(size);
    const chart = doc.charts[0];
    const parent = new Map(chart.lines.map((l) => [l.to, l.from]));
    const rows = chart.nodes.map((n) => ({ id: n.id, parentId: parent.get(n.id) }));
    const boxes = new Map(chart.nodes.map((n) => [n.id, measureNode(n, doc)]));

    const runs = 25;
    const structura = timeEdits(doc, chart, restructured, runs);
    const afterEdit = timeEdits(doc, chart, edited, runs);
    const compact = time(() => layoutChart(doc, chart, { compact: true }), runs);

    const d3tree = time(() => tree<{ id: string }>().nodeSize([200, 120])(stratify<{ id: string; parentId?: string }>()(rows)), runs);
    const flex = time(() => {
      const root = hierarchy(stratify<{ id: string; parentId?: string }>()(rows), (d) => d.children);
      flextree({ nodeSize: (n: { data: { id: string | undefined } }) => { const b = boxes.get(n.data.id!)!; return [b.width + 20, b.height + 40]; } })(root);
    }, 9);
    const dagreMs = time(() => {
      const g = new dagre.graphlib.Graph();
      g.setGraph({ rankdir: 'TB' });
      g.setDefaultEdgeLabel(() => ({}));
      for (const n of chart.nodes) g.setNode(n.id, { width: boxes.get(n.id)!.width, height: boxes.get(n.id)!.height });
      for (const l of chart.lines) g.setEdge(l.from, l.to);
      dagre.layout(g);
    }, 0);
    // Cold: fresh node objects, so every box is measured (wrapped text) as when a document opens.
    const fresh = generateDocument(size);
    const coldStart = performance.now();
    layoutChart(fresh, fresh.charts[0]);
    const cold = performance.now() - coldStart;

    console.log(`${size.toLocaleString('en-GB')} posts (spans 1–12, variable-size boxes):`);
    console.log(`  Structura layoutChart ${ms(structura)} (tree rebuilt from the lines; boxes of unchanged posts cached)`);
    console.log(`    after editing one post (lines unchanged, tree reused) ${ms(afterEdit)} | compact ${ms(compact)} | first layout, measuring every box, ${ms(cold)}`);
    console.log(`  d3 tree() ${ms(d3tree)} (fixed size) | d3-flextree ${ms(flex)} | dagre ${ms(dagreMs)} (one run)`);
    console.log(
      `  ratios: Structura / d3 tree() = ${(structura / d3tree).toFixed(2)} (target ≤ 2) | d3-flextree / Structura = ${(flex / structura).toFixed(1)} (target ≥ 10) | dagre / Structura = ${(dagreMs / structura).toFixed(0)}`,
    );
  }
  const big = serializeDocument(generateDocument(10_000));
  const load = time(() => parseDocument(big), 3);
  console.log(`parseDocument of a 10,000-post document (${(big.length / 1048576).toFixed(1)} MB): ${ms(load)}`);
}
