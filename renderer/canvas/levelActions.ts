// Showing a chosen number of levels of the chart on screen: one undoable step
// named "Show 2 levels", the same from the view controls and the commands.
import { collapseToLevel, levelsLabel, type LevelChoice } from '../../shared/layout/levels';
import { replaceChartNodes } from '../../shared/model/commands';
import type { EditorState, EditorStore } from '../store/editorStore';

/** Levels apply to structure charts with posts; a diagram has boards and bodies only. */
export function levelsApply(state: Pick<EditorState, 'doc' | 'activeChartId'>): boolean {
  const chart = state.doc.charts.find((c) => c.id === state.activeChartId);
  return !!chart && chart.nodes.some((n) => n.kind === 'post');
}

export function showLevels(store: EditorStore, levels: LevelChoice): void {
  const { activeChartId, apply } = store.getState();
  apply((d) => {
    const chart = d.charts.find((c) => c.id === activeChartId);
    if (!chart) return d;
    const next = collapseToLevel(chart, levels);
    return next === chart ? d : replaceChartNodes(d, activeChartId, next);
  }, levelsLabel(levels));
}
