// The layout reads its typed arrays without `!` (#14): an index its own
// bounds promise yet finds empty throws an InternalError naming what was
// missing, where an assertion let `undefined` through as NaN positions. And
// the working arrays a layout borrows from its owner's scratch (flags,
// visibility, the packing's modifiers) are never part of what it returns:
// a layout stays as it was while the same owner lays out other charts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLayoutCache, layoutChart, type ChartLayout } from '../../../shared/layout/layout';
import { tidyCentres, type TidyTree } from '../../../shared/layout/tidy';
import { makeChart, makeDocument, makeLine, makePost } from '../../../shared/model/factory';
import type { Chart } from '../../../shared/model/types';
import { InternalError } from '../../../shared/must';
import { defined, leading } from '../../support/defined';

const GAPS = { sibling: 22, subtree: 30, group: 56 };

/** A root (node 2) with two children, as the packing is handed it. */
function smallTree(): TidyTree {
  return {
    count: 3,
    root: 2,
    parent: Int32Array.from([2, 2, -1]),
    childStart: Int32Array.from([0, 0, 0, 2]),
    childList: Int32Array.from([0, 1]),
    leftExtent: Float64Array.from([50, 50, 0]),
    rightExtent: Float64Array.from([50, 50, 0]),
    group: Int32Array.from([0, 0, -1]),
  };
}

describe('the packing reads only what is there', () => {
  it('places a well-formed tree: two children either side of their parent, a sibling gap apart', () => {
    const [left, right, root] = leading([...tidyCentres(smallTree(), GAPS)], 3);
    expect(right - left).toBe(50 + 50 + GAPS.sibling);
    expect((left + right) / 2).toBeCloseTo(root);
  });

  it('throws an InternalError naming what is missing when a child list runs past its array, rather than placing at NaN', () => {
    const broken = { ...smallTree(), childList: Int32Array.from([0]) };
    expect(() => tidyCentres(broken, GAPS)).toThrow(InternalError);
    expect(() => tidyCentres(broken, GAPS)).toThrow(/the layout found no child at index 1/);
  });

  it('throws when a node has no extent to measure its gap by', () => {
    const broken = { ...smallTree(), rightExtent: new Float64Array(0) };
    expect(() => tidyCentres(broken, GAPS)).toThrow(/the layout found no packed node at index 0/);
  });
});

const TITLES = ['Chief Executive', 'Director of Adult Social Care', 'Head of Finance', 'Care Assistant'];
const doc = makeDocument({ tags: [{ id: 'a', name: 'Council', label: 'Council', colour: '#005eb8' }] });

/** A random chart: node k reports to one of the nodes before it; some collapsed, some assistants. */
const arbChart = fc
  .array(fc.record({ manager: fc.nat(), collapsed: fc.nat({ max: 9 }), assistant: fc.nat({ max: 7 }), title: fc.nat({ max: 3 }) }), {
    minLength: 1,
    maxLength: 50,
  })
  .chain((specs) =>
    fc.record({ prefix: fc.constantFrom('p', 'q'), compact: fc.boolean() }).map(({ prefix, compact }): Chart => {
      const nodes = specs.map((s, k) =>
        makePost({
          id: `${prefix}${k}`,
          title: defined(TITLES[s.title]),
          tagId: 'a',
          collapsed: s.collapsed === 0,
          assistant: s.assistant === 0,
        }),
      );
      const lines = specs
        .slice(1)
        .map((s, k) => makeLine({ id: `m${k}`, kind: 'management', from: `${prefix}${s.manager % (k + 1)}`, to: `${prefix}${k + 1}` }));
      return makeChart({ id: `chart-${prefix}`, title: 'Random', nodes, lines, layout: { compact } });
    }),
  );

/** Everything a layout tells its callers. */
function reading(layout: ChartLayout, chart: Chart) {
  return {
    boxes: [...layout.boxes.values()].map((b) => ({ ...b })),
    parents: chart.nodes.map((n) => layout.treeParent.get(n.id) ?? null),
    hidden: [...layout.hidden],
    hiddenCounts: [...layout.hiddenCounts],
    stacked: [...layout.stacked],
    bounds: { ...layout.bounds },
  };
}

describe('a layout owns what it returns', () => {
  it('reads as a layout of its own would after its owner has laid out other charts with the same scratch arrays', () => {
    fc.assert(
      fc.property(fc.array(arbChart, { minLength: 2, maxLength: 6 }), (charts) => {
        const cache = createLayoutCache();
        // Nothing read until all are laid out: boxes are made when first read, from the arrays the layout kept.
        const made = charts.map((chart) => layoutChart(doc, chart, { cache }));
        made.forEach((layout, k) => {
          const chart = defined(charts[k]);
          expect(reading(layout, chart)).toEqual(reading(layoutChart(doc, chart), chart));
        });
      }),
      { seed: 1414, numRuns: 120 },
    );
  });
});
