// Beside a transition slide: when the step happens, what the phase is, and
// each change it makes with the compare view's mark chips and its reason, in
// type large enough to read across a board room.
import type { ChangeKind } from '../../shared/mapping/transition';
import type { PhaseStep } from '../../shared/mapping/phaseSteps';
import { formatDate } from '../../shared/format';
import { MarkChip } from '../compare/ChangeMarks';

const KIND_WORDS: Record<ChangeKind, string> = {
  added: 'added',
  removed: 'removed',
  retitled: 'retitled',
  retagged: 'retagged',
  moved: 'new line manager',
  mapped: 'holder mapped',
  edited: 'edited',
};

export function PhasePanel({ step, total }: { step: PhaseStep; total: number }) {
  return (
    // Focusable so a long list of changes scrolls from the keyboard.
    <aside className="phase-panel" aria-label="This step" tabIndex={0}>
      <p className="phase-when">{step.when}</p>
      {step.description && <p className="phase-description">{step.description}</p>}
      {step.inferred && <p className="phase-inferred">Inferred: {step.inferred}</p>}
      {step.key === 'baseline' && <p>{total} changes follow, phase by phase.</p>}
      {step.key === 'option' && !step.changes.length && <p>Every change of the transition made; each is marked on the chart.</p>}
      {step.changes.length > 0 ? (
        <>
          <h2>
            {step.changes.length} change{step.changes.length === 1 ? '' : 's'}
          </h2>
          <ul className="phase-changes">
            {step.changes.map((c) => (
              <li key={c.nodeId}>
                <span className="phase-change-name">{c.name}</span>{' '}
                {c.kinds.map((k) =>
                  k === 'added' || k === 'removed' || k === 'moved' || k === 'retagged' || k === 'retitled' ? (
                    <MarkChip key={k} mark={k} short />
                  ) : (
                    <span key={k} className="phase-kind">
                      {KIND_WORDS[k]}
                    </span>
                  ),
                )}
                <span className="phase-change-date">{c.effectiveDate ? formatDate(c.effectiveDate) : 'undated: with the last dated change'}</span>
                {c.dated?.reason && <span className="phase-reason">{c.dated.reason}</span>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        step.key !== 'baseline' && step.key !== 'option' && <p>No change to the structure in this phase.</p>
      )}
    </aside>
  );
}
