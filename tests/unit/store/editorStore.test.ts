import { describe, expect, it } from 'vitest';
import { createEditorState, HISTORY_LIMIT, isDirty } from '../../../renderer/store/editorStore';
import * as cmd from '../../../shared/model/commands';
import { makeBody, makePost } from '../../../shared/model/factory';
import { serializeDocument } from '../../../shared/model/load';
import type { StructuraDocument } from '../../../shared/model/types';
import { herefordshireSample } from '../../../shared/sample/herefordshire';

const A1 = 'annex-1';
const EDITS: [string, (d: StructuraDocument) => StructuraDocument][] = [
  ['add a post', (d) => cmd.addNode(d, A1, makePost({ id: 'new', title: 'New' }))],
  ['add a body', (d) => cmd.addNode(d, A1, makeBody({ id: 'b', name: 'Board' }))],
  ['edit a post', (d) => cmd.updateNode(d, A1, 'coo', { title: 'COO', fte: 0.8, grade: 'SCS2' })],
  ['delete posts', (d) => cmd.deleteNodes(d, A1, ['coo', 'dph'])],
  ['move a post', (d) => cmd.moveNodes(d, A1, new Map([['coo', { x: 5, y: 6 }]]))],
  ['change a manager', (d) => cmd.setManager(d, A1, 'dir-finance', 'coo')],
  ['add a line', (d) => cmd.addLine(d, A1, { id: 'x', kind: 'accountability', from: 'dph', to: 'dir-finance', label: '', inferred: null })],
  ['delete a line', (d) => cmd.deleteLines(d, A1, ['m-coo'])],
  ['paste', (d) => cmd.pasteNodes(d, A1, cmd.copySelection(d.charts[0], ['coo']), { samePost: false }).doc],
  ['rename a chart', (d) => cmd.updateChart(d, A1, { title: 'Option A' })],
  ['duplicate a chart', (d) => cmd.duplicateChart(d, A1).doc],
  ['delete a chart', (d) => cmd.deleteChart(d, 'annex-3')],
  ['reorder charts', (d) => cmd.moveChart(d, 'annex-5', 0)],
  ['add a tag', (d) => cmd.addTag(d, { id: 'nhs', name: 'NHS', label: 'NHS', colour: '#123456' })],
  ['recolour a tag', (d) => cmd.updateTag(d, 'pct', { colour: '#000000' })],
  ['delete a tag in use', (d) => cmd.deleteTag(d, 'pct', 'joint')],
  ['collapse a post', (d) => cmd.toggleCollapsed(d, A1, 'coo')],
  ['edit document details', (d) => cmd.updateDocumentInfo(d, { title: 'Plan', meta: { versionLabel: 'v2' } })],
];

describe('the editor store', () => {
  for (const [name, edit] of EDITS) {
    it(`${name}: undo restores the identical document and redo the edited one`, () => {
      const store = createEditorState(herefordshireSample());
      const before = store.getState().doc;
      const text = serializeDocument(before);
      expect(store.getState().apply(edit)).toBe(true);
      const after = store.getState().doc;
      expect(after).not.toBe(before);
      expect(isDirty(store.getState())).toBe(true);
      store.getState().undo();
      expect(store.getState().doc).toBe(before);
      expect(serializeDocument(store.getState().doc)).toBe(text);
      expect(isDirty(store.getState())).toBe(false);
      store.getState().redo();
      expect(store.getState().doc).toBe(after);
    });
  }

  it('refuses an invalid edit without a history step, and says why', () => {
    const store = createEditorState(herefordshireSample());
    expect(store.getState().apply((d) => cmd.setManager(d, A1, 'coo', 'dir-childrens'))).toBe(false);
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().notice?.text).toMatch(/already/);
  });

  it('keeps a bounded history', () => {
    const store = createEditorState(herefordshireSample());
    for (let i = 0; i < HISTORY_LIMIT + 50; i++) store.getState().apply((d) => cmd.moveNodes(d, A1, new Map([['coo', { x: i, y: i }]])));
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
  });

  it('a drag is one step: positions are committed once, when the drag ends', () => {
    const store = createEditorState(herefordshireSample());
    store.getState().apply((d) => cmd.moveNodes(d, A1, new Map([['coo', { x: 100, y: 200 }], ['dph', { x: 300, y: 200 }]])));
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc.charts[0].nodes.find((n) => n.id === 'coo')!.position).not.toEqual({ x: 100, y: 200 });
  });

  it('a new edit after undo clears redo', () => {
    const store = createEditorState(herefordshireSample());
    store.getState().apply((d) => cmd.updateChart(d, A1, { title: 'One' }));
    store.getState().undo();
    store.getState().apply((d) => cmd.updateChart(d, A1, { title: 'Two' }));
    expect(store.getState().future).toHaveLength(0);
  });
});
