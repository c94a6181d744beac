// Messages for the user: refused files (with every located problem), failed saves, confirmations.
import { useEditor, useEditorStore } from '../store';

export function NoticeBar() {
  const store = useEditorStore();
  const notice = useEditor((s) => s.notice);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.refused ? undefined : notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      {notice.details && notice.details.length > 1 && (
        <details>
          <summary>All {notice.details.length} problems</summary>
          <ul>
            {notice.details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" aria-label="Dismiss message" onClick={() => store.getState().notify(null)}>
        ✕
      </button>
    </div>
  );
}
