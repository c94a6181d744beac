// Board-paper details a reader notices: line labels readable, the page furniture
// (dates, footer note, legend entries), margins, high contrast, pack options.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { drawChartPages } from '../../../shared/export/chartPages';
import { flatten, type Page, type PathShape, type RectShape, type Shape, type TextShape } from '../../../shared/export/drawing';
import { drawBoardPack, drawChart } from '../../../shared/export/pack';
import { patternSegments } from '../../../shared/export/pdf';
import { chartToSvg } from '../../../shared/export/svg';
import { makeChart, makeDocument, makePost } from '../../../shared/model/factory';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { measureText } from '../../../shared/text/measure';
import { groupsWithRole } from '../../support/drawing';
import { defined } from '../../support/defined';

const doc = herefordshireSample();
const A3 = { paper: 'a3', orientation: 'landscape' } as const;

const groups = groupsWithRole;

const texts = (shapes: Shape[]) => flatten(shapes).filter((s): s is TextShape => s.type === 'text');
const pageText = (page: Page) =>
  texts(page.shapes)
    .map((t) => t.text)
    .join('\n');
const overlaps = (a: RectShape, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function segmentsOf(path: PathShape) {
  return path.points.slice(1).map((b, i) => {
    const a = defined(path.points[i]);
    return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.max(Math.abs(a.x - b.x), 0.01), height: Math.max(Math.abs(a.y - b.y), 0.01) };
  });
}

describe('line labels', () => {
  const papers = [A3, { paper: 'a4', orientation: 'landscape', allowSplit: false }] as const;
  for (const chart of doc.charts.filter((c) => c.lines.some((l) => l.label)))
    for (const paper of papers) {
      it(`Annex ${chart.annex} on ${paper.paper.toUpperCase()}: every label is drawn clear of the boxes, the other labels and other lines`, () => {
        const page = defined(drawChartPages(doc, chart.id, paper).pages[0]);
        const labelled = chart.lines.filter((l) => l.label);
        const labels = groups(page.shapes, 'lineLabel').filter((g) => labelled.some((l) => l.label === g.label));
        expect(labels.map((g) => g.label).sort()).toEqual(labelled.map((l) => l.label).sort());
        const boxes = [...groups(page.shapes, 'post'), ...groups(page.shapes, 'body')].map((g) =>
          defined(
            g.children.find((c): c is RectShape => c.type === 'rect'),
            "g.children.find((c): c is RectShape => c.type === 'rect')",
          ),
        );
        const labelRects = labels.map((g) =>
          defined(
            g.children.find((c): c is RectShape => c.type === 'rect'),
            "g.children.find((c): c is RectShape => c.type === 'rect')",
          ),
        );
        const lineGroups = groups(page.shapes, 'line');
        labelRects.forEach((rect, i) => {
          const text = defined(defined(labels[i]).label, 'defined(labels[i]).label');
          for (const box of boxes) expect(overlaps(rect, box), `"${text}" is over a box`).toBe(false);
          labelRects.forEach((other, j) => j !== i && expect(overlaps(rect, other), `"${text}" is over another label`).toBe(false));
          // Its own line runs under it; no other line may.
          const others = lineGroups.filter((g) => g.ref !== defined(labels[i]).ref);
          const crossing = others.filter((g) => g.children.some((c) => c.type === 'path' && segmentsOf(c).some((seg) => overlaps(rect, seg))));
          expect(
            crossing.map((g) => g.label),
            `lines under "${text}"`,
          ).toEqual([]);
          // And the label is wide enough for its words.
          const t = defined(
            defined(labels[i]).children.find((c): c is TextShape => c.type === 'text'),
            'defined(labels[i]).children.find((c): c is TextShape => c.type === ...',
          );
          expect(measureText(t.text, { size: t.size })).toBeLessThanOrEqual(rect.width);
        });
      });
    }
});

describe('page furniture', () => {
  it('dates are written the British way in the title block and footer', () => {
    const page = defined(drawChart(doc, 'annex-1', A3).drawing.pages[0]);
    const title = texts(defined(groups(page.shapes, 'title')[0]).children).map((t) => t.text);
    expect(title).toContain('31 January 2007');
    expect(texts(defined(groups(page.shapes, 'footer')[0]).children).some((t) => t.text.endsWith('31 January 2007'))).toBe(true);
    expect(pageText(page)).not.toContain('2007-01-31');
  });

  it('the footer says costs are illustrative only on pages that show illustrative costs', () => {
    const withCosts = defined(drawChart(doc, 'annex-1', A3).drawing.pages[0]);
    const withoutCosts = defined(drawChart(doc, 'annex-2', A3).drawing.pages[0]);
    const footerText = (p: Page) => texts(defined(groups(p.shapes, 'footer')[0]).children).map((t) => t.text);
    expect(footerText(withCosts)).toContain('Costs marked illustrative are not real figures');
    expect(footerText(withoutCosts)).not.toContain('Costs marked illustrative are not real figures');
  });

  it('the legend names each organisation on the chart, boxes with no organisation, and only the line kinds drawn', () => {
    const legendText = (chartId: string) =>
      texts(defined(groups(defined(drawChartPages(doc, chartId, A3).pages[0]).shapes, 'legend')[0]).children).map((t) => t.text);
    const annex2 = legendText('annex-2');
    expect(annex2).toContain('No organisation recorded');
    expect(annex2).toContain('Accountability / professional line');
    expect(annex2).not.toContain('Commissions');
    const annex1 = legendText('annex-1');
    expect(annex1).toEqual(
      expect.arrayContaining(['PCT — Herefordshire Primary Care Trust', 'Council — Herefordshire Council', 'Joint — Joint appointment (Public Service Trust)']),
    );
    expect(annex1).not.toContain('No organisation recorded');
    expect(legendText('annex-4')).toContain('Commissions');
  });

  it('wider margins move everything inwards', () => {
    const margin = 60;
    const { pages } = drawChartPages(doc, 'annex-1', { ...A3, margins: margin });
    for (const shape of flatten(defined(pages[0]).shapes)) {
      if (shape.type === 'rect') {
        expect(shape.x).toBeGreaterThanOrEqual(margin - 0.01);
        expect(shape.x + shape.width).toBeLessThanOrEqual(defined(pages[0]).width - margin + 0.01);
        expect(shape.y + shape.height).toBeLessThanOrEqual(defined(pages[0]).height - margin + 0.01);
      }
      if (shape.type === 'text') expect(shape.x).toBeGreaterThanOrEqual(margin - 0.01);
    }
  });

  it('a chart that cannot be split into readable parts says to use A3, not to allow splitting', () => {
    // One post whose box alone is taller than the page at 8 pt: there is no subtree or row to move.
    const tall = makePost({ id: 'tall', title: 'Director of Everything', responsibilities: Array.from({ length: 100 }, (_, i) => `Duty ${i + 1}`) });
    const one = makeDocument({ charts: [makeChart({ id: 'one', title: 'One post', nodes: [tall], lines: [] })] });
    const { warnings } = drawChartPages(one, 'one', { paper: 'a4', orientation: 'portrait', allowSplit: true });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/too small to read on A4 portrait/);
    expect(warnings[0]).toMatch(/use A3/);
    expect(warnings[0]).not.toMatch(/allow splitting/i);
  });

  it('focusing on a post draws only it and the posts under it; an unknown post is reported', () => {
    const focused = defined(drawChartPages(doc, 'annex-1', { ...A3, focusPostId: 'coo' }).pages[0]);
    const titles = groups(focused.shapes, 'post').map((g) => g.label);
    expect(titles).toContain('Chief Operating Officer');
    expect(titles).toContain('Director of Regeneration');
    expect(titles).not.toContain('Chief Executive');
    expect(titles).not.toContain('Director of Finance');
    const unknown = drawChartPages(doc, 'annex-1', { ...A3, focusPostId: 'nobody' });
    expect(unknown.warnings[0]).toMatch(/no post “nobody”/);
    expect(groups(defined(unknown.pages[0]).shapes, 'post').map((g) => g.label)).toContain('Chief Executive');
  });
});

describe('charts split over pages', () => {
  for (const chartId of ['annex-1', 'annex-5']) {
    it(`${chartId} on A4: every line is drawn on a page, or named on the pages of both its ends`, () => {
      const chart = defined(
        doc.charts.find((c) => c.id === chartId),
        'doc.charts.find((c) => c.id === chartId)',
      );
      const { pages } = drawChartPages(doc, chartId, { paper: 'a4', orientation: 'landscape', allowSplit: true });
      expect(pages.length).toBeGreaterThan(1);
      const drawn = new Set(pages.flatMap((p) => groups(p.shapes, 'line').map((g) => g.ref)));
      const notes = pages.map((p) =>
        texts(groups(p.shapes, 'footnote').flatMap((g) => g.children))
          .map((t) => t.text)
          .join(' '),
      );
      const onPage = (id: string) =>
        pages.findIndex((p) =>
          [...groups(p.shapes, 'post'), ...groups(p.shapes, 'body')].some(
            (g) => g.ref === id && !texts(g.children).some((t) => t.text.startsWith('Continued on')),
          ),
        );
      const name = (id: string) => {
        const n = defined(
          chart.nodes.find((x) => x.id === id),
          'chart.nodes.find((x) => x.id === id)',
        );
        return n.kind === 'post' ? n.title : n.name;
      };
      for (const line of chart.lines) {
        if (drawn.has(line.id)) continue;
        for (const end of [line.from, line.to]) {
          const page = onPage(end);
          expect(page, `${name(end)} is on no page`).toBeGreaterThanOrEqual(0);
          expect(notes[page], `page ${page + 1} does not mention the line ${name(line.to)} – ${name(line.from)}`).toContain(name(line.to));
          expect(notes[page]).toContain(name(line.from));
        }
      }
    });
  }
});

describe('continuation marks in the board pack', () => {
  it('point to the pack’s own page numbers, both ways', () => {
    const { pages } = drawBoardPack(doc, { paper: 'a4', orientation: 'landscape', allowSplit: true }).drawing;
    let checked = 0;
    pages.forEach((page, index) => {
      for (const mark of texts(page.shapes)
        .map((t) => /^Continued on page (\d+)$/.exec(t.text))
        .filter((m) => m !== null)) {
        const target = defined(pages[Number(mark[1]) - 1]);
        expect(target, `page ${index + 1} points past the end`).toBeDefined();
        expect(pageText(target)).toContain(`Continued from page ${index + 1}:`);
        checked++;
      }
    });
    expect(checked).toBeGreaterThanOrEqual(2); // Annex 1 and Annex 5 both split on A4
  });
});

describe('high contrast', () => {
  it('draws every line and every box text in black, so nothing relies on a pale grey', () => {
    const page = defined(drawChartPages(doc, 'annex-5', { ...A3, theme: 'high-contrast' }).pages[0]);
    const lineColours = new Set(groups(page.shapes, 'line').flatMap((g) => g.children.filter((c): c is PathShape => c.type === 'path').map((p) => p.stroke)));
    expect([...lineColours]).toEqual(['#000000']);
    const boxTexts = [...groups(page.shapes, 'post'), ...groups(page.shapes, 'body')].flatMap((g) => texts(g.children));
    expect(new Set(boxTexts.map((t) => t.colour))).toEqual(new Set(['#000000']));
  });

  it('each legend swatch shows its pattern in the PDF wherever it falls on the page', () => {
    // Regression: dots were computed off the pattern grid, so small swatches came out blank.
    for (const pattern of ['hatch', 'backhatch', 'cross', 'grid', 'dots'] as const) {
      for (let offset = 0; offset < 6; offset += 0.37) {
        const swatch: RectShape = { type: 'rect', x: 100 + offset, y: 768.89 + offset, width: 18, height: 9, pattern };
        const { lines, dots } = patternSegments(swatch);
        expect(lines.length + dots.length, `${pattern} at +${offset.toFixed(2)}`).toBeGreaterThan(0);
        for (const p of [...lines.flat(), ...dots]) {
          expect(p.x).toBeGreaterThanOrEqual(swatch.x - 1e-6);
          expect(p.x).toBeLessThanOrEqual(swatch.x + swatch.width + 1e-6);
          expect(p.y).toBeGreaterThanOrEqual(swatch.y - 1e-6);
          expect(p.y).toBeLessThanOrEqual(swatch.y + swatch.height + 1e-6);
        }
      }
    }
  });
});

describe('chartToSvg and the board pack options', () => {
  it('chartToSvg gives page 1 of a split chart, with its footer, and says how many pages there are', () => {
    const { svg, pageCount } = chartToSvg(doc, 'annex-1', { paper: 'a4', orientation: 'landscape', allowSplit: true });
    expect(pageCount).toBeGreaterThan(1);
    const xml = new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
    const text = Array.from(xml.getElementsByTagName('text'), (t) => t.textContent).join('\n');
    expect(text).toContain(`Page 1 of ${pageCount}`);
    expect(text).toContain('Continued on page 2');
  });

  it('includeComparison adds the comparison after the annexes and lists it on the cover', () => {
    const plain = drawBoardPack(doc, A3).drawing;
    const { drawing } = drawBoardPack(doc, { ...A3, includeComparison: { fromChartId: 'annex-5', toChartId: 'annex-1' } });
    // Cover, the annexes, the rule-check appendix, then the charts in words.
    expect(plain.pages.filter((p) => !p.label.startsWith('Appendix: the charts in words'))).toHaveLength(1 + doc.charts.length + 1);
    expect(drawing.pages.length).toBeGreaterThan(plain.pages.length);
    const comparisonStart = 1 + doc.charts.length;
    expect(defined(drawing.pages[comparisonStart]).label).toBe('Comparison: Annex 5 → Annex 1');
    const cover = pageText(defined(drawing.pages[0]));
    expect(cover).toContain('Comparison: Annex 5 → Annex 1');
    // The cover's page number for the comparison is where it really is.
    const coverTexts = texts(defined(drawing.pages[0]).shapes);
    const entry = coverTexts.findIndex((t) => t.text === 'Comparison: Annex 5 → Annex 1');
    expect(defined(coverTexts[entry + 1]).text).toBe(String(comparisonStart + 1));
    expect(() => drawBoardPack(doc, { ...A3, includeComparison: { fromChartId: 'annex-9', toChartId: 'annex-1' } })).toThrow(/no chart "annex-9"/);
  });
});
