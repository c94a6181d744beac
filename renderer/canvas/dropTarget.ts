// Which box a dragged box was dropped onto, from the layout rather than from
// the boxes React Flow holds (a large chart hands it only those near the view):
// the first box, in the chart's order, that the dragged box overlaps by some
// area, as React Flow's getIntersectingNodes finds it.
import type { ChartLayout } from '../../shared/layout/layout';
import type { Chart } from '../../shared/model/types';

interface Dragged {
  id: string;
  position: { x: number; y: number };
}

export function dropTarget(chart: Chart, layout: ChartLayout, dragged: Dragged): string | undefined {
  const own = layout.boxes.get(dragged.id);
  if (!own) return undefined;
  const x0 = dragged.position.x;
  const y0 = dragged.position.y;
  const x1 = x0 + own.width;
  const y1 = y0 + own.height;
  for (const node of chart.nodes) {
    if (node.id === dragged.id) continue;
    const box = layout.boxes.get(node.id);
    if (!box) continue;
    const width = Math.min(x1, box.x + box.width) - Math.max(x0, box.x);
    const height = Math.min(y1, box.y + box.height) - Math.max(y0, box.y);
    if (width > 0 && height > 0) return node.id;
  }
  return undefined;
}
