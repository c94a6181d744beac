// A chart much wider than tall (an imported organogram: a few directors, each
// with a row of leaf reports) is one unreadable strip at any zoom that shows it
// whole. Such a chart starts in the compact arrangement (leaf reports stacked
// under their manager), kept in the chart's own layout setting, so the
// Compact toggle turns it off and the choice is saved with the chart.
import type { Chart, StructuraDocument } from '../model/types';
import { autoLayoutChart, layoutChart } from './layout';

/** Wider than this many times its height, a chart counts as a strip. */
export const WIDE_RATIO = 3;

export function isWideStrip(width: number, height: number): boolean {
  return height > 0 && width > WIDE_RATIO * height;
}

/**
 * Lays out a chart just made (by import): compact when its plain layout is a
 * wide strip and stacking makes it narrower, plain otherwise.
 */
export function autoLayoutNewChart(doc: StructuraDocument, chart: Chart): Chart {
  if (chart.layout.compact) return autoLayoutChart(doc, chart);
  const plain = layoutChart(doc, chart, { compact: false }).bounds;
  if (isWideStrip(plain.width, plain.height)) {
    const compactChart: Chart = { ...chart, layout: { ...chart.layout, compact: true } };
    if (layoutChart(doc, compactChart).bounds.width < plain.width) return autoLayoutChart(doc, compactChart);
  }
  return autoLayoutChart(doc, chart);
}
