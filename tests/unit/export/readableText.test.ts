// Exported pages are readable (#11.14): box titles never print under 8 pt. A
// chart too wide for the paper is first tried in the compact arrangement at
// the same text size, then split; every post is drawn once (a box marked
// "Continued on page N" is a pointer to the page that draws it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawChartPages } from '../../../shared/export/chartPages';
import type { Page, Shape } from '../../../shared/export/drawing';
import { drawBoardPack } from '../../../shared/export/pack';
import { makeBody, makeChart, makeDocument, makeLine, makePost } from '../../../shared/model/factory';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { defined } from '../../support/defined';

interface DrawnBox {
  ref: string;
  titleSize: number;
  pointer: boolean;
}

/** Each post or body drawn on the page, with the size its title prints at (the largest text in its box). */
function drawnBoxes(page: Page): DrawnBox[] {
  const out: DrawnBox[] = [];
  const walk = (shapes: Shape[]) => {
    for (const shape of shapes) {
      if (shape.type !== 'group') continue;
      if ((shape.role === 'post' || shape.role === 'body') && shape.ref) {
        const texts = shape.children.filter((c): c is Extract<Shape, { type: 'text' }> => c.type === 'text');
        out.push({ ref: shape.ref, titleSize: Math.max(...texts.map((t) => t.size)), pointer: texts.some((t) => /^Continued on page \d+$/.test(t.text)) });
      } else walk(shape.children);
    }
  };
  walk(page.shapes);
  return out;
}

const sample = herefordshireSample();

describe('the board pack prints every annex readably', () => {
  for (const paper of ['a4', 'a3'] as const) {
    it(`${paper.toUpperCase()}: every box title at 8 pt or more, no warning`, () => {
      const { drawing, warnings } = drawBoardPack(sample, { paper, orientation: 'landscape', allowSplit: true, theme: 'standard' });
      expect(warnings).toEqual([]);
      const boxes = drawing.pages.flatMap(drawnBoxes);
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) expect(box.titleSize, box.ref).toBeGreaterThanOrEqual(8 - 1e-6);
    });
  }

  it('A4: Annex 3 (five bodies side by side) fits on one page in the compact arrangement', () => {
    const annex3 = defined(
      sample.charts.find((c) => c.annex === '3'),
      "sample.charts.find((c) => c.annex === '3')",
    );
    const { pages, warnings } = drawChartPages(sample, annex3.id, { paper: 'a4', orientation: 'landscape', allowSplit: true });
    expect(warnings).toEqual([]);
    expect(pages).toHaveLength(1);
    expect(new Set(drawnBoxes(defined(pages[0])).map((b) => b.ref))).toEqual(new Set(annex3.nodes.map((n) => n.id)));
  });
});

const WORDS = ['Director', 'of', 'Public', 'Health', 'Head', 'Commissioning', 'Services', 'Partnership', 'Finance'];

/** Random trees of up to 120 posts: wide, deep or bushy, some with responsibilities. */
const arbChart = fc
  .array(
    fc.record({
      parent: fc.nat(),
      bias: fc.nat({ max: 3 }),
      words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
      responsibilities: fc.nat({ max: 4 }),
    }),
    { minLength: 2, maxLength: 120 },
  )
  .map((rows) => {
    const nodes = rows.map((r, i) =>
      makePost({ id: `p${i}`, title: r.words.join(' '), responsibilities: Array.from({ length: r.responsibilities }, (_, k) => `${WORDS[k]} duty`) }),
    );
    // bias 0: report to the first post (a star); otherwise anyone earlier (bushy or deep).
    const lines = rows.flatMap((r, i) =>
      i === 0 ? [] : [makeLine({ id: `m${i}`, kind: 'management', from: `p${r.bias === 0 ? 0 : r.bias === 1 ? i - 1 : r.parent % i}`, to: `p${i}` })],
    );
    return makeChart({ id: 'r', title: 'Random', nodes, lines });
  });

describe('exported pages of seeded random charts', () => {
  // A page under 8 pt is now left only where one box alone is too big for the paper (see the
  // 8 pt tests below, which a row too wide to stack or split once broke: seed 1114 found six posts on
  // A4 portrait at 7.8 pt). Such a page is never silent: the export warns, naming the page.
  it('A4 and A3: every post drawn exactly once across the pages; a box title under 8 pt only with a warning naming it', () => {
    fc.assert(
      fc.property(
        arbChart,
        fc.constantFrom('a4' as const, 'a3' as const),
        fc.constantFrom('landscape' as const, 'portrait' as const),
        (chart, paper, orientation) => {
          const doc = makeDocument({ charts: [chart] });
          const { pages, warnings } = drawChartPages(doc, chart.id, { paper, orientation, allowSplit: true });
          const boxes = pages.flatMap(drawnBoxes);
          const small = Math.min(...boxes.map((b) => b.titleSize));
          if (small < 8 - 1e-6) expect(warnings.join(' '), `${paper} ${orientation}`).toMatch(/too small to read.*would print at \d/);
          const drawn = boxes
            .filter((b) => !b.pointer)
            .map((b) => b.ref)
            .sort();
          expect(drawn).toEqual(chart.nodes.map((n) => n.id).sort());
        },
      ),
      { seed: 1114, numRuns: 40 },
    );
  });
});

/** Random charts with bodies too: some nodes are boards linked by accountability lines (a diagram's rows are not management). */
const arbMixedChart = fc
  .array(
    fc.record({
      parent: fc.nat(),
      bias: fc.nat({ max: 4 }),
      body: fc.boolean(),
      words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
      responsibilities: fc.nat({ max: 4 }),
    }),
    { minLength: 2, maxLength: 90 },
  )
  .map((rows) => {
    const nodes = rows.map((r, i) =>
      r.body && i > 0
        ? makeBody({ id: `p${i}`, name: r.words.join(' ') })
        : makePost({ id: `p${i}`, title: r.words.join(' '), responsibilities: Array.from({ length: r.responsibilities }, (_, k) => `${WORDS[k]} duty`) }),
    );
    // bias 0: under the first node (a star); 1: under the one before (a chain); 4: no line (a forest); else anyone earlier.
    const lines = rows.flatMap((r, i) => {
      if (i === 0 || r.bias === 4) return [];
      const from = r.bias === 0 ? 0 : r.bias === 1 ? i - 1 : r.parent % i;
      const kind =
        defined(nodes[i], 'nodes[i]').kind === 'body' || defined(nodes[from], 'nodes[from]').kind === 'body'
          ? ('accountability' as const)
          : ('management' as const);
      return [makeLine({ id: `m${i}`, kind, from: `p${from}`, to: `p${i}` })];
    });
    return makeChart({ id: 'r', title: 'Random', nodes, lines });
  });

describe('8 pt is guaranteed (#11): no page prints a box title under 8 pt when splitting is allowed', () => {
  const papers = fc.constantFrom('a4' as const, 'a3' as const);
  const orientations = fc.constantFrom('landscape' as const, 'portrait' as const);
  it('seeded random charts of posts (wide, deep, bushy): every title at 8 pt or more, no warning, every node drawn once', () => {
    fc.assert(
      fc.property(arbChart, papers, orientations, (chart, paper, orientation) => {
        const doc = makeDocument({ charts: [chart] });
        const { pages, warnings } = drawChartPages(doc, chart.id, { paper, orientation, allowSplit: true });
        expect(warnings).toEqual([]);
        const boxes = pages.flatMap(drawnBoxes);
        for (const box of boxes) expect(box.titleSize, `${box.ref} on ${paper} ${orientation}`).toBeGreaterThanOrEqual(8 - 1e-6);
        expect(
          boxes
            .filter((b) => !b.pointer)
            .map((b) => b.ref)
            .sort(),
        ).toEqual(chart.nodes.map((n) => n.id).sort());
      }),
      { seed: 1114, numRuns: 80 },
    );
  });

  it('seeded random charts of posts and bodies, some unlinked: every title at 8 pt or more, no warning, every node drawn once', () => {
    fc.assert(
      fc.property(arbMixedChart, papers, orientations, (chart, paper, orientation) => {
        const doc = makeDocument({ charts: [chart] });
        const { pages, warnings } = drawChartPages(doc, chart.id, { paper, orientation, allowSplit: true });
        expect(warnings).toEqual([]);
        const boxes = pages.flatMap(drawnBoxes);
        for (const box of boxes) expect(box.titleSize, `${box.ref} on ${paper} ${orientation}`).toBeGreaterThanOrEqual(8 - 1e-6);
        expect(
          boxes
            .filter((b) => !b.pointer)
            .map((b) => b.ref)
            .sort(),
        ).toEqual(chart.nodes.map((n) => n.id).sort());
      }),
      { seed: 2026, numRuns: 80 },
    );
  });

  it('a row of six directors, each with a report, on A4 portrait (neither stackable nor splittable before): 8 pt, no warning', () => {
    const nodes = [makePost({ id: 'ceo', title: 'Chief Executive' })];
    const lines = [];
    for (let i = 0; i < 6; i++) {
      nodes.push(
        makePost({ id: `d${i}`, title: `Director of Public Health and Partnership Services ${i}` }),
        makePost({ id: `h${i}`, title: `Head of Service ${i}` }),
      );
      lines.push(
        makeLine({ id: `l${i}`, kind: 'management', from: 'ceo', to: `d${i}` }),
        makeLine({ id: `k${i}`, kind: 'management', from: `d${i}`, to: `h${i}` }),
      );
    }
    const chart = makeChart({ id: 'row', title: 'Row', nodes, lines });
    const doc = makeDocument({ charts: [chart] });
    const { pages, warnings } = drawChartPages(doc, 'row', { paper: 'a4', orientation: 'portrait', allowSplit: true });
    expect(warnings).toEqual([]);
    expect(pages.length).toBeGreaterThan(1);
    for (const box of pages.flatMap(drawnBoxes)) expect(box.titleSize, box.ref).toBeGreaterThanOrEqual(8 - 1e-6);
  });

  for (const orientation of ['landscape', 'portrait'] as const) {
    it(`every annex and the board pack on A4 ${orientation}: 8 pt or more, no warning`, () => {
      for (const chart of sample.charts) {
        const { pages, warnings } = drawChartPages(sample, chart.id, { paper: 'a4', orientation, allowSplit: true });
        expect(warnings, chart.title).toEqual([]);
        for (const box of pages.flatMap(drawnBoxes)) expect(box.titleSize, `${chart.annex} ${box.ref}`).toBeGreaterThanOrEqual(8 - 1e-6);
      }
      const { drawing, warnings } = drawBoardPack(sample, { paper: 'a4', orientation, allowSplit: true, theme: 'standard' });
      expect(warnings).toEqual([]);
      for (const box of drawing.pages.flatMap(drawnBoxes)) expect(box.titleSize, box.ref).toBeGreaterThanOrEqual(8 - 1e-6);
    });
  }
});
