// High contrast: a legend swatch must show the pattern its tag's boxes carry,
// whatever subset of the document's tags a chart, page or focused slide uses.
// Regression (#11.2): patterns were numbered by position among the tags on the
// page, so Annex 4 and a slide focused on the COO had the legend off by one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawChartPages } from '../../../shared/export/chartPages';
import type { GroupShape, Page, RectShape, TextShape } from '../../../shared/export/drawing';
import { descendantsOf } from '../../../shared/model/query';
import type { StructuraDocument } from '../../../shared/model/types';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { groupsWithRole } from '../../support/drawing';
import { defined } from '../../support/defined';

const sample = herefordshireSample();

/** Legend text of each tag (as the legend writes it) → the pattern of the swatch drawn before it. */
function legendPatterns(page: Page): Map<string, string> {
  const legend = defined(groupsWithRole(page.shapes, 'legend')[0]);
  const out = new Map<string, string>();
  legend.children.forEach((shape, i) => {
    const next = legend.children[i + 1];
    if (shape.type === 'rect' && next?.type === 'text') out.set((next as TextShape).text, (shape as RectShape).pattern ?? 'none');
  });
  return out;
}

/** For each tag id: the patterns on the bands of boxes with that tag. */
function boxPatterns(doc: StructuraDocument, chartId: string, page: Page): Map<string, Set<string>> {
  const nodes = new Map(
    defined(
      doc.charts.find((c) => c.id === chartId),
      'doc.charts.find((c) => c.id === chartId)',
    ).nodes.map((n) => [n.id, n]),
  );
  const out = new Map<string, Set<string>>();
  const boxes: GroupShape[] = [...groupsWithRole(page.shapes, 'post'), ...groupsWithRole(page.shapes, 'body')];
  for (const box of boxes) {
    const tagId = nodes.get(defined(box.ref, 'box.ref'))?.tagId;
    const band = box.children.find((c): c is RectShape => c.type === 'rect' && c.pattern !== undefined);
    if (!tagId || !band) continue;
    (out.get(tagId) ?? defined(out.set(tagId, new Set()).get(tagId), 'out.set(tagId, new Set()).get(tagId)')).add(defined(band.pattern, 'band.pattern'));
  }
  return out;
}

const legendText = (doc: StructuraDocument, tagId: string) => {
  const tag = defined(
    doc.tags.find((t) => t.id === tagId),
    'doc.tags.find((t) => t.id === tagId)',
  );
  return `${tag.label}${tag.name && tag.name !== tag.label ? ` — ${tag.name}` : ''}`;
};

function checkPage(doc: StructuraDocument, chartId: string, page: Page) {
  const legend = legendPatterns(page);
  const boxes = boxPatterns(doc, chartId, page);
  expect(boxes.size).toBeGreaterThan(0);
  for (const [tagId, patterns] of boxes) {
    expect(patterns.size, `boxes tagged ${tagId} disagree on their pattern`).toBe(1);
    expect(legend.get(legendText(doc, tagId)), `legend swatch of ${tagId}`).toBe([...patterns][0]);
  }
  // Different tags stay told apart on the page.
  const used = [...boxes.values()].map((p) => [...p][0]);
  expect(new Set(used).size).toBe(used.length);
}

describe('high-contrast legend patterns follow the tag, not its place in a list', () => {
  it('Annex 4 and every annex, and a slide focused on the Chief Operating Officer', () => {
    for (const chart of sample.charts)
      for (const page of drawChartPages(sample, chart.id, { paper: 'a3', orientation: 'landscape', theme: 'high-contrast' }).pages)
        checkPage(sample, chart.id, page);
    const annex1 = defined(
      sample.charts.find((c) => c.id === 'annex-1'),
      "sample.charts.find((c) => c.id === 'annex-1')",
    );
    const coo = defined(
      annex1.nodes.find((n) => n.kind === 'post' && n.title === 'Chief Operating Officer'),
      "annex1.nodes.find((n) => n.kind === 'post' && n.title === 'Chief Op...",
    );
    const focused = drawChartPages(sample, 'annex-1', { paper: 'a4', orientation: 'landscape', theme: 'high-contrast', focusPostId: coo.id });
    for (const page of focused.pages) checkPage(sample, 'annex-1', page);
  });

  it('for random subsets of tags, each legend swatch shows the pattern on the boxes of its tag', () => {
    const annex1 = defined(
      sample.charts.find((c) => c.id === 'annex-1'),
      "sample.charts.find((c) => c.id === 'annex-1')",
    );
    const postIds = annex1.nodes.map((n) => n.id);
    fc.assert(
      fc.property(
        fc.subarray(
          sample.tags.map((t) => t.id),
          { minLength: 1 },
        ),
        fc.array(fc.nat(), { minLength: postIds.length, maxLength: postIds.length }),
        fc.option(fc.constantFrom(...postIds)),
        fc.constantFrom('a4', 'a3'),
        (subset, picks, focus, paper) => {
          const chart = { ...annex1, nodes: annex1.nodes.map((n, i) => ({ ...n, tagId: defined(subset[defined(picks[i]) % subset.length]) })) };
          const doc: StructuraDocument = { ...sample, charts: sample.charts.map((c) => (c.id === chart.id ? chart : c)) };
          const focusPostId = focus !== null && descendantsOf(chart, focus).size > 0 ? focus : undefined;
          for (const page of drawChartPages(doc, chart.id, { paper, orientation: 'landscape', theme: 'high-contrast', focusPostId }).pages)
            checkPage(doc, chart.id, page);
        },
      ),
      { seed: 11_2, numRuns: 60 },
    );
  });
});
