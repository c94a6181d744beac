// After a drag between two boxes: which kind of line is it?
import type { Connection } from '@xyflow/react';
import { newId } from '../../shared/model/factory';
import { addLine, setManager } from '../../shared/model/commands';
import { nodeName } from '../../shared/model/query';
import { LINE_KINDS, type Chart, type LineKind } from '../../shared/model/types';
import { Modal } from '../dialogs/Modal';
import { useEditorStore } from '../store';
import { LINE_STYLE } from './theme';

export function LineKindChooser({ connection, chart, onDone }: { connection: Connection; chart: Chart; onDone: () => void }) {
  const store = useEditorStore();
  const from = chart.nodes.find((n) => n.id === connection.source);
  const to = chart.nodes.find((n) => n.id === connection.target);
  if (!from || !to) return null;
  const choose = (kind: LineKind) => {
    store
      .getState()
      .apply((doc) =>
        kind === 'management'
          ? setManager(doc, chart.id, to.id, from.id)
          : addLine(doc, chart.id, { id: newId('line'), kind, from: from.id, to: to.id, label: '', inferred: null }),
      );
    onDone();
  };
  return (
    <Modal title="Kind of line" onClose={onDone}>
      <p>
        From <strong>{nodeName(from)}</strong> to <strong>{nodeName(to)}</strong>:
      </p>
      <div className="button-column">
        {LINE_KINDS.map((kind) => (
          <button key={kind} type="button" onClick={() => choose(kind)}>
            {LINE_STYLE[kind].label} ({LINE_STYLE[kind].description})
          </button>
        ))}
      </div>
    </Modal>
  );
}
