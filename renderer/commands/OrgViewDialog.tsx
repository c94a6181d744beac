// "Highlight an Organisation…" and "Show One Organisation Only…": pick the
// organisation from a list of buttons (the selected post's first). The same
// view state as the legend's buttons (renderer/canvas/orgView.ts).
import type { OrgViewMode } from '../canvas/orgView';
import { Modal } from '../dialogs/Modal';
import { useActiveChart, useEditor, useEditorStore } from '../store';

export function OrgViewDialog({ mode, onClose }: { mode: OrgViewMode; onClose: () => void }) {
  const store = useEditorStore();
  const chart = useActiveChart();
  const tags = useEditor((s) => s.doc.tags);
  const selected = useEditor((s) => s.selection.nodes[0]);
  const current = useEditor((s) => s.orgView);
  const selectedTag = chart.nodes.find((n) => n.id === selected)?.tagId;
  const ordered = [...tags].sort((a, b) => Number(b.id === selectedTag) - Number(a.id === selectedTag));
  const pick = (tagId: string) => {
    store.getState().setOrgView({ tagId, mode });
    onClose();
  };
  const count = (tagId: string) => chart.nodes.filter((n) => n.kind === 'post' && n.tagId === tagId).length;
  return (
    <Modal title={mode === 'highlight' ? 'Highlight an organisation' : 'Show one organisation only'} onClose={onClose}>
      <p className="field-hint">
        {mode === 'highlight'
          ? 'The posts of the other organisations are greyed.'
          : 'Only its posts are drawn, with the line managers above them greyed so the structure still reads.'}{' '}
        Nothing in the document changes.
      </p>
      <ul className="org-view-choices">
        {ordered.map((tag) => (
          <li key={tag.id}>
            <button type="button" onClick={() => pick(tag.id)} aria-current={current?.tagId === tag.id && current.mode === mode ? 'true' : undefined}>
              <span className="legend-swatch" style={{ background: tag.colour }} aria-hidden="true" /> {tag.label}
              {tag.name !== tag.label ? ` — ${tag.name}` : ''} ({count(tag.id)} posts in this chart)
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-buttons">
        {current && (
          <button
            type="button"
            onClick={() => {
              store.getState().setOrgView(null);
              onClose();
            }}
          >
            Show all organisations
          </button>
        )}
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
