// What the commands of the registry (renderer/commands/registry.ts) do on the
// canvas: the toolbar, the keyboard and the menus all reach these through it.
import { useReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { autoLayoutChart, layoutForDisplay } from '../shared/layout/layout';
import { addPostUnder } from '../shared/layout/placement';
import { overlayHeight } from './canvas/overlays';
import { fitReadable } from './canvas/fit';
import * as cmd from '../shared/model/commands';
import { makeBody, makeDocument, makeChart, makePost, newId } from '../shared/model/factory';
import { parseDocument } from '../shared/model/load';
import { SaveRefusedError, serializeForSave } from '../shared/model/save';
import { nodeName } from '../shared/model/query';
import { nodesPhrase } from '../shared/model/changeLabel';
import { must } from '../shared/must';
import type { StructuraDocument } from '../shared/model/types';
import { getBridge } from './host';
import { isDirty, UNTITLED, type EditorStore } from './store/editorStore';
import { useEditorStore } from './store';
import { motion } from './a11y/motion';

/** Charts never laid out (every node at the origin) get an automatic layout on arrival. */
export function withLayout(doc: StructuraDocument): StructuraDocument {
  return {
    ...doc,
    charts: doc.charts.map((chart) =>
      chart.nodes.length > 1 && chart.nodes.every((n) => n.position.x === 0 && n.position.y === 0) ? autoLayoutChart(doc, chart) : chart,
    ),
  };
}

/** Opens document text: the whole document or nothing, with located messages. */
export function openText(store: EditorStore, text: string, file: { name: string; handle: string | null; modifiedAt: number | null; error?: string }): boolean {
  if (file.error) {
    store.getState().notify({ kind: 'error', text: `${file.name} was not opened: ${file.error}` });
    return false;
  }
  const result = parseDocument(text);
  if (!result.ok) {
    store.getState().notify({
      kind: 'error',
      text: `${file.name} was not opened: ${result.errors.map((e) => `${e.path}: ${e.message}`)[0] ?? 'not a Structura document'}`,
      details: result.errors.map((e) => `${e.path}: ${e.message}`),
    });
    return false;
  }
  store.getState().loadDocument(withLayout(result.doc), { name: file.name, handle: file.handle, modifiedAt: file.modifiedAt });
  return true;
}

/** True only when the host confirmed the document was written to a file. */
export async function saveDocument(store: EditorStore, options: { saveAs?: boolean; overwrite?: boolean } = {}): Promise<boolean> {
  const state = store.getState();
  let text: string;
  try {
    text = serializeForSave(state.doc);
  } catch (error) {
    if (!(error instanceof SaveRefusedError)) throw error;
    store.getState().notify({ kind: 'error', text: `Not saved: ${error.message}`, details: error.issues.map((e) => `${e.path}: ${e.message}`) });
    return false;
  }
  const outcome = await getBridge().saveDocument({
    text,
    handle: state.file.handle,
    suggestedName: state.file.name.endsWith('.structura') ? state.file.name : `${state.file.name}.structura`,
    saveAs: !!options.saveAs || state.file.handle === null,
    expectedModifiedAt: state.file.modifiedAt,
    overwrite: !!options.overwrite,
  });
  if (outcome.ok && outcome.downloaded) {
    // A download is a copy handed to the browser, which may refuse it or put it anywhere:
    // the document stays unsaved (mark, leave-page warning and recovery snapshot kept).
    store.getState().notify({
      kind: 'info',
      text: `Downloaded a copy as ${outcome.name} — not saved to a file. Your changes stay marked unsaved and are kept for recovery in this browser until you close it; this browser cannot save to a file directly.`,
    });
    return false;
  }
  if (outcome.ok) {
    store.getState().markSaved({ name: outcome.name, handle: outcome.handle, modifiedAt: outcome.modifiedAt });
    store.getState().notify({ kind: 'info', text: `Saved ${outcome.name}` });
    await getBridge().clearRecovery();
    return true;
  }
  if (!outcome.cancelled) {
    if (outcome.code === 'changed-on-disk' && !options.overwrite && window.confirm(`${outcome.message}\n\nOverwrite the file on disk with your version?`)) {
      return saveDocument(store, { ...options, overwrite: true });
    }
    store.getState().notify({ kind: 'error', text: `Not saved: ${outcome.message}` });
  }
  return false;
}

export function useActions() {
  const store = useEditorStore();
  const flow = useReactFlow();
  return useMemo(() => {
    const state = () => store.getState();
    const chartId = () => state().activeChartId;
    // The store keeps activeChartId on a chart of the document (it moves to the first chart when its chart goes).
    const chart = () =>
      must(
        state().doc.charts.find((c) => c.id === chartId()),
        `the active chart "${chartId()}"`,
      );
    const viewCentre = () => {
      const pane = document.querySelector('.react-flow');
      const rect = pane?.getBoundingClientRect();
      return rect ? flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }) : { x: 0, y: 0 };
    };

    const addPost = () => {
      const c = chart();
      if (c.kind === 'diagram') {
        state().notify({ kind: 'error', text: `"${c.title}" is a diagram: add bodies to it, or change its kind to structure.` });
        return;
      }
      const managerId = state().selection.nodes.length === 1 ? (state().selection.nodes[0] ?? null) : null;
      const id = newId('post');
      const centre = viewCentre();
      const manager = managerId ? c.nodes.find((n) => n.id === managerId) : undefined;
      const ok = state().apply(
        (doc) =>
          addPostUnder(
            doc,
            c.id,
            makePost({ id, title: 'New post', tagId: doc.tags[0]?.id ?? null }),
            managerId,
            { x: centre.x - 95, y: centre.y - 40 },
            state().layoutCache,
          ),
        manager ? `Add post under ${nodeName(manager)}` : 'Add post',
      );
      if (!ok) return;
      state().select({ nodes: [id] });
      revealAndEdit(id);
    };

    // The new box in view (panned to, at the same zoom, only when outside it) and its title ready for typing.
    const revealAndEdit = (id: string) => {
      const box = layoutForDisplay(state().doc, chart(), state().layoutCache).boxes.get(id);
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      if (box && pane) {
        const topLeft = flow.flowToScreenPosition({ x: box.x, y: box.y });
        const bottomRight = flow.flowToScreenPosition({ x: box.x + box.width, y: box.y + box.height });
        const inView = topLeft.x >= pane.left && topLeft.y >= pane.top && bottomRight.x <= pane.right && bottomRight.y <= pane.bottom - overlayHeight();
        if (!inView) void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: flow.getZoom(), duration: motion(150) });
      }
      requestAnimationFrame(() => {
        const label = [...document.querySelectorAll<HTMLLabelElement>('.inspector label')].find((l) => l.textContent === 'Title');
        const input = label?.control;
        if (input instanceof HTMLInputElement) {
          input.focus();
          input.select();
        }
      });
    };

    const addBody = () => {
      const id = newId('body');
      const centre = viewCentre();
      const ok = state().apply(
        (doc) => cmd.addNode(doc, chartId(), makeBody({ id, name: 'New board', position: { x: Math.round(centre.x - 105), y: Math.round(centre.y - 30) } })),
        'Add body',
      );
      if (ok) state().select({ nodes: [id] });
    };

    const deleteSelection = () => {
      const { nodes, lines } = state().selection;
      if (!nodes.length && !lines.length) return;
      state().apply((doc) => cmd.deleteLines(cmd.deleteNodes(doc, chartId(), nodes), chartId(), lines));
      state().select({});
    };

    const copy = () => {
      const { nodes } = state().selection;
      if (nodes.length) state().setClipboard(cmd.copySelection(chart(), nodes));
    };

    const paste = (samePost: boolean) => {
      const clipboard = state().clipboard;
      if (!clipboard) return;
      let pasted: string[] = [];
      const ok = state().apply(
        (doc) => {
          const result = cmd.pasteNodes(doc, chartId(), clipboard, { samePost, offset: samePost ? { x: 0, y: 0 } : { x: 40, y: 40 } });
          pasted = result.pastedIds;
          return result.doc;
        },
        `Paste ${nodesPhrase(clipboard.nodes)}`,
      );
      if (ok) state().select({ nodes: pasted });
    };

    const autoLayout = () => state().apply((doc) => cmd.replaceChartNodes(doc, chartId(), autoLayoutChart(doc, chart(), state().layoutCache)), 'Auto-layout');

    const toggleCompact = () =>
      state().apply(
        (doc) => {
          const next = cmd.setChartLayout(doc, chartId(), { compact: !chart().layout.compact });
          const updated = cmd.chartById(next, chartId());
          return cmd.replaceChartNodes(next, chartId(), autoLayoutChart(next, updated, state().layoutCache));
        },
        chart().layout.compact ? 'Compact layout off' : 'Compact layout on',
      );

    const newDocument = () => {
      if (isDirty(state()) && !window.confirm('Discard unsaved changes and start a new document?')) return;
      const chartIdNew = newId('chart');
      state().loadDocument(
        makeDocument({
          tags: [
            { id: 'org-a', name: 'Organisation A', label: 'Org A', colour: '#005eb8' },
            { id: 'org-b', name: 'Organisation B', label: 'Org B', colour: '#00703c' },
            { id: 'joint', name: 'Joint appointment', label: 'Joint', colour: '#7c2a90' },
          ],
          charts: [makeChart({ id: chartIdNew, title: 'New structure', annex: '1' })],
        }),
        UNTITLED,
      );
    };

    const open = async () => {
      if (isDirty(state()) && !window.confirm('Discard unsaved changes and open another document?')) return;
      const file = await getBridge().openDocument();
      if (file) openText(store, file.text, file);
    };

    return {
      addPost,
      addBody,
      deleteSelection,
      copy,
      paste,
      autoLayout,
      toggleCompact,
      newDocument,
      open,
      save: () => saveDocument(store),
      saveAs: () => saveDocument(store, { saveAs: true }),
      undo: () => state().undo(),
      redo: () => state().redo(),
      selectAll: () => state().select({ nodes: chart().nodes.map((n) => n.id), lines: [] }),
      fit: () => fitReadable(flow, { duration: motion(200) }),
      zoomIn: () => flow.zoomIn({ duration: motion(150) }),
      zoomOut: () => flow.zoomOut({ duration: motion(150) }),
    };
  }, [store, flow]);
}

export type Actions = ReturnType<typeof useActions>;
