// The savings ledger as text, JSON and CSV, for the command line and exports.
// JSON and CSV give pay-only and with-on-costs figures side by side.
import { toCsv } from '../io/csvWrite';
import { formatMoney } from '../format';
import type { Ledger, PostLedgerLine, YearFigures } from './ledger';

const round = (v: number) => Math.round(v * 100) / 100;

export interface SavingsReport {
  withOnCosts: Ledger;
  payOnly: Ledger;
}

export const YEAR_ROWS: { key: keyof YearFigures; label: string }[] = [
  { key: 'baselineCost', label: 'Baseline recurring cost' },
  { key: 'optionCost', label: 'Option cost in the year (phased, with protection)' },
  { key: 'recurringSaving', label: 'Recurring saving (phased)' },
  { key: 'protection', label: 'Pay protection' },
  { key: 'redundancy', label: 'Redundancy' },
  { key: 'pensionStrain', label: 'Pension strain' },
  { key: 'recruitment', label: 'Recruitment' },
  { key: 'net', label: 'Net saving in the year' },
  { key: 'cumulative', label: 'Cumulative net position' },
];

export function ledgerToText(report: SavingsReport): string {
  const l = report.withOnCosts;
  const out: string[] = [];
  out.push(`Savings: ${l.fromTitle} → ${l.toTitle}${l.illustrative ? ' (illustrative)' : ''}`);
  out.push(`${l.years.length} years from ${l.startDate}; costs with employer on-costs unless marked pay only.`);
  out.push('');
  out.push('Full-year recurring cost by who pays:');
  for (const p of [...l.partners, { tagId: 'total', label: 'Total' }]) {
    const id = p.tagId;
    const a = id === 'total' ? l.baseline.total : (l.baseline[id] ?? 0);
    const b = id === 'total' ? l.option.total : (l.option[id] ?? 0);
    const pay =
      id === 'total' ? report.payOnly.baseline.total - report.payOnly.option.total : (report.payOnly.baseline[id] ?? 0) - (report.payOnly.option[id] ?? 0);
    out.push(
      `  ${p.label.padEnd(12)} ${formatMoney(a).padStart(12)} → ${formatMoney(b).padStart(12)}   saving ${formatMoney(a - b).padStart(12)} (pay only ${formatMoney(pay)})`,
    );
  }
  if (l.agreedSplitLabel)
    out.push(
      `  Saving shared by the agreed split (${l.agreedSplitLabel}): ${l.partners.map((p) => `${p.label} ${formatMoney(l.savingByAgreedSplit[p.tagId] ?? 0)}`).join(', ')}`,
    );
  out.push('');
  for (const { p, label } of [...l.partners.map((x) => ({ p: x.tagId, label: x.label })), { p: 'total', label: 'Total' }]) {
    out.push(`${label}:`);
    out.push('  ' + ''.padEnd(48) + l.years.map((y) => y.label.slice(0, 6).padStart(12)).join(''));
    for (const row of YEAR_ROWS) {
      out.push('  ' + row.label.padEnd(48) + l.years.map((y) => formatMoney((p === 'total' ? y.total : y.byPartner[p])?.[row.key] ?? 0).padStart(12)).join(''));
    }
    const payback = p === 'total' ? l.paybackYear : l.paybackYearByPartner[p];
    out.push(`  Payback: ${payback ? `year ${payback}` : `not within ${l.years.length} years`}`);
    out.push('');
  }
  if (l.jointPosts.length) {
    out.push('Joint posts, what each partner pays (A → B):');
    for (const j of l.jointPosts)
      out.push(
        `  ${j.title}: ${l.partners.map((p) => `${p.label} ${formatMoney(j.baselineByPartner[p.tagId] ?? 0)} → ${formatMoney(j.optionByPartner[p.tagId] ?? 0)}`).join('; ')}${j.splitAssumed ? ' (split assumed)' : ''}`,
      );
    out.push('');
  }
  const dated = phasedPosts(l);
  if (dated.length) {
    out.push(`When each change takes effect${l.phasedBy ? ` (dates from ${l.phasedBy})` : ''}:`);
    for (const p of dated) out.push(`  ${p.effectiveDate}  ${p.title} (${p.change}): ${p.dateSource}`);
    out.push('');
  }
  for (const note of l.notes) out.push(`Note: ${note}`);
  return out.join('\n');
}

/** The posts whose change moves a figure (recurring cost, a one-off), in date order: what phasing applies to. */
export function phasedPosts(l: Ledger): PostLedgerLine[] {
  return l.posts
    .filter((p) => Math.abs(p.baselineCost - p.optionCost) > 0.005 || p.redundancy || p.pensionStrain || p.recruitment || p.protection)
    .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
}

function postJson(withOn: PostLedgerLine, pay: PostLedgerLine | undefined) {
  return {
    postId: withOn.postId,
    title: withOn.title,
    change: withOn.change,
    effectiveDate: withOn.effectiveDate,
    dateSource: withOn.dateSource,
    payOnly: {
      baseline: round(withOn.baselinePay),
      option: round(withOn.optionPay),
      baselineByPartner: roundAll(pay?.baselineByPartner ?? {}),
      optionByPartner: roundAll(pay?.optionByPartner ?? {}),
      protection: round(pay?.protection ?? 0),
    },
    withOnCosts: {
      baseline: round(withOn.baselineCost),
      option: round(withOn.optionCost),
      baselineByPartner: roundAll(withOn.baselineByPartner),
      optionByPartner: roundAll(withOn.optionByPartner),
      protection: round(withOn.protection),
    },
    splitAssumed: withOn.splitAssumed,
    employer: withOn.employer,
    ruleSet: withOn.ruleSet,
    redundancy: round(withOn.redundancy),
    pensionStrain: round(withOn.pensionStrain),
    recruitment: round(withOn.recruitment),
    estimate: withOn.estimate,
    notes: withOn.notes,
  };
}

function roundAll(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v)]));
}

function yearsJson(l: Ledger, id: string | 'total') {
  return l.years.map((y) => ({ year: y.label, start: y.start, end: y.end, ...roundAll({ ...(id === 'total' ? y.total : y.byPartner[id]) }) }));
}

export function ledgerToJson(report: SavingsReport) {
  const l = report.withOnCosts;
  const p = report.payOnly;
  const payPosts = new Map(p.posts.map((x) => [x.postId, x]));
  return {
    from: { chartId: l.fromChartId, title: l.fromTitle },
    to: { chartId: l.toChartId, title: l.toTitle },
    startDate: l.startDate,
    phasedBy: l.phasedBy,
    years: l.years.length,
    illustrative: l.illustrative,
    partners: [...l.partners, { tagId: 'total', label: 'Total' }].map((x) => ({
      tagId: x.tagId,
      label: x.label,
      payOnly: {
        baseline: round(x.tagId === 'total' ? p.baseline.total : (p.baseline[x.tagId] ?? 0)),
        option: round(x.tagId === 'total' ? p.option.total : (p.option[x.tagId] ?? 0)),
        years: yearsJson(p, x.tagId),
        paybackYear: x.tagId === 'total' ? p.paybackYear : (p.paybackYearByPartner[x.tagId] ?? null),
      },
      withOnCosts: {
        baseline: round(x.tagId === 'total' ? l.baseline.total : (l.baseline[x.tagId] ?? 0)),
        option: round(x.tagId === 'total' ? l.option.total : (l.option[x.tagId] ?? 0)),
        years: yearsJson(l, x.tagId),
        paybackYear: x.tagId === 'total' ? l.paybackYear : (l.paybackYearByPartner[x.tagId] ?? null),
      },
      savingByAgreedSplit: x.tagId === 'total' ? round(l.baseline.total - l.option.total) : round(l.savingByAgreedSplit[x.tagId] ?? 0),
    })),
    agreedSplit: l.agreedSplitLabel,
    waterfall: Object.fromEntries(Object.entries(l.waterfall).map(([k, w]) => [k, roundAll({ ...w })])),
    posts: l.posts.map((x) => postJson(x, payPosts.get(x.postId))),
    notes: l.notes,
  };
}

/** One row per partner, year and figure, pay only beside with on-costs. */
export function ledgerToCsv(report: SavingsReport): string {
  const l = report.withOnCosts;
  const rows: string[][] = [['partner', 'year', 'start', 'figure', 'pay_only', 'with_on_costs']];
  for (const x of [...l.partners, { tagId: 'total', label: 'Total' }]) {
    l.years.forEach((y, i) => {
      const a = x.tagId === 'total' ? y.total : y.byPartner[x.tagId];
      const py = report.payOnly.years[i];
      const b = x.tagId === 'total' ? py?.total : py?.byPartner[x.tagId];
      for (const row of YEAR_ROWS) rows.push([x.label, String(i + 1), y.start, row.label, String(round(b?.[row.key] ?? 0)), String(round(a?.[row.key] ?? 0))]);
    });
  }
  return toCsv(rows);
}
