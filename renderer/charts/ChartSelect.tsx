// A labelled picker of charts (annex number and title), for the compare view and the export dialog.
import { chartLabel } from '../../shared/model/query';
import type { Chart } from '../../shared/model/types';

// The select is named by its visible caption, so speech and voice control use the words on screen.
export function ChartSelect({
  caption,
  value,
  charts,
  onChange,
  className,
}: {
  caption: string;
  value: string;
  charts: readonly Chart[];
  onChange: (id: string) => void;
  className?: string;
}) {
  return (
    <label className={className}>
      {caption}{' '}
      <select aria-label={caption} value={value} onChange={(e) => onChange(e.target.value)}>
        {charts.map((c) => (
          <option key={c.id} value={c.id}>
            {chartLabel(c)}
          </option>
        ))}
      </select>
    </label>
  );
}
