// The export dialog's consultation pack: which baseline and option, and whether
// holders' names are left out. The pack itself is the pipeline's `consultation`
// target, the very one `structura export --consultation` writes.
import { useId } from 'react';
import { defaultComparisonPair } from '../../shared/compare/defaultPair';
import type { ExportTarget } from '../../shared/export/pipeline';
import type { Chart, StructuraDocument } from '../../shared/model/types';
import { ChartSelect } from '../charts/ChartSelect';

export interface ConsultationChoice {
  from: string;
  to: string;
  redact: boolean;
}

/** The document's first mapped pair (the one whose figures HR has worked on), else the default comparison. */
export function initialConsultationPair(doc: StructuraDocument): ConsultationChoice {
  const charts = new Set(doc.charts.filter((c) => c.kind === 'structure').map((c) => c.id));
  const mapped = doc.transition?.mappings.find((m) => charts.has(m.fromChartId) && charts.has(m.toChartId));
  const pair = mapped ?? defaultComparisonPair(doc);
  return { from: pair?.fromChartId ?? '', to: pair?.toChartId ?? '', redact: false };
}

export function consultationTarget(choice: ConsultationChoice): ExportTarget | null {
  if (!choice.from || !choice.to || choice.from === choice.to) return null;
  return { kind: 'consultation', pair: { fromChartId: choice.from, toChartId: choice.to }, redact: choice.redact };
}

export function ConsultationOptions({
  value,
  charts,
  onChange,
}: {
  value: ConsultationChoice;
  charts: readonly Chart[];
  onChange: (next: ConsultationChoice) => void;
}) {
  const id = useId();
  return (
    <div className="export-comparison" role="group" aria-labelledby={id}>
      <span id={id} className="field-hint">
        Between today’s structure and the proposed one
      </span>
      <ChartSelect className="field" caption="Baseline (today)" value={value.from} charts={charts} onChange={(from) => onChange({ ...value, from })} />
      <ChartSelect className="field" caption="Option (proposed)" value={value.to} charts={charts} onChange={(to) => onChange({ ...value, to })} />
      {value.from === value.to && <div className="field-error">Choose two different charts.</div>}
      <label className="checkbox">
        <input type="checkbox" checked={value.redact} onChange={(e) => onChange({ ...value, redact: e.target.checked })} /> Leave holders’ names out (redacted)
      </label>
    </div>
  );
}
