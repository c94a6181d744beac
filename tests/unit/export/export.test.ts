import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { drawChartPages, MIN_READABLE_SCALE } from '../../../shared/export/chartPages';
import { flatten, type GroupShape, type Page, type RectShape, type Shape, type TextShape } from '../../../shared/export/drawing';
import { loadFonts } from '../../../shared/export/fonts.node';
import { drawBoardPack, drawChart } from '../../../shared/export/pack';
import { writePdf } from '../../../shared/export/pdf';
import { writeSvg } from '../../../shared/export/svg';
import { comparisonPagesFor } from '../../../shared/compare/page';
import { updateNode } from '../../../shared/model/commands';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { measureText } from '../../../shared/text/measure';
import { runCli } from '../../support/cliHarness';
import { groupsWithRole } from '../../support/drawing';
import { defined } from '../../support/defined';

const dir = mkdtempSync(join(tmpdir(), 'structura-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const doc = herefordshireSample();
const A3 = { paper: 'a3', orientation: 'landscape' } as const;

const groups = groupsWithRole;

function outline(group: GroupShape): RectShape {
  return defined(
    group.children.find((c): c is RectShape => c.type === 'rect'),
    "group.children.find((c): c is RectShape => c.type === 'rect')",
  );
}

function pdfText(bytes: Uint8Array): string {
  const file = join(dir, `t-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

/** Where a shape's ink goes (text by its measured width and font size). */
function extent(shape: Exclude<Shape, GroupShape>): { left: number; top: number; right: number; bottom: number } {
  if (shape.type === 'rect') return { left: shape.x, top: shape.y, right: shape.x + shape.width, bottom: shape.y + shape.height };
  if (shape.type === 'path') {
    const xs = shape.points.map((p) => p.x);
    const ys = shape.points.map((p) => p.y);
    return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
  }
  const w = measureText(shape.text, { size: shape.size, bold: shape.bold });
  const left = shape.anchor === 'middle' ? shape.x - w / 2 : shape.anchor === 'end' ? shape.x - w : shape.x;
  return { left, top: shape.y - shape.size * 0.8, right: left + w, bottom: shape.y + shape.size * 0.25 };
}

describe('the drawing description of each annex', () => {
  for (const chart of doc.charts) {
    it(`Annex ${chart.annex}: every box and line, no overlaps, inside the page, text inside its box`, () => {
      const { pages, warnings } = drawChartPages(doc, chart.id, A3);
      expect(warnings).toEqual([]);
      expect(pages).toHaveLength(1);
      const page = defined(pages[0]);
      const boxes = [...groups(page.shapes, 'post'), ...groups(page.shapes, 'body')];
      expect(boxes.map((b) => b.label).sort()).toEqual(chart.nodes.map((n) => (n.kind === 'post' ? n.title : n.name)).sort());
      expect(groups(page.shapes, 'line')).toHaveLength(chart.lines.length);
      const rects = boxes.map(outline);
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          const a = defined(rects[i]);
          const b = defined(rects[j]);
          const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          expect(overlap, `${defined(boxes[i]).label} overlaps ${defined(boxes[j]).label}`).toBe(false);
        }
      }
      for (const shape of flatten(page.shapes)) {
        const b = extent(shape);
        const what = shape.type === 'text' ? `"${shape.text}"` : shape.type;
        expect(b.left, `${what} runs off the left margin`).toBeGreaterThanOrEqual(defined(page.margin, 'page.margin') - 0.01);
        expect(b.top, `${what} runs off the top margin`).toBeGreaterThanOrEqual(defined(page.margin, 'page.margin') - 0.01);
        expect(b.right, `${what} runs off the right margin`).toBeLessThanOrEqual(page.width - defined(page.margin, 'page.margin') + 0.01);
        expect(b.bottom, `${what} runs off the bottom margin`).toBeLessThanOrEqual(page.height - defined(page.margin, 'page.margin') + 0.01);
      }
      for (const box of boxes) {
        const r = outline(box);
        for (const t of box.children.filter((c): c is TextShape => c.type === 'text')) {
          const w = measureText(t.text, { size: t.size, bold: t.bold });
          const left = t.anchor === 'middle' ? t.x - w / 2 : t.x;
          expect(left, `"${t.text}" starts outside ${box.label}`).toBeGreaterThanOrEqual(r.x);
          expect(left + w, `"${t.text}" runs out of ${box.label}`).toBeLessThanOrEqual(r.x + r.width + 0.01);
          expect(t.y).toBeLessThanOrEqual(r.y + r.height);
          expect(t.size).toBeGreaterThanOrEqual(12 * MIN_READABLE_SCALE * 0.7);
        }
      }
    });
  }

  it('splits a chart too wide for A4 over pages with continuation marks on both sides', () => {
    const { pages, warnings } = drawChartPages(doc, 'annex-1', { paper: 'a4', orientation: 'landscape', allowSplit: true });
    expect(pages.length).toBeGreaterThan(1);
    expect(warnings).toEqual([]);
    const texts = (p: Page) =>
      flatten(p.shapes)
        .filter((s): s is TextShape => s.type === 'text')
        .map((t) => t.text);
    expect(texts(defined(pages[0]))).toContain('Continued on page 2');
    expect(texts(defined(pages[1])).some((t) => /^Continued from page 1: /.test(t))).toBe(true);
  });

  it('warns and suggests A3 when splitting is off and the chart would be too small to read', () => {
    const { pages, warnings } = drawChartPages(doc, 'annex-1', { paper: 'a4', orientation: 'portrait', allowSplit: false });
    expect(pages).toHaveLength(1);
    expect(warnings[0]).toMatch(/too small to read on A4 portrait: box text would print at \d\.\d pt\. Use A3/);
  });

  it('in high contrast, tags differ by pattern as well as colour', () => {
    const { pages } = drawChartPages(doc, 'annex-1', { ...A3, theme: 'high-contrast' });
    const patterns = new Set(
      flatten(defined(pages[0]).shapes)
        .filter((s): s is RectShape => s.type === 'rect' && !!s.pattern && s.pattern !== 'none')
        .map((r) => r.pattern),
    );
    expect(patterns.size).toBeGreaterThanOrEqual(3);
  });
});

describe('SVG', () => {
  it('parses as XML and contains every post title, the legend and the footnote', () => {
    const { drawing } = drawChart(doc, 'annex-1', A3);
    const svg = writeSvg(defined(drawing.pages[0]));
    const parsed = new JSDOM('').window;
    const xml = new parsed.DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
    const text = squash(Array.from(xml.getElementsByTagName('text'), (t) => t.textContent).join(' '));
    // Each box by its whole title (a first word alone would accept "Director" for every "Director of …"),
    // and the box's own text spells it out, however it is wrapped.
    const posts = new Map(
      Array.from(xml.querySelectorAll('g.post'), (g) => [
        g.getAttribute('aria-label'),
        squash(Array.from(g.getElementsByTagName('text'), (t) => t.textContent).join(' ')),
      ]),
    );
    for (const node of defined(doc.charts[0]).nodes) {
      if (node.kind === 'post') expect(posts.get(node.title), node.title).toContain(node.title);
      else expect(text).toContain(node.name);
    }
    expect(text).toContain('Legend');
    expect(text).toContain('If the newly appointed Director of Public Health has a clinical background');
  });

  it('escapes hostile titles: no markup gets through', () => {
    const hostile = updateNode(doc, 'annex-1', 'coo', { title: '<script>alert(1)</script> & "Ops"' });
    const svg = writeSvg(defined(drawChart(hostile, 'annex-1', A3).drawing.pages[0]));
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const parsed = new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.getElementsByTagName('script')).toHaveLength(0);
  });
});

describe('PDF', () => {
  it('Annex 1 on A3: one page whose text has every title, the legend, the footnote and the marks', async () => {
    const { drawing } = drawChart(doc, 'annex-1', A3);
    const bytes = await writePdf(drawing, await loadFonts());
    const text = squash(pdfText(bytes));
    expect(execFileSync('pdfinfo', ['-'], { input: bytes, encoding: 'utf8' })).toMatch(/Pages:\s+1\b/);
    // Whole titles, not a first word or two (which accepted "Director of" for every director). A title
    // wraps beside its neighbours, so text extraction interleaves the lines of boxes side by side: each
    // line of each box, as the same drawing's SVG has it (whose lines spell the title, see above), is looked for.
    const svg = new new JSDOM('').window.DOMParser().parseFromString(writeSvg(defined(drawing.pages[0])), 'image/svg+xml');
    for (const node of defined(doc.charts[0]).nodes) {
      const name = node.kind === 'post' ? node.title : node.name;
      const group = Array.from(svg.querySelectorAll('g.post, g.body')).find((g) => g.getAttribute('aria-label') === name);
      const lines = Array.from(group?.getElementsByTagName('text') ?? [], (t) => squash(t.textContent ?? '').trim());
      expect(squash(lines.join(' ')), name).toContain(name);
      for (const line of lines) expect(text, name).toContain(line);
    }
    expect(text).toContain('Annex 1 — Proposed Herefordshire Integrated Senior Management Structure: Medium/Long Term');
    expect(text).toContain('PCT — Herefordshire Primary Care Trust');
    expect(text).toContain('Accountability / professional line');
    expect(text).toContain('If the newly appointed Director of Public Health has a clinical background');
    expect(text).toContain('(inferred)');
    expect(text).toContain('(illustrative)');
    expect(text).toContain('Page 1 of 1');
  });

  it('carries document metadata and embeds its font', async () => {
    const bytes = await writePdf(drawChart(doc, 'annex-5', A3).drawing, await loadFonts());
    const info = execFileSync('pdfinfo', ['-'], { input: bytes, encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Annex 5 — Proposed Herefordshire/);
    expect(info).toMatch(/Author:\s+Structura sample/);
    const file = join(dir, 'fonts.pdf');
    writeFileSync(file, bytes);
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/LiberationSans.*yes/);
  });

  it('the board pack has a cover, every annex in order, the comparison, the rule checks and the charts in words', async () => {
    const { drawing } = drawBoardPack(doc, A3, comparisonPagesFor(doc, 'annex-5', 'annex-1'));
    const labels = drawing.pages.map((p) => p.label);
    expect(labels.slice(0, 9)).toEqual([
      'Cover',
      ...doc.charts.map((c) => `Annex ${c.annex} — ${c.title}`),
      'Comparison: Annex 5 → Annex 1',
      'Appendix: rule checks',
      'Appendix: the charts in words',
    ]);
    expect(labels.slice(9).every((l) => l === 'Appendix: the charts in words (continued)')).toBe(true);
    const text = squash(pdfText(await writePdf(drawing, await loadFonts())));
    expect(text).toContain('Contents');
    expect(text).toContain(`Page ${labels.length} of ${labels.length}`);
    expect(text).toMatch(/Post removed \(3\)/);
  });
});

describe('structura export', () => {
  it('writes SVG, PDF and PNG files', async () => {
    for (const format of ['svg', 'pdf', 'png']) {
      const out = join(dir, `annex1.${format}`);
      const run = await runCli(['export', 'sample', '--chart', '1', '--format', format, '--paper', 'a3', '--landscape', '-o', out]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const head = readFileSync(out).subarray(0, 8).toString('latin1');
      expect(head).toMatch(format === 'pdf' ? /^%PDF/ : format === 'png' ? /^\u0089PNG/ : /^<\?xml/);
    }
  });

  it('fails with one clear line for a chart that does not exist or a bad option', async () => {
    const missing = await runCli(['export', 'sample', '--chart', '9', '--format', 'pdf', '-o', join(dir, 'x.pdf')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^structura export: no chart "9" in sample/);
    expect((await runCli(['export', 'sample', '--chart', '1', '--format', 'docx', '-o', 'x'])).stderr).toMatch(/--format must be one of/);
  });

  it('exports organogram CSVs of a structure chart', async () => {
    const prefix = join(dir, 'annex5');
    const run = await runCli(['export', 'sample', '--chart', '5', '--format', 'organogram-csv', '-o', prefix]);
    expect(run.code).toBe(0);
    expect(readFileSync(`${prefix}-senior.csv`, 'utf8')).toContain('Council Chief Executive');
  });
});

describe('accessible PDF', () => {
  it('is tagged: a title heading, then each post by hierarchy, legend and footnote; lines are artifacts', async () => {
    const file = join(dir, 'tagged.pdf');
    writeFileSync(file, await writePdf(drawChart(doc, 'annex-1', A3).drawing, await loadFonts()));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    const structure = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    const order = [...structure.matchAll(/^\s+(H1|P|Note)(?: <[^>]+>)? \((?:block|inline)\)\n\s+"([^"]*)"/gm)].map((m) => [m[1] ?? '', m[2] ?? ''] as const);
    expect(defined(order[0])[0]).toBe('H1');
    expect(defined(order[0])[1]).toMatch(/^Annex 1 — Proposed Herefordshire/);
    const titles = order.map(([, text]) => text);
    const at = (t: string) => titles.findIndex((x) => x.includes(t));
    // The Chief Operating Officer is followed by the directors under it, before the Director of Public Health.
    expect(at('Chief Executive')).toBeLessThan(at('Chief Operating Officer'));
    expect(at('Chief Operating Officer')).toBeLessThan(at('Director of Children'));
    expect(at('Director of Children')).toBeLessThan(at('Director of Public Health'));
    expect(order.some(([type, text]) => type === 'Note' && text.includes('clinical background'))).toBe(true);
    expect(titles.some((t) => t.startsWith('Legend'))).toBe(true);
  });
});
