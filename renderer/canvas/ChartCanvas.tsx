// The editing canvas for the active chart. Nodes and edges are derived from the
// document on every change; positions during a drag live in React Flow's local
// state and are committed as one undoable step when the drag ends.
import { applyNodeChanges, Background, MiniMap, Panel, ReactFlow, useStoreApi, type Connection, type EdgeChange, type NodeChange } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import { boxSource, layoutForDisplay, type ChartLayout } from '../../shared/layout/layout';
import { moveUnder, moveUnderLabel } from '../../shared/layout/moveTo';
import { moveNodes, toggleCollapsed } from '../../shared/model/commands';
import { reportsByManager, tagsUsedIn } from '../../shared/model/query';
import type { Chart, Position } from '../../shared/model/types';
import { flaggedPosts, useDeferredChartCheck } from '../checks/useChartCheck';
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
import { cull, lineAreasOf } from './culling';
import { dropTarget } from './dropTarget';
import { useCullArea } from './useCullArea';
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
  const tabStop = selection.nodes[0] ?? (selection.lines.length ? null : cursor !== null && layout.boxes.has(cursor) ? cursor : keyboard.firstTop);

  // Boxes as React Flow nodes, none selected; selecting then replaces only the
  // nodes whose selection changed, so React Flow reuses what it knows of the rest
  // (at 10,000 posts, rebuilding every node on each click made selecting slow).
  const unselectedNodes = useMemo<BoxFlowNode[]>(() => {
    const reports = reportsByManager(chart);
    // Boxes hidden under a collapsed manager have no place in the layout and are not drawn.
    return chart.nodes.flatMap((node) => {
      const box = layout.boxes.get(node.id);
      if (!box) return [];
      const flowNode = toFlowNode(node, box, tags, {
        selected: false,
        hasReports: (reports.get(node.id)?.length ?? 0) > 0,
        hiddenCount: layout.hiddenCounts.get(node.id) ?? 0,
        onToggleCollapsed,
      });
      const unfocusable = { ...flowNode, domAttributes: { tabIndex: -1 } };
      // Declared, not measured: see declaredHandles. Measuring is what React Flow would otherwise do to every box it is handed.
      return [large ? { ...unfocusable, handles: declaredHandles(box), measured: { width: box.width, height: box.height } } : unfocusable];
    });
  }, [chart, layout, tags, onToggleCollapsed, large]);

  // Badges for the posts a rule check flags: only those nodes are replaced, a render after an edit is drawn.
  const check = useDeferredChartCheck(doc, chart);
  const flagged = useMemo(() => flaggedPosts(check), [check]);
  const badgedNodes = useMemo<BoxFlowNode[]>(() => {
    if (flagged.size === 0) return unselectedNodes;
    return unselectedNodes.map((n) => {
      const finding = flagged.get(n.id);
      return finding === 'error' || finding === 'warning' ? { ...n, data: { ...n.data, finding } } : n;
    });
  }, [unselectedNodes, flagged]);

  // Every line, none selected, none a Tab stop: routed once per layout.
  const allEdges = useMemo<LineFlowEdge[]>(
    () => toFlowEdges(chart, layout, (id) => layout.boxes.has(id)).map((e) => ({ ...e, domAttributes: { tabIndex: -1 } })),
    [chart, layout],
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

  // A large chart hands React Flow only what is near the view (culling.ts), and
  // always the selected boxes and lines and the Tab stop, which keys and focus reach.
  const area = useCullArea(large, largeViewport, chart.id);
  const lineAreas = useMemo(() => (large ? lineAreasOf(badgedNodes, allEdges) : null), [large, badgedNodes, allEdges]);
  const culled = useMemo(() => (area && lineAreas ? cull(badgedNodes, allEdges, area, lineAreas) : null), [badgedNodes, allEdges, area, lineAreas]);
  const viewNodes = useMemo(() => (culled ? badgedNodes.filter((n) => culled.nodes.has(n.id)) : badgedNodes), [badgedNodes, culled]);
  const viewEdges = useMemo(() => (culled ? allEdges.filter((e) => culled.lines.has(e.id)) : allEdges), [allEdges, culled]);
  const nodeById = useMemo(() => (culled ? new Map(badgedNodes.map((n) => [n.id, n])) : null), [badgedNodes, culled]);
  const edgeById = useMemo(() => (culled ? new Map(allEdges.map((e) => [e.id, e])) : null), [allEdges, culled]);

  const derivedNodes = useMemo<BoxFlowNode[]>(() => {
    const selected = new Set(selection.nodes);
    if (selected.size === 0 && tabStop === null) return viewNodes;
    // Off the view but reached by keys or focus: the selected boxes, the Tab stop, the ends of selected lines.
    const kept = new Map<string, BoxFlowNode>();
    if (culled && nodeById && edgeById) {
      const wanted = [...selection.nodes, ...(tabStop === null ? [] : [tabStop])];
      for (const id of selection.lines) {
        const e = edgeById.get(id);
        if (e) wanted.push(e.source, e.target);
      }
      for (const id of wanted) {
        const node = nodeById.get(id);
        if (node && !culled.nodes.has(id)) kept.set(id, node);
      }
    }
    const base = kept.size ? [...viewNodes, ...kept.values()] : viewNodes;
    return base.map((n) =>
      selected.has(n.id) || n.id === tabStop ? { ...n, selected: selected.has(n.id), domAttributes: { tabIndex: n.id === tabStop ? 0 : -1 } } : n,
    );
  }, [viewNodes, culled, nodeById, edgeById, selection.nodes, selection.lines, tabStop]);

  // Lines are reached from their boxes (E), never Tab stops before them: only a selected line, with no box selected, is the stop.
  const edges = useMemo<LineFlowEdge[]>(() => {
    if (!selection.lines.length) return viewEdges;
    const selected = new Set(selection.lines);
    const shown = culled
      ? selection.lines.flatMap((id) => {
          const edge = culled.lines.has(id) ? undefined : edgeById?.get(id);
          return edge ? [edge] : [];
        })
      : [];
    const mark = (e: LineFlowEdge) => (selected.has(e.id) ? { ...e, selected: true, domAttributes: { tabIndex: tabStop === null ? 0 : -1 } } : e);
    return [...viewEdges, ...shown].map(mark);
  }, [viewEdges, culled, edgeById, selection.lines, tabStop]);

  // Selection has one owner, the store: React Flow's select changes (click, Shift-drag box,
  // pane click) are turned into a store selection, and the nodes and edges handed back carry
  // it. React Flow's own view of the selection is never read back (onSelectionChange): it
  // lags one render behind after a chart switch or a remount (its store outlives the canvas),
  // and echoing it into the store made the two chase each other (React error #185).
  // Positions (and measured sizes) during a drag live here, by node, until the layout changes
  // (the drop is committed) or the drop is refused: kept over a change of selection or of the
  // culled area, and derived in render, so a new chart never starts from the previous chart's nodes.
  const [local, setLocal] = useState<{ layout: ChartLayout; nodes: Map<string, BoxFlowNode> }>(() => ({ layout, nodes: new Map() }));
  const localNodes = local.layout === layout ? local.nodes : null;
  const nodes = useMemo(
    () =>
      localNodes?.size
        ? derivedNodes.map((n) => {
            const moved = localNodes.get(n.id);
            return moved ? { ...n, position: moved.position, dragging: moved.dragging, measured: moved.measured } : n;
          })
        : derivedNodes,
    [derivedNodes, localNodes],
  );
  const resetNodes = useCallback(() => setLocal({ layout, nodes: new Map() }), [layout]);
  // Highlight or filter by organisation: applied last, to what would be drawn.
  const orgView = useEditor((s) => s.orgView);
  // The legend lists the organisations this chart uses, as the exported page's legend does.
  const legendTags = useMemo(() => tagsUsedIn(tags, chart), [tags, chart]);
  const emphasis = useMemo(() => emphasisOf(chart, tags, orgView), [chart, tags, orgView]);
  const shownNodes = useMemo(() => nodesUnderView(nodes, emphasis), [nodes, emphasis]);
  const shownEdges = useMemo(() => linesUnderView(edges, emphasis), [edges, emphasis]);

  const onNodesChange = useCallback(
    (changes: NodeChange<BoxFlowNode>[]) => {
      const { selection, select } = store.getState();
      const next = selectionAfter(selection.nodes, changes);
      if (next) select({ nodes: next, lines: selection.lines });
      // A large chart's boxes carry their sizes (declared from the layout): React Flow's measurements of them are not kept.
      const moves = changes.filter(
        (c): c is Extract<NodeChange<BoxFlowNode>, { id: string }> =>
          c.type !== 'select' && c.type !== 'remove' && 'id' in c && !(large && c.type === 'dimensions'),
      );
      if (!moves.length) return;
      setLocal((current) => {
        const kept = current.layout === layout ? current.nodes : new Map<string, BoxFlowNode>();
        const updated = new Map(kept);
        const byId = new Map(nodes.map((n) => [n.id, n]));
        for (const change of moves) {
          const node = updated.get(change.id) ?? byId.get(change.id);
          // One change to one node (removals are filtered out above) gives that node back, changed.
          const [changed] = node ? applyNodeChanges([change], [node]) : [];
          if (changed) updated.set(change.id, changed);
        }
        return { layout, nodes: updated };
      });
    },
    [store, layout, nodes, large],
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
      const target = draggedNodes.length === 1 ? dropTarget(chart, layout, dragged) : undefined;
      if (target && dragged.type === 'post') {
        // Dropped onto another box: it becomes the line manager; the chart is laid out again.
        // As "Move to…" does, named by what it did: telling it from the two documents costs as much as drawing it at 10,000 posts.
        const { doc, layoutCache } = store.getState();
        const ok = store.getState().apply((d) => moveUnder(d, chartId, [dragged.id], target, layoutCache), moveUnderLabel(doc, chartId, [dragged.id], target));
        if (!ok) resetNodes();
        return;
      }
      const positions = new Map<string, Position>(draggedNodes.map((n) => [n.id, { x: Math.round(n.position.x), y: Math.round(n.position.y) }]));
      store.getState().apply((d) => moveNodes(d, chartId, positions));
    },
    [store, chart, layout, resetNodes],
  );

  return (
    <div className="canvas" id="structura-canvas" role="region" aria-label={`Chart canvas: ${chart.title}`} onKeyDown={keyboard.onKeyDown}>
      <ReactFlow<BoxFlowNode, LineFlowEdge>
        key={chart.id}
        nodes={shownNodes}
        edges={shownEdges}
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
        // Culled here instead (see culling.ts): React Flow's own test of every node and line on each update was the cost.
        onlyRenderVisibleElements={false}
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
        <ViewControls chart={chart} layout={layout} />
        <OrgViewBar />
        {showMinimap && !large && (
          <MiniMap pannable zoomable ariaLabel="Minimap" nodeColor={(n) => (n.data as { colour: string }).colour} style={{ width: 160, height: 110 }} />
        )}
        <Panel position="bottom-left">
          <Legend tags={legendTags} />
        </Panel>
      </ReactFlow>
      {pendingConnection && <LineKindChooser connection={pendingConnection} chart={chart} onDone={() => setPendingConnection(null)} />}
    </div>
  );
}

export type { Chart };
