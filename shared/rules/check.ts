// Runs every rule on a chart and marks the findings a user has acknowledged.
// An acknowledgement holds while the posts it concerns look as they did when
// it was given (their fingerprint): change one and the finding is open again.
import type { Acknowledgement } from '../model/ruleTypes';
import type { Chart, StructuraDocument } from '../model/types';
import { buildContext, type RuleContext } from './context';
import { type Finding, type Severity } from './finding';
import { assistantChain } from './rules/assistantChains';
import { crossOrganisationReporting } from './rules/crossOrganisation';
import { everyPostManaged } from './rules/everyPostManaged';
import { financeOfficerReportsToHead } from './rules/financeReportsToHead';
import { jointPostFunded } from './rules/jointFunding';
import { layersBelowTop } from './rules/layers';
import { monitoringOfficerSeparate } from './rules/monitoringOfficer';
import { publicHealthJointAppointment } from './rules/publicHealthJoint';
import { requiredRoles } from './rules/requiredRoles';
import type { Rule } from './rules/rule';
import { singleReportManager, spanOfControl } from './rules/spanOfControl';
import { vacantStatutoryPost } from './rules/vacantStatutory';

export const RULES: readonly Rule[] = [
  requiredRoles,
  monitoringOfficerSeparate,
  vacantStatutoryPost,
  publicHealthJointAppointment,
  financeOfficerReportsToHead,
  jointPostFunded,
  crossOrganisationReporting,
  everyPostManaged,
  spanOfControl,
  singleReportManager,
  layersBelowTop,
  assistantChain,
];

export interface CheckedFinding extends Finding {
  /** Set when the user acknowledged this finding and the posts it concerns are unchanged since. */
  acknowledged: Acknowledgement | null;
}

export interface ChartCheck {
  chartId: string;
  findings: CheckedFinding[];
  /** Open (unacknowledged) findings by severity. */
  counts: Record<Severity, number>;
}

/** FNV-1a, 32 bits: enough to notice that a post changed, not a security measure. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** What the concerned posts look like for the rules: their fields, their manager and the roles they hold. */
export function findingFingerprint(ctx: RuleContext, postIds: readonly string[]): string {
  const parts = [...postIds].sort().map((id) => JSON.stringify([ctx.nodes.get(id) ?? null, ctx.managerOf.get(id) ?? null, ctx.rolesOf.get(id) ?? []]));
  return hash(parts.join('\n'));
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = [...b].sort();
  return [...a].sort().every((id, i) => id === sorted[i]);
}

export function checkChart(doc: StructuraDocument, chart: Chart): ChartCheck {
  const ctx = buildContext(doc, chart);
  const acknowledgements = ctx.settings.acknowledgements.filter((a) => a.chartId === chart.id);
  // One list per severity, in rule order: the same order a stable sort by severity gives, in linear time.
  const bySeverity: Record<Severity, CheckedFinding[]> = { error: [], warning: [], note: [] };
  if (chart.kind === 'structure') {
    for (const rule of RULES) {
      for (const finding of rule.check(ctx)) {
        const fingerprint = acknowledgements.length ? findingFingerprint(ctx, finding.postIds) : '';
        const acknowledged = acknowledgements.length
          ? (acknowledgements.find((a) => a.ruleId === finding.ruleId && sameIds(a.postIds, finding.postIds) && a.fingerprint === fingerprint) ?? null)
          : null;
        // Each rule returns findings of its own making, so marking them in place spares a copy of each.
        const checked = finding as CheckedFinding;
        checked.acknowledged = acknowledged;
        bySeverity[finding.severity].push(checked);
      }
    }
  }
  const findings = [...bySeverity.error, ...bySeverity.warning, ...bySeverity.note];
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const f of findings) if (!f.acknowledged) counts[f.severity]++;
  return { chartId: chart.id, findings, counts };
}

/** An acknowledgement of a finding as it stands now, for the command that records it. */
export function acknowledge(doc: StructuraDocument, chart: Chart, finding: Finding, reason: string): Acknowledgement {
  const ctx = buildContext(doc, chart);
  return { ruleId: finding.ruleId, chartId: chart.id, postIds: [...finding.postIds].sort(), reason, fingerprint: findingFingerprint(ctx, finding.postIds) };
}
