// A presentation slide is a chart page from the same drawing description as
// the exports, written as SVG, so what the board sees is what the annex prints.
import { withChangeMarks } from '../../shared/export/changeMarkShapes';
import { drawChartPages, type ExportOptions } from '../../shared/export/chartPages';
import type { Theme } from '../../shared/export/frame';
import { writeSvg } from '../../shared/export/svg';
import { formatDate } from '../../shared/format';
import { autoLayoutChart } from '../../shared/layout/layout';
import type { PhaseStep } from '../../shared/mapping/phaseSteps';
import { chartLabel } from '../../shared/model/query';
import type { Chart, StructuraDocument } from '../../shared/model/types';
import { at } from '../../shared/must';
import { must } from '../../shared/must';

export interface SlideOptions {
  theme: Theme;
  /** Width ÷ height of the screen area the slide fills (default 16:9). */
  aspect?: number;
  /** Show only this post and the posts under it. */
  focusPostId?: string;
}

/**
 * One page shaped like the screen (as wide as A3 landscape), never split, so the
 * whole chart fills the screen and the <img> scales it to fit.
 */
export function slideOptions(doc: StructuraDocument, slide: SlideOptions): ExportOptions {
  const width = 1190.55;
  const aspect = Math.min(3, Math.max(0.75, slide.aspect ?? 16 / 9));
  return {
    paper: 'a3',
    orientation: 'landscape',
    pageSize: { width, height: width / aspect },
    allowSplit: false,
    theme: slide.theme,
    focusPostId: slide.focusPostId,
    date: doc.meta.date,
  };
}

export function slideSvg(doc: StructuraDocument, chart: Chart, slide: SlideOptions): string {
  const { pages } = drawChartPages(doc, chart.id, slideOptions(doc, slide));
  return writeSvg(must(pages[0], "the slide's page"), chartLabel(chart));
}

/**
 * A step of the transition as a slide: the structure as it stands after the
 * step, with the step's changes marked as the compare view marks them. A chart
 * between the two (part baseline, part option) is laid out afresh, since its
 * boxes come from two charts' places.
 */
export function phaseSlideSvg(doc: StructuraDocument, step: PhaseStep, slide: SlideOptions): string {
  // A chart between the two is titled by its step, not as the annex whose id it keeps.
  const between = {
    ...step.chart,
    annex: '',
    title: step.title,
    subtitle: `As on ${formatDate(step.date ?? '')}, when the last change of this step takes effect`,
  };
  const chart = step.date === null ? step.chart : autoLayoutChart(doc, { ...between, nodes: between.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })) });
  const drawn = { ...doc, charts: doc.charts.map((c) => (c.id === chart.id ? chart : c)) };
  const { pages } = drawChartPages(drawn, chart.id, slideOptions(doc, { ...slide, focusPostId: undefined }));
  // A slide is never split: drawChartPages gives a chart at least one page.
  return writeSvg(withChangeMarks(at(pages, 0, 'slide page'), step.marks), step.title);
}

/** Posts in the order they are listed for "Focus on post": top of the structure first. */
export function focusablePosts(chart: Chart): { id: string; title: string }[] {
  const manager = new Map<string, string>();
  for (const line of chart.lines) if (line.kind === 'management') manager.set(line.to, line.from);
  const depth = (id: string, seen = new Set<string>()): number => {
    const up = manager.get(id);
    if (!up || seen.has(up)) return 0;
    seen.add(id);
    return 1 + depth(up, seen);
  };
  return chart.nodes
    .flatMap((n, index) => (n.kind === 'post' ? [{ id: n.id, title: n.title || 'Untitled post', depth: depth(n.id), index }] : []))
    .sort((a, b) => a.depth - b.depth || a.index - b.index)
    .map(({ id, title }) => ({ id, title }));
}
