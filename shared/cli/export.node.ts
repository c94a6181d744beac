// `structura export FILE [--chart CHART | --pack] --format svg|pdf|png|organogram-csv|csv|html|txt
//   [--paper a4|a3] [--landscape|--portrait] [--margin-mm N] [--draft] [--high-contrast] [--no-split] [--dpi N] [--date D]
//   [--compare FROM:TO (with --pack)] [--created ISO-DATE (the PDF's creation date)] -o OUT`
// The same pipeline as the app's export dialog (shared/export/pipeline.ts),
// with the same fonts and rasteriser, so the files are identical (tested in
// tests/unit/export/samePath.test.ts). SVG and PNG hold one page each: a chart
// over several pages is written as OUT-p1.svg, OUT-p2.svg… beside OUT; PDF
// keeps every page in OUT; organogram CSV writes OUT-senior.csv and OUT-junior.csv.
import { basename, dirname, extname, join } from 'node:path';
import { DEFAULT_EXPORT } from '../export/chartPages';
import { loadExportAssets } from '../export/assets.node';
import { exportTarget, type ExportFileOptions, type ExportFormat, type ExportTarget, type ExportedFile } from '../export/pipeline';
import { findChart } from '../model/query';
import { CliError, onlyPositional, parseArgs, type CliIO } from './io.node';
import { loadDocumentArg } from './loadDocument.node';

const FORMATS = ['svg', 'pdf', 'png', 'organogram-csv', 'csv', 'html', 'txt'] as const;
type Format = (typeof FORMATS)[number];
const PIPELINE_FORMAT: Record<Format, ExportFormat> = {
  svg: 'svg',
  pdf: 'pdf',
  png: 'png',
  'organogram-csv': 'organogram-csv',
  csv: 'posts-csv',
  html: 'text-html',
  txt: 'text-plain',
};

/** OUT's folder and name with the file's suffix (-p2, -senior); OUT's own extension, else the format's. */
function pathFor(out: string, file: ExportedFile): string {
  const ext = extname(out);
  return join(dirname(out), `${basename(out, ext)}${file.suffix}${ext || `.${file.extension}`}`);
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals, values, flags } = parseArgs(args, {
    values: ['chart', 'format', 'paper', 'dpi', 'date', 'o', 'out', 'compare', 'margin-mm', 'consultation', 'created'],
    flags: ['pack', 'landscape', 'portrait', 'draft', 'high-contrast', 'no-split', 'redact'],
    aliases: { '-o': '--o' },
  });
  const file = onlyPositional(
    positionals,
    'usage: structura export FILE [--chart CHART | --pack] --format svg|pdf|png|organogram-csv|csv [--paper a4|a3] [--landscape] -o OUT',
  );
  const format = (values.get('format') ?? '') as Format;
  if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')}`);
  const out = values.get('o') ?? values.get('out');
  if (!out) throw new CliError('-o OUT is required');
  const paper = values.get('paper') ?? 'a4';
  if (paper !== 'a4' && paper !== 'a3') throw new CliError('--paper must be a4 or a3');
  // A fixed PDF creation date makes the same export give the same bytes (reproducible builds of board papers).
  const createdText = values.get('created');
  const created = createdText === undefined ? undefined : new Date(createdText);
  if (created && Number.isNaN(created.getTime())) throw new CliError('--created must be a date and time, e.g. 2026-01-31T09:00:00Z');
  if (values.has('consultation')) {
    const { exportConsultation } = await import('./consultation.node');
    return exportConsultation(file, values, flags, { format, out, paper, created }, io);
  }
  const pack = flags.has('pack');
  const chartRef = values.get('chart');
  if (pack && chartRef !== undefined) throw new CliError('use --chart or --pack, not both');
  if (!pack && chartRef === undefined) throw new CliError('name a chart with --chart (id, annex number or title), or use --pack');
  const dpi = Number(values.get('dpi') ?? 150);
  if (!Number.isFinite(dpi) || dpi < 36 || dpi > 600) throw new CliError('--dpi must be a number from 36 to 600');
  const marginMm = values.has('margin-mm') ? Number(values.get('margin-mm')) : undefined;
  if (marginMm !== undefined && (!Number.isFinite(marginMm) || marginMm < 5 || marginMm > 40))
    throw new CliError('--margin-mm must be a number of millimetres from 5 to 40');

  const doc = await loadDocumentArg(file, io);
  // From here on, `chart` is undefined exactly when --pack was given.
  const chart = chartRef === undefined ? undefined : findChart(doc, chartRef);
  if (chartRef !== undefined && !chart)
    throw new CliError(`no chart "${chartRef}" in ${file} (charts: ${doc.charts.map((c) => (c.annex ? `${c.annex} ` : '') + `"${c.title}"`).join(', ')})`);

  const write = async (path: string, data: string | Uint8Array) => {
    try {
      await io.writeFile(path, data);
    } catch (error) {
      throw new CliError(
        `cannot write ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the folder does not exist' : (error as Error).message}`,
      );
    }
  };

  if ((format === 'organogram-csv' || format === 'csv') && pack) throw new CliError(`--format ${format} exports one chart: use --chart`);
  if ((format === 'organogram-csv' || format === 'csv') && chart && chart.kind !== 'structure')
    throw new CliError(`"${chart.title}" is a diagram: only structure charts export as ${format}`);

  const options: ExportFileOptions = {
    ...DEFAULT_EXPORT,
    paper,
    orientation: flags.has('landscape') ? 'landscape' : flags.has('portrait') ? 'portrait' : DEFAULT_EXPORT.orientation,
    showDraftWatermark: flags.has('draft'),
    theme: flags.has('high-contrast') ? 'high-contrast' : 'standard',
    allowSplit: !flags.has('no-split'),
    date: values.get('date'),
    margins: marginMm === undefined ? undefined : (marginMm * 72) / 25.4,
    dpi,
    creationDate: created,
  };
  let target: ExportTarget;
  if (chart) {
    target = { kind: 'chart', chartId: chart.id };
  } else {
    let pair: { fromChartId: string; toChartId: string } | null = null;
    const compare = values.get('compare');
    if (compare !== undefined) {
      const [fromRef, toRef] = compare.split(':');
      const from = findChart(doc, fromRef ?? '');
      const to = findChart(doc, toRef ?? '');
      if (!from || !to) throw new CliError(`--compare takes FROM:TO, two charts by id, annex number or title (got "${compare}")`);
      if (from.kind !== 'structure' || to.kind !== 'structure') throw new CliError('--compare needs two structure charts, not diagrams');
      pair = { fromChartId: from.id, toChartId: to.id };
    }
    target = { kind: 'pack', comparison: pair };
  }
  const needsAssets = format === 'pdf' || format === 'png';
  const result = await exportTarget(doc, target, PIPELINE_FORMAT[format], options, needsAssets ? await loadExportAssets() : {});
  for (const warning of result.warnings) io.err(`warning: ${warning}`);
  const written: string[] = [];
  for (const file of result.files) {
    const path = pathFor(out, file);
    await write(path, file.bytes);
    written.push(path);
  }
  const pages = result.pdfMetadata?.pageCount;
  io.out(
    `wrote ${written.join(written.length === 2 && format === 'organogram-csv' ? ' and ' : ', ')}${pages ? ` (${pages} page${pages === 1 ? '' : 's'})` : ''}`,
  );
  return 0;
}
