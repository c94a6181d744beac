// `structura savings FILE --from A --to B [--years N] [--format text|json|csv]`
import { savingsReport } from '../costs/savings';
import { ledgerToCsv, ledgerToJson, ledgerToText } from '../costs/report';
import { findChart } from '../model/query';
import type { StructuraDocument } from '../model/types';
import { CliError, onlyPositional, parseArgs, type CliIO } from './io.node';
import { loadDocumentArg } from './loadDocument.node';

const USAGE = 'usage: structura savings FILE --from CHART --to CHART [--years N] [--format text|json|csv]';

function structureChartId(doc: StructuraDocument, ref: string, file: string): string {
  const chart = findChart(doc, ref);
  if (!chart) throw new CliError(`no chart "${ref}" in ${file} (charts: ${doc.charts.map((c) => (c.annex ? `${c.annex} ` : '') + `"${c.title}"`).join(', ')})`);
  if (chart.kind !== 'structure') throw new CliError(`"${chart.title}" in ${file} is a diagram (bodies only): savings are between structure charts`);
  return chart.id;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals, values } = parseArgs(args, { values: ['from', 'to', 'years', 'format'] });
  const file = onlyPositional(positionals, USAGE);
  const format = values.get('format') ?? 'text';
  if (!['json', 'csv', 'text'].includes(format)) throw new CliError('--format must be json, csv or text');
  const fromRef = values.get('from');
  const toRef = values.get('to');
  if (!fromRef || !toRef) throw new CliError('name both charts: --from CHART --to CHART (id, annex number or title)');
  const yearsText = values.get('years');
  const years = yearsText === undefined ? undefined : Number(yearsText);
  if (years !== undefined && (!Number.isInteger(years) || years < 1 || years > 30)) throw new CliError('--years must be a whole number from 1 to 30');
  const doc = await loadDocumentArg(file, io);
  const report = savingsReport(doc, structureChartId(doc, fromRef, file), structureChartId(doc, toRef, file), years);
  if (format === 'json') io.out(JSON.stringify(ledgerToJson(report), null, 2));
  else if (format === 'csv') io.out(ledgerToCsv(report).replace(/^\uFEFF/, ''));
  else io.out(ledgerToText(report));
  return 0;
}
