// An ordered list of short texts (responsibilities, footnotes): add, edit, reorder, remove.
// Each item is held to the document's limit for its kind of text, and the list to its
// number of items, with a counter once either nears its limit.
import { formatCount } from '../../shared/format';
import { useEffect, useState } from 'react';
import { LIMITS } from '../../shared/model/limits';
import { limitHint } from './fields';

export function ListEditor({
  label,
  items,
  onCommit,
  multiline,
}: {
  label: string;
  items: string[];
  onCommit: (items: string[]) => void;
  multiline?: boolean;
}) {
  const [draft, setDraft] = useState(items);
  useEffect(() => setDraft(items), [items]);
  const commit = (next: string[]) => {
    const cleaned = next.map((s) => s.trim()).filter(Boolean);
    setDraft(cleaned);
    if (cleaned.join('\u0000') !== items.join('\u0000')) onCommit(cleaned);
  };
  const move = (i: number, by: number) => {
    const next = draft.slice();
    next.splice(i + by, 0, ...next.splice(i, 1));
    commit(next);
  };
  const singular = label.replace(/ies$/, 'y').replace(/s$/, '');
  const itemLimit = multiline ? LIMITS.longText : LIMITS.shortText;
  const full = draft.length >= LIMITS.listItems;
  return (
    <fieldset className="list-editor">
      <legend>{label}</legend>
      {draft.map((item, i) => (
        <div className="list-row" key={i}>
          {multiline ? (
            <textarea
              aria-label={`${singular} ${i + 1}`}
              value={item}
              maxLength={itemLimit}
              rows={2}
              onChange={(e) => setDraft(draft.map((s, k) => (k === i ? e.target.value : s)))}
              onBlur={() => commit(draft)}
            />
          ) : (
            <input
              aria-label={`${singular} ${i + 1}`}
              value={item}
              maxLength={itemLimit}
              onChange={(e) => setDraft(draft.map((s, k) => (k === i ? e.target.value : s)))}
              onBlur={() => commit(draft)}
              onKeyDown={(e) => e.key === 'Enter' && commit(draft)}
            />
          )}
          <button type="button" aria-label={`Move ${singular} ${i + 1} up`} disabled={i === 0} onClick={() => move(i, -1)}>
            ↑
          </button>
          <button type="button" aria-label={`Move ${singular} ${i + 1} down`} disabled={i === draft.length - 1} onClick={() => move(i, 1)}>
            ↓
          </button>
          <button type="button" aria-label={`Remove ${singular} ${i + 1}`} onClick={() => commit(draft.filter((_, k) => k !== i))}>
            ✕
          </button>
          {limitHint(item.length, itemLimit) && <span className="field-hint">{limitHint(item.length, itemLimit)}</span>}
        </div>
      ))}
      <button type="button" disabled={full} onClick={() => setDraft([...draft, ''])}>
        Add {singular.toLowerCase()}
      </button>
      {draft.length >= LIMITS.listItems * 0.9 && (
        <span className="field-hint">
          {formatCount(draft.length)} of {formatCount(LIMITS.listItems)} {label.toLowerCase()}
        </span>
      )}
    </fieldset>
  );
}
