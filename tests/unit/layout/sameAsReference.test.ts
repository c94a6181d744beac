// The optimised layout (interned ids, guessed line ends, reused scratch
// arrays) must draw exactly what the layout before that work drew: a frozen
// copy of it lives in tests/support/referenceLayout. Random charts cover
// what the packing treats specially: compact stacks (one and two columns),
// assistants, bodies beside a tree by dotted or commissioning lines,
// collapsed subtrees, diagrams hung by their other lines, duplicate ids,
// dangling lines and cycles; and the re-layout paths (a cache that saw the
// chart's earlier versions, ids interned by other charts) as well as layout
// from scratch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLayoutCache, forgetLayoutMemory, layoutChart, type ChartLayout, type LayoutCache } from '../../../shared/layout/layout';
import { makeBody, makeChart, makeDocument, makeLine, makePost } from '../../../shared/model/factory';
import type { Chart, ChartNode, Line } from '../../../shared/model/types';
import * as reference from '../../support/referenceLayout/layout';
import { defined } from '../../support/defined';

const doc = makeDocument({
  tags: [
    { id: 'a', name: 'Council', label: 'Council', colour: '#005eb8' },
    { id: 'b', name: 'Primary Care Trust', label: 'PCT', colour: '#00703c' },
  ],
});

/** Everything a layout tells its callers, in the order it tells it. */
function everything(layout: ChartLayout | reference.ChartLayout, ids: string[]) {
  return {
    boxes: [...layout.boxes.values()].map((b) => ({ ...b })),
    keys: [...layout.boxes.keys()],
    lookups: [...ids, 'nobody'].map((id) => [id, layout.boxes.has(id), layout.boxes.get(id)?.x, layout.boxes.get(id)?.y, layout.treeParent.get(id)]),
    hidden: [...layout.hidden],
    hiddenCounts: [...layout.hiddenCounts],
    stacked: [...layout.stacked],
    bounds: layout.bounds,
  };
}

interface ChartSpec {
  kind: Chart['kind'];
  nodes: { body: boolean; id: number; title: number; collapsed: boolean; assistant: boolean; responsibilities: number; tag: number }[];
  lines: { kind: Line['kind']; from: number; to: number }[];
  /** Most charts are trees: each node i > 0 gets a manager among the nodes before it. */
  tree: number[];
  compact: boolean;
  positions: boolean;
}

const TITLES = ['Chief Executive', 'Director of Public Health and Wellbeing', 'Head of Finance', 'Care Assistant', 'Manager'];

const arbSpec = (maxNodes: number): fc.Arbitrary<ChartSpec> =>
  fc.integer({ min: 0, max: maxNodes }).chain((n) =>
    fc.record({
      kind: fc.constantFrom<Chart['kind']>('structure', 'structure', 'structure', 'diagram'),
      nodes: fc.array(
        fc.record({
          body: fc.boolean(),
          id: fc.oneof({ weight: 12, arbitrary: fc.constant(-1) }, { weight: 1, arbitrary: fc.nat({ max: Math.max(0, n - 1) }) }),
          title: fc.nat({ max: TITLES.length - 1 }),
          collapsed: fc.oneof({ weight: 8, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
          assistant: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
          responsibilities: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 4 }) }),
          tag: fc.nat({ max: 2 }),
        }),
        { minLength: n, maxLength: n },
      ),
      lines: fc.array(
        fc.record({
          kind: fc.constantFrom<Line['kind']>('management', 'accountability', 'commissions'),
          from: fc.integer({ min: -1, max: n }),
          to: fc.integer({ min: -1, max: n }),
        }),
        { maxLength: Math.ceil(n / 3) + 2 },
      ),
      tree: fc.array(fc.nat(), { minLength: n, maxLength: n }),
      compact: fc.boolean(),
      positions: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    }),
  );

function chartOf(spec: ChartSpec, bodyShare: number): Chart {
  // Node k's id is `n${k}`, except that a node may repeat an earlier node's id; an end of -1 or n is a dangling id.
  const idOf = (k: number) => (k < 0 || k >= spec.nodes.length ? `ghost${k}` : `n${k}`);
  const nodes: ChartNode[] = spec.nodes.map((s, k) => {
    const id = s.id >= 0 && s.id < k ? idOf(s.id) : idOf(k);
    const position = spec.positions ? { x: (k * 37) % 500, y: (k * 91) % 400 } : { x: 0, y: 0 };
    if (k % bodyShare === bodyShare - 1 && s.body)
      return makeBody({ id, name: `Board ${k}`, position, tagId: s.tag === 2 ? null : defined(['a', 'b'][s.tag], "['a', 'b'][s.tag]") });
    return makePost({
      id,
      title: `${defined(TITLES[s.title], 'TITLES[s.title]')} ${k % 7}`,
      tagId: s.tag === 2 ? null : defined(['a', 'b'][s.tag], "['a', 'b'][s.tag]"),
      collapsed: s.collapsed,
      assistant: s.assistant,
      responsibilities: Array.from({ length: s.responsibilities }, (_, r) => `Responsibility ${r + 1} for the whole of the county`),
      position,
    });
  });
  const lines: Line[] = [];
  spec.tree.forEach((pick, k) => {
    if (k > 0 && pick % 9 !== 0) lines.push(makeLine({ id: `t${k}`, kind: 'management', from: idOf(pick % k), to: idOf(k) }));
  });
  spec.lines.forEach((l, k) => lines.push(makeLine({ id: `x${k}`, kind: l.kind, from: idOf(l.from), to: idOf(l.to) })));
  // Lines in an order unlike the nodes' (as a hand-edited chart has), half the time.
  if (spec.tree.length % 2 === 1) lines.reverse();
  return makeChart({ id: 'c', title: 'Random', kind: spec.kind, nodes, lines, layout: { compact: spec.compact } });
}

const ids = (chart: Chart) => chart.nodes.map((n) => n.id);
const mode = (spec: ChartSpec) => (spec.positions ? 'positions' : 'auto');

describe('the optimised layout draws what the layout before it drew', () => {
  it('from scratch, on random charts', () => {
    fc.assert(
      fc.property(arbSpec(60), fc.integer({ min: 2, max: 6 }), (spec, bodyShare) => {
        const chart = chartOf(spec, bodyShare);
        const expected = everything(reference.layoutChart(doc, chart, { mode: mode(spec) }), ids(chart));
        expect(everything(layoutChart(doc, chart, { mode: mode(spec) }), ids(chart))).toEqual(expected);
        expect(everything(layoutChart(doc, chart, { mode: mode(spec), compact: !spec.compact }), ids(chart))).toEqual(
          everything(reference.layoutChart(doc, chart, { mode: mode(spec), compact: !spec.compact }), ids(chart)),
        );
      }),
      { seed: 1212, numRuns: 150 },
    );
  });

  it('with one cache laying out many random charts in turn (ids interned by earlier charts, structures and boxes reused)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(arbSpec(40), fc.integer({ min: 2, max: 6 }), fc.nat({ max: 3 })), { minLength: 2, maxLength: 8 }), (charts) => {
        const cache: LayoutCache = createLayoutCache();
        let last: Chart | null = null;
        for (const [spec, bodyShare, how] of charts) {
          let chart = chartOf(spec, bodyShare);
          // Sometimes the same chart again with new lines or a node edited, as after a move or a retitle.
          if (last && how === 1) chart = { ...last, lines: last.lines.slice().reverse() };
          if (last && how === 2 && last.nodes.length > 0) {
            const nodes = last.nodes.slice();
            const node = defined(nodes[0], 'nodes[0]');
            nodes[0] = node.kind === 'post' ? { ...node, title: `${node.title} (acting)`, collapsed: !node.collapsed } : node;
            chart = { ...last, nodes };
          }
          if (how === 3) forgetLayoutMemory(cache);
          const options = { mode: mode(spec) } as const;
          expect(everything(layoutChart(doc, chart, { ...options, cache }), ids(chart))).toEqual(
            everything(reference.layoutChart(doc, chart, options), ids(chart)),
          );
          last = chart;
        }
      }),
      { seed: 1414, numRuns: 80 },
    );
  });

  it('on big trees of every shape the bench times (realistic, a star, a deep chain)', () => {
    const post = (i: number) =>
      makePost({
        id: `p${i}`,
        title: `${defined(TITLES[i % TITLES.length], 'TITLES[i % TITLES.length]')} ${i}`,
        tagId: defined(['a', 'b'][i % 2], "['a', 'b'][i % 2]"),
        assistant: i % 97 === 5,
      });
    const shapes: [string, (i: number) => number][] = [
      ['realistic', (i) => Math.floor((i - 1) / 6)],
      ['star', () => 0],
      ['chain', (i) => i - 1],
    ];
    for (const [name, managerOf] of shapes) {
      const nodes = Array.from({ length: 1500 }, (_, i) => post(i));
      const lines = nodes.slice(1).map((n, k) => makeLine({ id: `m${k}`, kind: 'management', from: `p${managerOf(k + 1)}`, to: n.id }));
      for (const compact of [false, true]) {
        const chart = makeChart({ id: name, title: name, nodes, lines, layout: { compact } });
        const cache = createLayoutCache();
        const expected = everything(reference.layoutChart(doc, chart), ids(chart));
        expect(everything(layoutChart(doc, chart, { cache }), ids(chart)), name).toEqual(expected);
        forgetLayoutMemory(cache);
        expect(everything(layoutChart(doc, { ...chart, lines: chart.lines.slice() }, { cache }), ids(chart)), name).toEqual(expected);
      }
    }
  });
});
