// Which two structure charts a comparison starts on, when the user has not
// chosen: the earlier structure ("before") to the next one ("after").
//
// "Earlier" is read from the chart's words, since the document has no field
// that marks a chart as the current structure: a title or subtitle saying
// current / existing / as is / today comes first, then short term, then
// medium, then long term / future; charts saying none of these keep their
// place, in annex order after those that do. The sample's Annex 5
// ("Short/Medium Term") thus comes before Annex 1 ("Medium/Long Term"), with no
// chart id written here.
import { chartsInAnnexOrder } from '../model/query';
import type { Chart, StructuraDocument } from '../model/types';

export interface ChartPair {
  fromChartId: string;
  toChartId: string;
}

/** Words that place a structure in time, earliest first; the earliest found in a chart's title or subtitle counts. */
const HORIZON: readonly RegExp[] = [
  /\b(current|existing|present|today|as[- ]is|baseline)\b/i,
  /\bshort\b/i,
  /\bmedium\b/i,
  /\b(long|future|to[- ]be|target)\b/i,
];

function horizon(chart: Chart): number {
  const words = `${chart.title} ${chart.subtitle ?? ''}`;
  const index = HORIZON.findIndex((pattern) => pattern.test(words));
  return index === -1 ? HORIZON.length : index;
}

/** Structure charts, earliest first (see above); ties keep annex order. */
export function structuresInTimeOrder(doc: StructuraDocument): Chart[] {
  const structures = chartsInAnnexOrder(doc).filter((c) => c.kind === 'structure');
  return structures
    .map((chart, index) => ({ chart, index, at: horizon(chart) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map((x) => x.chart);
}

/** The pair a comparison opens on, or null when the document has fewer than two structure charts. */
export function defaultComparisonPair(doc: StructuraDocument): ChartPair | null {
  const [from, to] = structuresInTimeOrder(doc);
  return from && to ? { fromChartId: from.id, toChartId: to.id } : null;
}
