// Auto-layout of 1,000 and 10,000 posts: Structura beside d3-hierarchy tree()
// (fixed-size boxes), d3-flextree (variable size) and dagre, on the same trees,
// in one run, each contender warmed up alike. Structura is timed two ways:
// after moving a post (a new chart with one post edited and a new lines array:
// the tree is rebuilt from the lines and packed, reusing what the last layout
// of the chart knew: the id index and unchanged boxes), and from scratch (the
// id index, tree and packing all built anew, with every box already measured,
// as flextree is handed sizes measured beforehand). Layout after a plain edit
// and the first layout, which measures every box, are shown too.
import dagre from '@dagrejs/dagre';
import { hierarchy, stratify, tree } from 'd3-hierarchy';
import { flextree } from 'd3-flextree';
import { forgetLayoutMemory, layoutChart } from '../../shared/layout/layout';
import { measureNode } from '../../shared/layout/nodeBox';
import { parseDocument, serializeDocument } from '../../shared/model/load';
import type { Chart, StructuraDocument } from '../../shared/model/types';
import { generateDocument, median, ms, time, warmUp, WARM_UP_RUNS } from './generate';

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

/** Time of one layoutChart of a fresh copy of the chart; `fromScratch` first forgets what re-layout reuses. */
function layoutCopy(doc: StructuraDocument, chart: Chart, copy: (chart: Chart, k: number) => Chart, fromScratch = false) {
  return (k: number) => {
    const copied = copy(chart, k);
    if (fromScratch) forgetLayoutMemory();
    const start = performance.now();
    layoutChart(doc, copied);
    return performance.now() - start;
  };
}

/**
 * Median time of each contender, each warmed up first, then timed in turns
 * (one run of each, round after round), so that a slower or busier spell of
 * the machine falls on all of them alike and their ratios hold.
 */
function inTurns<K extends string>(contenders: Record<K, (k: number) => number>, runs: number): Record<K, number> {
  const names = Object.keys(contenders) as K[];
  for (const name of names) warmUp(contenders[name]);
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let k = 0; k < runs; k++) for (const name of names) times[name].push(contenders[name](k));
  return Object.fromEntries(names.map((name) => [name, median(times[name])])) as Record<K, number>;
}

/** Times `run` as a contender for inTurns. */
const timed = (run: () => unknown) => () => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

export default async function () {
  for (const size of [1_000, 10_000]) {
    const doc = generateDocument(size);
    const chart = doc.charts[0];
    const parent = new Map(chart.lines.map((l) => [l.to, l.from]));
    const rows = chart.nodes.map((n) => ({ id: n.id, parentId: parent.get(n.id) }));
    const boxes = new Map(chart.nodes.map((n) => [n.id, measureNode(n, doc)]));

    // Sub-millisecond figures need more runs for a steady median.
    const runs = size <= 1_000 ? 101 : 31;
    const { structura, afterEdit, scratch, compact, d3tree } = inTurns(
      {
        structura: layoutCopy(doc, chart, restructured),
        afterEdit: layoutCopy(doc, chart, edited),
        scratch: layoutCopy(doc, chart, restructured, true),
        compact: timed(() => layoutChart(doc, chart, { compact: true })),
        d3tree: timed(() => tree<{ id: string }>().nodeSize([200, 120])(stratify<{ id: string; parentId?: string }>()(rows))),
      },
      runs,
    );
    // flextree and dagre on their own: the garbage of their many objects would
    // otherwise be collected during the next contender's turn.
    const flex = time(() => {
      const root = hierarchy(stratify<{ id: string; parentId?: string }>()(rows), (d) => d.children);
      flextree({ nodeSize: (n: { data: { id: string | undefined } }) => { const b = boxes.get(n.data.id!)!; return [b.width + 20, b.height + 40]; } })(root);
    }, 9, WARM_UP_RUNS);
    const dagreMs = time(() => {
      const g = new dagre.graphlib.Graph();
      g.setGraph({ rankdir: 'TB' });
      g.setDefaultEdgeLabel(() => ({}));
      for (const n of chart.nodes) g.setNode(n.id, { width: boxes.get(n.id)!.width, height: boxes.get(n.id)!.height });
      for (const l of chart.lines) g.setEdge(l.from, l.to);
      dagre.layout(g);
    }, 0);
    // Cold: fresh node objects, so every box is measured (wrapped text) as when a document opens.
    const cold = median(
      [1, 2, 3].map((seed) => {
        const fresh = generateDocument(size, seed + 1);
        const start = performance.now();
        layoutChart(fresh, fresh.charts[0]);
        return performance.now() - start;
      }),
    );

    console.log(`${size.toLocaleString('en-GB')} posts (spans 1–12, variable-size boxes):`);
    console.log(`  Structura layoutChart after moving a post ${ms(structura)} | from scratch, boxes measured ${ms(scratch)}`);
    console.log(`    after editing one post (lines unchanged, tree reused) ${ms(afterEdit)} | compact ${ms(compact)} | first layout, measuring every box (wrapped text) ${ms(cold)}`);
    console.log(`  d3 tree() ${ms(d3tree)} (fixed size) | d3-flextree ${ms(flex)} | dagre ${ms(dagreMs)} (one run)`);
    console.log(
      `  ratios after moving a post: Structura / d3 tree() = ${(structura / d3tree).toFixed(2)} (target ≤ 2) | d3-flextree / Structura = ${(flex / structura).toFixed(1)} (target ≥ 10) | dagre / Structura = ${(dagreMs / structura).toFixed(0)}`,
    );
    console.log(`  ratios from scratch: Structura / d3 tree() = ${(scratch / d3tree).toFixed(2)} (target ≤ 2) | d3-flextree / Structura = ${(flex / scratch).toFixed(1)} (target ≥ 10)`);
  }
  const big = serializeDocument(generateDocument(10_000));
  const load = time(() => parseDocument(big), 3);
  console.log(`parseDocument of a 10,000-post document (${(big.length / 1048576).toFixed(1)} MB): ${ms(load)}`);
}
