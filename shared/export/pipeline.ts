// The one export pipeline: (document, target, format, options) → the files to
// write, with their names, the PDF's metadata and any warnings. The export
// dialog (through its worker), the compare view, Print and the CLI all call
// exportTarget; none of them assembles pages or names files itself.
//
// A new kind of page (the consultation pages, say) is one more entry in
// TARGETS: how to draw it and what to call its files.
import { drawComparisonPages } from '../compare/page';
import type { ChartPair } from '../compare/defaultPair';
import { exportOrganogramCsv } from '../io/organogramExport';
import { exportPostsCsv } from '../io/postsCsv';
import { chartLabel } from '../model/query';
import type { Chart, StructuraDocument } from '../model/types';
import { numberPages, type ExportOptions } from './chartPages';
import type { Drawing } from './drawing';
import { drawBoardPack, drawChart, type DrawingResult } from './pack';
import { writePdf, type FontBytes } from './pdf';
import { svgToPng } from './png';
import { drawSavingsPage } from './savingsPage';
import { writeSvg } from './svg';
import { drawConsultationPack } from './consultationPage';
import { consultationReport, reportToCsv } from '../mapping/report';
import { textAlternativeHtml, textAlternativeText } from './textAlternative';

export type ExportTarget =
  | { kind: 'chart'; chartId: string }
  /** The board pack; a comparison pair adds the comparison pages, and the savings page when the document has cost inputs. */
  | { kind: 'pack'; comparison: ChartPair | null }
  | { kind: 'comparison'; pair: ChartPair }
  | { kind: 'savings'; pair: ChartPair }
  /** The consultation pack between a baseline and an option: figures, assimilation matrix, timeline; holders' names left out when redacted. */
  | { kind: 'consultation'; pair: ChartPair; redact: boolean };

export type ExportFormat = 'pdf' | 'svg' | 'png' | 'organogram-csv' | 'posts-csv' | 'text-html' | 'text-plain';

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  pdf: 'PDF',
  svg: 'SVG',
  png: 'PNG',
  'organogram-csv': 'Organogram CSV',
  'posts-csv': 'Posts CSV',
  'text-html': 'Charts in words (HTML)',
  'text-plain': 'Charts in words (plain text)',
};

export function isCsv(format: ExportFormat): boolean {
  return format === 'organogram-csv' || format === 'posts-csv';
}

/** The text alternative of the charts: a nested list by line management, for readers who cannot see the drawing. */
export function isText(format: ExportFormat): boolean {
  return format === 'text-html' || format === 'text-plain';
}

/** Formats drawn as pages (paper, preview, progress); the others are data or text. */
export function isDrawn(format: ExportFormat): boolean {
  return format === 'pdf' || format === 'svg' || format === 'png';
}

export interface ExportFileOptions extends ExportOptions {
  /** PNG resolution (default 150 dpi). */
  dpi?: number;
  /** The PDF's creation date (default now): fix it and the same export gives the same bytes. */
  creationDate?: Date;
}

/** What PDF and PNG need besides the document: the bundled fonts and resvg's .wasm (PNG only). */
export interface ExportAssets {
  /** Needed for PDF and PNG. */
  fonts?: FontBytes;
  resvgWasm?: Uint8Array;
}

export interface ExportProgress {
  /** Pages written so far, of total; total is 0 while the pages are still being drawn. */
  done: number;
  total: number;
}

export interface ExportRun {
  onProgress?: (progress: ExportProgress) => void;
  /** Checked between pages; when it says true the export stops with ExportCancelled. */
  isCancelled?: () => boolean;
}

export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
    this.name = 'ExportCancelled';
  }
}

export interface ExportedFile {
  /** The suggested file name: base name, suffix, extension. */
  name: string;
  /** What goes after the base name: '' for a single file, '-p2' for page 2, '-senior' for the senior CSV. */
  suffix: string;
  extension: 'pdf' | 'svg' | 'png' | 'csv' | 'html' | 'txt';
  mime: string;
  bytes: Uint8Array;
}

export interface ExportResult {
  files: ExportedFile[];
  warnings: string[];
  /** Present for a PDF: what its document information says. */
  pdfMetadata?: Omit<Drawing, 'pages'> & { pageCount: number };
}

/** One kind of target: how to draw its pages and what its files are called. */
interface TargetKind<T extends ExportTarget> {
  draw(doc: StructuraDocument, target: T, options: ExportOptions): DrawingResult;
  baseName(doc: StructuraDocument, target: T): string;
}

const annexOrTitle = (chart: Chart) => (chart.annex ? `Annex ${chart.annex}` : chart.title);

function chartOf(doc: StructuraDocument, id: string, purpose = ''): Chart {
  const chart = doc.charts.find((c) => c.id === id);
  if (!chart) throw new Error(`There is no chart "${id}"${purpose ? ` ${purpose}` : ''}.`);
  return chart;
}

function structurePair(doc: StructuraDocument, pair: ChartPair): [Chart, Chart] {
  const from = chartOf(doc, pair.fromChartId, 'to compare');
  const to = chartOf(doc, pair.toChartId, 'to compare');
  for (const chart of [from, to]) if (chart.kind !== 'structure') throw new Error(`“${chart.title}” is a diagram: only structure charts can be compared.`);
  return [from, to];
}

function metadata(doc: StructuraDocument, title: string, subject: string): Omit<Drawing, 'pages'> {
  return { title, subject, author: doc.meta.author, keywords: ['organisation chart', 'structure', ...doc.tags.map((t) => t.label)] };
}

const TARGETS: { [K in ExportTarget['kind']]: TargetKind<Extract<ExportTarget, { kind: K }>> } = {
  chart: {
    draw: (doc, t, options) => drawChart(doc, t.chartId, options),
    baseName: (doc, t) => chartLabel(chartOf(doc, t.chartId)).replace(' — ', ' - '),
  },
  pack: {
    draw: (doc, t, options) => {
      const pair = t.comparison ?? undefined;
      return drawBoardPack(doc, { ...options, includeComparison: pair, includeSavings: pair && doc.costs ? pair : undefined });
    },
    baseName: (doc) => `${doc.title} - board pack`,
  },
  comparison: {
    draw: (doc, t, options) => {
      const [from, to] = structurePair(doc, t.pair);
      const pages = numberPages(drawComparisonPages(doc, from.id, to.id, options), doc, options.date);
      return { drawing: { ...metadata(doc, pages[0]?.label ?? 'Comparison', doc.title), pages }, warnings: [] };
    },
    baseName: (doc, t) => {
      const [from, to] = structurePair(doc, t.pair);
      return `Comparison ${annexOrTitle(from)} to ${annexOrTitle(to)}`;
    },
  },
  consultation: {
    draw: (doc, t, options) => {
      const [from, to] = structurePair(doc, t.pair);
      return drawConsultationPack(doc, from.id, to.id, options, t.redact);
    },
    baseName: (doc, t) => {
      const [from, to] = structurePair(doc, t.pair);
      return `Consultation ${annexOrTitle(from)} to ${annexOrTitle(to)}${t.redact ? ' (redacted)' : ''}`;
    },
  },
  savings: {
    draw: (doc, t, options) => {
      const [from, to] = structurePair(doc, t.pair);
      const pages = numberPages([drawSavingsPage(doc, from.id, to.id, options)], doc, options.date);
      return { drawing: { ...metadata(doc, pages[0]?.label ?? 'Savings', doc.title), pages }, warnings: [] };
    },
    baseName: (doc, t) => {
      const [from, to] = structurePair(doc, t.pair);
      return `Savings ${annexOrTitle(from)} to ${annexOrTitle(to)}`;
    },
  },
};

function kindOf<T extends ExportTarget>(target: T): TargetKind<T> {
  return TARGETS[target.kind] as unknown as TargetKind<T>;
}

/** The pages of a target (for previews, and the first step of exportTarget). Throws in words when a chart it names is gone. */
export function drawTarget(doc: StructuraDocument, target: ExportTarget, options: ExportOptions): DrawingResult {
  return kindOf(target).draw(doc, target, options);
}

/** A file name every system accepts: no path separators, reserved or control characters. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .replace(/[. ]+$/, ''); // Windows drops trailing dots and spaces
  return cleaned || 'export';
}

/** "Annex 1 - Proposed Herefordshire …", without extension; a chart's posts CSV adds " - posts". */
export function baseFileName(doc: StructuraDocument, target: ExportTarget, format: ExportFormat = 'pdf'): string {
  // Only a chart's posts CSV says "posts": the consultation pack's one CSV is the pack itself.
  return safeFileName(kindOf(target).baseName(doc, target) + (format === 'posts-csv' && target.kind === 'chart' ? ' - posts' : ''));
}

/** The one naming scheme for files of several pages: NAME-p1, NAME-p2, …; one page is NAME alone. */
export function pageSuffix(index: number, count: number): string {
  return count > 1 ? `-p${index + 1}` : '';
}

const MIME = { pdf: 'application/pdf', svg: 'image/svg+xml', png: 'image/png', csv: 'text/csv', html: 'text/html', txt: 'text/plain' } as const;
const encoder = new TextEncoder();

function file(base: string, suffix: string, extension: ExportedFile['extension'], data: Uint8Array | string): ExportedFile {
  return { name: `${base}${suffix}.${extension}`, suffix, extension, mime: MIME[extension], bytes: typeof data === 'string' ? encoder.encode(data) : data };
}

function csvFiles(doc: StructuraDocument, target: ExportTarget, format: 'organogram-csv' | 'posts-csv', base: string): ExportedFile[] {
  if (target.kind === 'consultation') {
    // The assimilation matrix and the figures beside it, one row per baseline post.
    if (format !== 'posts-csv') throw new Error('The consultation pack exports as PDF or as one CSV.');
    const [from, to] = structurePair(doc, target.pair);
    return [file(base, '', 'csv', reportToCsv(consultationReport(doc, from.id, to.id, { redact: target.redact })))];
  }
  if (target.kind !== 'chart') throw new Error('CSV exports one chart at a time: choose a chart, not the board pack.');
  const chart = chartOf(doc, target.chartId);
  if (chart.kind !== 'structure') throw new Error(`“${chart.title}” is a diagram: only structure charts export as CSV.`);
  if (format === 'posts-csv') return [file(base, '', 'csv', exportPostsCsv(doc, chart.id))];
  const { senior, junior } = exportOrganogramCsv(doc, chart.id);
  return [file(base, '-senior', 'csv', senior), file(base, '-junior', 'csv', junior)];
}

function textFiles(doc: StructuraDocument, target: ExportTarget, format: 'text-html' | 'text-plain', base: string): ExportedFile[] {
  if (target.kind !== 'chart' && target.kind !== 'pack') throw new Error('The charts in words are exported for a chart or for the board pack (every chart).');
  const ids = target.kind === 'chart' ? [chartOf(doc, target.chartId).id] : undefined;
  return format === 'text-html' ? [file(base, '', 'html', textAlternativeHtml(doc, ids))] : [file(base, '', 'txt', textAlternativeText(doc, ids))];
}

/**
 * Every file an export writes: one PDF (every page); one SVG or PNG per page;
 * senior and junior CSVs, or one posts CSV. Reports progress page by page.
 */
export async function exportTarget(
  doc: StructuraDocument,
  target: ExportTarget,
  format: ExportFormat,
  options: ExportFileOptions,
  assets: ExportAssets = {},
  run: ExportRun = {},
): Promise<ExportResult> {
  const base = baseFileName(doc, target, format);
  if (isCsv(format)) return { files: csvFiles(doc, target, format as 'organogram-csv' | 'posts-csv', base), warnings: [] };
  if (isText(format)) return { files: textFiles(doc, target, format as 'text-html' | 'text-plain', base), warnings: [] };
  const stopIfCancelled = () => {
    if (run.isCancelled?.()) throw new ExportCancelled();
  };
  run.onProgress?.({ done: 0, total: 0 });
  const { drawing, warnings } = drawTarget(doc, target, options);
  const { pages, ...info } = drawing;
  const total = pages.length;
  run.onProgress?.({ done: 0, total });
  stopIfCancelled();
  const loadedFonts = () => {
    if (!assets.fonts) throw new Error(`${FORMAT_LABELS[format]} export needs the bundled fonts, which were not loaded.`);
    return assets.fonts;
  };
  if (format === 'pdf') {
    const bytes = await writePdf(drawing, loadedFonts(), {
      creationDate: options.creationDate,
      onPage: (done) => {
        stopIfCancelled();
        run.onProgress?.({ done, total });
      },
    });
    return { files: [file(base, '', 'pdf', bytes)], warnings, pdfMetadata: { ...info, pageCount: total } };
  }
  const loadedResvg = () => {
    if (!assets.resvgWasm) throw new Error('PNG export needs the resvg renderer, which was not loaded.');
    return assets.resvgWasm;
  };
  // Both checked before the first page is drawn, fonts first, as for PDF.
  const png = format === 'png' ? { fonts: loadedFonts(), wasm: loadedResvg() } : null;
  const files: ExportedFile[] = [];
  for (const [i, page] of pages.entries()) {
    stopIfCancelled();
    const svg = writeSvg(page);
    const suffix = pageSuffix(i, total);
    files.push(png ? file(base, suffix, 'png', await svgToPng(svg, options.dpi ?? 150, png.fonts, png.wasm)) : file(base, suffix, 'svg', svg));
    run.onProgress?.({ done: i + 1, total });
  }
  return { files, warnings };
}
