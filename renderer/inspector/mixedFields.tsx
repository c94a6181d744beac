// Fields for several boxes at once: a value every box shares is shown as it is;
// values that differ show "Mixed" (the placeholder, the checkbox's mixed state,
// the select's option) and say so to screen readers through a description.
// Leaving a Mixed field untouched changes nothing.
import { useEffect, useId, useRef, useState } from 'react';
import type { SharedValue } from '../../shared/commands/bulk';
import { LIMITS } from '../../shared/model/limits';
import { checkNumberDraft, Field, limitHint } from './fields';

export const MIXED = 'Mixed';

/** The description a Mixed control points at, so a screen reader says "Mixed" with the label. */
function MixedNote({ id, mixed }: { id: string; mixed: boolean }) {
  return mixed ? (
    <span id={id} className="visually-hidden">
      {MIXED}: the selected posts differ
    </span>
  ) : null;
}

export function MixedTextInput({ label, shared, onCommit }: { label: string; shared: SharedValue<string>; onCommit: (value: string) => void }) {
  const shown = shared.mixed ? '' : shared.value;
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown, shared.mixed]);
  const noteId = useId();
  const commit = () => {
    if (draft !== shown && !(shared.mixed && draft === '')) onCommit(draft);
  };
  return (
    <Field label={label} hint={limitHint(draft.length, LIMITS.shortText)}>
      {(id) => (
        <>
          <input
            id={id}
            value={draft}
            maxLength={LIMITS.shortText}
            placeholder={shared.mixed ? MIXED : undefined}
            aria-describedby={shared.mixed ? noteId : undefined}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit();
              if (e.key === 'Escape') setDraft(shown);
            }}
          />
          <MixedNote id={noteId} mixed={shared.mixed} />
        </>
      )}
    </Field>
  );
}

export function MixedNumberInput({
  label,
  shared,
  onCommit,
  validate,
  allowEmpty,
  step,
  max,
}: {
  label: string;
  shared: SharedValue<number | null>;
  onCommit: (value: number | null) => void;
  validate?: (value: number) => string | null;
  allowEmpty?: boolean;
  step?: number;
  max?: number;
}) {
  const shown = shared.mixed || shared.value === null ? '' : String(shared.value);
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown, shared.mixed]);
  const noteId = useId();
  // An empty Mixed field is no change, not an error.
  const { parsed, error } = checkNumberDraft(draft, { allowEmpty: allowEmpty || shared.mixed, max, validate });
  const commit = () => {
    if (error || (shared.mixed && parsed === null) || (!shared.mixed && parsed === shared.value)) return;
    onCommit(parsed);
  };
  return (
    <Field label={label} error={error}>
      {(id) => (
        <>
          <input
            id={id}
            inputMode="decimal"
            type="number"
            step={step ?? 'any'}
            min={0}
            max={max}
            value={draft}
            placeholder={shared.mixed ? MIXED : undefined}
            aria-describedby={shared.mixed ? noteId : undefined}
            aria-invalid={!!error}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => e.key === 'Enter' && commit()}
          />
          <MixedNote id={noteId} mixed={shared.mixed} />
        </>
      )}
    </Field>
  );
}

const MIXED_OPTION = '\u0000mixed';

/** A select whose differing values show as a "Mixed" option that cannot be chosen. */
export function MixedSelect<T extends string>({
  label,
  shared,
  options,
  onChange,
}: {
  label: string;
  shared: SharedValue<T>;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const noteId = useId();
  return (
    <Field label={label}>
      {(id) => (
        <>
          <select
            id={id}
            value={shared.mixed ? MIXED_OPTION : shared.value}
            aria-describedby={shared.mixed ? noteId : undefined}
            onChange={(e) => e.target.value !== MIXED_OPTION && onChange(e.target.value as T)}
          >
            {shared.mixed && (
              <option value={MIXED_OPTION} disabled>
                {MIXED}
              </option>
            )}
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <MixedNote id={noteId} mixed={shared.mixed} />
        </>
      )}
    </Field>
  );
}

/** A checkbox in the mixed (indeterminate) state when the posts differ; a click sets it on for all. */
export function MixedCheckbox({ label, shared, onChange }: { label: string; shared: SharedValue<boolean>; onChange: (checked: boolean) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const noteId = useId();
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = shared.mixed;
  });
  return (
    <>
      <label className="checkbox">
        <input
          ref={ref}
          type="checkbox"
          checked={!shared.mixed && shared.value}
          aria-describedby={shared.mixed ? noteId : undefined}
          onChange={(e) => onChange(shared.mixed ? true : e.target.checked)}
        />{' '}
        {label}
      </label>
      <MixedNote id={noteId} mixed={shared.mixed} />
    </>
  );
}
