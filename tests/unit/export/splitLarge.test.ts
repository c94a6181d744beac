// Large charts split over A4 pages: deep chains, stars and realistic trees.
// Every post is drawn, with its reports, on exactly one page, each "Continued
// on page N" points to the page that starts with that post, and every page
// prints box titles at 8 pt or more. This guards the page planner that plans
// each continuation page from the rows that can fit (its speed is in `npm run
// bench`: a 1,000-deep chain took 26 s to plan, now about 0.5 s).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawChartPages } from '../../../shared/export/chartPages';
import { flatten, type GroupShape, type TextShape } from '../../../shared/export/drawing';
import { makeChart, makeDocument, makeLine, makePost } from '../../../shared/model/factory';
import type { StructuraDocument } from '../../../shared/model/types';
import { groupsWithRole } from '../../support/drawing';
import { defined } from '../../support/defined';

const TAGS = [{ id: 'a', name: 'Organisation A', label: 'A', colour: '#005eb8' }];

/** parents[i] is the manager of post i + 1 (an index ≤ i). */
function documentOf(parents: number[]): StructuraDocument {
  const nodes = Array.from({ length: parents.length + 1 }, (_, i) => makePost({ id: `p${i}`, title: `Post ${i}`, tagId: 'a' }));
  const lines = parents.map((m, i) => makeLine({ id: `m${i + 1}`, kind: 'management', from: `p${m}`, to: `p${i + 1}` }));
  return makeDocument({ tags: TAGS, charts: [makeChart({ id: 'c', title: 'Large', nodes, lines })] });
}

const texts = (group: GroupShape) => flatten(group.children).filter((s): s is TextShape => s.type === 'text');

function checkSplit(doc: StructuraDocument) {
  const { pages, warnings } = drawChartPages(doc, 'c', { paper: 'a4', orientation: 'landscape', allowSplit: true });
  expect(warnings).toEqual([]);
  const home = new Map<string, number>();
  const pointers: { id: string; from: number; to: number }[] = [];
  pages.forEach((page, p) => {
    for (const box of groupsWithRole(page.shapes, 'post')) {
      const mark = texts(box).find((t) => t.text.startsWith('Continued on page'));
      if (mark) pointers.push({ id: defined(box.ref, 'box.ref'), from: p, to: Number(mark.text.replace('Continued on page ', '')) - 1 });
      else {
        expect(home.has(defined(box.ref, 'box.ref')), `${box.label} drawn with its reports on two pages`).toBe(false);
        home.set(defined(box.ref, 'box.ref'), p);
      }
      // Box titles are 12 units: never under 8 pt.
      expect(Math.max(...texts(box).map((t) => t.size))).toBeGreaterThanOrEqual(8 - 1e-6);
    }
  });
  for (const node of defined(doc.charts[0]).nodes) expect(home.has(node.id), `${node.id} is on no page`).toBe(true);
  for (const { id, to } of pointers) {
    expect(home.get(id), `the mark on ${id} points to page ${to + 1}`).toBe(to);
    expect(
      defined(groupsWithRole(defined(pages[to]).shapes, 'title')[0]).children.some(
        (s) => s.type === 'text' && s.text.includes(`Post ${id.slice(1)} and the posts under it`),
      ),
    ).toBe(true);
  }
  return pages.length;
}

describe('large charts split over A4 pages', () => {
  it('a 600-deep chain: every post on one page, marks pointing both ways, every page readable', () => {
    const pages = checkSplit(documentOf(Array.from({ length: 599 }, (_, i) => i)));
    expect(pages).toBeGreaterThan(50);
  });

  it('random trees, wide and deep', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 20, maxLength: 400 }), (picks) => {
        // Each post reports to the one before (deep) or to a random earlier post (wide).
        checkSplit(documentOf(picks.map(([r, deep], i) => (deep ? i : r % (i + 1)))));
      }),
      { seed: 1410, numRuns: 25 },
    );
  });
});
