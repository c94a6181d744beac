// Every undo step carries a label saying what it did, told from the change
// unless the command names it; undo and redo carry it across.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveUnder, moveUnderLabel } from '../../../shared/layout/moveTo';
import { describeChange } from '../../../shared/model/changeLabel';
import * as cmd from '../../../shared/model/commands';
import { makeBody, makePost } from '../../../shared/model/factory';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { createEditorState, redoTitle, undoTitle } from '../../../renderer/store/editorStore';
import { defined } from '../../support/defined';

const A1 = 'annex-1';
const doc = herefordshireSample();

describe('labels told from the change', () => {
  it('names the box and what happened to it', () => {
    expect(describeChange(doc, cmd.moveNodes(doc, A1, new Map([['dir-finance', { x: 1, y: 2 }]])))).toBe('Move Director of Finance');
    expect(
      describeChange(
        doc,
        cmd.moveNodes(
          doc,
          A1,
          new Map([
            ['dir-finance', { x: 1, y: 2 }],
            ['coo', { x: 5, y: 2 }],
          ]),
        ),
      ),
    ).toBe('Move 2 boxes');
    expect(describeChange(doc, cmd.updateNode(doc, A1, 'dir-finance', { title: 'Director of Money' }))).toBe('Retitle Director of Finance');
    expect(describeChange(doc, cmd.updateNode(doc, A1, 'dir-finance', { fte: 0.5 }))).toBe('Change FTE of Director of Finance');
    expect(describeChange(doc, cmd.setManager(doc, A1, 'dir-regeneration', 'dir-finance'))).toBe('Move Director of Regeneration under Director of Finance');
    expect(describeChange(doc, cmd.setManager(doc, A1, 'dir-regeneration', null))).toBe('Remove the line manager of Director of Regeneration');
    expect(describeChange(doc, cmd.deleteNodes(doc, A1, ['dir-finance']))).toBe('Delete Director of Finance');
    expect(describeChange(doc, cmd.addNode(doc, A1, makeBody({ id: 'b', name: 'Audit Committee' })))).toBe('Add Audit Committee');
    expect(describeChange(doc, cmd.updateChart(doc, A1, { title: 'Plan B' }))).toMatch(/^Rename chart /);
    expect(describeChange(doc, cmd.updateTag(doc, defined(doc.tags[0], 'doc.tags[0]').id, { colour: '#000000' }))).toBe(
      `Edit organisation ${defined(doc.tags[0], 'doc.tags[0]').label}`,
    );
  });

  it('gives every edit of a seeded random sequence a short, non-empty label, and undo and redo keep it', () => {
    const ids = defined(doc.charts[0], 'doc.charts[0]').nodes.map((n) => n.id);
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('move' as const), id: fc.constantFrom(...ids), x: fc.integer({ min: -500, max: 500 }) }),
      fc.record({
        kind: fc.constant('retitle' as const),
        id: fc.constantFrom(...ids),
        title: fc.string({ minLength: 1, maxLength: 30 }).filter((t) => t.trim().length > 0),
      }),
      fc.record({ kind: fc.constant('manager' as const), id: fc.constantFrom(...ids), to: fc.constantFrom(...ids) }),
      fc.record({ kind: fc.constant('add' as const), n: fc.nat(1000) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        let added = 0;
        const store = createEditorState(herefordshireSample());
        for (const e of edits) {
          const chart = defined(store.getState().doc.charts[0], 'store.getState().doc.charts[0]');
          if (!chart.nodes.some((n) => n.id === ('id' in e ? e.id : ''))) continue;
          store.getState().apply((d) => {
            if (e.kind === 'move') return cmd.moveNodes(d, A1, new Map([[e.id, { x: e.x, y: 0 }]]));
            if (e.kind === 'manager') return cmd.setManager(d, A1, e.id, e.to);
            if (e.kind === 'add') return cmd.addNode(d, A1, makePost({ id: `new-${e.n}-${++added}`, title: 'New post' }));
            const node = defined(
              defined(d.charts[0], 'd.charts[0]').nodes.find((n) => n.id === e.id),
              'd.charts[0].nodes.find((n) => n.id === e.id)',
            );
            return cmd.updateNode(d, A1, e.id, node.kind === 'post' ? { title: e.title } : { name: e.title });
          });
        }
        const { past, pastLabels } = store.getState();
        expect(pastLabels).toHaveLength(past.length);
        for (const label of pastLabels) expect(label.trim().length).toBeGreaterThan(0);
        const labels = [...pastLabels];
        for (let i = labels.length - 1; i >= 0; i--) {
          expect(undoTitle(store.getState())).toBe(`Undo ${labels[i]}`);
          store.getState().undo();
          expect(redoTitle(store.getState())).toBe(`Redo ${labels[i]}`);
        }
        expect(undoTitle(store.getState())).toBe('Undo');
        for (const label of labels) {
          store.getState().redo();
          expect(undoTitle(store.getState())).toBe(`Undo ${label}`);
        }
      }),
      { seed: 1416, numRuns: 60 },
    );
  });

  it('a command’s own label wins over the told one', () => {
    const store = createEditorState(herefordshireSample());
    store
      .getState()
      .apply((d) => moveUnder(d, A1, ['dir-regeneration'], 'dir-finance'), moveUnderLabel(store.getState().doc, A1, ['dir-regeneration'], 'dir-finance'));
    expect(undoTitle(store.getState())).toBe('Undo Move Director of Regeneration to under Director of Finance');
    expect(store.getState().past).toHaveLength(1);
  });
});

describe('Move to…', () => {
  it('refuses a loop with a message naming both posts, and changes nothing', () => {
    const store = createEditorState(herefordshireSample());
    expect(store.getState().apply((d) => moveUnder(d, A1, ['coo'], 'dir-regeneration'))).toBe(false);
    expect(store.getState().notice?.text).toMatch(
      /"Chief Operating Officer".*"Director of Regeneration"|"Director of Regeneration".*"Chief Operating Officer"/,
    );
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().doc).toBe(store.getState().savedDoc);
  });

  it('moves several posts in one step, and one undo restores the document', () => {
    const store = createEditorState(herefordshireSample());
    const before = store.getState().doc;
    store.getState().apply((d) => moveUnder(d, A1, ['dir-regeneration', 'dir-environment'], 'dir-finance'));
    const lines = defined(store.getState().doc.charts[0], 'store.getState().doc.charts[0]').lines.filter(
      (l) => l.kind === 'management' && ['dir-regeneration', 'dir-environment'].includes(l.to),
    );
    expect(lines.map((l) => l.from)).toEqual(['dir-finance', 'dir-finance']);
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
  });
});
