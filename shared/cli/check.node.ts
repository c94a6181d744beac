// `structura check FILE [--chart C] [--format text|json]`: runs the rule checks
// on each structure chart (or one), and exits 1 when any open error is found,
// so a batch of files can be gated on it.
import { findChart } from '../model/query';
import { checkChart } from '../rules/check';
import { checkToJson, checkToText } from '../rules/report';
import { CliError, onlyPositional, parseArgs, type CliIO } from './io.node';
import { loadDocumentArg } from './loadDocument.node';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals, values } = parseArgs(args, { values: ['chart', 'format'] });
  const file = onlyPositional(positionals, 'usage: structura check FILE [--chart CHART] [--format text|json]');
  const format = values.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new CliError(`--format must be text or json, not "${format}"`);
  const doc = await loadDocumentArg(file, io);
  const ref = values.get('chart');
  let charts = doc.charts.filter((c) => c.kind === 'structure');
  if (ref !== undefined) {
    const chart = findChart(doc, ref);
    if (!chart) throw new CliError(`no chart "${ref}" in ${file} (charts: ${doc.charts.map((c) => (c.annex ? c.annex : c.id)).join(', ')})`);
    charts = [chart];
  }
  const checks = charts.map((chart) => ({ chart, check: checkChart(doc, chart) }));
  if (format === 'json') io.out(JSON.stringify(checkToJson(doc, charts), null, 2));
  else io.out(checks.map(({ chart, check }) => checkToText(chart, check)).join('\n\n'));
  return checks.some(({ check }) => check.counts.error > 0) ? 1 : 0;
}
