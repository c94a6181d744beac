// The editing canvas for the active chart. Nodes and edges are derived from the
// document on every change; positions during a drag live in React Flow's local
// state and are committed as one undoable step when the drag ends.
import {
  applyNodeChanges,
  Background,
  MiniMap,
  Panel,
  ReactFlow,
  useReactFlow,
  useStoreApi,
  type Connection,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import { boxSource, layoutForDisplay } from '../../shared/layout/layout';
import { autoLayoutChart } from '../../shared/layout/layout';
import { moveNodes, replaceChartNodes, setManager, toggleCollapsed } from '../../shared/model/commands';
import { reportsByManager } from '../../shared/model/query';
import type { Chart, Position } from '../../shared/model/types';
import { chartCheck, flaggedPosts } from '../checks/useChartCheck';
import { useOpenContextMenu } from '../commands/CommandSurfaces';
import { useActiveChart, useEditor, useEditorStore } from '../store';
import { BoxView } from './BoxView';
import type { BoxFlowNode, LineFlowEdge } from './flowTypes';
import { Legend } from './Legend';
import { LineEdge } from './LineEdge';
import { LineKindChooser } from './LineKindChooser';
import { declaredHandles, toFlowEdges, toFlowNode } from './flowNodes';
import { selectionAfter } from './selection';
import { fitPadding } from './overlays';
import { fitReadable } from './fit';
import { isLargeChart } from './largeChart';
import { CANVAS_KEYS_HELP, useCanvasKeyboard } from './keyboardNavigation';
import { ViewControls } from './ViewControls';
import { emphasisOf, linesUnderView, nodesUnderView } from './orgView';
import { OrgViewBar } from './OrgViewBar';

const nodeTypes = { post: BoxView, body: BoxView };
const edgeTypes = { line: LineEdge };

export function ChartCanvas({ showMinimap }: { showMinimap: boolean }) {
  const store = useEditorStore();
  const chart = useActiveChart();
  const tags = useEditor((s) => s.doc.tags);
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const { getIntersectingNodes } = useReactFlow();
  const [pendingConnection, setPendingConnection] = useState<Connection | null>(null);
  const openContextMenu = useOpenContextMenu();

  const costs = useEditor((s) => s.doc.costs);
  const layoutCache = useEditor((s) => s.layoutCache);
  // Boxes are drawn from the chart, the tags and the cost settings only: an edit
  // to another chart or to the rule settings keeps this chart's layout.
  const boxDocument = useMemo(() => boxSource(tags, costs), [tags, costs]);
  const layout = useMemo(() => layoutForDisplay(boxDocument, chart, layoutCache), [boxDocument, chart, layoutCache]);

  const onToggleCollapsed = useCallback((id: string) => store.getState().apply((d) => toggleCollapsed(d, store.getState().activeChartId, id)), [store]);

  // Large charts draw only what is in view, and open on their top rows rather than shrinking everything to fit.
  const large = isLargeChart(chart);

  // The canvas is one Tab stop: the selected box, else the box last reached by the keys, else the top box.
  const [cursor, setCursor] = useState<string | null>(null);
  const keyboard = useCanvasKeyboard(chart, layout, setCursor);
  const tabStop = selection.nodes[0] ?? (selection.lines.length ? null : cursor !== null && layout.boxes.has(cursor) ? cursor : (keyboard.roots[0] ?? null));

  // Boxes as React Flow nodes, none selected; selecting then replaces only the
  // nodes whose selection changed, so React Flow reuses what it knows of the rest
  // (at 10,000 posts, rebuilding every node on each click made selecting slow).
  const unselectedNodes = useMemo<BoxFlowNode[]>(() => {
    const reports = reportsByManager(chart);
    return chart.nodes
      .filter((n) => layout.boxes.has(n.id))
      .map((node) => {
        const box = layout.boxes.get(node.id)!;
        const flowNode = toFlowNode(node, box, tags, {
          selected: false,
          hasReports: (reports.get(node.id)?.length ?? 0) > 0,
          hiddenCount: layout.hiddenCounts.get(node.id) ?? 0,
          onToggleCollapsed,
        });
        const unfocusable = { ...flowNode, domAttributes: { tabIndex: -1 } };
        return large ? { ...unfocusable, handles: declaredHandles(box) } : unfocusable;
      });
  }, [chart, layout, tags, onToggleCollapsed, large]);

  // Badges for the posts a rule check flags: only those nodes are replaced.
  const flagged = useMemo(() => flaggedPosts(chartCheck(doc, chart)), [doc, chart]);
  const badgedNodes = useMemo<BoxFlowNode[]>(() => {
    if (flagged.size === 0) return unselectedNodes;
    return unselectedNodes.map((n) => {
      const finding = flagged.get(n.id);
      return finding === 'error' || finding === 'warning' ? { ...n, data: { ...n.data, finding } } : n;
    });
  }, [unselectedNodes, flagged]);

  const derivedNodes = useMemo<BoxFlowNode[]>(() => {
    const selected = new Set(selection.nodes);
    if (selected.size === 0 && tabStop === null) return badgedNodes;
    return badgedNodes.map((n) =>
      selected.has(n.id) || n.id === tabStop ? { ...n, selected: selected.has(n.id), domAttributes: { tabIndex: n.id === tabStop ? 0 : -1 } } : n,
    );
  }, [badgedNodes, selection.nodes, tabStop]);

  // Lines are reached from their boxes (E), never Tab stops before them: only a selected line, with no box selected, is the stop.
  const edges = useMemo<LineFlowEdge[]>(
    () =>
      toFlowEdges(chart, layout, (id) => layout.boxes.has(id), new Set(selection.lines)).map((e) => ({
        ...e,
        domAttributes: { tabIndex: tabStop === null && e.selected ? 0 : -1 },
      })),
    [chart, layout, selection.lines, tabStop],
  );

  // A large chart opens on its top rows at a readable zoom, with the viewport known from the
  // first render, so React Flow never draws (and then removes) every box.
  const largeViewport = useMemo(() => {
    if (!large) return undefined;
    const top = [...layout.boxes.values()].sort((a, b) => a.y - b.y || a.x - b.x)[0];
    const zoom = 0.8;
    const paneWidth = Math.max(400, (typeof window === 'undefined' ? 1200 : window.innerWidth) - 340);
    return top ? { x: paneWidth / 2 - (top.x + top.width / 2) * zoom, y: 40 - top.y * zoom, zoom } : undefined;
  }, [large, layout]);

  // Selection has one owner, the store: React Flow's select changes (click, Shift-drag box,
  // pane click) are turned into a store selection, and the nodes and edges handed back carry
  // it. React Flow's own view of the selection is never read back (onSelectionChange): it
  // lags one render behind after a chart switch or a remount (its store outlives the canvas),
  // and echoing it into the store made the two chase each other (React error #185).
  // Positions during a drag live here until the drag ends; the nodes handed to React Flow are
  // derived in render, so a new chart never starts from the previous chart's nodes.
  const [dragged, setDragged] = useState<{ from: BoxFlowNode[]; nodes: BoxFlowNode[] }>({ from: derivedNodes, nodes: derivedNodes });
  const nodes = dragged.from === derivedNodes ? dragged.nodes : derivedNodes;
  // Highlight or filter by organisation: applied last, to what would be drawn.
  const orgView = useEditor((s) => s.orgView);
  const emphasis = useMemo(() => emphasisOf(chart, tags, orgView), [chart, tags, orgView]);
  const viewNodes = useMemo(() => nodesUnderView(nodes, emphasis), [nodes, emphasis]);
  const viewEdges = useMemo(() => linesUnderView(edges, emphasis), [edges, emphasis]);
  const resetNodes = useCallback(() => setDragged({ from: derivedNodes, nodes: derivedNodes }), [derivedNodes]);

  const onNodesChange = useCallback(
    (changes: NodeChange<BoxFlowNode>[]) => {
      const { selection, select } = store.getState();
      const next = selectionAfter(selection.nodes, changes);
      if (next) select({ nodes: next, lines: selection.lines });
      const moves = changes.filter((c) => c.type !== 'select' && c.type !== 'remove');
      if (moves.length)
        setDragged((current) => ({ from: derivedNodes, nodes: applyNodeChanges(moves, current.from === derivedNodes ? current.nodes : derivedNodes) }));
    },
    [store, derivedNodes],
  );

  // Lines are drawn straight from the document, so a click selecting or deselecting one
  // goes to the store at once. A plain click on a line selects it alone; with the
  // multi-selection key held it joins the selection.
  const flowStore = useStoreApi<BoxFlowNode, LineFlowEdge>();
  const onEdgesChange = useCallback(
    (changes: EdgeChange<LineFlowEdge>[]) => {
      const { selection, select } = store.getState();
      const picked = changes.flatMap((c) => (c.type === 'select' && c.selected ? [c.id] : []));
      if (picked.length && !flowStore.getState().multiSelectionActive) return select({ nodes: [], lines: picked });
      const next = selectionAfter(selection.lines, changes);
      if (next) select({ nodes: selection.nodes, lines: next });
    },
    [store, flowStore],
  );

  const onNodeDragStop = useCallback(
    (_: unknown, dragged: BoxFlowNode, draggedNodes: BoxFlowNode[]) => {
      const chartId = store.getState().activeChartId;
      const targets = draggedNodes.length === 1 ? getIntersectingNodes(dragged).filter((n) => n.id !== dragged.id) : [];
      const target = targets[0];
      if (target && dragged.type === 'post') {
        // Dropped onto another box: it becomes the line manager; the chart is laid out again.
        const ok = store.getState().apply((d) => {
          const managed = setManager(d, chartId, dragged.id, target.id);
          const updated = managed.charts.find((c) => c.id === chartId)!;
          return replaceChartNodes(managed, chartId, autoLayoutChart(managed, updated, store.getState().layoutCache));
        });
        if (!ok) resetNodes();
        return;
      }
      const positions = new Map<string, Position>(draggedNodes.map((n) => [n.id, { x: Math.round(n.position.x), y: Math.round(n.position.y) }]));
      store.getState().apply((d) => moveNodes(d, chartId, positions));
    },
    [store, getIntersectingNodes, resetNodes],
  );

  return (
    <div className="canvas" id="structura-canvas" role="region" aria-label={`Chart canvas: ${chart.title}`} onKeyDown={keyboard.onKeyDown}>
      <ReactFlow<BoxFlowNode, LineFlowEdge>
        key={chart.id}
        nodes={viewNodes}
        edges={viewEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={setPendingConnection}
        onNodeContextMenu={(e, node) => openContextMenu && (e.preventDefault(), openContextMenu('box', e.clientX, e.clientY, node.id))}
        onEdgeContextMenu={(e, edge) => openContextMenu && (e.preventDefault(), openContextMenu('line', e.clientX, e.clientY, edge.id))}
        onPaneContextMenu={(e) => openContextMenu && (e.preventDefault(), openContextMenu('pane', e.clientX, e.clientY))}
        deleteKeyCode={null}
        disableKeyboardA11y
        ariaLabelConfig={{
          'node.a11yDescription.default': CANVAS_KEYS_HELP,
          'node.a11yDescription.keyboardDisabled': CANVAS_KEYS_HELP,
          'edge.a11yDescription.default': CANVAS_KEYS_HELP,
        }}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        fitView={!large}
        fitViewOptions={{ padding: fitPadding() }}
        onInit={(flow) => {
          // Fitted again once the legend and minimap are drawn, so the chart starts clear of them.
          if (!large) requestAnimationFrame(() => void fitReadable(flow));
        }}
        defaultViewport={largeViewport}
        onlyRenderVisibleElements={large}
        minZoom={0.05}
        maxZoom={2.5}
        proOptions={{ hideAttribution: true }}
      >
        <svg style={{ position: 'absolute', width: 0, height: 0 }} aria-hidden="true">
          <defs>
            <marker id="structura-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" fill="#374151" />
            </marker>
          </defs>
        </svg>
        <Background gap={24} color="#e5e7eb" />
        <ViewControls chart={chart} />
        <OrgViewBar />
        {showMinimap && !large && (
          <MiniMap pannable zoomable ariaLabel="Minimap" nodeColor={(n) => (n.data as { colour: string }).colour} style={{ width: 160, height: 110 }} />
        )}
        <Panel position="bottom-left">
          <Legend tags={tags} />
        </Panel>
      </ReactFlow>
      {pendingConnection && <LineKindChooser connection={pendingConnection} chart={chart} onDone={() => setPendingConnection(null)} />}
    </div>
  );
}

export type { Chart };
