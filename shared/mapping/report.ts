// The consultation figures as text, CSV and JSON (the CLI's `mapping` command
// and the pack's CSV): the assimilation matrix, how each new post is filled,
// pools, people at risk by employer, grade and unit, the s188 duty per
// employer, and the timeline of phases. `redact` leaves holders' names out.
import { formatShare } from '../format';
import { toCsv, type CsvValue } from '../io/csvWrite';
import type { StructuraDocument } from '../model/types';
import { assimilationMatrix, FILL_LABELS, findMapping, mappingContext, METHOD_LABELS, newPostFills, type MatrixRow, type NewPostFill } from './assimilation';
import { peopleInTwoPools, poolSummaries, type PersonInTwoPools, type PoolSummary } from './pools';
import { holderText, tagLabel } from './people';
import { consultationDuties, riskBreakdown, type ConsultationDuty, type RiskBreakdown } from './risk';
import { transitionTimeline, type TimelineStep } from './transition';

export interface ConsultationReport {
  fromTitle: string;
  toTitle: string;
  thresholds: { slotIn: number; ringFence: number };
  rows: MatrixRow[];
  fills: NewPostFill[];
  pools: PoolSummary[];
  inTwoPools: PersonInTwoPools[];
  risk: RiskBreakdown;
  duties: ConsultationDuty[];
  timeline: TimelineStep[];
  redacted: boolean;
  label: (tagId: string | null) => string;
}

export function consultationReport(doc: StructuraDocument, fromChartId: string, toChartId: string, options: { redact?: boolean } = {}): ConsultationReport {
  const mapping = findMapping(doc, fromChartId, toChartId);
  const ctx = mappingContext(doc, mapping);
  const rows = assimilationMatrix(ctx, { unmappedFirst: true });
  const name = (c: { annex: string; title: string }) => (c.annex ? `Annex ${c.annex}` : c.title);
  return {
    fromTitle: name(ctx.baseline),
    toTitle: name(ctx.option),
    thresholds: mapping.thresholds,
    rows,
    fills: newPostFills(ctx, rows),
    pools: poolSummaries(rows),
    inTwoPools: peopleInTwoPools(rows),
    risk: riskBreakdown(ctx, rows),
    duties: consultationDuties(ctx, rows),
    timeline: transitionTimeline(doc, mapping),
    redacted: options.redact ?? false,
    label: (tagId) => tagLabel(doc, tagId),
  };
}

export function holderShown(r: ConsultationReport, row: MatrixRow): string {
  if (!r.redacted || row.post.holder.kind !== 'named') return holderText(row.post);
  return 'Withheld';
}

export function methodShown(row: MatrixRow): string {
  if (!row.method) return 'Not yet mapped';
  return METHOD_LABELS[row.method] + (row.source === 'suggested' ? ' (suggested)' : '');
}

export function targetShown(row: MatrixRow): string {
  if (row.method === 'moved-out') return row.destination || 'Outside the structure';
  if (row.method === 'ring-fence') return row.pools.map((p) => (p.postIds.length ? p.name : p.id)).join('; ');
  if (row.method === 'deleted') return '—';
  return row.targets.map((t) => t.title).join('; ') || '—';
}

export function dutyText(r: ConsultationReport, d: ConsultationDuty): string {
  const who = r.label(d.employerTagId);
  const undated = d.undated ? ` (${d.undated} undated, counted in)` : '';
  if (!d.minimumDays)
    return `${who}: ${d.mostWithin90Days} proposed dismissal${d.mostWithin90Days === 1 ? '' : 's'} within 90 days${undated}: under 20, no collective consultation minimum (individual consultation still applies).`;
  const by = d.consultBy ? `; consultation to begin by ${d.consultBy}` : '';
  return `${who}: ${d.mostWithin90Days} proposed dismissals within 90 days${undated}: at least ${d.minimumDays} days' collective consultation (s188 TULRCA 1992) and form HR1${by}.`;
}

export function reportToText(r: ConsultationReport): string {
  const out: string[] = [
    `Post mapping: ${r.fromTitle} → ${r.toTitle}`,
    `Thresholds (local policy): slot-in from ${formatShare(r.thresholds.slotIn)}, ring-fence from ${formatShare(r.thresholds.ringFence)}.`,
    '',
  ];
  out.push('Assimilation matrix (old post → new post):');
  for (const row of r.rows) {
    const match = row.match ? `, match ${formatShare(row.match.percent)}` : '';
    out.push(
      `  ${row.post.title} [${row.post.id}] (${holderShown(r, row)}; ${r.label(row.employerTagId)}${row.post.grade ? `; grade ${row.post.grade}` : ''}) → ${targetShown(row)}: ${methodShown(row)}${match}${row.inferred ? ' (inferred)' : ''}`,
    );
  }
  out.push('', 'New posts, how filled:');
  for (const f of r.fills) out.push(`  ${f.post.title}: ${FILL_LABELS[f.fill]}`);
  if (r.pools.length) {
    out.push('', 'Pools:');
    for (const p of r.pools) out.push(`  ${p.pool.name}: ${p.people} people for ${p.posts} post${p.posts === 1 ? '' : 's'} (${p.ratio})`);
  }
  for (const p of r.inTwoPools) out.push(`  WARNING: ${r.redacted ? 'a holder' : p.who} is in ${p.poolIds.length} pools (${p.poolIds.join(', ')})`);
  out.push('', `People at risk: ${r.risk.totalAtRisk} of ${r.risk.totalEmployed} employed.`);
  for (const [title, groups, label] of [
    ['By employer', r.risk.byEmployer, true],
    ['By grade', r.risk.byGrade, false],
    ['By unit', r.risk.byUnit, false],
  ] as const) {
    out.push(`  ${title}: ${groups.map((g) => `${label ? r.label(g.key || null) : g.key} ${g.atRisk} of ${g.employed}`).join('; ')}`);
  }
  out.push('', 'Collective consultation:');
  if (!r.duties.length) out.push('  Nobody is at risk.');
  for (const d of r.duties) out.push(`  ${d.minimumDays ? 'WARNING: ' : ''}${dutyText(r, d)}`);
  out.push('', 'Timeline:');
  for (const s of r.timeline) {
    out.push(
      `  ${s.phase ? s.phase.name : s.date ? s.date : 'Undated'}${s.phase ? ` (from ${s.phase.startDate})` : ''}: ${s.changes.length} change${s.changes.length === 1 ? '' : 's'}`,
    );
    for (const c of s.changes) out.push(`    ${c.effectiveDate ?? 'undated'} ${c.name}: ${c.kinds.join(', ')}${c.dated?.reason ? ` — ${c.dated.reason}` : ''}`);
  }
  return out.join('\n');
}

export const MATRIX_HEADER = [
  'Old post',
  'Post id',
  'Holder',
  'Employer',
  'Grade',
  'Unit',
  'New post',
  'Match %',
  'Method',
  'Pool',
  'Decided',
  'Inferred',
  'Reason',
];

export function matrixCells(r: ConsultationReport, row: MatrixRow): CsvValue[] {
  return [
    row.post.title,
    row.post.id,
    holderShown(r, row),
    r.label(row.employerTagId),
    row.post.grade,
    row.post.unit,
    targetShown(row),
    row.match ? row.match.percent : '',
    methodShown(row),
    row.pools.map((p) => p.name).join('; '),
    row.source === 'decided' ? 'yes' : 'no',
    row.inferred ?? '',
    row.reason,
  ];
}

/** One CSV with sections: the matrix, the at-risk counts, pools, the s188 duty, the timeline. */
export function reportToCsv(r: ConsultationReport): string {
  const rows: CsvValue[][] = [['Assimilation matrix', `${r.fromTitle} → ${r.toTitle}`], MATRIX_HEADER, ...r.rows.map((row) => matrixCells(r, row)), []];
  rows.push(['At risk by', 'Group', 'At risk', 'Employed']);
  for (const [title, groups, label] of [
    ['Employer', r.risk.byEmployer, true],
    ['Grade', r.risk.byGrade, false],
    ['Unit', r.risk.byUnit, false],
  ] as const) {
    for (const g of groups) rows.push([title, label ? r.label(g.key || null) : g.key, g.atRisk, g.employed]);
  }
  rows.push(['Total', '', r.risk.totalAtRisk, r.risk.totalEmployed], []);
  rows.push(['Pool', 'People', 'Posts', 'Ratio']);
  for (const p of r.pools) rows.push([p.pool.name, p.people, p.posts, p.ratio]);
  rows.push([], ['Employer', 'Proposed dismissals', 'Most within 90 days', 'Minimum consultation days', 'Consult by']);
  for (const d of r.duties) rows.push([r.label(d.employerTagId), d.proposed, d.mostWithin90Days, d.minimumDays, d.consultBy]);
  rows.push([], ['Phase', 'Effective date', 'Node', 'Change', 'Reason']);
  for (const s of r.timeline)
    for (const c of s.changes) rows.push([s.phase?.name ?? 'No phase', c.effectiveDate ?? 'undated', c.name, c.kinds.join(', '), c.dated?.reason ?? '']);
  return toCsv(rows, { bom: true });
}

export function reportToJson(r: ConsultationReport): unknown {
  return {
    from: r.fromTitle,
    to: r.toTitle,
    thresholds: r.thresholds,
    redacted: r.redacted,
    matrix: r.rows.map((row) => ({
      postId: row.post.id,
      title: row.post.title,
      holder: holderShown(r, row),
      employer: row.employerTagId,
      grade: row.post.grade,
      unit: row.post.unit,
      method: row.method,
      source: row.source,
      targets: row.targets.map((t) => t.id),
      pools: row.pools.map((p) => p.id),
      matchPercent: row.match?.percent ?? null,
      destination: row.destination,
      reason: row.reason,
      inferred: row.inferred,
    })),
    newPosts: r.fills.map((f) => ({ postId: f.post.id, title: f.post.title, fill: f.fill, from: f.fromPostIds })),
    pools: r.pools.map((p) => ({ id: p.pool.id, name: p.pool.name, people: p.people, posts: p.posts, ratio: p.ratio, members: p.memberPostIds })),
    peopleInTwoPools: r.inTwoPools.map((p) => ({ ...p, who: r.redacted ? null : p.who })),
    atRisk: r.risk,
    consultation: r.duties,
    timeline: r.timeline.map((s) => ({
      phase: s.phase?.id ?? null,
      name: s.phase?.name ?? null,
      date: s.date,
      changes: s.changes.map((c) => ({ nodeId: c.nodeId, name: c.name, kinds: c.kinds, effectiveDate: c.effectiveDate, reason: c.dated?.reason ?? '' })),
    })),
  };
}
