// The findings of a check as text and as stable JSON, for the command line
// and the board pack.
import { chartLabel } from '../model/query';
import type { Chart, StructuraDocument } from '../model/types';
import { checkChart, type ChartCheck } from './check';

const MARK = { error: 'Error', warning: 'Warning', note: 'Note' } as const;

export function checkSummary(check: ChartCheck): string {
  const { error, warning, note } = check.counts;
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${part(error, 'error')}, ${part(warning, 'warning')}, ${part(note, 'note')}`;
}

export function checkToText(chart: Chart, check: ChartCheck): string {
  const lines = [`${chartLabel(chart)}: ${checkSummary(check)}`];
  if (check.findings.length === 0) lines.push('  No findings: the structure meets every rule checked.');
  for (const f of check.findings) {
    lines.push(`  ${MARK[f.severity]}${f.acknowledged ? ' (acknowledged)' : ''}: ${f.message}`);
    if (f.acknowledged) lines.push(`    Acknowledged: ${f.acknowledged.reason}`);
    if (f.fix) lines.push(`    Fix: ${f.fix.label}`);
  }
  return lines.join('\n');
}

export function checkToJson(doc: StructuraDocument, charts: Chart[]) {
  return {
    charts: charts.map((chart) => {
      const check = checkChart(doc, chart);
      return {
        chart: chart.id,
        title: chart.title,
        counts: check.counts,
        findings: check.findings.map((f) => ({
          rule: f.ruleId,
          severity: f.severity,
          posts: f.postIds,
          message: f.message,
          source: f.source,
          fix: f.fix?.label ?? null,
          acknowledged: f.acknowledged ? f.acknowledged.reason : null,
        })),
      };
    }),
  };
}
