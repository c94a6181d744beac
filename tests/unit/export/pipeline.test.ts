// The export pipeline's contract: one naming scheme for every target, the
// files each format gives, progress page by page, cancel between pages, and
// the default comparison pair derived from the document rather than ids.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultComparisonPair, structuresInTimeOrder } from '../../../shared/compare/defaultPair';
import { loadExportAssets } from '../../../shared/export/assets.node';
import { DEFAULT_EXPORT } from '../../../shared/export/chartPages';
import { drawTarget, ExportCancelled, exportTarget, pageSuffix, type ExportProgress, type ExportTarget } from '../../../shared/export/pipeline';
import { makeChart, makeDocument, makePost } from '../../../shared/model/factory';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { defined } from '../../support/defined';

const sample = herefordshireSample();
const pair = { fromChartId: 'annex-5', toChartId: 'annex-1' };
const TARGETS: ExportTarget[] = [
  { kind: 'chart', chartId: 'annex-1' },
  { kind: 'chart', chartId: 'annex-2' },
  { kind: 'pack', comparison: null },
  { kind: 'pack', comparison: pair },
  { kind: 'comparison', pair },
  { kind: 'savings', pair },
  { kind: 'consultation', pair, redact: true },
];

describe('exportTarget', () => {
  it('gives the charts in words as one HTML or text file: a chart’s own posts, or every chart for the board pack; not for a comparison', async () => {
    const titles = (chartId: string) =>
      defined(
        sample.charts.find((c) => c.id === chartId),
        'sample.charts.find((c) => c.id === chartId)',
      ).nodes.flatMap((n) => (n.kind === 'post' ? [n.title] : []));
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    const chart = await exportTarget(sample, { kind: 'chart', chartId: 'annex-4' }, 'text-plain', DEFAULT_EXPORT);
    expect(chart.files.map((f) => [f.extension, f.mime])).toEqual([['txt', 'text/plain']]);
    for (const title of titles('annex-4')) expect(decode(defined(chart.files[0], 'chart.files[0]').bytes)).toContain(title);
    const pack = await exportTarget(sample, { kind: 'pack', comparison: null }, 'text-html', DEFAULT_EXPORT);
    expect(pack.files.map((f) => [f.extension, f.mime])).toEqual([['html', 'text/html']]);
    const html = decode(defined(pack.files[0], 'pack.files[0]').bytes);
    for (const c of sample.charts) expect(html).toContain(c.title.replace(/&/g, '&amp;'));
    await expect(exportTarget(sample, { kind: 'comparison', pair }, 'text-html', DEFAULT_EXPORT)).rejects.toThrow(/chart or for the board pack/);
  });

  it.each(TARGETS.map((t) => [JSON.stringify(t), t] as const))(
    '%s: one SVG per page named NAME-pN (NAME alone for one page), one PDF holding them all',
    async (_, target) => {
      const pages = drawTarget(sample, target, DEFAULT_EXPORT).drawing.pages;
      const svg = await exportTarget(sample, target, 'svg', DEFAULT_EXPORT);
      expect(svg.files).toHaveLength(pages.length);
      const base = defined(svg.files[0], 'svg.files[0]').name.replace(/(-p1)?\.svg$/, '');
      expect(svg.files.map((f) => f.name)).toEqual(pages.map((_, i) => (pages.length > 1 ? `${base}-p${i + 1}.svg` : `${base}.svg`)));
      svg.files.forEach((f, i) => expect(new TextDecoder().decode(f.bytes)).toContain(`Page ${i + 1} of ${pages.length}`));
      const pdf = await exportTarget(sample, target, 'pdf', DEFAULT_EXPORT, await loadExportAssets());
      expect(pdf.files.map((f) => f.name)).toEqual([`${base}.pdf`]);
      expect(pdf.pdfMetadata?.pageCount).toBe(pages.length);
    },
    60_000,
  );

  it('names the consultation pack’s one CSV after the pack (no " - posts"), redacted or not; a chart’s posts CSV keeps it', async () => {
    const doc = herefordshireSample();
    const pair = { fromChartId: 'annex-5', toChartId: 'annex-1' };
    for (const redact of [false, true]) {
      const { files } = await exportTarget(doc, { kind: 'consultation', pair, redact }, 'posts-csv', DEFAULT_EXPORT);
      expect(files.map((f) => f.name)).toEqual([`Consultation Annex 5 to Annex 1${redact ? ' (redacted)' : ''}.csv`]);
    }
    const chart = await exportTarget(doc, { kind: 'chart', chartId: 'annex-5' }, 'posts-csv', DEFAULT_EXPORT);
    expect(defined(chart.files[0], 'chart.files[0]').name).toMatch(/ - posts\.csv$/);
  });

  it('page suffixes are unique and ordered for any page count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (count) => {
        const suffixes = Array.from({ length: count }, (_, i) => pageSuffix(i, count));
        expect(new Set(suffixes).size).toBe(count);
        if (count === 1) expect(suffixes).toEqual(['']);
        else suffixes.forEach((s, i) => expect(s).toBe(`-p${i + 1}`));
      }),
      { seed: 14, numRuns: 60 },
    );
  });

  it('reports progress page by page up to the total, and stops between pages when cancelled', async () => {
    const target: ExportTarget = { kind: 'pack', comparison: pair };
    const seen: ExportProgress[] = [];
    const { files } = await exportTarget(sample, target, 'svg', DEFAULT_EXPORT, {}, { onProgress: (p) => seen.push(p) });
    const total = files.length;
    expect(seen.at(-1)).toEqual({ done: total, total });
    expect(seen.filter((p) => p.total).map((p) => p.done)).toEqual(Array.from({ length: total + 1 }, (_, i) => i));
    let written = 0;
    const run = exportTarget(sample, target, 'pdf', DEFAULT_EXPORT, await loadExportAssets(), {
      onProgress: (p) => (written = p.done),
      isCancelled: () => written >= 2,
    });
    await expect(run).rejects.toBeInstanceOf(ExportCancelled);
    expect(written).toBe(2);
  });

  it('names what is wrong: a missing chart, a diagram as CSV, a pack as CSV, PNG without its renderer', async () => {
    await expect(exportTarget(sample, { kind: 'chart', chartId: 'annex-9' }, 'svg', DEFAULT_EXPORT)).rejects.toThrow('There is no chart "annex-9".');
    await expect(exportTarget(sample, { kind: 'chart', chartId: 'annex-2' }, 'posts-csv', DEFAULT_EXPORT)).rejects.toThrow(
      /is a diagram: only structure charts export as CSV/,
    );
    await expect(exportTarget(sample, { kind: 'pack', comparison: null }, 'organogram-csv', DEFAULT_EXPORT)).rejects.toThrow(/one chart at a time/);
    await expect(exportTarget(sample, { kind: 'comparison', pair: { fromChartId: 'annex-5', toChartId: 'annex-2' } }, 'svg', DEFAULT_EXPORT)).rejects.toThrow(
      /is a diagram: only structure charts can be compared/,
    );
    const { fonts } = await loadExportAssets();
    await expect(exportTarget(sample, { kind: 'chart', chartId: 'annex-1' }, 'png', DEFAULT_EXPORT, { fonts })).rejects.toThrow(
      /PNG export needs the resvg renderer/,
    );
  });
});

describe('the default comparison pair', () => {
  it('is Annex 5 → Annex 1 in the sample, read from the charts’ words (ids renamed, the pair follows)', () => {
    expect(defaultComparisonPair(sample)).toEqual(pair);
    const renamed = { ...sample, charts: sample.charts.map((c) => ({ ...c, id: `x-${c.annex}` })) };
    expect(defaultComparisonPair(renamed)).toEqual({ fromChartId: 'x-5', toChartId: 'x-1' });
  });

  it('puts a chart called current or existing first and keeps annex order otherwise, for any order of charts', () => {
    const words = ['Option A', 'Option B', 'Current structure', 'Long-term model', 'Existing posts', 'Short term', 'Medium term', 'Plan'];
    fc.assert(
      fc.property(fc.shuffledSubarray(words, { minLength: 0, maxLength: words.length }), (titles) => {
        const charts = titles.map((title, i) =>
          makeChart({ id: `c${i}`, title, annex: String(i + 1), nodes: [makePost({ id: `p${i}`, title: 'Head' })], lines: [] }),
        );
        const doc = makeDocument({ tags: [], charts });
        const order = structuresInTimeOrder(doc).map((c) => c.title);
        const rank = (t: string) => (/current|existing/i.test(t) ? 0 : /short/i.test(t) ? 1 : /medium/i.test(t) ? 2 : /long/i.test(t) ? 3 : 4);
        for (let i = 1; i < order.length; i++) expect(rank(defined(order[i - 1], 'order[i - 1]'))).toBeLessThanOrEqual(rank(defined(order[i], 'order[i]')));
        for (let i = 1; i < order.length; i++)
          if (rank(defined(order[i - 1], 'order[i - 1]')) === rank(defined(order[i], 'order[i]')))
            expect(titles.indexOf(defined(order[i - 1], 'order[i - 1]'))).toBeLessThan(titles.indexOf(defined(order[i], 'order[i]')));
        const chosen = defaultComparisonPair(doc);
        expect(chosen === null).toBe(titles.length < 2);
        if (chosen)
          expect([chosen.fromChartId, chosen.toChartId]).toEqual(
            structuresInTimeOrder(doc)
              .slice(0, 2)
              .map((c) => c.id),
          );
      }),
      { seed: 14, numRuns: 80 },
    );
  });
});
