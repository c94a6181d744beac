// Auto-layout of 1,000 and 10,000 posts: Structura beside d3-hierarchy tree()
// (fixed-size boxes), d3-flextree (variable size) and dagre, in one run.
import dagre from '@dagrejs/dagre';
import { hierarchy, stratify, tree } from 'd3-hierarchy';
import { flextree } from 'd3-flextree';
import { layoutChart } from '../../shared/layout/layout';
import { measureNode } from '../../shared/layout/nodeBox';
import { parseDocument, serializeDocument } from '../../shared/model/load';
import { generateDocument, ms, time } from './generate';

export default async function () {
  for (const size of [1_000, 10_000]) {
    const doc = generateDocument(size);
    const chart = doc.charts[0];
    const parent = new Map(chart.lines.map((l) => [l.to, l.from]));
    const rows = chart.nodes.map((n) => ({ id: n.id, parentId: parent.get(n.id) }));
    const boxes = new Map(chart.nodes.map((n) => [n.id, measureNode(n, doc)]));
    const structura = time(() => layoutChart(doc, chart));
    const d3tree = time(() => tree<{ id: string }>().nodeSize([200, 120])(stratify<{ id: string; parentId?: string }>()(rows)));
    const flex = time(() => {
      const root = hierarchy(stratify<{ id: string; parentId?: string }>()(rows), (d) => d.children);
      flextree({ nodeSize: (n: { data: { id: string | undefined } }) => { const b = boxes.get(n.data.id!)!; return [b.width + 20, b.height + 40]; } })(root);
    }, 3);
    const dagreMs = time(() => {
      const g = new dagre.graphlib.Graph();
      g.setGraph({ rankdir: 'TB' });
      g.setDefaultEdgeLabel(() => ({}));
      for (const n of chart.nodes) g.setNode(n.id, { width: boxes.get(n.id)!.width, height: boxes.get(n.id)!.height });
      for (const l of chart.lines) g.setEdge(l.from, l.to);
      dagre.layout(g);
    }, 0);
    // Cold: fresh node objects, so every box is measured (wrapped text) as on first open.
    const fresh = generateDocument(size);
    const coldStart = performance.now();
    layoutChart(fresh, fresh.charts[0]);
    const cold = performance.now() - coldStart;
    console.log(`${size.toLocaleString('en-GB')} posts (variable-size boxes):`);
    console.log(`  Structura: first layout with text measurement ${ms(cold)}; re-layout (boxes of unchanged posts cached, as after an edit) ${ms(structura)}`);
    console.log(`  Structura layoutChart ${ms(structura)} | d3 tree() ${ms(d3tree)} (fixed size) | d3-flextree ${ms(flex)} | dagre ${ms(dagreMs)}`);
    console.log(`  ratios: Structura / d3 tree() = ${(structura / d3tree).toFixed(2)} (target ≤ 2); d3-flextree / Structura = ${(flex / structura).toFixed(1)} (target ≥ 10); dagre / Structura = ${(dagreMs / structura).toFixed(0)}`);
  }
  const big = serializeDocument(generateDocument(10_000));
  const load = time(() => parseDocument(big), 3);
  console.log(`load and validate a 10,000-post document (${(big.length / 1048576).toFixed(1)} MB): ${ms(load)}`);
}
