// Zoom controls with the zoom shown as a percentage, zoom to the selection, and
// expand / collapse every post at once (one undoable step each). Drawn over the
// top-left of the canvas in place of React Flow's own controls.
import { Panel, useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import type { ChartLayout } from '../../shared/layout/layout';
import { replaceChartNodes } from '../../shared/model/commands';
import { reportsByManager } from '../../shared/model/query';
import type { Chart } from '../../shared/model/types';
import { motion } from '../a11y/motion';
import { useEditorStore } from '../store';
import { fitPadding } from './overlays';
import { fitReadable, fitRects } from './fit';
import { isLargeChart } from './largeChart';
import { showLevels } from './levelActions';
import { LEVEL_CHOICES } from '../../shared/layout/levels';

function setAllCollapsed(chart: Chart, collapsed: boolean): Chart {
  const reports = reportsByManager(chart);
  return {
    ...chart,
    nodes: chart.nodes.map((n) => (n.kind === 'post' && (reports.get(n.id)?.length ?? 0) > 0 && n.collapsed !== collapsed ? { ...n, collapsed } : n)),
  };
}

export function ViewControls({ chart, layout }: { chart: Chart; layout: ChartLayout }) {
  const store = useEditorStore();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const zoom = useStore((s) => s.transform[2]);
  const percent = Math.round(zoom * 100);
  const zoomToSelection = () => {
    const ids = store.getState().selection.nodes;
    if (!ids.length) {
      store.getState().notify({ kind: 'info', text: 'Select a box first: Zoom to selection shows the selected boxes.' });
      return;
    }
    // From the layout: a selected box may be one React Flow does not hold (culled, in a large chart).
    const boxes = ids.flatMap((id) => layout.boxes.get(id) ?? []);
    void fitRects(flow, flowStore.getState(), boxes, { padding: fitPadding(), maxZoom: 1.5, duration: motion(200) });
  };
  const collapseAll = (collapsed: boolean) => store.getState().apply((d) => replaceChartNodes(d, chart.id, setAllCollapsed(chart, collapsed)));
  return (
    <Panel position="top-left" className="view-controls" aria-label="View">
      <div role="group" aria-label="Zoom" className="view-group">
        <button type="button" onClick={() => void flow.zoomOut({ duration: motion(150) })} aria-label="Zoom out" title="Zoom out">
          −
        </button>
        <output className="zoom-level" aria-label="Zoom level">
          {percent}%
        </output>
        <button type="button" onClick={() => void flow.zoomIn({ duration: motion(150) })} aria-label="Zoom in" title="Zoom in">
          +
        </button>
        <button
          type="button"
          onClick={() =>
            void fitReadable(flow, {
              duration: motion(200),
              ...(isLargeChart(chart) ? { boxes: [...layout.boxes.values()], pane: flowStore.getState() } : {}),
            })
          }
        >
          Fit
        </button>
        <button type="button" onClick={zoomToSelection}>
          Zoom to selection
        </button>
      </div>
      <div role="group" aria-label="Expand and collapse" className="view-group">
        <button type="button" onClick={() => collapseAll(false)}>
          Expand all
        </button>
        <button type="button" onClick={() => collapseAll(true)}>
          Collapse all
        </button>
      </div>
      {chart.kind === 'structure' && (
        <div role="group" aria-label="Show levels" className="view-group">
          <span className="view-group-label" aria-hidden="true">
            Levels
          </span>
          {LEVEL_CHOICES.map((levels) => (
            <button
              key={levels}
              type="button"
              aria-label={levels === 'all' ? 'Show all levels' : `Show ${levels} level${levels === 1 ? '' : 's'}`}
              title={levels === 'all' ? 'Show every level' : `Show the top ${levels === 1 ? 'level' : `${levels} levels`}, collapsing the posts below`}
              onClick={() => showLevels(store, levels)}
            >
              {levels === 'all' ? 'All' : levels}
            </button>
          ))}
        </div>
      )}
    </Panel>
  );
}
