import { describe, expect, it } from 'vitest';
import { createEditorState, isDirty } from '../../../renderer/store/editorStore';
import { changedBytes } from '../../../renderer/store/historyCost';
import * as cmd from '../../../shared/model/commands';
import { makeBody, makePost } from '../../../shared/model/factory';
import { serializeDocument } from '../../../shared/model/load';
import type { StructuraDocument } from '../../../shared/model/types';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { defined } from '../../support/defined';

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
  ['paste', (d) => cmd.pasteNodes(d, A1, cmd.copySelection(defined(d.charts[0]), ['coo']), { samePost: false }).doc],
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

  it('keeps a morning of work: 5,000 steps undo back to the opened document', () => {
    const store = createEditorState(herefordshireSample());
    const opened = store.getState().doc;
    for (let i = 0; i < 5000; i++) store.getState().apply((d) => cmd.moveNodes(d, A1, new Map([['coo', { x: i, y: i }]])));
    expect(store.getState().past).toHaveLength(5000);
    expect(store.getState().droppedSteps).toBe(0);
    for (let i = 0; i < 5000; i++) store.getState().undo();
    expect(store.getState().doc).toBe(opened);
    expect(store.getState().historyBytes).toBe(0);
  });

  it('bounds history by memory: the oldest steps are dropped past the budget, and the user is told once', () => {
    const budget = 1024 * 1024;
    const store = createEditorState(herefordshireSample(), undefined, { historyBytes: budget });
    const notices: string[] = [];
    store.subscribe((s, before) => s.notice && s.notice !== before.notice && notices.push(s.notice.text));
    // Each step replaces 20,000 characters of notes: about 40 kB kept alive per step.
    const docs = [store.getState().doc];
    for (let i = 0; i < 60; i++) {
      store.getState().apply((d) => cmd.updateNode(d, A1, 'coo', { notes: String(i % 10).repeat(20_000) }));
      docs.push(store.getState().doc);
    }
    const { past, historyBytes, droppedSteps } = store.getState();
    expect(historyBytes).toBeLessThanOrEqual(budget);
    expect(droppedSteps).toBeGreaterThan(0);
    expect(past.length + droppedSteps).toBe(60);
    expect(past.length).toBeGreaterThan(15);
    expect(notices.filter((n) => /Undo history is full.*oldest steps can no longer be undone/.test(n))).toHaveLength(1);
    // What is kept undoes, in order, to the oldest step kept.
    for (let i = 0; i < past.length; i++) store.getState().undo();
    expect(store.getState().doc).toBe(docs[droppedSteps]);
  });

  it('a step costs what it changed, not the whole document', () => {
    const doc = herefordshireSample();
    const moved = cmd.moveNodes(doc, A1, new Map([['coo', { x: 1, y: 2 }]]));
    const whole = changedBytes(undefined, doc);
    expect(changedBytes(moved, doc)).toBeLessThan(whole / 5);
    expect(changedBytes(doc, doc)).toBe(0);
    const noted = cmd.updateNode(doc, A1, 'coo', { notes: 'x'.repeat(10_000) });
    expect(changedBytes(doc, noted)).toBeGreaterThan(20_000);
  });

  // That a drag is one step is tested by really dragging, in Chromium: tests/e2e/commands.spec.ts.

  it('a new edit after undo clears redo', () => {
    const store = createEditorState(herefordshireSample());
    store.getState().apply((d) => cmd.updateChart(d, A1, { title: 'One' }));
    store.getState().undo();
    store.getState().apply((d) => cmd.updateChart(d, A1, { title: 'Two' }));
    expect(store.getState().future).toHaveLength(0);
  });
});
