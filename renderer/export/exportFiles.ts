// What the export dialog and Print produce, with the same shared code as the
// CLI: the drawing for a chart or the board pack, and the files to save.
import type { ExportOptions } from '../../shared/export/chartPages';
import { drawBoardPack, drawChart, type DrawingResult } from '../../shared/export/pack';
import { writeSvg } from '../../shared/export/svg';
import { exportOrganogramCsv } from '../../shared/io/organogramExport';
import { exportPostsCsv } from '../../shared/io/postsCsv';
import { chartLabel } from '../../shared/model/query';
import type { StructuraDocument } from '../../shared/model/types';
import { drawingToPdf, safeFileName } from './files';
import { svgToPng } from './raster';

export type ExportTarget =
  | { kind: 'chart'; chartId: string }
  | { kind: 'pack'; comparison: { fromChartId: string; toChartId: string } | null };

export type ExportFormat = 'pdf' | 'svg' | 'png' | 'organogram-csv' | 'posts-csv';

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  pdf: 'PDF',
  svg: 'SVG',
  png: 'PNG',
  'organogram-csv': 'Organogram CSV',
  'posts-csv': 'Posts CSV',
};

export function isCsv(format: ExportFormat): boolean {
  return format === 'organogram-csv' || format === 'posts-csv';
}

export interface FileToSave {
  suggestedName: string;
  mimeType: string;
  data: Uint8Array | string;
}

/** The pages to export. Throws with a message for the user when the target no longer exists. */
export function drawTarget(doc: StructuraDocument, target: ExportTarget, options: ExportOptions): DrawingResult {
  if (target.kind === 'chart') return drawChart(doc, target.chartId, options);
  // A pack with a comparison also carries its savings page, when the document has cost inputs.
  const comparison = target.comparison ?? undefined;
  return drawBoardPack(doc, { ...options, includeComparison: comparison, includeSavings: comparison && doc.costs ? comparison : undefined });
}

/** "Annex 1 - Proposed Herefordshire Integrated Senior Management Structure Medium Long Term", without extension. */
export function baseFileName(doc: StructuraDocument, target: ExportTarget): string {
  if (target.kind === 'pack') return safeFileName(`${doc.title} - board pack`);
  const chart = doc.charts.find((c) => c.id === target.chartId);
  return safeFileName(chart ? chartLabel(chart).replace(' — ', ' - ') : 'chart');
}

export function drawingPdf(result: DrawingResult): Promise<Uint8Array> {
  return drawingToPdf(result.drawing);
}

/** Every file an export writes: one PDF; one SVG or PNG per page; senior and junior CSVs. */
export async function filesToSave(doc: StructuraDocument, target: ExportTarget, format: ExportFormat, options: ExportOptions, dpi: number): Promise<FileToSave[]> {
  const base = baseFileName(doc, target);
  if (isCsv(format)) {
    if (target.kind !== 'chart') throw new Error('CSV exports one chart at a time: choose a chart, not the board pack.');
    const chart = doc.charts.find((c) => c.id === target.chartId);
    if (!chart) throw new Error('The chart to export no longer exists.');
    if (chart.kind !== 'structure') throw new Error(`“${chart.title}” is a diagram: only structure charts export as CSV.`);
    if (format === 'posts-csv') return [{ suggestedName: `${base} - posts.csv`, mimeType: 'text/csv', data: exportPostsCsv(doc, chart.id) }];
    const { senior, junior } = exportOrganogramCsv(doc, chart.id);
    return [
      { suggestedName: `${base}-senior.csv`, mimeType: 'text/csv', data: senior },
      { suggestedName: `${base}-junior.csv`, mimeType: 'text/csv', data: junior },
    ];
  }
  const result = drawTarget(doc, target, options);
  if (format === 'pdf') return [{ suggestedName: `${base}.pdf`, mimeType: 'application/pdf', data: await drawingPdf(result) }];
  const pages = result.drawing.pages;
  const files: FileToSave[] = [];
  for (const [i, page] of pages.entries()) {
    const suffix = pages.length > 1 ? ` (page ${i + 1} of ${pages.length})` : '';
    const svg = writeSvg(page);
    files.push(
      format === 'svg'
        ? { suggestedName: `${base}${suffix}.svg`, mimeType: 'image/svg+xml', data: svg }
        : { suggestedName: `${base}${suffix}.png`, mimeType: 'image/png', data: await svgToPng(svg, page.width, page.height, dpi) },
    );
  }
  return files;
}
