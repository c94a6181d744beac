// Turns a laid-out box into a React Flow node: one place for the editor and the compare view.
import { Position } from '@xyflow/react';
import type { ChartLayout, PlacedBox } from '../../shared/layout/layout';
import { routeChartLines, routeStyle } from '../../shared/layout/route';
import type { Chart, ChartNode, Line, OrgTag } from '../../shared/model/types';
import type { BoxData, BoxFlowNode, LineData, LineFlowEdge } from './flowTypes';
import { tagColour } from './theme';

export function toFlowNode(
  node: ChartNode,
  box: PlacedBox,
  tags: readonly OrgTag[],
  extra: Pick<BoxData, 'hasReports' | 'hiddenCount' | 'onToggleCollapsed' | 'marks'> & {
    selected: boolean;
    draggable?: boolean;
    id?: string;
    position?: { x: number; y: number };
  },
): BoxFlowNode {
  return {
    id: extra.id ?? node.id,
    type: node.kind,
    position: extra.position ?? { x: box.x, y: box.y },
    width: box.width,
    height: box.height,
    selected: extra.selected,
    draggable: extra.draggable,
    ariaLabel: node.kind === 'post' ? node.title : node.name,
    data: {
      box,
      node,
      colour: tagColour(tags, node.tagId),
      hasReports: extra.hasReports,
      hiddenCount: extra.hiddenCount,
      onToggleCollapsed: extra.onToggleCollapsed,
      marks: extra.marks,
    },
  };
}

/** Side of a box's connection handles (see .box-handle in styles.css). */
const HANDLE = 10;

/**
 * The handles BoxView draws (target at the top centre, source at the bottom
 * centre), declared up front. Without them React Flow renders every node once
 * to measure its handles, even when it only draws what is in view: seconds
 * for a chart of thousands of posts. Drawn nodes are measured as usual.
 */
export function declaredHandles(box: Pick<PlacedBox, 'width' | 'height'>): NonNullable<BoxFlowNode['handles']> {
  const x = box.width / 2 - HANDLE / 2;
  return [
    { type: 'target', position: Position.Top, x, y: -HANDLE / 2, width: HANDLE, height: HANDLE },
    { type: 'source', position: Position.Bottom, x, y: box.height - HANDLE / 2, width: HANDLE, height: HANDLE },
  ];
}

/**
 * React Flow edges for the chart's lines whose two ends are shown: each with
 * its style and the chart-wide route (going round boxes), together with the
 * box positions that route was planned for. One place for the editor and the
 * compare view.
 */
export function toFlowEdges(chart: Chart, layout: ChartLayout, shown: (id: string) => boolean, selectedLines: ReadonlySet<string> = new Set()): LineFlowEdge[] {
  const routes = routeChartLines(chart, layout);
  const planned = (line: Line): LineData['planned'] => {
    const points = routes.get(line.id);
    const a = layout.boxes.get(line.from);
    const b = layout.boxes.get(line.to);
    return points && a && b ? { points, from: { x: a.x, y: a.y }, to: { x: b.x, y: b.y } } : undefined;
  };
  return chart.lines
    .filter((line) => shown(line.from) && shown(line.to))
    .map((line) => ({
      id: line.id,
      source: line.from,
      target: line.to,
      type: 'line',
      selected: selectedLines.has(line.id),
      ariaLabel: `${line.kind} line`,
      data: { line, route: routeStyle(line.kind, line.from, line.to, layout), planned: planned(line) },
    }));
}
