// Re-layout reuses what the last layout of a chart knew (id index, tree,
// measured boxes). Whatever the edits, it must draw exactly what a layout from
// scratch draws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLayoutCache, layoutChart, type ChartLayout } from '../../../shared/layout/layout';
import { makeChart, makeDocument, makeLine, makePost } from '../../../shared/model/factory';
import type { Chart, PostNode, StructuraDocument } from '../../../shared/model/types';
import { defined } from '../../support/defined';

const baseDoc = makeDocument();

function chartOf(size: number): Chart {
  const nodes = Array.from({ length: size }, (_, i) => makePost({ id: `p${i}`, title: `Post ${i}` }));
  const lines = nodes.slice(1).map((_, k) => makeLine({ id: `m${k + 1}`, kind: 'management', from: `p${Math.floor(k / 3)}`, to: `p${k + 1}` }));
  return makeChart({ id: 'c', title: 'C', nodes, lines });
}

/** Everything a user can see of a layout, in drawing order. */
function drawn(layout: ChartLayout) {
  return {
    boxes: [...layout.boxes.values()].map((b) => ({ id: b.id, x: b.x, y: b.y, width: b.width, height: b.height, texts: b.texts.map((t) => t.text) })),
    hidden: [...layout.hidden].sort(),
    hiddenCounts: [...layout.hiddenCounts].sort(),
    stacked: [...layout.stacked].sort(),
    bounds: layout.bounds,
  };
}

type Edit =
  | { kind: 'retitle'; at: number; title: string }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'collapse'; at: number }
  | { kind: 'assistant'; at: number }
  | { kind: 'add'; under: number }
  | { kind: 'remove'; at: number }
  | { kind: 'retag' }
  | { kind: 'shift'; at: number; x: number }
  | { kind: 'reread' };

const arbEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('retitle' as const),
    at: fc.nat(),
    title: fc.constantFrom('Director of Public Health and Wellbeing', 'Head', 'Chief Executive'),
  }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('collapse' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('assistant' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), under: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('retag' as const) }),
  fc.record({ kind: fc.constant('shift' as const), at: fc.nat(), x: fc.integer({ min: -300, max: 300 }) }),
  fc.constant({ kind: 'reread' as const }),
);

/** Applies an edit the way the store does: new arrays and new objects only for what changed. */
function apply(doc: StructuraDocument, chart: Chart, edit: Edit, k: number): { doc: StructuraDocument; chart: Chart } {
  const n = chart.nodes.length;
  const withNode = (at: number, change: (post: PostNode) => PostNode): Chart => {
    const nodes = chart.nodes.slice();
    nodes[at % n] = change(nodes[at % n] as PostNode);
    return { ...chart, nodes };
  };
  switch (edit.kind) {
    case 'retitle':
      return { doc, chart: withNode(edit.at, (p) => ({ ...p, title: edit.title })) };
    case 'collapse':
      return { doc, chart: withNode(edit.at, (p) => ({ ...p, collapsed: !p.collapsed })) };
    case 'assistant':
      return { doc, chart: withNode(edit.at, (p) => ({ ...p, assistant: !p.assistant })) };
    case 'move': {
      const id = defined(chart.nodes[edit.at % n]).id;
      const manager = defined(chart.nodes[edit.to % n]).id;
      const lines = chart.lines.filter((l) => l.to !== id);
      if (manager !== id) lines.push(makeLine({ id: `moved${k}`, kind: 'management', from: manager, to: id }));
      return { doc, chart: { ...chart, lines } };
    }
    case 'add': {
      const id = `new${k}`;
      return {
        doc,
        chart: {
          ...chart,
          nodes: [...chart.nodes, makePost({ id, title: `New post ${k}` })],
          lines: [...chart.lines, makeLine({ id: `l${id}`, kind: 'management', from: defined(chart.nodes[edit.under % n]).id, to: id })],
        },
      };
    }
    case 'remove': {
      if (n < 2) return { doc, chart };
      const id = defined(chart.nodes[edit.at % n]).id;
      return { doc, chart: { ...chart, nodes: chart.nodes.filter((node) => node.id !== id), lines: chart.lines.filter((l) => l.from !== id && l.to !== id) } };
    }
    case 'retag':
      return { doc: { ...doc, tags: doc.tags.map((t, i) => (i === 0 ? { ...t, label: `${t.label}${k}` } : t)) }, chart };
    case 'shift':
      // What a layout does to a post it moves: a copy with a new position.
      return { doc, chart: withNode(edit.at, (p) => ({ ...p, position: { x: edit.x, y: p.position.y } })) };
    case 'reread':
      // As after opening the saved file: every node a new object with the same content.
      return { doc, chart: { ...chart, nodes: structuredClone(chart.nodes) } };
  }
}

describe('re-layout after edits', () => {
  it('draws exactly what a layout from scratch draws, after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(arbEdit, { minLength: 1, maxLength: 12 }), fc.boolean(), (size, edits, compact) => {
        let doc = baseDoc;
        let chart = chartOf(size);
        const cache = createLayoutCache();
        layoutChart(doc, chart, { compact, cache });
        edits.forEach((edit, k) => {
          ({ doc, chart } = apply(doc, chart, edit, k));
          const reused = drawn(layoutChart(doc, chart, { compact, cache }));
          // No cache: from scratch, every box measured afresh.
          expect(reused).toEqual(drawn(layoutChart(doc, chart, { compact })));
        });
      }),
      { numRuns: 150 },
    );
  });

  it('shows a retitled post at once, with a box grown to fit its longer title', () => {
    const chart = chartOf(5);
    const before = defined(layoutChart(baseDoc, chart).boxes.get('p2'), "layoutChart(baseDoc, chart).boxes.get('p2')");
    const nodes = chart.nodes.slice();
    nodes[2] = { ...(nodes[2] as PostNode), title: 'Director of Adult Social Care, Housing and Public Health Commissioning' };
    const after = defined(layoutChart(baseDoc, { ...chart, nodes }).boxes.get('p2'), "layoutChart(baseDoc, { ...chart, nodes }).boxes.get('p2')");
    expect(
      after.texts
        .filter((t) => t.role === 'title')
        .map((t) => t.text)
        .join(' '),
    ).toBe('Director of Adult Social Care, Housing and Public Health Commissioning');
    expect(after.height).toBeGreaterThan(before.height);
  });
});

describe('the boxes of a layout', () => {
  it('agree between get, has, size, keys, values and entries, in drawing order (managers before their reports)', () => {
    const layout = layoutChart(baseDoc, chartOf(30));
    const values = [...layout.boxes.values()];
    expect(layout.boxes.size).toBe(30);
    expect([...layout.boxes.keys()]).toEqual(values.map((b) => b.id));
    expect([...layout.boxes.entries()]).toEqual(values.map((b) => [b.id, b]));
    expect([...layout.boxes]).toEqual(values.map((b) => [b.id, b]));
    for (const box of values) {
      expect(layout.boxes.has(box.id)).toBe(true);
      expect(layout.boxes.get(box.id)).toBe(box);
    }
    expect(layout.boxes.has('nobody')).toBe(false);
    expect(layout.boxes.get('nobody')).toBeUndefined();
    const seen = new Set<string>();
    for (const box of values) {
      const manager = layout.treeParent.get(box.id);
      if (manager !== undefined) expect(seen.has(manager), `${manager} before ${box.id}`).toBe(true);
      seen.add(box.id);
    }
    const visited: string[] = [];
    layout.boxes.forEach((_box, id) => visited.push(id));
    expect(visited).toEqual(values.map((b) => b.id));
  });
});

describe('two documents open at once, each with its own layout cache', () => {
  const otherDoc = makeDocument({ tags: [{ id: 'x', name: 'Other Trust', label: 'Other Trust (NHS)', colour: '#00703c' }] });
  /** The same chart id in both documents, as two files each with an "annex-1" have; different titles and tags. */
  const otherChart = (size: number): Chart => {
    const chart = chartOf(size);
    return { ...chart, nodes: chart.nodes.map((n) => ({ ...(n as PostNode), title: `Other ${n.id} with a longer title to wrap`, tagId: 'x' })) };
  };

  it('lay out alternately exactly as each does alone, after any sequence of edits to either', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.tuple(fc.boolean(), arbEdit), { minLength: 1, maxLength: 14 }),
        fc.boolean(),
        (sizeA, sizeB, edits, compact) => {
          const docs = [
            { doc: baseDoc, chart: chartOf(sizeA), cache: createLayoutCache(), alone: createLayoutCache(), history: [] as ReturnType<typeof drawn>[] },
            { doc: otherDoc, chart: otherChart(sizeB), cache: createLayoutCache(), alone: createLayoutCache(), history: [] as ReturnType<typeof drawn>[] },
          ];
          // Alternately: each document laid out with its own cache after every edit to either.
          edits.forEach(([second, edit], k) => {
            const d = defined(docs[second ? 1 : 0], 'docs[second ? 1 : 0]');
            ({ doc: d.doc, chart: d.chart } = apply(d.doc, d.chart, edit, k));
            for (const each of docs) each.history.push(drawn(layoutChart(each.doc, each.chart, { compact, cache: each.cache })));
          });
          // Alone: replay each document's own sequence of states with a cache that saw nothing else.
          for (const each of docs) {
            let doc = each === docs[0] ? baseDoc : otherDoc;
            let chart = each === docs[0] ? chartOf(sizeA) : otherChart(sizeB);
            const alone: ReturnType<typeof drawn>[] = [];
            edits.forEach(([second, edit], k) => {
              if (docs[second ? 1 : 0] === each) ({ doc, chart } = apply(doc, chart, edit, k));
              alone.push(drawn(layoutChart(doc, chart, { compact, cache: each.alone })));
            });
            expect(each.history).toEqual(alone);
          }
        },
      ),
      { seed: 1414, numRuns: 120 },
    );
  });
});
