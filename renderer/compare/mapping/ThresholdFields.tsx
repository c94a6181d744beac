// The mapping's thresholds, edited where their suggestions are read: local
// policy (a council may slot in from 65 %, another from 80 %), so they are the
// document's, one undoable command each (setThresholds).
import { useState } from 'react';
import type { MatchThresholds } from '../../../shared/model/transitionTypes';

function PercentField({ label, value, onCommit }: { label: string; value: number; onCommit: (v: number) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const v = Number(draft.trim());
    setDraft(null);
    if (draft.trim() !== '' && Number.isFinite(v) && v !== value) onCommit(v);
  };
  return (
    <label className="mapping-threshold">
      {label}{' '}
      <input
        type="number"
        min={0}
        max={100}
        step={1}
        value={draft ?? String(value)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />{' '}
      %
    </label>
  );
}

export function ThresholdFields({ thresholds, onCommit }: { thresholds: MatchThresholds; onCommit: (t: MatchThresholds) => void }) {
  return (
    <span className="mapping-thresholds">
      <PercentField label="Slot-in from" value={thresholds.slotIn} onCommit={(slotIn) => onCommit({ ...thresholds, slotIn })} />
      <PercentField label="Ring-fence from" value={thresholds.ringFence} onCommit={(ringFence) => onCommit({ ...thresholds, ringFence })} />
    </span>
  );
}
