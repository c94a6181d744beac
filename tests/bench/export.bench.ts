// SVG and PDF export of a 2,000-post chart and of the five-annex board pack.
import { loadFonts } from '../../shared/export/fonts.node';
import { drawBoardPack, drawChart } from '../../shared/export/pack';
import { writePdf } from '../../shared/export/pdf';
import { writeSvg } from '../../shared/export/svg';
import { herefordshireSample } from '../../shared/sample/herefordshire';
import { generateDocument, ms, time } from './generate';

export default async function () {
  const fonts = await loadFonts();
  const doc = generateDocument(2_000);
  const options = { paper: 'a3', orientation: 'landscape', allowSplit: false } as const;
  const svg = time(() => drawChart(doc, 'bench', options).drawing.pages.map((p) => writeSvg(p)), 3);
  const started = performance.now();
  const pdf = await writePdf(drawChart(doc, 'bench', options).drawing, fonts);
  const pdfMs = performance.now() - started;
  console.log(`2,000-post chart, one page: SVG ${ms(svg)} (target < 300 ms), PDF ${ms(pdfMs)} (target < 2 s), ${(pdf.length / 1024).toFixed(0)} KB`);
  const split = performance.now();
  const pages = drawChart(doc, 'bench', { ...options, allowSplit: true }).drawing.pages.length;
  console.log(`2,000-post chart split for legibility: ${pages} pages in ${ms(performance.now() - split)}`);
  const sample = herefordshireSample();
  const packOptions = { paper: 'a3', orientation: 'landscape', includeComparison: { fromChartId: 'annex-5', toChartId: 'annex-1' } } as const;
  const packSvg = time(() => drawBoardPack(sample, packOptions).drawing.pages.map((p) => writeSvg(p)), 3);
  const packStart = performance.now();
  const packDrawing = drawBoardPack(sample, packOptions).drawing;
  const pack = await writePdf(packDrawing, fonts);
  console.log(`five-annex board pack with comparison (${packDrawing.pages.length} pages): SVG ${ms(packSvg)}, PDF ${ms(performance.now() - packStart)}, ${(pack.length / 1024).toFixed(0)} KB`);
}
