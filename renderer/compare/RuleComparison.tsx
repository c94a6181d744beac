// Which rules each model breaks, side by side (the same rows as the board
// pack's comparison page): a board weighs the rules beside the changes.
import { useMemo } from 'react';
import type { Chart, StructuraDocument } from '../../shared/model/types';
import { compareChecks } from '../../shared/rules/compareChecks';
import type { CheckedFinding } from '../../shared/rules/check';
import './ruleComparison.css';

const SEVERITY = { error: 'Error', warning: 'Warning', note: 'Note' } as const;

function Findings({ findings, onLocate }: { findings: CheckedFinding[]; onLocate: (postId: string) => void }) {
  if (findings.length === 0) return <span className="rule-none">None</span>;
  return (
    <ul className="rule-findings">
      {findings.map(({ postIds: [firstPost], ...f }, i) => (
        <li key={i} className={`finding-${f.severity}`}>
          {firstPost !== undefined ? (
            <button type="button" onClick={() => onLocate(firstPost)} title="Show on both charts">
              {SEVERITY[f.severity]}: {f.message}
            </button>
          ) : (
            <span>
              {SEVERITY[f.severity]}: {f.message}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** "A (Annex 5)": the chart titles are long, the pane is narrow. */
const sideName = (side: 'A' | 'B', chart: Chart) => `${side}${chart.annex ? ` (Annex ${chart.annex})` : ''}`;

export function RuleComparison({ doc, from, to, onLocate }: { doc: StructuraDocument; from: Chart; to: Chart; onLocate: (postId: string) => void }) {
  const rows = useMemo(() => compareChecks(doc, from, to), [doc, from, to]);
  return (
    <section className="rule-comparison" aria-labelledby="rule-comparison-heading">
      <h3 id="rule-comparison-heading">Rule checks, side by side</h3>
      {rows.length === 0 && <p className="field-hint">Neither model breaks a rule checked.</p>}
      <ul className="rule-rows" aria-label="Rules either model breaks">
        {rows.map((row) => (
          <li key={row.ruleId} className="rule-row">
            <h4>{row.title}</h4>
            <dl>
              <dt title={from.title}>{sideName('A', from)}</dt>
              <dd>
                <Findings findings={row.from} onLocate={onLocate} />
              </dd>
              <dt title={to.title}>{sideName('B', to)}</dt>
              <dd>
                <Findings findings={row.to} onLocate={onLocate} />
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
