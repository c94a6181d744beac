// `structura compare FILE_A [FILE_B] --from CHART --to CHART [--format json|csv|text]`
import { compareCharts } from '../compare/compare';
import { comparisonToCsv, comparisonToJson, comparisonToText } from '../compare/report';
import { findChart } from '../model/query';
import type { Chart, StructuraDocument } from '../model/types';
import { CliError, parseArgs, type CliIO } from './io.node';
import { loadDocumentArg } from './loadDocument.node';

function structureChart(doc: StructuraDocument, ref: string, file: string): Chart {
  const chart = findChart(doc, ref);
  if (!chart) throw new CliError(`no chart "${ref}" in ${file} (charts: ${doc.charts.map((c) => (c.annex ? `${c.annex} ` : '') + `"${c.title}"`).join(', ')})`);
  if (chart.kind !== 'structure') throw new CliError(`"${chart.title}" in ${file} is a diagram (bodies only): only structure charts can be compared`);
  return chart;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals, values } = parseArgs(args, { values: ['from', 'to', 'format', 'wide-span'] });
  if (positionals.length < 1 || positionals.length > 2) throw new CliError('usage: structura compare FILE_A [FILE_B] --from CHART --to CHART [--format json|csv|text]');
  const format = values.get('format') ?? 'text';
  if (!['json', 'csv', 'text'].includes(format)) throw new CliError('--format must be json, csv or text');
  const fromRef = values.get('from');
  const toRef = values.get('to');
  if (!fromRef || !toRef) throw new CliError('name both charts: --from CHART --to CHART (id, annex number or title)');
  const wideSpan = Number(values.get('wide-span') ?? 8);
  if (!Number.isInteger(wideSpan) || wideSpan < 1) throw new CliError('--wide-span must be a whole number of direct reports');
  const [fileA, fileB = fileA] = positionals;
  const docA = await loadDocumentArg(fileA, io);
  const docB = fileB === fileA ? docA : await loadDocumentArg(fileB, io);
  const from = structureChart(docA, fromRef, fileA);
  const to = structureChart(docB, toRef, fileB);
  // Tags are matched by id across files; labels come from both.
  const tags = [...docB.tags, ...docA.tags.filter((t) => !docB.tags.some((u) => u.id === t.id))];
  const comparison = compareCharts(from, to, tags, { wideSpan });
  if (format === 'json') io.out(JSON.stringify(comparisonToJson(comparison), null, 2));
  else if (format === 'csv') io.out(comparisonToCsv(comparison).replace(/^\uFEFF/, ''));
  else io.out(comparisonToText(comparison));
  return 0;
}
