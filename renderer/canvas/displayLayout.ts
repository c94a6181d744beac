// The layout the canvas draws, worked out again when something outside the
// canvas (search, the Checks panel) needs a box's place: with the editor's
// layout cache, so it reuses what the canvas measured (a few milliseconds at
// 10,000 posts) instead of measuring every box afresh (hundreds).
import { boxSource, layoutForDisplay, type ChartLayout } from '../../shared/layout/layout';
import type { EditorState } from '../store/editorStore';

export function displayLayoutOf(state: Pick<EditorState, 'doc' | 'layoutCache'>, chartId: string): ChartLayout | undefined {
  const chart = state.doc.charts.find((c) => c.id === chartId);
  return chart && layoutForDisplay(boxSource(state.doc.tags, state.doc.costs), chart, state.layoutCache);
}
