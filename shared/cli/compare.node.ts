// `structura compare FILE_A [FILE_B] [--from CHART] [--to CHART] [--format json|csv|text]`
// With two files that each hold one structure chart, --from and --to may be left out.
import { compareCharts } from '../compare/compare';
import { comparisonToCsv, comparisonToJson, comparisonToText } from '../compare/report';
import { findChart } from '../model/query';
import type { Chart, StructuraDocument } from '../model/types';
import { CliError, parseArgs, type CliIO } from './io.node';
import { loadDocumentArg } from './loadDocument.node';

const USAGE = 'usage: structura compare FILE_A [FILE_B] [--from CHART] [--to CHART] [--format json|csv|text]';

/** The charts of a file as the messages list them: `1 "Title" (id x)`. */
function chartList(doc: StructuraDocument): string {
  return (
    doc.charts.map((c) => `${c.annex ? `annex ${c.annex} ` : ''}"${c.title}" (id ${c.id}${c.kind === 'diagram' ? ', a diagram' : ''})`).join(', ') || 'none'
  );
}

function structureChart(doc: StructuraDocument, ref: string | undefined, file: string, flag: '--from' | '--to'): Chart {
  if (ref === undefined) {
    const structures = doc.charts.filter((c) => c.kind === 'structure');
    const [only, ...others] = structures;
    if (only && !others.length) return only;
    throw new CliError(
      structures.length
        ? `${file} holds ${structures.length} structure charts: say which with ${flag} CHART (id, annex number or title). Its charts: ${chartList(doc)}`
        : `${file} holds no structure chart to compare (its charts: ${chartList(doc)})`,
    );
  }
  const chart = findChart(doc, ref);
  if (!chart) throw new CliError(`no chart "${ref}" in ${file} (its charts: ${chartList(doc)})`);
  if (chart.kind !== 'structure') throw new CliError(`"${chart.title}" in ${file} is a diagram (bodies only): only structure charts can be compared`);
  return chart;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals, values } = parseArgs(args, { values: ['from', 'to', 'format', 'wide-span'] });
  const [fileA, fileB = fileA, ...more] = positionals;
  if (fileA === undefined || fileB === undefined || more.length) throw new CliError(USAGE);
  const format = values.get('format') ?? 'text';
  if (!['json', 'csv', 'text'].includes(format)) throw new CliError('--format must be json, csv or text');
  const fromRef = values.get('from');
  const toRef = values.get('to');
  const wideSpan = Number(values.get('wide-span') ?? 8);
  if (!Number.isInteger(wideSpan) || wideSpan < 1) throw new CliError('--wide-span must be a whole number of direct reports');
  const docA = await loadDocumentArg(fileA, io);
  if (fileB === fileA && (!fromRef || !toRef)) {
    throw new CliError(
      `comparing two charts of one file: name both with --from CHART --to CHART (id, annex number or title). ${fileA}'s charts: ${chartList(docA)}`,
    );
  }
  const docB = fileB === fileA ? docA : await loadDocumentArg(fileB, io);
  const from = structureChart(docA, fromRef, fileA, '--from');
  const to = structureChart(docB, toRef, fileB, '--to');
  // Each file's own tags: compare pairs them by id, then by name or label.
  const comparison = compareCharts(from, to, docB.tags, { wideSpan, fromTags: docA.tags });
  if (format === 'json') io.out(JSON.stringify(comparisonToJson(comparison), null, 2));
  else if (format === 'csv') io.out(comparisonToCsv(comparison).replace(/^\uFEFF/, ''));
  else io.out(comparisonToText(comparison));
  return 0;
}
