// Auto-layout: Structura beside d3-hierarchy tree() (fixed-size boxes),
// d3-flextree (variable size) and dagre, on the same trees, in one process,
// each contender warmed up alike.
//
// - From scratch: Structura's id index, tree and packing all built anew, with
//   every box already measured (as flextree is handed sizes measured before),
//   against d3 tree() alone on a hierarchy built beforehand, and against
//   stratify + tree() (d3 building its hierarchy from rows, as Structura builds
//   its tree from the lines). On three shapes: a realistic structure (spans
//   1–12), a star (one manager, thousands of reports) and a deep chain.
// - Moving a post: a real reparent, as the editor does when a post is dropped
//   onto another: setManager, auto-layout, then the layout the canvas draws
//   (layoutForDisplay). The packing alone is shown beside it.
// - After editing one post's title (lines unchanged), and the first layout of
//   a document just opened, which measures every box.
import dagre from '@dagrejs/dagre';
import { hierarchy, stratify, tree, type HierarchyNode } from 'd3-hierarchy';
import { flextree } from 'd3-flextree';
import { autoLayoutChart, createLayoutCache, forgetLayoutMemory, layoutChart, layoutForDisplay, type LayoutCache } from '../../shared/layout/layout';
import { measureNode } from '../../shared/layout/nodeBox';
import { setManager } from '../../shared/model/commands';
import { makeChart, makeDocument, makeLine, makePost } from '../../shared/model/factory';
import { parseDocument, serializeDocument } from '../../shared/model/load';
import type { Chart, StructuraDocument } from '../../shared/model/types';
import { generateDocument, median, ms, time, warmUp, WARM_UP_RUNS } from './generate';
import { defined } from '../support/defined';

type Row = { id: string; parentId?: string };

/** A copy of the chart with one post edited, as the store produces after an edit (lines untouched). */
function edited(chart: Chart, k: number): Chart {
  const nodes = chart.nodes.slice();
  const i = (k * 7919) % nodes.length;
  const node = defined(nodes[i]);
  nodes[i] = node.kind === 'post' ? { ...node, title: `${node.title} (${k})` } : node;
  return { ...chart, nodes };
}

/** A copy with a new lines array, so nothing of the last layout's tree can be reused. */
const relined = (chart: Chart): Chart => ({ ...chart, lines: chart.lines.slice() });

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

/** Times `run(k)` as a contender for inTurns. */
const timed =
  (run: (k: number) => unknown) =>
  (k: number): number => {
    const start = performance.now();
    run(k);
    return performance.now() - start;
  };

const TAGS = generateDocument(1).tags;

/** One manager and `reports` direct reports. */
function starDocument(reports: number): StructuraDocument {
  const nodes = Array.from({ length: reports + 1 }, (_, i) =>
    makePost({ id: `p${i}`, title: i === 0 ? 'Director of Operations' : `Care Assistant ${i}`, tagId: ['a', 'b'][i % 2] }),
  );
  const lines = nodes.slice(1).map((n, k) => makeLine({ id: `m${k + 1}`, kind: 'management', from: 'p0', to: n.id }));
  return makeDocument({ tags: TAGS, charts: [makeChart({ id: 'star', title: `Star ${reports}`, nodes, lines })] });
}

/** Each post reporting to the one before. */
function chainDocument(depth: number): StructuraDocument {
  const nodes = Array.from({ length: depth }, (_, i) => makePost({ id: `p${i}`, title: `Head of Layer ${i}`, tagId: 'a' }));
  const lines = nodes.slice(1).map((n, k) => makeLine({ id: `m${k + 1}`, kind: 'management', from: `p${k}`, to: n.id }));
  return makeDocument({ tags: TAGS, charts: [makeChart({ id: 'chain', title: `Chain ${depth}`, nodes, lines })] });
}

function rowsOf(chart: Chart): Row[] {
  const parent = new Map(chart.lines.filter((l) => l.kind === 'management').map((l) => [l.to, l.from]));
  return chart.nodes.map((n) => ({ id: n.id, parentId: parent.get(n.id) }));
}

const d3Tree = () => tree<Row>().nodeSize([200, 120]);

/** Structura from scratch (boxes measured) against d3 tree() alone and stratify + tree(), timed in turns. */
function fromScratch(label: string, doc: StructuraDocument, runs: number): void {
  const chart = defined(doc.charts[0]);
  const rows = rowsOf(chart);
  const built: HierarchyNode<Row> = stratify<Row>()(rows);
  const cache = createLayoutCache();
  layoutChart(doc, chart, { cache }); // every box measured, as flextree is given its sizes
  const t = inTurns(
    {
      scratch: timed(() => {
        forgetLayoutMemory(cache);
        layoutChart(doc, relined(chart), { cache });
      }),
      treeAlone: timed(() => d3Tree()(built)),
      stratifyTree: timed(() => d3Tree()(stratify<Row>()(rows))),
    },
    runs,
  );
  console.log(
    `  ${label}: Structura from scratch ${ms(t.scratch)} | d3 tree() alone ${ms(t.treeAlone)} | d3 stratify + tree() ${ms(t.stratifyTree)} | ratio to tree() alone ${(t.scratch / t.treeAlone).toFixed(2)} (target ≤ 2), to stratify + tree() ${(t.scratch / t.stratifyTree).toFixed(2)}`,
  );
}

/** The editor's drop of post `k`'s choosing onto another: setManager, auto-layout, the canvas's layout. */
function reparentPath(doc: StructuraDocument, cache: LayoutCache) {
  const chart = defined(doc.charts[0]);
  const n = chart.nodes.length;
  // Leaves (the last posts of a breadth-first tree) moved to managers in the upper half: never a loop.
  const move = (k: number) => ({
    post: defined(chart.nodes[n - 1 - ((k * 31) % Math.floor(n / 4))]).id,
    to: defined(chart.nodes[(k * 7919) % Math.floor(n / 2)]).id,
  });
  const split = { setManager: [] as number[], autoLayout: [] as number[], display: [] as number[] };
  const run = (k: number, record: boolean) => {
    const { post, to } = move(k);
    const t0 = performance.now();
    const moved = setManager(doc, chart.id, post, to);
    const t1 = performance.now();
    const laidOut = { ...moved, charts: [autoLayoutChart(moved, defined(moved.charts[0]), cache)] };
    const t2 = performance.now();
    layoutForDisplay(laidOut, defined(laidOut.charts[0]), cache);
    const t3 = performance.now();
    if (record) {
      split.setManager.push(t1 - t0);
      split.autoLayout.push(t2 - t1);
      split.display.push(t3 - t2);
    }
    return t3 - t0;
  };
  const packing = (k: number) => {
    const { post, to } = move(k);
    const moved = defined(setManager(doc, chart.id, post, to).charts[0]);
    const start = performance.now();
    layoutChart(doc, moved, { cache });
    return performance.now() - start;
  };
  return { run, packing, split, move };
}

export default async function () {
  for (const size of [1_000, 10_000]) {
    const doc = generateDocument(size);
    const chart = defined(doc.charts[0]);
    const rows = rowsOf(chart);
    const built = stratify<Row>()(rows);
    const cache = createLayoutCache(); // the editor's, as its store owns one
    const boxes = new Map(chart.nodes.map((n) => [n.id, measureNode(n, doc, { memo: cache.boxes })]));
    const reparent = reparentPath(doc, cache);

    // Sub-millisecond figures need more runs for a steady median.
    const runs = size <= 1_000 ? 101 : 31;
    const t = inTurns(
      {
        moveAPost: (k: number) => reparent.run(k, true),
        packing: reparent.packing,
        afterEdit: timed((k) => layoutChart(doc, edited(chart, k), { cache })),
        treeAlone: timed(() => d3Tree()(built)),
      },
      runs,
    );
    // flextree and dagre on their own: the garbage of their many objects would
    // otherwise be collected during the next contender's turn.
    const flex = time(
      () => {
        const root = hierarchy(stratify<Row>()(rows), (d) => d.children);
        flextree({
          nodeSize: (node: { data: { id: string | undefined } }) => {
            const b = defined(boxes.get(defined(node.data.id, 'node.data.id')), 'boxes.get(node.data.id)');
            return [b.width + 20, b.height + 40];
          },
        })(root);
      },
      9,
      WARM_UP_RUNS,
    );
    const dagreMs =
      size <= 1_000
        ? time(() => {
            const g = new dagre.graphlib.Graph();
            g.setGraph({ rankdir: 'TB' });
            g.setDefaultEdgeLabel(() => ({}));
            for (const node of chart.nodes)
              g.setNode(node.id, {
                width: defined(boxes.get(node.id), 'boxes.get(node.id)').width,
                height: defined(boxes.get(node.id), 'boxes.get(node.id)').height,
              });
            for (const l of chart.lines) g.setEdge(l.from, l.to);
            dagre.layout(g);
          }, 0)
        : NaN;
    // Cold: a document just opened (new objects, nothing measured), so every box's wrapped text is measured.
    const cold = median(
      [1, 2, 3].map((seed) => {
        const fresh = generateDocument(size, seed + 1);
        const start = performance.now();
        layoutChart(fresh, defined(fresh.charts[0]), { cache: createLayoutCache() });
        return performance.now() - start;
      }),
    );

    const part = (values: number[]) => ms(median(values));
    console.log(`${size.toLocaleString('en-GB')} posts (spans 1–12, variable-size boxes):`);
    console.log(
      `  move a post (setManager → auto-layout → the canvas's layout) ${ms(t.moveAPost)}: setManager ${part(reparent.split.setManager)}, auto-layout ${part(reparent.split.autoLayout)}, display layout ${part(reparent.split.display)} | the packing alone ${ms(t.packing)} | ${(t.moveAPost / t.packing).toFixed(1)}× the packing`,
    );
    console.log(
      `  after editing one post (lines unchanged, tree reused) ${ms(t.afterEdit)} | first layout of a document just opened, measuring every box ${ms(cold)}`,
    );
    console.log(
      `  d3 tree() alone ${ms(t.treeAlone)} (fixed size) | d3-flextree ${ms(flex)} | dagre ${Number.isNaN(dagreMs) ? 'not run at this size (15 s and more)' : `${ms(dagreMs)} (one run)`}`,
    );
    console.log(
      `  ratios: packing after a move / d3 tree() alone ${(t.packing / t.treeAlone).toFixed(2)} (target ≤ 2) | d3-flextree / packing ${(flex / t.packing).toFixed(1)} (target ≥ 10)`,
    );
    fromScratch(`realistic ${size.toLocaleString('en-GB')}`, doc, runs);
  }
  fromScratch('star of 1,000 reports', starDocument(1_000), 101);
  fromScratch('star of 5,000 reports', starDocument(5_000), 31);
  fromScratch('chain 1,000 deep', chainDocument(1_000), 101);
  fromScratch('chain 5,000 deep', chainDocument(5_000), 31);

  const big = serializeDocument(generateDocument(10_000));
  const load = time(() => parseDocument(big), 3);
  console.log(`parseDocument of a 10,000-post document (${(big.length / 1048576).toFixed(1)} MB): ${ms(load)}`);
}
