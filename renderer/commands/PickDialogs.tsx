// "Move to…" and "Add line to…": changing a line manager or drawing a line by
// picking the other post from a searchable list, with no dragging (WCAG 2.2,
// 2.5.7 Dragging Movements). Each is one undoable step.
import { useState } from 'react';
import { moveUnder, moveUnderLabel } from '../../shared/layout/moveTo';
import { addLine } from '../../shared/model/commands';
import { nodesPhrase } from '../../shared/model/changeLabel';
import { newId } from '../../shared/model/factory';
import { nodeName } from '../../shared/model/query';
import { LINE_KINDS, type Chart, type LineKind } from '../../shared/model/types';
import { LINE_STYLE } from '../canvas/theme';
import { Modal } from '../dialogs/Modal';
import { managerOptions } from '../inspector/ManagerPicker';
import { NodeCombobox, type ComboOption } from '../inspector/NodeCombobox';
import { useActiveChart, useEditor, useEditorStore } from '../store';

/** Who every one of the chosen nodes may report to: none of them, and none of their reports. */
export function managerOptionsForAll(chart: Chart, nodeIds: readonly string[]): ComboOption[] {
  const [first, ...rest] = nodeIds;
  if (first === undefined) return [];
  const allowed = rest.map((id) => new Set(managerOptions(chart, id).map((o) => o.value)));
  return managerOptions(chart, first).filter((o) => allowed.every((set) => set.has(o.value)));
}

function Refusal({ text }: { text: string | null }) {
  return text ? (
    <p role="alert" className="field-error">
      {text}
    </p>
  ) : null;
}

export function MoveToDialog({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const chart = useActiveChart();
  const ids = useEditor((s) => s.selection.nodes);
  const [refusal, setRefusal] = useState<string | null>(null);
  const nodes = chart.nodes.filter((n) => ids.includes(n.id));
  if (nodes.length === 0) return null;
  const pick = (managerId: string | null) => {
    const before = store.getState().notice;
    const ok = store
      .getState()
      .apply((d) => moveUnder(d, chart.id, ids, managerId, store.getState().layoutCache), moveUnderLabel(store.getState().doc, chart.id, ids, managerId));
    if (ok) return onClose();
    // The store said why (a loop, a limit): said here too, where the user is looking.
    const notice = store.getState().notice;
    setRefusal(notice && notice !== before ? notice.text : 'That move was refused.');
  };
  const who = nodesPhrase(nodes);
  return (
    <Modal title={`Move ${who} to…`} onClose={onClose}>
      <p id="move-to-hint" className="field-hint">
        Type to search, then Enter.{' '}
        {nodes.length === 1
          ? `Posts reporting to ${who} are not listed: a post cannot report to its own report.`
          : 'Posts reporting to any of them are not listed: a post cannot report to its own report.'}
      </p>
      <NodeCombobox label="New line manager" valueLabel="" placeholder="Search posts…" options={() => managerOptionsForAll(chart, ids)} onPick={pick} />
      <Refusal text={refusal} />
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}

/** Every other box of the chart, told apart by its manager. */
function targetOptions(chart: Chart, fromId: string): ComboOption[] {
  return managerOptions({ ...chart, lines: chart.lines.filter((l) => l.kind === 'management') }, '').filter((o) => o.value !== null && o.value !== fromId);
}

export function AddLineDialog({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const chart = useActiveChart();
  const fromId = useEditor((s) => (s.selection.nodes.length === 1 ? s.selection.nodes[0] : undefined));
  const [kind, setKind] = useState<LineKind>('accountability');
  const [refusal, setRefusal] = useState<string | null>(null);
  const from = chart.nodes.find((n) => n.id === fromId);
  if (!from) return null;
  const pick = (toId: string | null) => {
    const to = chart.nodes.find((n) => n.id === toId);
    if (!to) return;
    const before = store.getState().notice;
    const ok = store
      .getState()
      .apply(
        (d) => addLine(d, chart.id, { id: newId('line'), kind, from: from.id, to: to.id, label: '', inferred: null }),
        `Add ${LINE_STYLE[kind].label.toLowerCase()} from ${nodeName(from)} to ${nodeName(to)}`,
      );
    if (ok) return onClose();
    const notice = store.getState().notice;
    setRefusal(notice && notice !== before ? notice.text : 'That line was refused.');
  };
  return (
    <Modal title={`Add a line from ${nodeName(from)}`} onClose={onClose}>
      <div className="field">
        <label htmlFor="add-line-kind">Kind of line</label>
        <select id="add-line-kind" value={kind} onChange={(e) => setKind(e.target.value as LineKind)}>
          {LINE_KINDS.filter((k) => k !== 'management').map((k) => (
            <option key={k} value={k}>
              {LINE_STYLE[k].label} ({LINE_STYLE[k].description})
            </option>
          ))}
        </select>
      </div>
      <p className="field-hint">To change who {nodeName(from)} reports to, use Move to… instead.</p>
      <NodeCombobox label="Line to" valueLabel="" placeholder="Search posts…" options={() => targetOptions(chart, from.id)} onPick={pick} />
      <Refusal text={refusal} />
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
