// Which rules each model breaks, side by side (the same rows as the board
// pack's comparison page): a board weighs the rules beside the changes.
import { useMemo } from 'react';
import type { Chart, StructuraDocument } from '../../shared/model/types';
import { compareChecks } from '../../shared/rules/compareChecks';
import type { CheckedFinding } from '../../shared/rules/check';

const SEVERITY = { error: 'Error', warning: 'Warning', note: 'Note' } as const;

function Findings({ findings, onLocate }: { findings: CheckedFinding[]; onLocate: (postId: string) => void }) {
  if (findings.length === 0) return <span className="rule-none">None</span>;
  return (
    <ul className="rule-findings">
      {findings.map((f, i) => (
        <li key={i} className={`finding-${f.severity}`}>
          {f.postIds.length > 0 ? (
            <button type="button" onClick={() => onLocate(f.postIds[0])} title="Show on both charts">
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

export function RuleComparison({ doc, from, to, onLocate }: { doc: StructuraDocument; from: Chart; to: Chart; onLocate: (postId: string) => void }) {
  const rows = useMemo(() => compareChecks(doc, from, to), [doc, from, to]);
  return (
    <table className="compare-table rule-comparison">
      <caption>Rule checks, side by side (open findings)</caption>
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col">A: {from.title}</th>
          <th scope="col">B: {to.title}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={3}>Neither model breaks a rule checked.</td>
          </tr>
        )}
        {rows.map((row) => (
          <tr key={row.ruleId}>
            <th scope="row">{row.title}</th>
            <td>
              <Findings findings={row.from} onLocate={onLocate} />
            </td>
            <td>
              <Findings findings={row.to} onLocate={onLocate} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
