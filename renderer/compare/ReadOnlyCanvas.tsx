// A read-only canvas of one chart for the compare view, with changes marked on the boxes.
import { Background, ReactFlow, ReactFlowProvider, type ReactFlowInstance, type Viewport } from '@xyflow/react';
import { useMemo } from 'react';
import { layoutChart, type ChartLayout } from '../../shared/layout/layout';
import type { Chart, ChartNode, StructuraDocument } from '../../shared/model/types';
import { BoxView } from '../canvas/BoxView';
import type { BoxFlowNode, LineFlowEdge } from '../canvas/flowTypes';
import { LineEdge } from '../canvas/LineEdge';
import { toFlowEdges, toFlowNode } from '../canvas/flowNodes';

const nodeTypes = { post: BoxView, body: BoxView };
const edgeTypes = { line: LineEdge };
const noop = () => {};

export interface ReadOnlyCanvasProps {
  label: string;
  doc: StructuraDocument;
  chart: Chart;
  marks: Map<string, string[]>;
  /** Show only these nodes (changes only), or all when null. */
  only: Set<string> | null;
  /** Posts of the other chart drawn faintly (overlay of removed posts). */
  ghosts?: ChartNode[];
  selectedId: string | null;
  onSelect(id: string): void;
  onInit(instance: ReactFlowInstance<BoxFlowNode, LineFlowEdge>): void;
  onViewportChange(viewport: Viewport): void;
}

function Canvas(props: ReadOnlyCanvasProps) {
  const { doc, chart, marks, only, ghosts, selectedId } = props;
  const layout: ChartLayout = useMemo(() => layoutChart(doc, { ...chart, nodes: chart.nodes.map((n) => (n.kind === 'post' ? { ...n, collapsed: false } : n)) }), [doc, chart]);
  const nodes = useMemo<BoxFlowNode[]>(() => {
    const list: BoxFlowNode[] = chart.nodes
      .filter((n) => layout.boxes.has(n.id) && (!only || only.has(n.id)))
      .map((node) => toFlowNode(node, layout.boxes.get(node.id)!, doc.tags, { selected: node.id === selectedId, draggable: false, hasReports: false, hiddenCount: 0, onToggleCollapsed: noop, marks: marks.get(node.id) }));
    // Removed posts, ghosted in a row under the chart.
    let x = layout.bounds.x;
    const y = layout.bounds.y + layout.bounds.height + 60;
    for (const ghost of ghosts ?? []) {
      const box = layoutChart(doc, { ...chart, nodes: [ghost], lines: [] }).boxes.get(ghost.id)!;
      list.push({
        ...toFlowNode(ghost, box, doc.tags, { id: `ghost:${ghost.id}`, position: { x, y }, selected: ghost.id === selectedId, draggable: false, hasReports: false, hiddenCount: 0, onToggleCollapsed: noop, marks: ['removed'] }),
        ariaLabel: `${ghost.kind === 'post' ? ghost.title : ghost.name} (removed)`,
        className: 'ghost',
      });
      x += box.width + 24;
    }
    return list;
  }, [chart, layout, only, ghosts, marks, selectedId, doc]);
  const edges = useMemo<LineFlowEdge[]>(() => {
    const shown = new Set(nodes.map((n) => n.id));
    return toFlowEdges(chart, layout, (id) => shown.has(id));
  }, [chart, nodes, layout]);
  return (
    <div className="compare-canvas" aria-label={props.label} role="region">
      <div className="compare-canvas-title">{props.label}</div>
      <ReactFlow<BoxFlowNode, LineFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable
        onNodeClick={(_, node) => props.onSelect(node.id.replace(/^ghost:/, ''))}
        onInit={props.onInit}
        onMove={(event, viewport) => event && props.onViewportChange(viewport)}
        fitView
        minZoom={0.05}
        proOptions={{ hideAttribution: true }}
        deleteKeyCode={null}
      >
        <Background gap={24} color="#e5e7eb" />
      </ReactFlow>
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
