// The on-canvas legend: the document's organisation tags and the line kinds.
// Each tag is a toggle button: pressing it highlights that organisation's
// boxes (renderer/canvas/orgView.ts), pressing it again shows them all.
import { LINE_KINDS, type OrgTag } from '../../shared/model/types';
import { useEditor, useEditorStore } from '../store';
import { LINE_STYLE, NEUTRAL } from './theme';

export function Legend({ tags }: { tags: readonly OrgTag[] }) {
  const store = useEditorStore();
  const view = useEditor((s) => s.orgView);
  const toggle = (tagId: string) => store.getState().setOrgView(view?.tagId === tagId ? null : { tagId, mode: view?.mode ?? 'highlight' });
  return (
    <section className="legend" aria-label="Legend">
      <h2 className="legend-title">Legend</h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag.id}>
            <button
              type="button"
              className="legend-tag"
              aria-pressed={view?.tagId === tag.id}
              title={view?.tagId === tag.id ? 'Show every organisation again' : `Highlight the posts of ${tag.name}`}
              onClick={() => toggle(tag.id)}
            >
              <span className="legend-swatch" style={{ background: tag.colour }} aria-hidden="true" />
              <span>
                <strong>{tag.label}</strong> {tag.name !== tag.label ? `— ${tag.name}` : ''}
              </span>
            </button>
          </li>
        ))}
        {LINE_KINDS.map((kind) => {
          const style = LINE_STYLE[kind];
          return (
            <li key={kind}>
              <svg width="34" height="10" aria-hidden="true">
                <line
                  x1="1"
                  y1="5"
                  x2={style.arrow ? 26 : 33}
                  y2="5"
                  stroke={style.colour}
                  strokeWidth="1.6"
                  strokeDasharray={style.dash.join(' ') || undefined}
                />
                {style.arrow && <path d="M26,1 L33,5 L26,9 z" fill={style.colour} />}
              </svg>
              <span>{style.label}</span>
            </li>
          );
        })}
        <li>
          <svg width="34" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="33" y2="5" stroke={NEUTRAL.inferredLine} strokeWidth="1.6" strokeDasharray="2 3" />
          </svg>
          <span>Inferred (not stated in the source papers)</span>
        </li>
      </ul>
    </section>
  );
}
