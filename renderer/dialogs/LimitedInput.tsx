// A dialog's text field held to the document's limit (shared/model/limits.ts):
// the browser refuses typing or pasting past `maxLength`, and a counter shows
// once the text is within a tenth of it, so the limit is seen before it bites.
// The counter describes the field (aria-describedby) without joining the name
// of the label the field sits in.
import { useId, type InputHTMLAttributes } from 'react';
import { limitHint } from '../inspector/fields';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'maxLength' | 'value'> & { value: string; limit: number };

export function LimitedInput({ value, limit, ...rest }: Props) {
  const hintId = useId();
  const hint = limitHint(value.length, limit);
  return (
    <>
      <input {...rest} value={value} maxLength={limit} aria-describedby={hint ? hintId : undefined} />
      {hint && (
        <span id={hintId} className="field-hint" aria-hidden="true">
          {hint}
        </span>
      )}
    </>
  );
}
