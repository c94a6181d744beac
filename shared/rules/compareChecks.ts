// Which rules each of two models breaks, side by side: one row per rule that
// finds something in either chart, with the open findings of each.
import type { Chart, StructuraDocument } from '../model/types';
import { checkChart, RULES, type CheckedFinding } from './check';
import type { Severity } from './finding';
import { must } from '../must';

export interface RuleComparisonRow {
  ruleId: string;
  title: string;
  /** The worst severity the rule finds on either side. */
  severity: Severity;
  from: CheckedFinding[];
  to: CheckedFinding[];
}

const WORST: Severity[] = ['error', 'warning', 'note'];

export function compareChecks(doc: StructuraDocument, from: Chart, to: Chart): RuleComparisonRow[] {
  const open = (chart: Chart) => checkChart(doc, chart).findings.filter((f) => !f.acknowledged);
  const a = open(from);
  const b = open(to);
  const rows: RuleComparisonRow[] = [];
  for (const rule of RULES) {
    const fa = a.filter((f) => f.ruleId === rule.id);
    const fb = b.filter((f) => f.ruleId === rule.id);
    if (!fa.length && !fb.length) continue;
    // A finding's severity is one of WORST's, and there is at least one finding here.
    const severity = must(
      WORST.find((s) => fa.some((f) => f.severity === s) || fb.some((f) => f.severity === s)),
      `the severity of rule ${rule.id}'s findings`,
    );
    rows.push({ ruleId: rule.id, title: rule.title, severity, from: fa, to: fb });
  }
  return rows.sort((x, y) => WORST.indexOf(x.severity) - WORST.indexOf(y.severity));
}
