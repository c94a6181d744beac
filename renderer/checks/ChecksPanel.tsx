// The Checks panel: the rule findings of the current chart, recomputed as the
// document changes (the checks are pure and linear, so they run on every
// edit). A finding selects and centres the posts it concerns; a quick fix or
// an acknowledgement is one undoable edit through the store.
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useState } from 'react';
import { LIMITS } from '../../shared/model/limits';
import { addAcknowledgement, designateRole, setTopPost } from '../../shared/model/ruleCommands';
import { acknowledge, type CheckedFinding } from '../../shared/rules/check';
import { checkSummary } from '../../shared/rules/report';
import { LimitedInput } from '../dialogs/LimitedInput';
import { useActiveChart, useEditor, useEditorStore } from '../store';
import './checks.css';
import { useDeferredChartCheck } from './useChartCheck';
import { displayLayoutOf } from '../canvas/displayLayout';
import { fitRects } from '../canvas/fit';

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', note: 'Note' } as const;

export function ChecksPanel() {
  const store = useEditorStore();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const doc = useEditor((s) => s.doc);
  const chart = useActiveChart();
  const open = useEditor((s) => s.checksOpen);
  const setOpen = useEditor((s) => s.setChecksOpen);
  const [acknowledging, setAcknowledging] = useState<CheckedFinding | null>(null);
  const [reason, setReason] = useState('');
  const check = useDeferredChartCheck(doc, chart);
  if (chart.kind !== 'structure') return null;

  const show = (finding: CheckedFinding) => {
    if (finding.postIds.length === 0) return;
    store.getState().select({ nodes: finding.postIds, lines: [] });
    // From the layout: in a large chart React Flow holds only the boxes near the view.
    const layout = displayLayoutOf(store.getState(), store.getState().activeChartId);
    const boxes = finding.postIds.flatMap((id) => layout?.boxes.get(id) ?? []);
    void fitRects(flow, flowStore.getState(), boxes, { padding: 0.6, maxZoom: 1, duration: 200 });
  };

  const fix = (finding: CheckedFinding) => {
    const action = finding.fix?.action;
    if (!action) return;
    const apply = store.getState().apply;
    if (action.kind === 'declare-top-post') apply((d) => setTopPost(d, action.postId, true));
    else if (action.kind === 'set-funding-split') show(finding);
    else {
      // Read when the fix is chosen, so selecting a post does not re-render every finding.
      const { selection } = store.getState();
      const post = selection.nodes.length === 1 ? chart.nodes.find((n) => n.id === selection.nodes[0] && n.kind === 'post') : undefined;
      if (!post) {
        store
          .getState()
          .notify({ kind: 'info', text: 'Select the post that should hold the role, then choose the fix again (or add the role in the inspector).' });
        return;
      }
      apply((d) => designateRole(d, { postId: post.id, roleId: action.roleId, tagId: action.tagId, chartId: null, inferred: null }));
    }
  };

  const saveAcknowledgement = () => {
    if (!acknowledging) return;
    const ok = store.getState().apply((d) => addAcknowledgement(d, acknowledge(d, chart, acknowledging, reason.trim())));
    if (ok) {
      setAcknowledging(null);
      setReason('');
    }
  };

  const { error, warning } = check.counts;
  return (
    <section className={`checks ${open ? 'checks-open' : ''}`} aria-label="Checks">
      <h2 className="checks-heading">
        <button type="button" className="checks-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          <span className={`checks-badge ${error ? 'has-errors' : warning ? 'has-warnings' : 'all-clear'}`}>Checks</span> {checkSummary(check)}
        </button>
      </h2>
      {open && (
        <ul className="checks-list">
          {check.findings.length === 0 && <li className="checks-empty">No findings: this structure meets every rule checked.</li>}
          {check.findings.map((finding, i) => (
            <li key={`${finding.ruleId}-${i}`} className={`finding finding-${finding.severity} ${finding.acknowledged ? 'finding-acknowledged' : ''}`}>
              <button type="button" className="finding-text" onClick={() => show(finding)} disabled={finding.postIds.length === 0}>
                <strong>
                  {SEVERITY_LABEL[finding.severity]}
                  {finding.acknowledged ? ' (acknowledged)' : ''}:
                </strong>{' '}
                {finding.message}
              </button>
              {finding.acknowledged && <div className="finding-reason">Acknowledged: {finding.acknowledged.reason}</div>}
              {!finding.acknowledged && (
                <div className="finding-actions">
                  {finding.fix && (
                    <button type="button" onClick={() => fix(finding)}>
                      {finding.fix.label}
                    </button>
                  )}
                  <button type="button" onClick={() => setAcknowledging(finding)}>
                    Acknowledge…
                  </button>
                </div>
              )}
              {acknowledging === finding && (
                <div className="finding-acknowledge">
                  <label>
                    Why this is acceptable (shown with the finding until its posts change)
                    <LimitedInput
                      limit={LIMITS.acknowledgementReason}
                      value={reason}
                      onChange={(e) => setReason(e.target.value)}
                      onKeyDown={(e) => e.key === 'Enter' && saveAcknowledgement()}
                      autoFocus
                    />
                  </label>
                  <button type="button" onClick={saveAcknowledgement} disabled={!reason.trim()}>
                    Acknowledge
                  </button>
                  <button type="button" onClick={() => setAcknowledging(null)}>
                    Cancel
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
