// A presentation slide is a chart page from the same drawing description as
// the exports, written as SVG, so what the board sees is what the annex prints.
import { drawChartPages, type ExportOptions } from '../../shared/export/chartPages';
import type { Theme } from '../../shared/export/frame';
import { writeSvg } from '../../shared/export/svg';
import { chartLabel } from '../../shared/model/query';
import type { Chart, StructuraDocument } from '../../shared/model/types';
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
