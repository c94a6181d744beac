// `structura export FILE [--chart CHART | --pack] --format svg|pdf|png|organogram-csv|csv|html|txt
//   [--paper a4|a3] [--landscape|--portrait] [--margin-mm N] [--draft] [--high-contrast] [--no-split] [--dpi N] [--date D]
//   [--compare FROM:TO (with --pack)] -o OUT`
// The same drawing code as the app's export dialog, so the files are identical.
// SVG and PNG hold one page each: a chart split over several pages is written as
// OUT (page 1), then OUT-2.svg, OUT-3.svg… beside it; PDF keeps every page in OUT.
import { basename, dirname, extname, join } from 'node:path';
import { DEFAULT_EXPORT, type ExportOptions } from '../export/chartPages';
import { loadFonts } from '../export/fonts.node';
import { writePdf } from '../export/pdf';
import { drawBoardPack, drawChart, type DrawingResult } from '../export/pack';
import { svgToPng } from '../export/png.node';
import { writeSvg } from '../export/svg';
import { findChart } from '../model/query';
import { CliError, parseArgs, type CliIO } from './io.node';
import { loadDocumentArg } from './loadDocument.node';

const FORMATS = ['svg', 'pdf', 'png', 'organogram-csv', 'csv', 'html', 'txt'] as const;
type Format = (typeof FORMATS)[number];

/** page 1 → OUT, page 2 → OUT-2.ext, … */
function pagePath(out: string, index: number): string {
  if (index === 0) return out;
  const ext = extname(out);
  return join(dirname(out), `${basename(out, ext)}-${index + 1}${ext}`);
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals, values, flags } = parseArgs(args, {
    values: ['chart', 'format', 'paper', 'dpi', 'date', 'o', 'out', 'compare', 'margin-mm'],
    flags: ['pack', 'landscape', 'portrait', 'draft', 'high-contrast', 'no-split'],
    aliases: { '-o': '--o' },
  });
  if (positionals.length !== 1) throw new CliError('usage: structura export FILE [--chart CHART | --pack] --format svg|pdf|png|organogram-csv|csv [--paper a4|a3] [--landscape] -o OUT');
  const format = (values.get('format') ?? '') as Format;
  if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')}`);
  const out = values.get('o') ?? values.get('out');
  if (!out) throw new CliError('-o OUT is required');
  const paper = values.get('paper') ?? 'a4';
  if (paper !== 'a4' && paper !== 'a3') throw new CliError('--paper must be a4 or a3');
  const pack = flags.has('pack');
  if (pack && values.has('chart')) throw new CliError('use --chart or --pack, not both');
  if (!pack && !values.has('chart')) throw new CliError('name a chart with --chart (id, annex number or title), or use --pack');
  const dpi = Number(values.get('dpi') ?? 150);
  if (!Number.isFinite(dpi) || dpi < 36 || dpi > 600) throw new CliError('--dpi must be a number from 36 to 600');
  const marginMm = values.has('margin-mm') ? Number(values.get('margin-mm')) : undefined;
  if (marginMm !== undefined && (!Number.isFinite(marginMm) || marginMm < 5 || marginMm > 40)) throw new CliError('--margin-mm must be a number of millimetres from 5 to 40');

  const doc = await loadDocumentArg(positionals[0], io);
  const chart = pack ? undefined : findChart(doc, values.get('chart')!);
  if (!pack && !chart) throw new CliError(`no chart "${values.get('chart')}" in ${positionals[0]} (charts: ${doc.charts.map((c) => (c.annex ? `${c.annex} ` : '') + `"${c.title}"`).join(', ')})`);

  const write = async (path: string, data: string | Uint8Array) => {
    try {
      await io.writeFile(path, data);
    } catch (error) {
      throw new CliError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the folder does not exist' : (error as Error).message}`);
    }
  };

  if (format === 'html' || format === 'txt') {
    // The charts in words (the text alternative): one chart, or with --pack every chart.
    const { textAlternativeHtml, textAlternativeText } = await import('../export/textAlternative');
    const ids = chart ? [chart.id] : undefined;
    await write(out, format === 'html' ? textAlternativeHtml(doc, ids) : textAlternativeText(doc, ids));
    io.out(`wrote ${out}`);
    return 0;
  }

  if (format === 'organogram-csv' || format === 'csv') {
    if (pack || !chart) throw new CliError(`--format ${format} exports one chart: use --chart`);
    if (chart.kind !== 'structure') throw new CliError(`"${chart.title}" is a diagram: only structure charts export as ${format}`);
    if (format === 'csv') {
      const { exportPostsCsv } = await import('../io/postsCsv');
      await write(out, exportPostsCsv(doc, chart.id));
      io.out(`wrote ${out}`);
    } else {
      const { exportOrganogramCsv } = await import('../io/organogramExport');
      const { senior, junior } = exportOrganogramCsv(doc, chart.id);
      await write(`${out}-senior.csv`, senior);
      await write(`${out}-junior.csv`, junior);
      io.out(`wrote ${out}-senior.csv and ${out}-junior.csv`);
    }
    return 0;
  }

  const options: ExportOptions = {
    ...DEFAULT_EXPORT,
    paper,
    orientation: flags.has('landscape') ? 'landscape' : flags.has('portrait') ? 'portrait' : DEFAULT_EXPORT.orientation,
    showDraftWatermark: flags.has('draft'),
    theme: flags.has('high-contrast') ? 'high-contrast' : 'standard',
    allowSplit: !flags.has('no-split'),
    date: values.get('date'),
    margins: marginMm === undefined ? undefined : (marginMm * 72) / 25.4,
  };
  let result: DrawingResult;
  if (pack) {
    let pair: { fromChartId: string; toChartId: string } | undefined;
    const compare = values.get('compare');
    if (compare !== undefined) {
      const [fromRef, toRef] = compare.split(':');
      const from = findChart(doc, fromRef ?? '');
      const to = findChart(doc, toRef ?? '');
      if (!from || !to) throw new CliError(`--compare takes FROM:TO, two charts by id, annex number or title (got "${compare}")`);
      if (from.kind !== 'structure' || to.kind !== 'structure') throw new CliError('--compare needs two structure charts, not diagrams');
      pair = { fromChartId: from.id, toChartId: to.id };
    }
    // As the app's export dialog does: the comparison, and the savings page when the document has cost inputs.
    result = drawBoardPack(doc, { ...options, includeComparison: pair, includeSavings: pair && doc.costs ? pair : undefined });
  } else {
    result = drawChart(doc, chart!.id, options);
  }
  for (const warning of result.warnings) io.err(`warning: ${warning}`);
  const { drawing } = result;
  if (format === 'pdf') {
    await write(out, await writePdf(drawing, await loadFonts()));
    io.out(`wrote ${out} (${drawing.pages.length} page${drawing.pages.length === 1 ? '' : 's'})`);
  } else {
    const written: string[] = [];
    for (const [i, page] of drawing.pages.entries()) {
      const svg = writeSvg(page);
      const path = pagePath(out, i);
      await write(path, format === 'svg' ? svg : svgToPng(svg, dpi));
      written.push(path);
    }
    io.out(`wrote ${written.join(', ')}`);
  }
  return 0;
}
