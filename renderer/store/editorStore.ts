// The one store of the editor. The document is the single source of truth;
// every edit is a pure command from shared/model/commands applied through
// `apply`, which records the previous document for undo. Documents are
// immutable, so undo and redo restore the identical document.
import { create } from 'zustand';
import { CommandError, type Clipboard } from '../../shared/model/commands';
import type { StructuraDocument } from '../../shared/model/types';

export const HISTORY_LIMIT = 200;

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
}

export interface EditorState {
  doc: StructuraDocument;
  /** The document as last saved or opened; the document is dirty when it is not this one. */
  savedDoc: StructuraDocument | null;
  file: FileInfo;
  activeChartId: string;
  selection: Selection;
  past: StructuraDocument[];
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

export function createEditorState(doc: StructuraDocument, file: FileInfo = UNTITLED) {
  return create<EditorState>()((set, get) => ({
    doc,
    savedDoc: doc,
    file,
    activeChartId: doc.charts[0]?.id ?? '',
    selection: { nodes: [], lines: [] },
    past: [],
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
          set({ notice: { kind: 'error', text: error.message } });
          return false;
        }
        throw error;
      }
      if (next === current) return true;
      set({
        doc: next,
        past: [...past.slice(-(HISTORY_LIMIT - 1)), current],
        future: [],
        activeChartId: chartStillThere(next, get().activeChartId),
        notice: null,
      });
      return true;
    },

    undo() {
      const { past, doc: current, future } = get();
      const previous = past[past.length - 1];
      if (!previous) return;
      set({
        doc: previous,
        past: past.slice(0, -1),
        future: [current, ...future],
        activeChartId: chartStillThere(previous, get().activeChartId),
        selection: { nodes: [], lines: [] },
      });
    },

    redo() {
      const { past, doc: current, future } = get();
      const next = future[0];
      if (!next) return;
      set({
        doc: next,
        past: [...past, current],
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
