// A read-only canvas of one chart for the compare view, with changes marked on the boxes.
// Like the editor's canvas for large charts, it draws only what is in view and
// declares each box's handles and size, so React Flow never renders (or
// measures) every box of a chart of thousands; it opens at a viewport worked
// out from the layout, not by fitting after a first full render.
import { Background, ReactFlow, ReactFlowProvider, type ReactFlowInstance, type Viewport } from '@xyflow/react';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ChartLayout } from '../../shared/layout/layout';
import { focusOn, openingViewport, READABLE_ZOOM, type PlacedGhost } from '../../shared/compare/view';
import type { Chart, StructuraDocument } from '../../shared/model/types';
import { BoxView } from '../canvas/BoxView';
import type { BoxFlowNode, LineFlowEdge } from '../canvas/flowTypes';
import { LineEdge } from '../canvas/LineEdge';
import { declaredHandles, toFlowEdges, toFlowNode } from '../canvas/flowNodes';
import { cull, lineAreasOf } from '../canvas/culling';
import { LARGE_CHART } from '../canvas/largeChart';
import { useCullArea } from '../canvas/useCullArea';

const nodeTypes = { post: BoxView, body: BoxView };
const edgeTypes = { line: LineEdge };
const noop = () => {};
const GHOST = 'ghost:';

export interface ReadOnlyCanvasProps {
  label: string;
  doc: StructuraDocument;
  chart: Chart;
  layout: ChartLayout;
  marks: Map<string, string[]>;
  /** Show only these nodes (changes only), or all when null. */
  only: Set<string> | null;
  /** Posts of the other chart drawn faintly where they stood (overlay of removed posts). */
  ghosts?: PlacedGhost[];
  /** The size the opening zoom is worked out for (shared by both sides); this side's changed region when absent. */
  fitSize?: { width: number; height: number };
  selectedId: string | null;
  onSelect(id: string): void;
  onInit(instance: ReactFlowInstance<BoxFlowNode, LineFlowEdge>, viewport: Viewport): void;
  onViewportChange(viewport: Viewport, byUser: boolean): void;
}

/** The boxes this side opens on: its marked boxes (and ghosts), or every box when nothing is marked. */
export function changedBoxes(props: Pick<ReadOnlyCanvasProps, 'layout' | 'marks' | 'only' | 'ghosts'>) {
  const marked = [...props.marks.keys()].flatMap((id) => {
    const box = props.layout.boxes.get(id);
    return box && (!props.only || props.only.has(id)) ? [box] : [];
  });
  marked.push(...(props.ghosts ?? []).map((g) => g.box));
  return marked.length ? marked : [...props.layout.boxes.values()].filter((b) => !props.only || props.only.has(b.id));
}

function Canvas(props: ReadOnlyCanvasProps) {
  const { doc, chart, layout, marks, only, ghosts, selectedId } = props;
  const frame = useRef<HTMLDivElement>(null);
  const [pane, setPane] = useState<{ width: number; height: number } | null>(null);
  // The pane's size before the first paint, so the opening viewport is known when React Flow first draws.
  useLayoutEffect(() => {
    const el = frame.current;
    if (el) setPane({ width: el.clientWidth || 800, height: el.clientHeight || 600 });
  }, []);

  const baseNodes = useMemo<BoxFlowNode[]>(() => {
    const list: BoxFlowNode[] = [];
    for (const node of chart.nodes) {
      const box = layout.boxes.get(node.id);
      if (!box || (only && !only.has(node.id))) continue;
      const flowNode = toFlowNode(node, box, doc.tags, {
        selected: false,
        draggable: false,
        hasReports: false,
        hiddenCount: 0,
        onToggleCollapsed: noop,
        marks: marks.get(node.id),
      });
      list.push({ ...flowNode, handles: declaredHandles(box), measured: { width: box.width, height: box.height } });
    }
    for (const { node, box } of ghosts ?? []) {
      list.push({
        ...toFlowNode(node, box, doc.tags, {
          id: `${GHOST}${node.id}`,
          selected: false,
          draggable: false,
          hasReports: false,
          hiddenCount: 0,
          onToggleCollapsed: noop,
          marks: ['removed'],
        }),
        handles: declaredHandles(box),
        measured: { width: box.width, height: box.height },
        ariaLabel: `${node.kind === 'post' ? node.title : node.name} (removed)`,
        className: 'ghost',
        zIndex: -1,
      });
    }
    return list;
  }, [chart, layout, only, ghosts, marks, doc.tags]);

  const allEdges = useMemo<LineFlowEdge[]>(() => {
    const shown = new Set(baseNodes.map((n) => n.id));
    return toFlowEdges(chart, layout, (id) => shown.has(id));
  }, [chart, baseNodes, layout]);

  const opening = useMemo(() => {
    if (!pane) return undefined;
    const focus = focusOn(changedBoxes({ layout, marks, only, ghosts }));
    if (!focus) return { x: 0, y: 0, zoom: 1 };
    // Down from the chart's top rows (the boards above the changes) when they fit too.
    const bottom = focus.rect.y + focus.rect.height;
    const top = Math.min(focus.rect.y, layout.bounds.y);
    const fromTop = { ...focus, rect: { ...focus.rect, y: top, height: bottom - top } };
    const shown = (bottom - top) * READABLE_ZOOM <= pane.height - 80 ? fromTop : focus;
    return openingViewport(shown, pane, props.fitSize ?? shown.rect);
    // Worked out once, when the pane is measured: later edits keep the user's view.
  }, [pane]); // eslint-disable-line react-hooks/exhaustive-deps

  // A large side hands React Flow only what is near its view (canvas/culling.ts), and always the selected change.
  const large = baseNodes.length > LARGE_CHART;
  const area = useCullArea(large, opening, `${chart.id}:${only ? 'only' : 'all'}`, pane ?? undefined);
  const lineAreas = useMemo(() => (large ? lineAreasOf(baseNodes, allEdges) : null), [large, baseNodes, allEdges]);
  const culled = useMemo(() => (area && lineAreas ? cull(baseNodes, allEdges, area, lineAreas) : null), [baseNodes, allEdges, area, lineAreas]);
  const viewNodes = useMemo(
    () => (culled ? baseNodes.filter((n) => culled.nodes.has(n.id) || n.id === selectedId || n.id === `${GHOST}${selectedId}`) : baseNodes),
    [baseNodes, culled, selectedId],
  );
  const edges = useMemo(() => (culled ? allEdges.filter((e) => culled.lines.has(e.id)) : allEdges), [allEdges, culled]);
  // Selecting a change replaces the one or two boxes it touches, not every box.
  const nodes = useMemo(
    () => (selectedId ? viewNodes.map((n) => (n.id === selectedId || n.id === `${GHOST}${selectedId}` ? { ...n, selected: true } : n)) : viewNodes),
    [viewNodes, selectedId],
  );

  return (
    <div className="compare-canvas" aria-label={props.label} role="region" ref={frame}>
      <div className="compare-canvas-title">{props.label}</div>
      {opening && (
        <ReactFlow<BoxFlowNode, LineFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable
          onlyRenderVisibleElements={!large}
          defaultViewport={opening}
          onNodeClick={(_, node) => props.onSelect(node.id.startsWith(GHOST) ? node.id.slice(GHOST.length) : node.id)}
          onInit={(instance) => props.onInit(instance, opening)}
          onMove={(event, viewport) => props.onViewportChange(viewport, !!event)}
          minZoom={0.05}
          maxZoom={2.5}
          proOptions={{ hideAttribution: true }}
          deleteKeyCode={null}
        >
          <Background gap={24} color="#e5e7eb" />
        </ReactFlow>
      )}
    </div>
  );
}

export function ReadOnlyCanvas(props: ReadOnlyCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}
