// When each change of a savings ledger takes effect, taken from the document's
// dated transition between the same two charts (a date per change, or its
// phase's start date), so the ledger, the presentation's phases and the
// consultation timeline all count from the same dates. Pure.
import { nodeChanges, transitionSpan } from '../mapping/transition';
import type { StructuraDocument } from '../model/types';

/** A change's date and what gave it ("Phase 2 – October 2007 to August 2008", "dated change"). */
export interface PhasedDate {
  date: string;
  source: string;
}

export interface LedgerPhasing {
  /** Name of the transition, for the ledger's notes: "the transition Annex 5 → Annex 1". */
  label: string;
  /** Node id → when the transition says its change takes effect (dated changes only). */
  dates: ReadonlyMap<string, PhasedDate>;
  /** Nodes that change between the two charts, dated or not. */
  changed: ReadonlySet<string>;
  /** The date an undated change takes effect: with the last dated one (as `chartAsOn` shows it); null when nothing is dated. */
  undatedDate: string | null;
}

const chartName = (chart: { annex: string; title: string }) => (chart.annex ? `Annex ${chart.annex}` : chart.title);

/**
 * The phasing the document's transition gives the ledger from `fromChartId` to
 * `toChartId`; undefined when the document maps no such pair (the ledger then
 * dates changes by its own inputs alone).
 */
export function transitionPhasing(doc: StructuraDocument, fromChartId: string, toChartId: string): LedgerPhasing | undefined {
  const mapping = doc.transition?.mappings.find((m) => m.fromChartId === fromChartId && m.toChartId === toChartId);
  const baseline = doc.charts.find((c) => c.id === fromChartId);
  const option = doc.charts.find((c) => c.id === toChartId);
  if (!mapping || !baseline || !option) return undefined;
  const changes = nodeChanges(doc, mapping, baseline, option);
  const dates = new Map<string, PhasedDate>();
  for (const c of changes) {
    if (!c.effectiveDate) continue;
    // A change's own date wins over its phase's start (as nodeChanges decides); say which gave it.
    const source = c.dated?.effectiveDate ? (c.phase ? `dated change in ${c.phase.name}` : 'dated change') : `start of ${c.phase?.name ?? 'its phase'}`;
    dates.set(c.nodeId, { date: c.effectiveDate, source });
  }
  return {
    label: `the transition ${chartName(baseline)} → ${chartName(option)}`,
    dates,
    changed: new Set(changes.map((c) => c.nodeId)),
    undatedDate: transitionSpan(changes)?.last ?? null,
  };
}
