// The indicator of an organisation view, over the top of the canvas: what is
// highlighted or filtered, a switch between the two, and one click back to
// every organisation.
import { Panel } from '@xyflow/react';
import { useEditor, useEditorStore } from '../store';
import { describeOrgView, viewTag } from './orgView';
import './orgView.css';

export function OrgViewBar() {
  const store = useEditorStore();
  const view = useEditor((s) => s.orgView);
  const doc = useEditor((s) => s.doc);
  const chartId = useEditor((s) => s.activeChartId);
  const tag = viewTag(doc.tags, view);
  if (!view || !tag) return null;
  const setMode = (mode: 'highlight' | 'filter') => store.getState().setOrgView({ tagId: tag.id, mode });
  return (
    <Panel position="top-right" className="org-view-bar">
      <section aria-label="Organisation view" className="org-view">
        <span className="legend-swatch" style={{ background: tag.colour }} aria-hidden="true" />
        <span className="org-view-text">{describeOrgView(doc, chartId, view)}</span>
        <div role="group" aria-label="How to show the other organisations" className="view-group">
          <button type="button" aria-pressed={view.mode === 'highlight'} onClick={() => setMode('highlight')}>
            Grey the others
          </button>
          <button type="button" aria-pressed={view.mode === 'filter'} onClick={() => setMode('filter')}>
            Hide the others
          </button>
        </div>
        <button type="button" className="org-view-clear" onClick={() => store.getState().setOrgView(null)}>
          Show all organisations
        </button>
      </section>
    </Panel>
  );
}
