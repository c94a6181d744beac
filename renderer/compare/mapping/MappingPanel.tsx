// The compare view's Mapping tab: every baseline post on the left (those still
// needing a decision first), every option post on the right, the mapping
// between them drawn, and the selected post's decision edited beside them.
// Each edit is one command through the store (shared/mapping/commands), so it
// is undone in one step; the figures (at risk, pools) are the pack's own.
import { formatShare } from '../../../shared/format';
import { useMemo, useState } from 'react';
import { assimilationMatrix, findMapping, mappingContext, METHOD_LABELS, newPostFills, type MatrixRow } from '../../../shared/mapping/assimilation';
import { acceptAllSuggestions, clearPostMapping, decidePostMapping, setThresholds } from '../../../shared/mapping/commands';
import { tagLabel } from '../../../shared/mapping/people';
import { peopleInTwoPools, poolSummaries } from '../../../shared/mapping/pools';
import { consultationDuties, riskBreakdown } from '../../../shared/mapping/risk';
import { MAPPING_METHODS, type MappingMethod } from '../../../shared/model/transitionTypes';
import type { StructuraDocument } from '../../../shared/model/types';
import { chartLabel } from '../../../shared/model/query';
import { useEditor, useEditorStore } from '../../store';
import { redoTitle, undoTitle } from '../../store/editorStore';
import { DecisionEditor } from './DecisionEditor';
import { draftFrom, toggleTarget, type Draft } from './draft';
import { MappingLists } from './MappingLists';
import { MappingFigures } from './MappingFigures';
import { ThresholdFields } from './ThresholdFields';
import './mapping.css';

export type MethodFilter = '' | 'unmapped' | 'suggested' | MappingMethod;

const isTextField = (el: EventTarget | null) => el instanceof HTMLElement && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable);

export function MappingPanel({ doc, fromId, toId }: { doc: StructuraDocument; fromId: string; toId: string }) {
  const store = useEditorStore();
  const apply = useEditor((s) => s.apply);
  const undoLabel = useEditor(undoTitle);
  const redoLabel = useEditor(redoTitle);
  const canUndo = useEditor((s) => s.past.length > 0);
  const canRedo = useEditor((s) => s.future.length > 0);
  const ref = useMemo(() => ({ fromChartId: fromId, toChartId: toId }), [fromId, toId]);
  const [employer, setEmployer] = useState<string>('');
  const [methodFilter, setMethodFilter] = useState<MethodFilter>('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [draftState, setDraftState] = useState<{ key: string; draft: Draft } | null>(null);
  const [message, setMessage] = useState<{ kind: 'status' | 'error'; text: string } | null>(null);

  const model = useMemo(() => {
    const from = doc.charts.find((c) => c.id === fromId);
    const to = doc.charts.find((c) => c.id === toId);
    if (!from || !to || fromId === toId) return null;
    const mapping = findMapping(doc, fromId, toId);
    const ctx = mappingContext(doc, mapping);
    const rows = assimilationMatrix(ctx, { unmappedFirst: true });
    return {
      from,
      to,
      mapping,
      rows,
      fills: newPostFills(ctx, rows),
      risk: riskBreakdown(ctx, rows),
      duties: consultationDuties(ctx, rows),
      pools: poolSummaries(rows),
      twoPools: peopleInTwoPools(rows),
    };
  }, [doc, fromId, toId]);

  if (!model)
    return (
      <div className="notice notice-info" role="status">
        Pick two different structure charts to map one onto the other.
      </div>
    );

  const { rows, mapping } = model;
  const employers = [...new Set(rows.map((r) => r.employerTagId ?? ''))];
  const shown = rows.filter(
    (r) =>
      (employer === '' || (r.employerTagId ?? '') === employer) &&
      (methodFilter === '' ||
        (methodFilter === 'unmapped' ? r.source === 'unmapped' : methodFilter === 'suggested' ? r.source === 'suggested' : r.method === methodFilter)),
  );
  const suggestions = rows.filter((r) => r.source === 'suggested').length;
  const selected: MatrixRow | undefined = rows.find((r) => r.post.id === selectedId);
  // The draft starts again whenever the post or its saved mapping changes (a save, an undo).
  const draftKey = selected
    ? JSON.stringify([selected.post.id, selected.source, selected.method, selected.targets.map((t) => t.id), selected.pools.map((p) => p.id)])
    : '';
  const draft = selected ? (draftState?.key === draftKey ? draftState.draft : draftFrom(selected, mapping)) : null;
  const setDraft = (next: Draft) => setDraftState({ key: draftKey, draft: next });

  /** Applies one edit; a refusal is said here (the editor's notice bar is not on this page) and nowhere else. */
  const run = (edit: (d: StructuraDocument) => StructuraDocument, label: string, done: string): boolean => {
    const ok = apply(edit, label);
    if (ok) {
      setMessage({ kind: 'status', text: done });
      return true;
    }
    const notice = store.getState().notice;
    setMessage({ kind: 'error', text: notice?.text ?? 'The change was refused.' });
    store.getState().notify(null);
    return false;
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || isTextField(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey && canUndo) {
      event.preventDefault();
      store.getState().undo();
      setMessage({ kind: 'status', text: `${undoLabel} done.` });
    } else if ((key === 'y' || (key === 'z' && event.shiftKey)) && canRedo) {
      event.preventDefault();
      store.getState().redo();
      setMessage({ kind: 'status', text: `${redoLabel} done.` });
    }
  };

  return (
    <div className="mapping-panel" role="region" aria-label="Mapping" onKeyDown={onKeyDown}>
      <div className="mapping-toolbar">
        <h2 className="mapping-title">
          Post mapping: {chartLabel(model.from)} → {chartLabel(model.to)}
        </h2>
        <label>
          Employer{' '}
          <select value={employer} onChange={(e) => setEmployer(e.target.value)}>
            <option value="">All employers</option>
            {employers.map((id) => (
              <option key={id} value={id}>
                {tagLabel(doc, id || null)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Method{' '}
          <select value={methodFilter} onChange={(e) => setMethodFilter(e.target.value as MethodFilter)}>
            <option value="">All methods</option>
            <option value="unmapped">Unmapped</option>
            <option value="suggested">Suggested, not decided</option>
            {MAPPING_METHODS.map((m) => (
              <option key={m} value={m}>
                {METHOD_LABELS[m]}
              </option>
            ))}
          </select>
        </label>
        <ThresholdFields
          thresholds={mapping.thresholds}
          onCommit={(t) =>
            run(
              (d) => setThresholds(d, ref, t),
              'Change the mapping thresholds',
              `Slot-in from ${formatShare(t.slotIn)}, ring-fence from ${formatShare(t.ringFence)}.`,
            )
          }
        />
        <button
          type="button"
          disabled={suggestions === 0}
          onClick={() =>
            run(
              (d) => acceptAllSuggestions(d, ref),
              `Accept ${suggestions} mapping suggestion${suggestions === 1 ? '' : 's'}`,
              `Accepted ${suggestions} suggestion${suggestions === 1 ? '' : 's'}.`,
            )
          }
        >
          Accept all suggestions ({suggestions})
        </button>
        <button
          type="button"
          disabled={!canUndo}
          onClick={() => {
            store.getState().undo();
            setMessage({ kind: 'status', text: `${undoLabel} done.` });
          }}
        >
          {undoLabel}
        </button>
        <button
          type="button"
          disabled={!canRedo}
          onClick={() => {
            store.getState().redo();
            setMessage({ kind: 'status', text: `${redoLabel} done.` });
          }}
        >
          {redoLabel}
        </button>
      </div>
      <div className={message?.kind === 'error' ? 'notice notice-error' : 'mapping-status'} role={message?.kind === 'error' ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </div>
      <div className="mapping-main">
        <MappingLists
          doc={doc}
          from={model.from}
          to={model.to}
          rows={shown}
          total={rows.length}
          fills={model.fills}
          pools={model.pools}
          twoPoolPostIds={new Set(model.twoPools.flatMap((p) => p.postIds))}
          selectedId={selected?.post.id ?? null}
          draft={draft}
          onSelect={setSelectedId}
          onToggleTarget={(postId) => draft && setDraft(toggleTarget(draft, postId))}
        />
        <aside className="mapping-side" aria-label="Mapping details">
          {selected && draft ? (
            <DecisionEditor
              doc={doc}
              refs={ref}
              row={selected}
              option={model.to}
              mapping={mapping}
              draft={draft}
              onChange={setDraft}
              onSave={(decision) =>
                run((d) => decidePostMapping(d, ref, decision), `Map ${selected.post.title}`, `Saved the mapping of ${selected.post.title}.`)
              }
              onClear={() =>
                run(
                  (d) => clearPostMapping(d, ref, selected.post.id),
                  `Clear mapping of ${selected.post.title}`,
                  `Cleared the mapping of ${selected.post.title}.`,
                )
              }
            />
          ) : (
            <p className="field-hint">Pick a baseline post on the left to see and change its mapping.</p>
          )}
          <MappingFigures doc={doc} risk={model.risk} duties={model.duties} pools={model.pools} twoPools={model.twoPools} option={model.to} />
        </aside>
      </div>
    </div>
  );
}
