// A chart drawn onto board-paper pages: title block, the chart scaled to fit,
// footnotes, legend, footer. When the chart would be too small to read, it is
// split: large subtrees move to continuation pages, marked on both sides.
import { createLayoutCache, GAP, layoutChart, layoutForDisplay, type ChartLayout, type PlacedBox } from '../layout/layout';
import { routeChartLines } from '../layout/route';
import { chartLabel, descendantsIn, descendantsOf, reportsByManager, tagsUsedIn } from '../model/query';
import type { Chart, ChartNode, StructuraDocument } from '../model/types';
import { measureText } from '../text/measure';
import { pageSize, type GroupShape, type Orientation, type Page, type Paper, type Shape } from './drawing';
import {
  FOOTER_HEIGHT,
  footer,
  footnotes,
  ILLUSTRATIVE_NOTE,
  INFERRED_DASH,
  inferredLineColour,
  legend,
  MARGIN,
  tagPattern,
  titleBlock,
  watermark,
  formatDate,
  type Theme,
} from './frame';
import { placeLineLabels } from './labels';
import { chartSummary } from './textAlternative';
import { LINE_STYLE, NEUTRAL, tagColour, textOnColour } from './style';
import { LINE_KINDS, type Line } from '../model/types';
import { at, must } from '../must';
import { pushTo } from '../multimap';

export interface ExportOptions {
  /** A page of any size, in points, instead of paper and orientation (presentation slides shaped like the screen). */
  pageSize?: { width: number; height: number };
  paper: Paper;
  orientation: Orientation;
  /** Shown in the title block and footer; defaults to the document's date. */
  date?: string;
  showDraftWatermark?: boolean;
  theme?: Theme;
  /** Draw only this post and the posts under it. */
  focusPostId?: string;
  /** Split over several pages when the chart would be too small to read (default true). */
  allowSplit?: boolean;
  /** Page margin on every side, in points (default 30 pt, about 10.6 mm). */
  margins?: number;
  /** Number of this chart's first page, for "continued on page N" marks inside a longer document (default 1). */
  firstPageNumber?: number;
}

export const DEFAULT_EXPORT: ExportOptions = { paper: 'a4', orientation: 'landscape', allowSplit: true, theme: 'standard' };

/** Box titles are 12 units; below this scale they would print under 8 pt. */
export const MIN_READABLE_SCALE = 8 / 12;
/** Small charts are enlarged to use the page, up to box titles of about 15 pt. */
const MAX_SCALE = 1.25;
/** Margins narrower than this would be cut off by most office printers. */
const MIN_MARGIN = 12;

export interface ChartPagesResult {
  pages: Page[];
  warnings: string[];
}

/** Part of a row too wide for the page, moved to a page of its own: `ids` (in row order) under `managerId` (null: the chart's top row). */
interface RowSplit {
  managerId: string | null;
  ids: string[];
  /** Those nodes and every node under them. */
  all: Set<string>;
}

interface PagePlan {
  chart: Chart;
  /** Posts shown as boxes whose subtree continues on another page. */
  detached: string[];
  /** Reports (or top boxes) of this page's row that continue on pages of their own. */
  rowSplits: RowSplit[];
  /**
   * For continuation pages: the page it continues from and the post continued
   * (subtree pages: drawn here as the page's root), or the rest of a row under
   * `nodeId` (row pages: the manager stays on the page before; null: the top row).
   */
  continuesFrom: { plan: PagePlan; nodeId: string; kind: 'subtree' } | { plan: PagePlan; nodeId: string | null; kind: 'row' } | null;
  title: string;
  /** The page's layout, as planned. */
  layout: ChartLayout;
}

function restrictTo(chart: Chart, keep: Set<string>): Chart {
  return {
    ...chart,
    nodes: chart.nodes.filter((n) => keep.has(n.id)),
    lines: chart.lines.filter((l) => keep.has(l.from) && keep.has(l.to)),
  };
}

function withCollapsed(chart: Chart, ids: Set<string>): Chart {
  return { ...chart, nodes: chart.nodes.map((n) => (ids.has(n.id) && n.kind === 'post' ? { ...n, collapsed: true } : n)) };
}

function nodeTitle(node: ChartNode | undefined): string {
  return !node ? '' : node.kind === 'post' ? node.title : node.name;
}

interface Area {
  width: number;
  height: number;
}

function fitScale(layout: Pick<ChartLayout, 'bounds'>, area: Area): number {
  const { width, height } = layout.bounds;
  if (width <= 0 || height <= 0) return MAX_SCALE;
  return Math.min(MAX_SCALE, area.width / width, area.height / height);
}

/** Number of drawn nodes under each drawn node by line management, in one pass (cycle-safe). */
function drawnSubtreeSizes(reports: Map<string, string[]>, layout: ChartLayout): Map<string, number> {
  const size = new Map<string, number>();
  const entered = new Set<string>();
  for (const start of layout.boxes.keys()) {
    if (entered.has(start)) continue;
    entered.add(start);
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    for (let top = stack.at(-1); top; top = stack.at(-1)) {
      const kids = reports.get(top.id) ?? [];
      const kid = kids[top.next];
      if (kid !== undefined) {
        top.next++;
        if (layout.boxes.has(kid) && !entered.has(kid)) {
          entered.add(kid);
          stack.push({ id: kid, next: 0 });
        }
        continue;
      }
      stack.pop();
      let total = 0;
      for (const kid of kids) if (layout.boxes.has(kid) && kid !== top.id) total += 1 + (size.get(kid) ?? 0);
      size.set(top.id, total);
    }
  }
  return size;
}

/**
 * Posts whose own box fits above `limit` but some of whose reports do not:
 * moving their subtrees away makes a page too tall (a deep chain) short
 * enough in one step, where moving one subtree at a time would lay the page
 * out again for every row.
 */
function postsAtHeightLimit(chart: Chart, reports: Map<string, string[]>, layout: ChartLayout, limit: number): string[] {
  const out: string[] = [];
  for (const node of chart.nodes) {
    const box = layout.boxes.get(node.id);
    if (node.kind !== 'post' || !box || !layout.treeParent.has(node.id) || box.y + box.height > limit) continue;
    const kids = reports.get(node.id) ?? [];
    if (
      kids.some((k) => {
        const b = layout.boxes.get(k);
        return b !== undefined && b.y + b.height > limit;
      })
    )
      out.push(node.id);
  }
  return out;
}

/** Chooses which subtrees move to their own pages so every page is readable. */
function planPages(doc: StructuraDocument, chart: Chart, area: Area, allowSplit: boolean, title: string): PagePlan[] {
  const plans: PagePlan[] = [];
  // The export owns its layouts' cache: its many trial layouts of one chart reuse each other's boxes.
  const cache = createLayoutCache();
  const reports = reportsByManager(chart);
  const index = indexChart(chart);
  const planOne = (original: Chart, continuesFrom: PagePlan['continuesFrom']): PagePlan => {
    let pageChart = original;
    const detached = new Set<string>();
    let layout = continuesFrom ? layoutChart(doc, pageChart, { cache }) : layoutForDisplay(doc, pageChart, cache);
    let laidOut = pageChart;
    if (allowSplit && fitScale(layout, area) < MIN_READABLE_SCALE && !pageChart.layout.compact) {
      // Before splitting, try stacking leaf reports at the same text size: it saves width without
      // splitting; keep it if it fits, or if it comes closer to fitting than the plain arrangement.
      const compactChart = { ...pageChart, layout: { ...pageChart.layout, compact: true } };
      const compactLayout = layoutChart(doc, compactChart, { cache });
      if (fitScale(compactLayout, area) > fitScale(layout, area)) {
        pageChart = compactChart;
        layout = compactLayout;
        laidOut = compactChart;
      }
    }
    const relayout = () => {
      laidOut = withCollapsed(pageChart, detached);
      layout = layoutChart(doc, laidOut, { cache });
    };
    if (allowSplit && layout.bounds.height * MIN_READABLE_SCALE > area.height) {
      const cuts = postsAtHeightLimit(pageChart, reports, layout, layout.bounds.y + area.height / MIN_READABLE_SCALE);
      if (cuts.length) {
        for (const id of cuts) detached.add(id);
        relayout();
      }
    }
    while (allowSplit && fitScale(layout, area) < MIN_READABLE_SCALE) {
      // Move a large subtree to its own page, preferring one that leaves a real page behind
      // (at most half the posts), so the top of the structure stays together.
      const sizes = drawnSubtreeSizes(reports, layout);
      let visiblePosts = 0;
      for (const node of pageChart.nodes) if (node.kind === 'post' && layout.boxes.has(node.id)) visiblePosts++;
      let best: { id: string; size: number; half: boolean } | null = null;
      for (const node of pageChart.nodes) {
        if (node.kind !== 'post' || detached.has(node.id) || !layout.boxes.has(node.id) || !layout.treeParent.has(node.id)) continue;
        const size = sizes.get(node.id) ?? 0;
        if (size === 0) continue;
        const half = size <= visiblePosts / 2;
        if (!best || (half && !best.half) || (half === best.half && size > best.size)) best = { id: node.id, size, half };
      }
      if (!best) break;
      detached.add(best.id);
      relayout();
    }
    // Still too wide: a row that can be neither stacked nor split by subtrees (reports that have
    // reports of their own, bodies side by side, separate trees). Its second half moves to a page
    // of its own, with everything under it; that page is planned in turn, so it halves again if need be.
    const rowSplits: RowSplit[] = [];
    while (allowSplit && fitScale(layout, area) < MIN_READABLE_SCALE) {
      const split = widestRowSplit(pageChart, layout, reports);
      if (!split) break;
      rowSplits.push(split);
      for (const id of split.all) detached.delete(id);
      pageChart = restrictTo(pageChart, new Set(pageChart.nodes.filter((n) => !split.all.has(n.id)).map((n) => n.id)));
      relayout();
    }
    // A subtree moved earlier that sits inside one moved later goes with it: it is no longer drawn here.
    for (const id of detached) if (!layout.boxes.has(id)) detached.delete(id);
    return { chart: laidOut, detached: [...detached], rowSplits, continuesFrom, title, layout };
  };
  // A continuation page is planned from the rows that could fit on a page, not the whole subtree
  // under it, so a deep chain costs a page's worth of layout per page (not the rest of the chain).
  const rows = Math.ceil(area.height / MIN_READABLE_SCALE / (GAP.row + SMALLEST_BOX_HEIGHT)) + 1;
  const continuation = (rootId: string, from: PagePlan): PagePlan => {
    const continuesFrom = { plan: from, nodeId: rootId, kind: 'subtree' as const };
    const near = withinDepth(reports, rootId, rows);
    const planned = planOne(subChart(chart, index, near.ids, rootId), continuesFrom);
    // Should a box at the horizon be drawn after all, the page is planned from its whole subtree.
    if (!near.cut || !near.atHorizon.some((id) => planned.layout.boxes.has(id))) return planned;
    return planOne(subChart(chart, index, new Set([rootId, ...descendantsIn(reports, rootId)]), rootId), continuesFrom);
  };
  const visit = (page: PagePlan) => {
    plans.push(page);
    for (const id of page.detached) visit(continuation(id, page));
    for (const split of page.rowSplits) visit(planOne(subChart(chart, index, split.all, null), { plan: page, nodeId: split.managerId, kind: 'row' }));
  };
  visit(planOne(chart, null));
  return plans;
}

/**
 * The widest row of boxes under one parent (the layout's tree parent, or none
 * for the top row) that has two boxes or more, and the second half of it, with
 * every node under those boxes: what moves to a page of its own when a page is
 * still too wide once every subtree that could move has moved.
 */
function widestRowSplit(chart: Chart, layout: ChartLayout, reports: Map<string, string[]>): RowSplit | null {
  const rows = new Map<string | null, PlacedBox[]>();
  const under = new Map<string, string[]>();
  for (const box of layout.boxes.values()) {
    const parent = layout.treeParent.get(box.id);
    const key = parent !== undefined && layout.boxes.has(parent) ? parent : null;
    pushTo(rows, key, box);
    if (key !== null) pushTo(under, key, box.id);
  }
  let best: { managerId: string | null; boxes: PlacedBox[]; span: number } | null = null;
  for (const [managerId, boxes] of rows) {
    if (boxes.length < 2) continue;
    let left = Infinity;
    let right = -Infinity;
    for (const b of boxes) {
      left = Math.min(left, b.x);
      right = Math.max(right, b.x + b.width);
    }
    if (!best || right - left > best.span) best = { managerId, boxes, span: right - left };
  }
  if (!best) return null;
  const ordered = [...best.boxes].sort((a, b) => a.x - b.x);
  const ids = ordered.slice(Math.ceil(ordered.length / 2)).map((b) => b.id);
  const inChart = new Set(chart.nodes.map((n) => n.id));
  const all = new Set<string>();
  const stack = [...ids];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (all.has(id) || !inChart.has(id)) continue;
    all.add(id);
    // Drawn boxes under it in the layout's tree (a diagram's rows), and posts hidden under it by line management.
    stack.push(...(under.get(id) ?? []), ...(reports.get(id) ?? []));
  }
  if (best.managerId !== null) all.delete(best.managerId);
  return { managerId: best.managerId, ids, all };
}

/** Boxes are never shorter than this (a post's band and one line of title). */
const SMALLEST_BOX_HEIGHT = 24;

interface ChartIndex {
  nodeAt: Map<string, number>;
  /** Indexes of the lines at each node (either end). */
  linesAt: Map<string, number[]>;
}

function indexChart(chart: Chart): ChartIndex {
  const nodeAt = new Map(chart.nodes.map((n, i) => [n.id, i]));
  const linesAt = new Map<string, number[]>();
  chart.lines.forEach((line, i) => {
    for (const end of line.from === line.to ? [line.from] : [line.from, line.to]) pushTo(linesAt, end, i);
  });
  return { nodeAt, linesAt };
}

/** The chart restricted to `ids` (in the chart's own order), in time proportional to what is kept; the root (if any) drawn open. */
function subChart(chart: Chart, index: ChartIndex, ids: Set<string>, rootId: string | null): Chart {
  const nodeIdx = [...ids]
    .map((id) => index.nodeAt.get(id))
    .filter((i): i is number => i !== undefined)
    .sort((a, b) => a - b);
  const lineIdx = new Set<number>();
  for (const id of ids) {
    for (const i of index.linesAt.get(id) ?? []) {
      const line = at(chart.lines, i, 'line');
      if (ids.has(line.from) && ids.has(line.to)) lineIdx.add(i);
    }
  }
  return {
    ...chart,
    nodes: nodeIdx.map((i) => {
      const n = at(chart.nodes, i, 'node');
      return n.id === rootId && n.kind === 'post' ? { ...n, collapsed: false } : n;
    }),
    lines: [...lineIdx].sort((a, b) => a - b).map((i) => at(chart.lines, i, 'line')),
  };
}

/** The root and the posts under it down to `depth` rows; `atHorizon`: those on the last row, when deeper ones were left out. */
function withinDepth(reports: Map<string, string[]>, rootId: string, depth: number): { ids: Set<string>; cut: boolean; atHorizon: string[] } {
  const ids = new Set([rootId]);
  let row = [rootId];
  let cut = false;
  for (let d = 1; d <= depth && row.length; d++) {
    const next: string[] = [];
    for (const id of row)
      for (const kid of reports.get(id) ?? [])
        if (!ids.has(kid)) {
          ids.add(kid);
          next.push(kid);
        }
    row = next;
  }
  for (const id of row) if ((reports.get(id) ?? []).some((kid) => !ids.has(kid))) cut = true;
  return { ids, cut, atHorizon: cut ? row : [] };
}

function boxShapes(
  box: PlacedBox,
  node: ChartNode,
  doc: StructuraDocument,
  s: number,
  ox: number,
  oy: number,
  theme: Theme,
  continuation: string | null,
): GroupShape {
  const x = ox + box.x * s;
  const y = oy + box.y * s;
  const w = box.width * s;
  const h = box.height * s;
  const colour = tagColour(doc.tags, node.tagId);
  const contrast = theme === 'high-contrast';
  const inferred = node.inferred !== null;
  const children: Shape[] = [];
  // The tag's colour band; in high contrast it matches its legend swatch: white, outlined, the tag's pattern in black.
  const band = (bx: number, bw: number): Shape => ({
    type: 'rect',
    x: bx,
    y,
    width: bw,
    height: box.bandHeight * s,
    fill: contrast ? '#ffffff' : colour,
    stroke: contrast ? '#000000' : undefined,
    strokeWidth: contrast ? 0.8 : undefined,
    pattern: tagPattern(doc.tags, node.tagId, theme),
    patternColour: contrast ? '#000000' : undefined,
  });
  if (node.kind === 'post') {
    children.push({
      type: 'rect',
      x,
      y,
      width: w,
      height: h,
      fill: '#ffffff',
      stroke: contrast ? '#000000' : NEUTRAL.outline,
      strokeWidth: contrast ? 1.2 : 0.8,
      dash: inferred ? [3, 2] : undefined,
      radius: 2 * s,
    });
    children.push(band(x, w));
  } else {
    children.push({
      type: 'rect',
      x,
      y,
      width: w,
      height: h,
      fill: contrast ? '#ffffff' : NEUTRAL.bodyFill,
      stroke: contrast ? '#000000' : NEUTRAL.bodyOutline,
      strokeWidth: contrast ? 1.6 : 1.2,
      dash: inferred ? [3, 2] : undefined,
      radius: 9 * s,
    });
    children.push(band(x + 8 * s, w - 16 * s));
  }
  for (const t of box.texts) {
    const isBand = t.role === 'tag' && node.kind === 'post';
    let text = t.text;
    if (t.role === 'hidden' && continuation) text = continuation;
    if (isBand && contrast) {
      // The label sits on a white chip so the pattern never obscures it.
      const chipWidth = measureText(text, { size: t.size * s, bold: true }) + 4 * s;
      children.push({ type: 'rect', x: x + (t.x - 2) * s, y: y + 2 * s, width: chipWidth, height: (box.bandHeight - 4) * s, fill: '#ffffff' });
    }
    children.push({
      type: 'text',
      x: x + t.x * s,
      y: y + t.y * s,
      text,
      size: t.size * s,
      bold: t.bold || (t.role === 'hidden' && !!continuation),
      colour: contrast
        ? '#000000'
        : isBand
          ? textOnColour(colour)
          : t.role === 'inferred' || (t.role === 'hidden' && !continuation)
            ? NEUTRAL.muted
            : NEUTRAL.text,
      anchor: t.anchor,
    });
  }
  return { type: 'group', role: node.kind === 'post' ? 'post' : 'body', label: nodeTitle(node), ref: node.id, children };
}

/** The layout's bounds grown to take in every routed line (a line routed round the chart runs outside its boxes). */
function boundsWithRoutes(layout: ChartLayout, routes: Map<string, { x: number; y: number }[]>): ChartLayout['bounds'] {
  let { x, y } = layout.bounds;
  let right = x + layout.bounds.width;
  let bottom = y + layout.bounds.height;
  for (const points of routes.values()) {
    for (const p of points) {
      x = Math.min(x, p.x);
      y = Math.min(y, p.y);
      right = Math.max(right, p.x);
      bottom = Math.max(bottom, p.y);
    }
  }
  return { x, y, width: right - x, height: bottom - y };
}

function chartShapes(
  doc: StructuraDocument,
  chart: Chart,
  layout: ChartLayout,
  routes: Map<string, { x: number; y: number }[]>,
  s: number,
  ox: number,
  oy: number,
  theme: Theme,
  continuation: Map<string, string>,
): Shape[] {
  const lines: Shape[] = [];
  const routed: { line: Line; points: { x: number; y: number }[] }[] = [];
  for (const line of chart.lines) {
    const points = routes.get(line.id);
    if (!points) continue;
    const style = LINE_STYLE[line.kind];
    const inferred = line.inferred !== null;
    const mapped = points.map((p) => ({ x: ox + p.x * s, y: oy + p.y * s }));
    routed.push({ line, points: mapped });
    lines.push({
      type: 'group',
      role: 'line',
      ref: line.id,
      label: `${style.label}${line.label ? `: ${line.label}` : ''}${inferred ? ' (inferred)' : ''}`,
      children: [
        {
          type: 'path',
          points: mapped,
          stroke: inferred ? inferredLineColour(theme) : theme === 'high-contrast' ? '#000000' : style.colour,
          strokeWidth: Math.max(0.6, style.width * Math.min(1, s * 1.2)),
          // Inferred accountability keeps its dashes (the kind matters more); other inferred lines are dotted.
          dash: style.dash.length ? style.dash : inferred ? INFERRED_DASH : undefined,
          arrowEnd: style.arrow,
        },
      ],
    });
  }
  const nodes = new Map(chart.nodes.map((n) => [n.id, n]));
  const boxes: Shape[] = [];
  for (const box of readingOrder(layout))
    boxes.push(boxShapes(box, must(nodes.get(box.id), `the post drawn as box "${box.id}"`), doc, s, ox, oy, theme, continuation.get(box.id) ?? null));
  // Labels go on top of every line, each where no other line, box or label runs under it.
  const obstacles = [...layout.boxes.values()].map((b) => ({ x: ox + b.x * s, y: oy + b.y * s, width: b.width * s, height: b.height * s }));
  const labels = placeLineLabels(routed, obstacles, Math.max(6.5, 9 * s));
  const labelShapes: Shape[] = labels.map((l) => ({
    type: 'group',
    role: 'lineLabel',
    label: l.text,
    ref: l.lineId,
    children: [
      { type: 'rect', x: l.x, y: l.y, width: l.width, height: l.height, fill: '#ffffff' },
      {
        type: 'text',
        x: l.x + l.width / 2,
        y: l.y + l.height / 2 + l.size * 0.33,
        text: l.text,
        size: l.size,
        colour: theme === 'high-contrast' ? '#000000' : NEUTRAL.text,
        anchor: 'middle',
      },
    ],
  }));
  return [...lines, ...boxes, ...labelShapes];
}

/** Boxes by hierarchy: each manager, then the posts under it, left to right (for screen readers and tagged PDF). */
export function readingOrder(layout: ChartLayout): PlacedBox[] {
  const under = new Map<string, PlacedBox[]>();
  const tops: PlacedBox[] = [];
  for (const box of layout.boxes.values()) {
    const parent = layout.treeParent.get(box.id);
    if (parent !== undefined && layout.boxes.has(parent)) pushTo(under, parent, box);
    else tops.push(box);
  }
  const byPosition = (a: PlacedBox, b: PlacedBox) => a.y - b.y || a.x - b.x;
  const out: PlacedBox[] = [];
  const stack = tops.sort(byPosition).reverse();
  for (let box = stack.pop(); box !== undefined; box = stack.pop()) {
    out.push(box);
    stack.push(...(under.get(box.id) ?? []).sort(byPosition).reverse());
  }
  return out;
}

/** Whether any post drawn (not hidden in a collapsed subtree) shows an illustrative cost. */
function anyIllustrative(chart: Chart, layout?: ChartLayout): boolean {
  return chart.nodes.some((n) => n.kind === 'post' && n.cost !== null && n.costIllustrative && (!layout || layout.boxes.has(n.id)));
}

function anyInferred(chart: Chart): boolean {
  return chart.nodes.some((n) => n.inferred !== null) || chart.lines.some((l) => l.inferred !== null);
}

/** Lays a chart out on pages. Page numbers in footers count from `firstPage` of `totalPages` (for packs). */
export function drawChartPages(doc: StructuraDocument, chartId: string, options: ExportOptions = DEFAULT_EXPORT): ChartPagesResult {
  const source = doc.charts.find((c) => c.id === chartId);
  if (!source) throw new Error(`There is no chart "${chartId}".`);
  const theme = options.theme ?? 'standard';
  const { width, height } = options.pageSize ?? pageSize(options.paper, options.orientation);
  const margin = Math.min(Math.max(options.margins ?? MARGIN, MIN_MARGIN), Math.min(width, height) / 6);
  const warnings: string[] = [];
  let chart = source;
  let title = chartLabel(source);
  if (options.focusPostId) {
    const focus = source.nodes.find((n) => n.id === options.focusPostId);
    if (focus) {
      chart = restrictTo(source, new Set([focus.id, ...descendantsOf(source, focus.id)]));
      title = `${title}: ${nodeTitle(focus)} and reports`;
    } else {
      warnings.push(`“${title}” has no post “${options.focusPostId}” to focus on, so the whole chart is drawn.`);
    }
  }
  const date = options.date ?? doc.meta.date;
  const usedTags = tagsUsedIn(doc.tags, chart);
  const untagged = chart.nodes.some((n) => !n.tagId || !doc.tags.some((t) => t.id === n.tagId));
  const footerTop = height - margin - FOOTER_HEIGHT;
  const legendBlock = legend(
    {
      tags: usedTags,
      documentTags: doc.tags,
      theme,
      showInferred: anyInferred(chart),
      showUntagged: untagged,
      lineKinds: LINE_KINDS.filter((k) => chart.lines.some((l) => l.kind === k)),
      margin,
    },
    width,
    footerTop,
  );
  const notes = footnotes(source.footnotes, width, footerTop - legendBlock.height - 4, margin);
  const head = titleBlock(title, source.subtitle, date, width, margin, margin);
  const chartBottom = footerTop - legendBlock.height - notes.height - 12;
  const area = { width: width - 2 * margin, height: Math.max(40, chartBottom - (margin + head.height + 4)) };

  const allowSplit = options.allowSplit ?? true;
  const first = options.firstPageNumber ?? 1;
  /** Each planned page's heading, notes and drawing area, once every page (and so every page number) is known. */
  const frame = (plans: PagePlan[]) => {
    const pageNumber = pageNumbers(plans, first);
    const crossing = linesAcrossPages(chart, plans, first);
    return plans.map((plan, index) => {
      let pageHead = head;
      if (plan.continuesFrom) {
        const from = pageNumber(plan.continuesFrom.plan);
        const nodeId = plan.continuesFrom.nodeId;
        const rootTitle = nodeId === null ? '' : nodeTitle(chart.nodes.find((n) => n.id === nodeId));
        const what =
          plan.continuesFrom.kind === 'subtree'
            ? `${rootTitle} and the posts under it`
            : nodeId === null
              ? 'the rest of the top row'
              : `more of the posts under ${rootTitle}`;
        pageHead = titleBlock(title, `Continued from page ${from}: ${what}`, date, width, margin, margin);
      }
      // Lines whose other end is on another page are listed under the chart, so none is silently lost.
      const crossingHere = at(crossing, index, 'list of lines leaving the page');
      const pageNotes = crossingHere.length ? footnotes([...source.footnotes, ...crossingHere], width, footerTop - legendBlock.height - 4, margin) : notes;
      const top = margin + pageHead.height + 4;
      const pageArea = { width: area.width, height: Math.max(40, footerTop - legendBlock.height - pageNotes.height - 12 - top) };
      const routes = routeChartLines(plan.chart, plan.layout);
      const drawnBounds = boundsWithRoutes(plan.layout, routes);
      return { plan, pageHead, pageNotes, top, pageArea, routes, drawnBounds, s: fitScale({ bounds: drawnBounds }, pageArea) };
    });
  };
  // A page's heading ("Continued from page N: …"), the notes on lines across pages and routes round
  // the chart are only known once the pages are planned: a page they leave too small to read is
  // planned again in a smaller area, so splitting guarantees 8 pt wherever a split can.
  let planArea = area;
  let plans = planPages(doc, chart, planArea, allowSplit, title);
  let framed = frame(plans);
  for (let attempt = 0; allowSplit && attempt < 4; attempt++) {
    const shortBy = Math.max(0, ...framed.map((f) => Math.max(f.drawnBounds.height * MIN_READABLE_SCALE - f.pageArea.height, 0)));
    const narrowBy = Math.max(0, ...framed.map((f) => Math.max(f.drawnBounds.width * MIN_READABLE_SCALE - f.pageArea.width, 0)));
    if (framed.every((f) => f.s >= MIN_READABLE_SCALE - 1e-9) || (shortBy === 0 && narrowBy === 0)) break;
    planArea = { width: Math.max(40, planArea.width - narrowBy - 1), height: Math.max(40, planArea.height - shortBy - 1) };
    plans = planPages(doc, chart, planArea, allowSplit, title);
    framed = frame(plans);
  }
  const pageNumber = pageNumbers(plans, first);
  const pages: Page[] = [];
  for (const { plan, pageHead, pageNotes, top, pageArea, routes, drawnBounds, s } of framed) {
    const layout = plan.layout;
    if (s < MIN_READABLE_SCALE - 1e-9) {
      const where = plans.length > 1 ? ` (page ${pageNumber(plan)})` : '';
      const remedy =
        options.allowSplit === false
          ? options.paper === 'a4'
            ? 'Use A3, or allow splitting over several pages.'
            : 'Allow splitting over several pages, or collapse some subtrees.'
          : options.paper === 'a4'
            ? 'It cannot be split into readable parts: use A3' + (options.orientation === 'portrait' ? ' or landscape.' : '.')
            : 'It cannot be split into readable parts: collapse some subtrees' + (options.orientation === 'portrait' ? ' or use landscape.' : '.');
      warnings.push(
        `“${title}”${where} is too small to read on ${options.paper.toUpperCase()} ${options.orientation}: box text would print at ${(12 * s).toFixed(1)} pt. ${remedy}`,
      );
    }
    const drawnWidth = drawnBounds.width * s;
    const drawnHeight = drawnBounds.height * s;
    const ox = margin + (pageArea.width - drawnWidth) / 2 - drawnBounds.x * s;
    // A little above centre, where the eye expects the middle of a page to be.
    const oy = top + Math.max(0, (pageArea.height - drawnHeight) * 0.42) - drawnBounds.y * s;
    const continuation = new Map<string, string>();
    for (const id of plan.detached) {
      const target = plans.findIndex((p) => p.continuesFrom?.kind === 'subtree' && p.continuesFrom.plan === plan && p.continuesFrom.nodeId === id);
      continuation.set(id, `Continued on page ${target + first}`);
    }
    const shapes: Shape[] = [];
    shapes.push(pageHead.group);
    // The chart is a figure whose alt text summarises what this page draws; the appendix and the text export give it whole.
    const figureTitle = plan.continuesFrom ? `${title}, continued from page ${pageNumber(plan.continuesFrom.plan)}` : title;
    const alt = chartSummary(doc, plan.chart, { title: figureTitle, shown: new Set(layout.boxes.keys()) });
    const figure = chartShapes(doc, plan.chart, layout, routes, s, ox, oy, theme, continuation);
    figure.push(...rowSplitMarks(plan, plans, first, s, ox, oy));
    shapes.push({ type: 'group', role: 'figure', label: title, alt, children: figure });
    if (pageNotes.height) shapes.push(pageNotes.group);
    shapes.push(legendBlock.group);
    if (options.showDraftWatermark) shapes.push(watermark(width, height));
    pages.push({
      width,
      height,
      shapes,
      label: plan.continuesFrom ? `${title} (continued)` : title,
      footerNote: anyIllustrative(plan.chart, layout) ? ILLUSTRATIVE_NOTE : undefined,
      margin,
    });
  }
  return { pages, warnings };
}

const nodeName = (chart: Chart, id: string) => nodeTitle(chart.nodes.find((n) => n.id === id));

function lineSentence(chart: Chart, line: Line, fromSuffix = '', toSuffix = ''): string {
  const from = nodeName(chart, line.from) + fromSuffix;
  const to = nodeName(chart, line.to) + toSuffix;
  const sentence =
    line.kind === 'management' ? `${to} reports to ${from}` : line.kind === 'accountability' ? `${to} is accountable to ${from}` : `${from} commissions ${to}`;
  return line.label ? `${sentence} (“${line.label}”)` : sentence;
}

/** The page drawing each row split's boxes. */
function rowSplitTarget(plans: PagePlan[], plan: PagePlan, split: RowSplit): number {
  return plans.findIndex((p) => p.continuesFrom?.kind === 'row' && p.continuesFrom.plan === plan && p.chart.nodes.some((n) => n.id === split.ids[0]));
}

/** Under a manager whose reports continue on another page: "More reports on page N" beside its line down. */
function rowSplitMarks(plan: PagePlan, plans: PagePlan[], first: number, s: number, ox: number, oy: number): Shape[] {
  const marks: Shape[] = [];
  for (const split of plan.rowSplits) {
    const box = split.managerId === null ? undefined : plan.layout.boxes.get(split.managerId);
    if (!box) continue;
    const size = Math.max(8, 9 * s);
    const text = `More reports on page ${rowSplitTarget(plans, plan, split) + first}`;
    marks.push({
      type: 'group',
      role: 'continuation',
      label: text,
      children: [
        { type: 'text', x: ox + (box.x + box.width / 2) * s + 4, y: oy + (box.y + box.height) * s + size + 1, text, size, bold: true, colour: NEUTRAL.text },
      ],
    });
  }
  return marks;
}

/** The printed page number of each of `plans` (the first is numbered `first`); a plan from elsewhere is a bug. */
function pageNumbers(plans: readonly PagePlan[], first: number): (plan: PagePlan) => number {
  const index = new Map(plans.map((p, i) => [p, i]));
  return (plan) => must(index.get(plan), 'a page plan among the pages being numbered') + first;
}

/**
 * For each page: a note for every line with one end on that page and the other end only on another
 * page, and for each row continued on another page, one note naming its boxes and that page.
 */
function linesAcrossPages(chart: Chart, plans: PagePlan[], first: number): string[][] {
  const notes: string[][] = plans.map(() => []);
  if (plans.length < 2) return notes;
  const layouts = plans.map((p) => p.layout);
  // A post's home is the page that shows it with its reports (a box marked "continued" is only a pointer).
  const home = new Map<string, number>();
  layouts.forEach((layout, i) => {
    const { detached } = at(plans, i, 'page plan');
    for (const id of layout.boxes.keys()) if (!detached.includes(id) || !home.has(id)) home.set(id, i);
  });
  // The lines from a manager to the part of its row moved away are told once, as the row.
  const rowLinks = new Set<string>();
  plans.forEach((plan, i) => {
    const notesHere = at(notes, i, 'notes of a page');
    for (const split of plan.rowSplits) {
      const target = rowSplitTarget(plans, plan, split);
      const names = split.ids.map((id) => nodeName(chart, id));
      const listed = names.length > 6 ? `${names.slice(0, 6).join(', ')} and ${names.length - 6} more` : names.join(', ');
      if (split.managerId === null) {
        notesHere.push(`Continued on page ${target + first}: ${listed}.`);
        continue;
      }
      for (const id of split.ids) rowLinks.add(`${split.managerId}\u0000${id}`).add(`${id}\u0000${split.managerId}`);
      const manager = nodeName(chart, split.managerId);
      notesHere.push(`More posts under ${manager} are on page ${target + first}: ${listed}.`);
      if (target >= 0) at(notes, target, 'notes of the page a row continues on').push(`These are under ${manager} (page ${i + first}): ${listed}.`);
    }
  });
  for (const line of chart.lines) {
    if (rowLinks.has(`${line.from}\u0000${line.to}`)) continue;
    if (layouts.some((layout) => layout.boxes.has(line.from) && layout.boxes.has(line.to))) continue;
    const a = home.get(line.from);
    const b = home.get(line.to);
    if (a === undefined || b === undefined) continue;
    at(notes, a, 'page').push(`Not drawn across pages: ${lineSentence(chart, line, '', ` (page ${b + first})`)}.`);
    at(notes, b, 'page').push(`Not drawn across pages: ${lineSentence(chart, line, ` (page ${a + first})`, '')}.`);
  }
  return notes;
}

/** Adds footers ("Page N of M", version and date, any page note) once every page of a drawing is known. */
export function numberPages(pages: Page[], doc: StructuraDocument, date?: string): Page[] {
  const left = [doc.title, doc.meta.versionLabel, formatDate(date ?? doc.meta.date)].filter(Boolean).join(' · ');
  return pages.map((page, i) => ({
    ...page,
    shapes: [...page.shapes, footer(left, i + 1, pages.length, page.width, page.height, { note: page.footerNote, margin: page.margin })],
  }));
}
