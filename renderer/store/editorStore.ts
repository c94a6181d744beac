// The one store of the editor. The document is the single source of truth;
// every edit is a pure command from shared/model/commands applied through
// `apply`, which records the previous document for undo. Documents are
// immutable, so undo and redo restore the identical document.
import { create } from 'zustand';
import { CommandError, type Clipboard } from '../../shared/model/commands';
import type { StructuraDocument } from '../../shared/model/types';
import { changedBytes } from './historyCost';

/**
 * Undo history is bounded by the memory its steps keep alive, not by a count:
 * a morning of edits to a large chart costs a few megabytes, because each step
 * shares all it did not change. Past this the oldest steps are dropped, and the
 * user is told once per document.
 */
export const HISTORY_BYTES = 256 * 1024 * 1024;

export interface FileInfo {
  name: string;
  handle: string | null;
  modifiedAt: number | null;
}

export interface Selection {
  nodes: string[];
  lines: string[];
}

export interface Notice {
  kind: 'error' | 'info';
  text: string;
  /** Details such as every located problem of a refused file. */
  details?: string[];
  /** An edit the document's rules refused: said by the live region (renderer/a11y/Announcer), so the bar is not a second one. */
  refused?: boolean;
}

export interface EditorState {
  doc: StructuraDocument;
  /** The document as last saved or opened; the document is dirty when it is not this one. */
  savedDoc: StructuraDocument | null;
  file: FileInfo;
  activeChartId: string;
  selection: Selection;
  past: StructuraDocument[];
  /** Estimated bytes each past step keeps alive (parallel to `past`), and their sum. */
  pastBytes: number[];
  historyBytes: number;
  /** Steps dropped from the start of the history since the document was opened. */
  droppedSteps: number;
  future: StructuraDocument[];
  clipboard: Clipboard | null;
  notice: Notice | null;
  /** Applies one edit as one undoable step. Returns false (and shows why) when the edit is refused. */
  apply(edit: (doc: StructuraDocument) => StructuraDocument): boolean;
  undo(): void;
  redo(): void;
  setActiveChart(chartId: string): void;
  select(selection: Partial<Selection>): void;
  setClipboard(clipboard: Clipboard | null): void;
  notify(notice: Notice | null): void;
  /** Replaces the document (open, new, restore): clears history. */
  loadDocument(doc: StructuraDocument, file: FileInfo, options?: { dirty?: boolean }): void;
  markSaved(file: FileInfo): void;
}

export const UNTITLED: FileInfo = { name: 'Untitled.structura', handle: null, modifiedAt: null };

function chartStillThere(doc: StructuraDocument, chartId: string): string {
  return doc.charts.some((c) => c.id === chartId) ? chartId : (doc.charts[0]?.id ?? '');
}

export function createEditorState(doc: StructuraDocument, file: FileInfo = UNTITLED, options: { historyBytes?: number } = {}) {
  const historyLimit = options.historyBytes ?? HISTORY_BYTES;
  return create<EditorState>()((set, get) => ({
    doc,
    savedDoc: doc,
    file,
    activeChartId: doc.charts[0]?.id ?? '',
    selection: { nodes: [], lines: [] },
    past: [],
    pastBytes: [],
    historyBytes: 0,
    droppedSteps: 0,
    future: [],
    clipboard: null,
    notice: null,

    apply(edit) {
      const { doc: current, past } = get();
      let next: StructuraDocument;
      try {
        next = edit(current);
      } catch (error) {
        if (error instanceof CommandError) {
          set({ notice: { kind: 'error', text: error.message, refused: true } });
          return false;
        }
        throw error;
      }
      if (next === current) return true;
      // The step undoing to `current` keeps alive what `current` holds and `next` does not.
      const cost = changedBytes(next, current);
      const kept = [...past, current];
      const keptBytes = [...get().pastBytes, cost];
      let total = get().historyBytes + cost;
      let drop = 0;
      while (total > historyLimit && drop < kept.length - 1) total -= keptBytes[drop++];
      const droppedBefore = get().droppedSteps;
      set({
        doc: next,
        past: drop ? kept.slice(drop) : kept,
        pastBytes: drop ? keptBytes.slice(drop) : keptBytes,
        historyBytes: total,
        droppedSteps: droppedBefore + drop,
        future: [],
        activeChartId: chartStillThere(next, get().activeChartId),
        notice:
          drop && droppedBefore === 0
            ? { kind: 'info', text: `Undo history is full (about ${Math.max(1, Math.round(historyLimit / 1024 / 1024))} MB): the oldest steps can no longer be undone. The last ${kept.length - drop} steps can.` }
            : null,
      });
      return true;
    },

    undo() {
      const { past, doc: current, future } = get();
      const previous = past[past.length - 1];
      if (!previous) return;
      const { pastBytes, historyBytes } = get();
      set({
        doc: previous,
        past: past.slice(0, -1),
        pastBytes: pastBytes.slice(0, -1),
        historyBytes: historyBytes - (pastBytes[pastBytes.length - 1] ?? 0),
        future: [current, ...future],
        activeChartId: chartStillThere(previous, get().activeChartId),
        selection: { nodes: [], lines: [] },
      });
    },

    redo() {
      const { past, doc: current, future } = get();
      const next = future[0];
      if (!next) return;
      const cost = changedBytes(next, current);
      set({
        doc: next,
        past: [...past, current],
        pastBytes: [...get().pastBytes, cost],
        historyBytes: get().historyBytes + cost,
        future: future.slice(1),
        activeChartId: chartStillThere(next, get().activeChartId),
        selection: { nodes: [], lines: [] },
      });
    },

    setActiveChart(chartId) {
      set({ activeChartId: chartStillThere(get().doc, chartId), selection: { nodes: [], lines: [] } });
    },

    select(selection) {
      set({ selection: { nodes: selection.nodes ?? [], lines: selection.lines ?? [] } });
    },

    setClipboard(clipboard) {
      set({ clipboard });
    },

    notify(notice) {
      set({ notice });
    },

    loadDocument(next, nextFile, options = {}) {
      set({
        doc: next,
        savedDoc: options.dirty ? null : next,
        file: nextFile,
        activeChartId: next.charts[0]?.id ?? '',
        selection: { nodes: [], lines: [] },
        past: [],
        pastBytes: [],
        historyBytes: 0,
        droppedSteps: 0,
        future: [],
        notice: null,
      });
    },

    markSaved(nextFile) {
      set({ savedDoc: get().doc, file: nextFile });
    },
  }));
}

export type EditorStore = ReturnType<typeof createEditorState>;

export function isDirty(state: Pick<EditorState, 'doc' | 'savedDoc'>): boolean {
  return state.doc !== state.savedDoc;
}
