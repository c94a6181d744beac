import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCharts, totalChanges } from '../../../shared/compare/compare';
import { makeBody, makeChart, makeLine, makePost } from '../../../shared/model/factory';
import type { Chart, PostNode } from '../../../shared/model/types';

/** Random structure charts over a shared pool of post ids, so two of them overlap. */
const arbChart = fc
  .array(
    fc.record({
      id: fc.constantFrom(...Array.from({ length: 30 }, (_, i) => `p${i}`)),
      title: fc.constantFrom('Director', 'Head of Finance', 'Chief Executive', 'Officer'),
      tag: fc.constantFrom('a', 'b', 'joint', null),
      manager: fc.integer({ min: -1, max: 29 }),
      fte: fc.constantFrom(0.5, 1),
      vacant: fc.boolean(),
      responsibilities: fc.subarray(['ICT', 'Finance', 'HR', 'Estates']),
    }),
    { maxLength: 25 },
  )
  .map((rows): Chart => {
    const seen = new Set<string>();
    const posts = rows.filter((r) => !seen.has(r.id) && seen.add(r.id));
    const ids = new Set(posts.map((p) => p.id));
    return makeChart({
      id: 'c',
      title: 'Random',
      nodes: posts.map((p) =>
        makePost({
          id: p.id,
          title: p.title,
          tagId: p.tag,
          fte: p.fte,
          holder: p.vacant ? { kind: 'vacant' } : { kind: 'unrecorded' },
          responsibilities: p.responsibilities,
          cost: 1000,
        }),
      ),
      // Managers may be missing or form cycles: the comparison must cope.
      lines: posts
        .filter((p) => p.manager >= 0 && `p${p.manager}` !== p.id && ids.has(`p${p.manager}`))
        .map((p) => makeLine({ id: `m-${p.id}`, kind: 'management', from: `p${p.manager}`, to: p.id })),
    });
  });

describe('comparison properties', () => {
  it('finds no change between a chart and itself', () => {
    fc.assert(
      fc.property(arbChart, (chart) => {
        const c = compareCharts(chart, chart);
        expect(totalChanges(c)).toBe(0);
        expect(c.from).toEqual(c.to);
      }),
    );
  });

  it('A → B mirrors B → A', () => {
    fc.assert(
      fc.property(arbChart, arbChart, (a, b) => {
        const ab = compareCharts(a, b);
        const ba = compareCharts(b, a);
        expect(ab.added).toEqual(ba.removed);
        expect(ab.removed).toEqual(ba.added);
        expect(ab.retitled).toEqual(ba.retitled.map((x) => ({ id: x.id, from: x.to, to: x.from })));
        expect(ab.retagged).toEqual(ba.retagged.map((x) => ({ id: x.id, from: x.to, to: x.from })));
        expect(ab.reportingLineChanged).toEqual(ba.reportingLineChanged.map((x) => ({ id: x.id, from: x.to, to: x.from })));
        expect(ab.responsibilitiesMoved).toEqual(
          ba.responsibilitiesMoved.map((x) => ({ responsibility: x.responsibility, fromPost: x.toPost, toPost: x.fromPost })),
        );
        expect(ab.from).toEqual(ba.to);
        expect(ab.to.posts - ab.from.posts + (ba.to.posts - ba.from.posts)).toBe(0);
      }),
    );
  });

  it('names every post a change mentions by its title in B, else in A', () => {
    fc.assert(
      fc.property(arbChart, arbChart, (a, b) => {
        const c = compareCharts(a, b);
        const titleIn = (chart: Chart, id: string) => chart.nodes.find((n): n is PostNode => n.id === id && n.kind === 'post')?.title;
        const mentioned = [
          ...c.added,
          ...c.removed,
          ...c.retitled.map((x) => x.id),
          ...c.retagged.map((x) => x.id),
          ...c.reportingLineChanged.flatMap((x) => [x.id, x.from, x.to]),
          ...c.responsibilitiesMoved.flatMap((x) => [x.fromPost, x.toPost]),
          ...c.to.topPosts,
          ...c.from.widePosts,
        ].filter((id): id is string => id !== null);
        for (const id of mentioned) expect(c.titles[id], id).toBe(titleIn(b, id) ?? titleIn(a, id));
      }),
    );
  });
});

describe('edge cases', () => {
  const chart = (lines: [string, string][], ids: string[]) =>
    makeChart({
      id: 'x',
      title: 'X',
      nodes: ids.map((id) => makePost({ id, title: id })),
      lines: lines.map(([f, t]) => makeLine({ id: `${f}-${t}`, kind: 'management', from: f, to: t })),
    });

  it('treats posts whose manager is missing, or in a cycle, as top posts, without looping', () => {
    const broken = chart(
      [
        ['ghost', 'a'],
        ['b', 'c'],
        ['c', 'b'],
      ],
      ['a', 'b', 'c'],
    );
    const c = compareCharts(broken, broken);
    expect(c.from.topPosts.length).toBeGreaterThanOrEqual(2);
    expect(c.from.posts).toBe(3);
  });

  it('counts several top posts and a responsibility moving between posts', () => {
    const a = makeChart({
      id: 'a',
      title: 'A',
      nodes: [makePost({ id: 'x', title: 'X', responsibilities: ['Clinical responsibility'] }), makePost({ id: 'y', title: 'Y' })],
    });
    const b = makeChart({
      id: 'b',
      title: 'B',
      nodes: [makePost({ id: 'x', title: 'X' }), makePost({ id: 'y', title: 'Y', responsibilities: ['Clinical responsibility'] })],
    });
    const c = compareCharts(a, b);
    expect(c.from.topPosts).toEqual(['x', 'y']);
    expect(c.responsibilitiesMoved).toEqual([{ responsibility: 'Clinical responsibility', fromPost: 'x', toPost: 'y' }]);
  });

  it('uses the pay-band midpoint where no cost is given, and says so', () => {
    const a = makeChart({
      id: 'a',
      title: 'A',
      nodes: [makePost({ id: 'x', title: 'X', payFloor: 60_000, payCeiling: 70_000 }), makePost({ id: 'y', title: 'Y' })],
    });
    const c = compareCharts(a, a);
    expect(c.from).toMatchObject({ cost: 65_000, costFromPayBand: true, unknownCost: 1 });
  });

  it('names posts whose ids are words objects already know, and bodies that manage posts', () => {
    const body = { id: 'board', kind: 'body' as const, name: 'Trust Board' };
    const a = makeChart({ id: 'a', title: 'A', nodes: [makePost({ id: 'constructor', title: 'Chief Executive' })] });
    const b = makeChart({
      id: 'b',
      title: 'B',
      nodes: [makeBody(body), makePost({ id: 'constructor', title: 'Chief Executive' }), makePost({ id: 'toString', title: 'Director of Finance' })],
      lines: [
        makeLine({ id: 'l1', kind: 'management', from: 'board', to: 'constructor' }),
        makeLine({ id: 'l2', kind: 'management', from: 'constructor', to: 'toString' }),
      ],
    });
    const c = compareCharts(a, b);
    expect(c.added).toEqual(['toString']);
    expect(c.reportingLineChanged).toEqual([{ id: 'constructor', from: null, to: 'board' }]);
    expect(c.titles).toEqual({ constructor: 'Chief Executive', toString: 'Director of Finance', board: 'Trust Board' });
  });
});
