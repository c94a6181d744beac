// The rule checks of a chart, computed once per document version and shared by
// everything that shows them (the Checks panel, the badges on the boxes).
// Documents are immutable, so a new document object is the only sign of change.
import { useDeferredValue, useMemo } from 'react';
import { checkChart, type ChartCheck } from '../../shared/rules/check';
import type { Severity } from '../../shared/rules/finding';
import type { Chart, StructuraDocument } from '../../shared/model/types';

const cache = new WeakMap<StructuraDocument, Map<Chart, ChartCheck>>();

export function chartCheck(doc: StructuraDocument, chart: Chart): ChartCheck {
  let byChart = cache.get(doc);
  if (!byChart) cache.set(doc, (byChart = new Map()));
  let check = byChart.get(chart);
  if (!check) byChart.set(chart, (check = checkChart(doc, chart)));
  return check;
}

/**
 * The check of `chart` for the counts and the badges, a render behind an edit:
 * React paints the edited chart first and checks it in a background render
 * (useDeferredValue), so a drop at 10,000 posts does not wait for the rules.
 */
export function useDeferredChartCheck(doc: StructuraDocument, chart: Chart): ChartCheck {
  const checkedDoc = useDeferredValue(doc);
  const checkedChart = useDeferredValue(chart);
  return useMemo(() => chartCheck(checkedDoc, checkedChart), [checkedDoc, checkedChart]);
}

const ORDER: Severity[] = ['error', 'warning', 'note'];

/** post id → the worst open finding that concerns it (notes are not badged: they inform, they do not ask for action). */
export function flaggedPosts(check: ChartCheck): Map<string, Severity> {
  const worst = new Map<string, Severity>();
  for (const f of check.findings) {
    if (f.acknowledged || f.severity === 'note') continue;
    for (const id of f.postIds) {
      const now = worst.get(id);
      if (!now || ORDER.indexOf(f.severity) < ORDER.indexOf(now)) worst.set(id, f.severity);
    }
  }
  return worst;
}
