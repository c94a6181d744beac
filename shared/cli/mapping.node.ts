// `structura mapping FILE --from A --to B [--format text|csv|json] [--redact]`
import { consultationReport, reportToCsv, reportToJson, reportToText } from '../mapping/report';
import { findChart } from '../model/query';
import type { StructuraDocument } from '../model/types';
import { CliError, onlyPositional, parseArgs, type CliIO } from './io.node';
import { loadDocumentArg } from './loadDocument.node';

const USAGE = 'usage: structura mapping FILE --from CHART --to CHART [--format text|csv|json] [--redact]';

export function structureChart(doc: StructuraDocument, ref: string, file: string): string {
  const chart = findChart(doc, ref);
  if (!chart) throw new CliError(`no chart "${ref}" in ${file} (charts: ${doc.charts.map((c) => (c.annex ? `${c.annex} ` : '') + `"${c.title}"`).join(', ')})`);
  if (chart.kind !== 'structure') throw new CliError(`"${chart.title}" in ${file} is a diagram (bodies only): posts are mapped between structure charts`);
  return chart.id;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals, values, flags } = parseArgs(args, { values: ['from', 'to', 'format'], flags: ['redact'] });
  const file = onlyPositional(positionals, USAGE);
  const format = values.get('format') ?? 'text';
  if (!['json', 'csv', 'text'].includes(format)) throw new CliError('--format must be text, csv or json');
  const fromRef = values.get('from');
  const toRef = values.get('to');
  if (!fromRef || !toRef) throw new CliError('name both charts: --from CHART --to CHART (id, annex number or title)');
  const doc = await loadDocumentArg(file, io);
  const from = structureChart(doc, fromRef, file);
  const to = structureChart(doc, toRef, file);
  if (from === to) throw new CliError('--from and --to name the same chart');
  const report = consultationReport(doc, from, to, { redact: flags.has('redact') });
  if (format === 'json') io.out(JSON.stringify(reportToJson(report), null, 2));
  else if (format === 'csv') io.out(reportToCsv(report).replace(/^\uFEFF/, ''));
  else io.out(reportToText(report));
  return 0;
}
