// Data carried by React Flow nodes and edges: derived from the document, never edited in place.
import type { Edge, Node } from '@xyflow/react';
import type { PlacedBox } from '../../shared/layout/layout';
import type { Point, RouteStyle } from '../../shared/layout/route';
import type { ChartNode, Line } from '../../shared/model/types';

export type BoxData = {
  box: PlacedBox;
  node: ChartNode;
  colour: string;
  hasReports: boolean;
  hiddenCount: number;
  onToggleCollapsed: (id: string) => void;
  /** Comparison marks shown on the box (added, removed, moved, retagged, retitled, ghost). */
  marks?: string[];
  /** The worst open rule-check finding about this post, shown as a badge. */
  finding?: 'error' | 'warning';
};

export type BoxFlowNode = Node<BoxData, 'post' | 'body'>;

export type LineData = {
  line: Line;
  route: RouteStyle;
  /** The chart-wide route (around boxes), valid while both ends stay where the layout put them. */
  planned?: { points: Point[]; from: { x: number; y: number }; to: { x: number; y: number } };
};

export type LineFlowEdge = Edge<LineData, 'line'>;
