// A labelled picker of charts (annex number and title), for the compare view and the export dialog.
import { chartLabel } from '../../shared/model/query';
import type { Chart } from '../../shared/model/types';

export function ChartSelect({ label, caption, value, charts, onChange, className }: { label: string; caption: string; value: string; charts: readonly Chart[]; onChange: (id: string) => void; className?: string }) {
  return (
    <label className={className}>
      {caption}{' '}
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        {charts.map((c) => (
          <option key={c.id} value={c.id}>
            {chartLabel(c)}
          </option>
        ))}
      </select>
    </label>
  );
}
