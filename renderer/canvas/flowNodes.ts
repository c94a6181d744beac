// Turns a laid-out box into a React Flow node: one place for the editor and the compare view.
import type { PlacedBox } from '../../shared/layout/layout';
import type { ChartNode, OrgTag } from '../../shared/model/types';
import type { BoxData, BoxFlowNode } from './flowTypes';
import { tagColour } from './theme';

export function toFlowNode(
  node: ChartNode,
  box: PlacedBox,
  tags: readonly OrgTag[],
  extra: Pick<BoxData, 'hasReports' | 'hiddenCount' | 'onToggleCollapsed' | 'marks'> & { selected: boolean; draggable?: boolean; id?: string; position?: { x: number; y: number } },
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
    data: { box, node, colour: tagColour(tags, node.tagId), hasReports: extra.hasReports, hiddenCount: extra.hiddenCount, onToggleCollapsed: extra.onToggleCollapsed, marks: extra.marks },
  };
}
