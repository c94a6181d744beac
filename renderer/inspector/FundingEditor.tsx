// Funding split of a joint post: shares per tag, committed only when they add up to 100 %.
import { formatShare } from '../../shared/format';
import { useEffect, useState } from 'react';
import { fundingTotal } from '../../shared/model/validate';
import type { FundingShare, OrgTag } from '../../shared/model/types';

export function FundingEditor({
  shares,
  tags,
  onCommit,
  emptyHint = 'Funded wholly by its organisation.',
}: {
  shares: FundingShare[];
  tags: readonly OrgTag[];
  onCommit: (shares: FundingShare[]) => void;
  /** What an empty split says: several posts funded differently say so instead. */
  emptyHint?: string;
}) {
  const [draft, setDraft] = useState(shares);
  useEffect(() => setDraft(shares), [shares]);
  const total = fundingTotal(draft);
  const sumsOk = draft.length === 0 || Math.abs(total - 100) < 0.01;
  const duplicate = new Set(draft.map((s) => s.tagId)).size !== draft.length;
  const error = !sumsOk ? `Funding split must add up to 100% (now ${formatShare(total)})` : duplicate ? 'Each organisation may appear once in the split' : null;

  const update = (next: FundingShare[]) => {
    setDraft(next);
    const ok = next.length === 0 || (Math.abs(fundingTotal(next) - 100) < 0.01 && new Set(next.map((s) => s.tagId)).size === next.length);
    if (ok) onCommit(next);
  };
  const unused = tags.find((t) => !draft.some((s) => s.tagId === t.id));

  return (
    <fieldset className="funding">
      <legend>Funding split</legend>
      {draft.length === 0 && <p className="field-hint">{emptyHint}</p>}
      {draft.map((share, i) => (
        <div className="funding-row" key={i}>
          <select
            aria-label={`Funding share ${i + 1} organisation`}
            value={share.tagId}
            onChange={(e) => update(draft.map((s, k) => (k === i ? { ...s, tagId: e.target.value } : s)))}
          >
            {tags.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
          <input
            aria-label={`Funding share ${i + 1} percent`}
            type="number"
            min={0}
            max={100}
            value={share.percent}
            onChange={(e) => update(draft.map((s, k) => (k === i ? { ...s, percent: Number(e.target.value) } : s)))}
          />
          <span>%</span>
          <button type="button" aria-label={`Remove funding share ${i + 1}`} onClick={() => update(draft.filter((_, k) => k !== i))}>
            ✕
          </button>
        </div>
      ))}
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
      <button
        type="button"
        disabled={!unused}
        onClick={() => unused && update([...draft, { tagId: unused.id, percent: draft.length === 0 ? 100 : Math.max(0, 100 - total) }])}
      >
        Add funding share
      </button>
    </fieldset>
  );
}
