// The rule-check counts of the current chart, in the toolbar: always in view,
// so a structure that breaks a rule is seen before it reaches a board. A click
// opens the Checks panel with the findings.
import { useActiveChart, useEditor } from '../store';
import { useDeferredChartCheck } from './useChartCheck';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function CheckCounts() {
  const doc = useEditor((s) => s.doc);
  const chart = useActiveChart();
  const check = useDeferredChartCheck(doc, chart);
  const setOpen = useEditor((s) => s.setChecksOpen);
  if (chart.kind !== 'structure') return null;
  const { error, warning } = check.counts;
  const summary =
    error || warning ? [error ? plural(error, 'error') : '', warning ? plural(warning, 'warning') : ''].filter(Boolean).join(', ') : 'no errors or warnings';
  const state = error ? 'has-errors' : warning ? 'has-warnings' : 'all-clear';
  return (
    <button
      type="button"
      className={`check-counts ${state}`}
      title={`Rule checks of this chart: ${summary}. Open the Checks panel.`}
      onClick={() => setOpen(true)}
    >
      Checks: {error > 0 && <span className="count count-error">{plural(error, 'error')}</span>}
      {error > 0 && warning > 0 && ' '}
      {warning > 0 && <span className="count count-warning">{plural(warning, 'warning')}</span>}
      {!error && !warning && <span className="count count-clear">all clear</span>}
    </button>
  );
}
