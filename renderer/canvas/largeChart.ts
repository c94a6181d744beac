// Charts above this many posts and bodies draw only what is in view, and have no minimap:
// drawing every box again in the minimap on each pan is what the large mode avoids.
import type { Chart } from '../../shared/model/types';

export const LARGE_CHART = 400;

export function isLargeChart(chart: Chart): boolean {
  return chart.nodes.length > LARGE_CHART;
}

export const MINIMAP_OFF_REASON = `Minimap is off for charts of more than ${LARGE_CHART} posts, to keep the canvas quick`;
