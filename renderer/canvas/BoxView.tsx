// A post or body box on the canvas, drawn from the shared box description
// (shared/layout/nodeBox.ts) so it matches the SVG and PDF exports exactly.
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ASCENT } from '../../shared/text/measure';
import { ChangeMarks } from '../compare/ChangeMarks';
import type { BoxFlowNode } from './flowTypes';
import { textOnColour } from './theme';

function BoxViewInner({ data, selected }: NodeProps<BoxFlowNode>) {
  const { box, node, colour, hasReports, hiddenCount } = data;
  const name = node.kind === 'post' ? node.title : node.name;
  const collapsed = node.kind === 'post' && node.collapsed;
  const marks = data.marks ?? [];
  const className = [
    'box',
    `box-${node.kind}`,
    node.inferred !== null ? 'box-inferred' : '',
    selected ? 'box-selected' : '',
    ...marks.map((m) => `mark-${m}`),
  ].join(' ');
  return (
    <div className={className} style={{ width: box.width, height: box.height }} data-node-id={node.id}>
      <Handle type="target" position={Position.Top} className="box-handle" />
      <div className="box-band" style={{ height: box.bandHeight, background: colour }} />
      {box.texts.map((t, i) => (
        <span
          key={i}
          className={`box-text box-text-${t.role}`}
          style={{
            left: t.x,
            top: t.y - t.size * ASCENT,
            fontSize: t.size,
            fontWeight: t.bold ? 700 : 400,
            transform: t.anchor === 'middle' ? 'translateX(-50%)' : undefined,
            color: t.role === 'tag' && node.kind === 'post' ? textOnColour(colour) : undefined,
          }}
        >
          {t.text}
        </span>
      ))}
      {marks.length > 0 && <ChangeMarks marks={marks} />}
      {data.finding && (
        <span
          className={`box-finding box-finding-${data.finding}`}
          role="img"
          aria-label={`Rule check ${data.finding}: see Checks`}
          title={`A rule check ${data.finding === 'error' ? 'error' : 'warning'} concerns this post: see Checks below the chart`}
        >
          !
        </span>
      )}
      {node.kind === 'post' && (hasReports || collapsed) && !marks.length && (
        <button
          type="button"
          className="box-collapse nodrag"
          // Not a Tab stop of its own: the canvas is one stop, and + and − do this from the keyboard.
          tabIndex={-1}
          aria-label={`${collapsed ? 'Expand' : 'Collapse'} ${name}`}
          title={collapsed ? `Show the ${hiddenCount} hidden posts` : 'Hide the posts under this one'}
          onClick={(event) => {
            event.stopPropagation();
            data.onToggleCollapsed(node.id);
          }}
        >
          {collapsed ? '+' : '−'}
        </button>
      )}
      <Handle type="source" position={Position.Bottom} className="box-handle" />
    </div>
  );
}

export const BoxView = memo(BoxViewInner);
