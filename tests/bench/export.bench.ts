// SVG and PDF export: charts of 1,000 to 10,000 posts in three shapes
// (realistic: spans of 1–12; star: every post reports to one manager; chain:
// each post reports to the one before), drawn on one A3 page, with the growth
// exponent fitted over the sizes (log-log slope: 1 is linear, 2 quadratic).
// Then the default export (A4, split for legibility), issue #10's large shapes,
// and the five-annex board pack. Figures only; targets are printed beside them.
import { loadFonts } from '../../shared/export/fonts.node';
import { drawBoardPack, drawChart } from '../../shared/export/pack';
import type { ExportOptions } from '../../shared/export/chartPages';
import { writePdf, type FontBytes } from '../../shared/export/pdf';
import { writeSvg } from '../../shared/export/svg';
import { makeChart, makeDocument, makeLine, makePost } from '../../shared/model/factory';
import type { StructuraDocument } from '../../shared/model/types';
import { herefordshireSample } from '../../shared/sample/herefordshire';
import { generateDocument, ms } from './generate';
import { defined } from '../support/defined';

type Shape = 'realistic' | 'star' | 'chain';

const TAGS = generateDocument(2).tags;

function shapedDocument(shape: Shape, posts: number): StructuraDocument {
  if (shape === 'realistic') return generateDocument(posts);
  const nodes = Array.from({ length: posts }, (_, i) =>
    makePost({ id: `p${i}`, title: `Head of Services ${i}`, tagId: defined(TAGS[i % TAGS.length]).id, cost: 40_000 + i }),
  );
  const lines = nodes.slice(1).map((_, k) => makeLine({ id: `m${k + 1}`, kind: 'management', from: shape === 'star' ? 'p0' : `p${k}`, to: `p${k + 1}` }));
  return makeDocument({ tags: TAGS, charts: [makeChart({ id: 'bench', title: `${shape} of ${posts}`, nodes, lines })] });
}

/** Slope of log(time) against log(size), by least squares. */
export function growthExponent(points: { size: number; ms: number }[]): number {
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(Math.max(p.ms, 1e-3)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (defined(ys[i]) - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

interface Timing {
  draw: number;
  svg: number;
  pdf: number;
  pages: number;
}

/** One export: drawing the pages, writing every page as SVG, and writing the PDF (each the best of `runs`). */
async function exportTimes(doc: StructuraDocument, options: ExportOptions, fonts: FontBytes, runs: number): Promise<Timing> {
  const best: Timing = { draw: Infinity, svg: Infinity, pdf: Infinity, pages: 0 };
  for (let r = 0; r < runs; r++) {
    let start = performance.now();
    const { drawing } = drawChart(doc, defined(doc.charts[0]).id, options);
    best.draw = Math.min(best.draw, performance.now() - start);
    start = performance.now();
    for (const page of drawing.pages) writeSvg(page);
    best.svg = Math.min(best.svg, performance.now() - start);
    start = performance.now();
    await writePdf(drawing, fonts);
    best.pdf = Math.min(best.pdf, performance.now() - start);
    best.pages = drawing.pages.length;
  }
  return best;
}

const SIZES = [1_000, 2_000, 5_000, 10_000];
const ONE_PAGE: ExportOptions = { paper: 'a3', orientation: 'landscape', allowSplit: false };
const DEFAULT: ExportOptions = { paper: 'a4', orientation: 'landscape', allowSplit: true };

export default async function () {
  const fonts = await loadFonts();
  await exportTimes(shapedDocument('realistic', 500), ONE_PAGE, fonts, 2); // warm-up
  console.log('one A3 page (no split); SVG and PDF include drawing the page. Targets: linear (exponent ≈ 1), 2,000 posts < 1 s');
  for (const shape of ['realistic', 'star', 'chain'] as const) {
    const svg: { size: number; ms: number }[] = [];
    const pdf: { size: number; ms: number }[] = [];
    const cells: string[] = [];
    for (const size of SIZES) {
      const t = await exportTimes(shapedDocument(shape, size), ONE_PAGE, fonts, size <= 2_000 ? 3 : 1);
      svg.push({ size, ms: t.draw + t.svg });
      pdf.push({ size, ms: t.draw + t.pdf });
      cells.push(`${size.toLocaleString('en-GB')}: SVG ${ms(t.draw + t.svg)}, PDF ${ms(t.draw + t.pdf)}`);
    }
    console.log(`  ${shape.padEnd(9)} ${cells.join(' · ')}`);
    console.log(`  ${''.padEnd(9)} growth exponent: SVG ${growthExponent(svg).toFixed(2)}, PDF ${growthExponent(pdf).toFixed(2)} (target ≈ 1)`);
  }

  console.log('default export (A4 landscape, split for legibility): drawing and PDF');
  for (const [shape, sizes] of [
    ['realistic', [1_000, 2_000, 5_000, 10_000]],
    ['star', [1_000, 5_000, 20_000]],
    ['chain', [1_000, 2_000, 5_000]],
  ] as const) {
    const points: { size: number; ms: number }[] = [];
    const cells: string[] = [];
    for (const size of sizes) {
      const t = await exportTimes(shapedDocument(shape, size), DEFAULT, fonts, 1);
      points.push({ size, ms: t.draw + t.pdf });
      cells.push(`${size.toLocaleString('en-GB')}: ${ms(t.draw + t.pdf)} (${t.pages} pages)`);
    }
    console.log(
      `  ${shape.padEnd(9)} ${cells.join(' · ')}; growth exponent ${growthExponent(points).toFixed(2)} (target ≈ 1; issue #10: 10,000 tree 16 s, 20,000 flat 28 s, 5,000 chain > 300 s)`,
    );
  }

  const sample = herefordshireSample();
  const packOptions = { paper: 'a3', orientation: 'landscape', includeComparison: { fromChartId: 'annex-5', toChartId: 'annex-1' } } as const;
  const packStart = performance.now();
  const packDrawing = drawBoardPack(sample, packOptions).drawing;
  const svgStart = performance.now();
  for (const page of packDrawing.pages) writeSvg(page);
  const pdfStart = performance.now();
  const pack = await writePdf(packDrawing, fonts);
  const end = performance.now();
  console.log(
    `five-annex board pack with comparison (${packDrawing.pages.length} pages): drawing ${ms(svgStart - packStart)}, SVG ${ms(pdfStart - svgStart)}, PDF ${ms(end - pdfStart)}, ${(pack.length / 1024).toFixed(0)} KB`,
  );
}
