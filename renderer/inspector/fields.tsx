// Form fields that commit to the store on blur or Enter (one undo step per
// change), and re-sync when the document changes underneath (undo, redo).
import { formatCount } from '../../shared/format';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { LIMITS } from '../../shared/model/limits';

/** "450 of 500 characters" once a text is within a tenth of its limit, so the limit shows before it is reached. */
export function limitHint(length: number, limit: number): string | undefined {
  return length >= limit * 0.9 ? `${formatCount(length)} of ${formatCount(limit)} characters` : undefined;
}

export function Field({ label, children, error, hint }: { label: string; children: (id: string) => ReactNode; error?: string | null; hint?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint && <div className="field-hint">{hint}</div>}
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

/** A text field held to the document's limit (`maxLength`), with a counter once the text nears it. */
export function TextInput({
  label,
  value,
  onCommit,
  multiline,
  placeholder,
  maxLength,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
  maxLength?: number;
}) {
  const limit = maxLength ?? (multiline ? LIMITS.longText : LIMITS.shortText);
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <Field label={label} hint={limitHint(draft.length, limit)}>
      {(id) =>
        multiline ? (
          <textarea id={id} value={draft} maxLength={limit} placeholder={placeholder} onChange={(e) => setDraft(e.target.value)} onBlur={commit} rows={3} />
        ) : (
          <input
            id={id}
            value={draft}
            maxLength={limit}
            placeholder={placeholder}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit();
              if (e.key === 'Escape') setDraft(value);
            }}
          />
        )
      }
    </Field>
  );
}

/** What a number field's text means: the number (null when empty) and what is wrong with it, if anything. */
export function checkNumberDraft(
  draft: string,
  { allowEmpty, max, validate }: { allowEmpty?: boolean; max?: number; validate?: (value: number) => string | null },
): { parsed: number | null; error: string | null } {
  const parsed = draft.trim() === '' ? null : Number(draft);
  if (parsed === null) return { parsed, error: allowEmpty ? null : 'Enter a number' };
  if (!Number.isFinite(parsed)) return { parsed, error: 'Enter a number' };
  if (max !== undefined && parsed > max) return { parsed, error: `At most ${formatCount(max)}` };
  return { parsed, error: validate?.(parsed) ?? null };
}

/** A number field; `validate` returns a message for values the document would refuse. */
export function NumberInput({
  label,
  value,
  onCommit,
  validate,
  allowEmpty,
  step,
  max,
}: {
  label: string;
  value: number | null;
  onCommit: (value: number | null) => void;
  validate?: (value: number) => string | null;
  allowEmpty?: boolean;
  step?: number;
  max?: number;
}) {
  const [draft, setDraft] = useState(value === null ? '' : String(value));
  useEffect(() => setDraft(value === null ? '' : String(value)), [value]);
  const { parsed, error } = checkNumberDraft(draft, { allowEmpty, max, validate });
  const commit = () => {
    if (!error && parsed !== value) onCommit(parsed);
  };
  return (
    <Field label={label} error={error}>
      {(id) => (
        <input
          id={id}
          inputMode="decimal"
          type="number"
          step={step ?? 'any'}
          min={0}
          max={max}
          value={draft}
          aria-invalid={!!error}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      )}
    </Field>
  );
}

export function Select<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <Field label={label}>
      {(id) => (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Checkbox({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}

export const nonNegative = (what: string) => (v: number) => (v < 0 ? `${what} must be 0 or more` : null);
