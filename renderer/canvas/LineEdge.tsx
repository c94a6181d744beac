// A reporting line, routed by the shared connector rules so it matches the exports.
import { BaseEdge, EdgeLabelRenderer, useInternalNode, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { labelPoint, routeConnector } from '../../shared/layout/route';
import type { LineFlowEdge } from './flowTypes';
import { LINE_STYLE, NEUTRAL } from './theme';

function rectOf(node: ReturnType<typeof useInternalNode>) {
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0 };
}

function LineEdgeInner({ id, source, target, data, selected }: EdgeProps<LineFlowEdge>) {
  const from = rectOf(useInternalNode(source));
  const to = rectOf(useInternalNode(target));
  if (!from || !to || !data) return null;
  // The planned route goes round other boxes; once a box is dragged, route it afresh.
  const planned = data.planned;
  const unmoved = planned && planned.from.x === from.x && planned.from.y === from.y && planned.to.x === to.x && planned.to.y === to.y;
  const points = unmoved ? planned.points : routeConnector(from, to, data.route);
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join(' ');
  const style = LINE_STYLE[data.line.kind];
  const colour = data.line.inferred !== null ? NEUTRAL.inferredLine : style.colour;
  const label = data.line.label || (data.line.inferred !== null ? '' : '');
  const at = labelPoint(points);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={style.arrow ? 'url(#structura-arrow)' : undefined}
        style={{
          stroke: selected ? '#2563eb' : colour,
          strokeWidth: selected ? style.width + 1.2 : style.width,
          strokeDasharray: style.dash.length ? style.dash.join(' ') : data.line.inferred !== null ? '2 3' : undefined,
        }}
        interactionWidth={14}
      />
      {label && (
        <EdgeLabelRenderer>
          <div className="line-label" style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}>
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const LineEdge = memo(LineEdgeInner);
