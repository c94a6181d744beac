// The selected baseline post's mapping, edited: the method, the new post(s)
// picked in the option list, the job match and its basis, the reason. When the
// draft differs from the suggestion the reason is required, and says so before
// Save is pressed; the command refuses it all the same.
import { formatShare } from '../../../shared/format';
import { useState } from 'react';
import { METHOD_LABELS, type MatrixRow } from '../../../shared/mapping/assimilation';
import { overridesSuggestion, suggestionFor } from '../../../shared/mapping/commands';
import type { PostDecision } from '../../../shared/mapping/commands';
import { holderText, tagLabel } from '../../../shared/mapping/people';
import { isPost } from '../../../shared/model/query';
import { MAPPING_METHODS, type ChartMapping } from '../../../shared/model/transitionTypes';
import type { Chart, StructuraDocument } from '../../../shared/model/types';
import { decisionOf, draftFrom, TAKES_TARGETS, withMethod, type Draft } from './draft';

export function DecisionEditor(props: {
  doc: StructuraDocument;
  refs: { fromChartId: string; toChartId: string };
  row: MatrixRow;
  option: Chart;
  mapping: ChartMapping;
  draft: Draft;
  onChange: (draft: Draft) => void;
  onSave: (decision: PostDecision) => boolean;
  onClear: () => void;
}) {
  const { doc, row, draft, option, mapping } = props;
  const [problem, setProblem] = useState<string | null>(null);
  const post = row.post;
  const sameIdInOption = option.nodes.some((n) => n.id === post.id && isPost(n));
  const suggestion = suggestionFor(doc, props.refs, post.id);
  const made = decisionOf(draft);
  const override = 'decision' in made ? overridesSuggestion(doc, props.refs, made.decision) : null;
  const titleOf = (id: string) => {
    const n = option.nodes.find((x) => x.id === id);
    return n && isPost(n) ? n.title : id;
  };
  const { method } = draft;
  const takes = method ? TAKES_TARGETS[method] : 'none';
  const ownPoolPosts = new Set(draft.targets);
  const otherPools = mapping.pools.filter((p) => !(p.postIds.length === ownPoolPosts.size && p.postIds.every((id) => ownPoolPosts.has(id))));
  const set = (patch: Partial<Draft>) => {
    setProblem(null);
    props.onChange({ ...draft, ...patch });
  };
  const save = () => {
    if ('problem' in made) return setProblem(made.problem);
    if (method && takes !== 'none' && draft.targets.length === 0 && !(method === 'ring-fence' && draft.alsoInPoolIds.length))
      return setProblem(`${METHOD_LABELS[method]} names ${takes === 'one' ? 'the new post' : 'the new post(s)'}: pick in the Option posts list.`);
    if (override && !draft.reason.trim()) return setProblem('Give the reason for deciding otherwise than the suggestion.');
    setProblem(null);
    props.onSave(made.decision);
  };
  const id = (name: string) => `mapping-${name}`;

  return (
    <section className="mapping-editor" aria-labelledby={id('editor-head')}>
      <h3 id={id('editor-head')}>Mapping of {post.title}</h3>
      <p className="mapping-facts">
        {holderText(post)} · {tagLabel(doc, row.employerTagId)}
        {post.grade ? ` · grade ${post.grade}` : ''} ·{' '}
        {row.source === 'decided' ? 'Decided' : row.source === 'suggested' ? 'Suggested, not decided' : 'Unmapped'}
        {row.inferred ? ` · inferred: ${row.inferred}` : ''}
      </p>
      <p className="mapping-suggestion">
        {suggestion
          ? `Suggestion: ${METHOD_LABELS[suggestion.mapping.method]}${suggestion.mapping.targetPostIds.length ? ` → ${suggestion.mapping.targetPostIds.map(titleOf).join(', ')}` : ''}. ${suggestion.why}`
          : 'No suggestion: no post of the same id, title and grade, and no job match at the thresholds.'}{' '}
        <span className="field-hint">
          Slot-in from {formatShare(mapping.thresholds.slotIn)}, ring-fence from {formatShare(mapping.thresholds.ringFence)} (local policy).
        </span>
      </p>
      <fieldset className="mapping-methods">
        <legend>Method</legend>
        {MAPPING_METHODS.map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="mapping-method"
              value={m}
              checked={draft.method === m}
              disabled={m === 'unchanged' && !sameIdInOption}
              onChange={() => {
                setProblem(null);
                props.onChange(withMethod(draft, m, row.source === 'decided' ? row.reason : ''));
              }}
            />{' '}
            {METHOD_LABELS[m]}
          </label>
        ))}
      </fieldset>
      <p className="mapping-picked" aria-live="polite">
        {draft.method === 'unchanged'
          ? `Stays as ${post.title} in the option.`
          : takes === 'none'
            ? 'No new post.'
            : draft.targets.length
              ? `${draft.method === 'ring-fence' ? 'Pool competes for' : 'New post'}: ${draft.targets.map(titleOf).join(', ')}`
              : 'No new post picked yet: pick in the Option posts list.'}
      </p>
      {draft.method === 'ring-fence' && otherPools.length > 0 && (
        <fieldset>
          <legend>Also in pools</legend>
          {otherPools.map((p) => (
            <label key={p.id} className="mapping-check">
              <input
                type="checkbox"
                checked={draft.alsoInPoolIds.includes(p.id)}
                onChange={(e) => set({ alsoInPoolIds: e.target.checked ? [...draft.alsoInPoolIds, p.id] : draft.alsoInPoolIds.filter((x) => x !== p.id) })}
              />{' '}
              {p.name}
            </label>
          ))}
        </fieldset>
      )}
      {draft.method === 'moved-out' && (
        <label className="mapping-field">
          Moved out to
          <input value={draft.destination} onChange={(e) => set({ destination: e.target.value })} />
        </label>
      )}
      {takes !== 'none' || draft.method === 'unchanged' ? (
        <div className="mapping-match">
          <label className="mapping-field">
            Match %
            <input type="number" min={0} max={100} step={1} value={draft.percent} onChange={(e) => set({ percent: e.target.value })} />
          </label>
          <label className="mapping-field">
            Basis of the match
            <input value={draft.basis} onChange={(e) => set({ basis: e.target.value })} placeholder="e.g. job descriptions compared by HR and unions" />
          </label>
        </div>
      ) : null}
      <label className="mapping-field">
        Reason{override ? ' (required: differs from the suggestion)' : ''}
        <textarea rows={2} value={draft.reason} aria-required={override ? true : undefined} onChange={(e) => set({ reason: e.target.value })} />
      </label>
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <div className="mapping-actions">
        <button type="button" onClick={save}>
          Save mapping
        </button>
        {suggestion && override && (
          <button type="button" onClick={() => props.onChange({ ...draftFrom({ ...row, source: 'suggested' }, mapping), ...suggestedDraft() })}>
            Use the suggestion
          </button>
        )}
        <button type="button" disabled={row.source !== 'decided'} onClick={props.onClear}>
          Clear decision
        </button>
      </div>
    </section>
  );

  function suggestedDraft(): Partial<Draft> {
    if (!suggestion) return {};
    const m = suggestion.mapping;
    return { method: m.method, targets: m.method === 'unchanged' ? [] : m.targetPostIds, alsoInPoolIds: [], reason: '', destination: '' };
  }
}
