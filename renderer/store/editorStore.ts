// The one store of the editor. The document is the single source of truth;
// every edit is a pure command from shared/model/commands applied through
// `apply`, which records the previous document for undo. Documents are
// immutable, so undo and redo restore the identical document.
import { create } from 'zustand';
import { CommandError, type Clipboard } from '../../shared/model/commands';
import { describeChange } from '../../shared/model/changeLabel';
import type { StructuraDocument } from '../../shared/model/types';
import { changedBytes } from './historyCost';
import { createLayoutCache, type LayoutCache } from '../../shared/layout/layoutCache';
import type { OrgView } from '../canvas/orgView';

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
  /** What each step did, for "Undo Move Director of Finance" (parallel to `past` and `future`). */
  pastLabels: string[];
  futureLabels: string[];
  clipboard: Clipboard | null;
  notice: Notice | null;
  /** Whether the Checks panel is open: view state of this window, opened from the panel or the toolbar's counts. */
  checksOpen: boolean;
  setChecksOpen(open: boolean): void;
  /** Highlight or filter by organisation (renderer/canvas/orgView.ts): view state of this window, not saved or undone. */
  orgView: OrgView | null;
  setOrgView(view: OrgView | null): void;
  /**
   * Applies one edit as one undoable step named `label` (told from the change when not given).
   * Returns false (and shows why) when the edit is refused.
   */
  apply(edit: (doc: StructuraDocument) => StructuraDocument, label?: string): boolean;
  undo(): void;
  redo(): void;
  setActiveChart(chartId: string): void;
  select(selection: Partial<Selection>): void;
  setClipboard(clipboard: Clipboard | null): void;
  notify(notice: Notice | null): void;
  /** What re-layout of this document reuses: owned here, one per open document (replaced when another is opened). */
  layoutCache: LayoutCache;
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
    pastLabels: [],
    futureLabels: [],
    clipboard: null,
    notice: null,
    checksOpen: false,
    setChecksOpen: (checksOpen) => set({ checksOpen }),
    orgView: null,
    setOrgView: (orgView) => set({ orgView }),
    layoutCache: createLayoutCache(),

    apply(edit, label) {
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
      const keptLabels = [...get().pastLabels, label ?? describeChange(current, next)];
      let total = get().historyBytes + cost;
      let drop = 0;
      while (total > historyLimit && drop < kept.length - 1) total -= keptBytes[drop++] ?? 0;
      const droppedBefore = get().droppedSteps;
      set({
        doc: next,
        past: drop ? kept.slice(drop) : kept,
        pastBytes: drop ? keptBytes.slice(drop) : keptBytes,
        pastLabels: drop ? keptLabels.slice(drop) : keptLabels,
        historyBytes: total,
        droppedSteps: droppedBefore + drop,
        future: [],
        futureLabels: [],
        activeChartId: chartStillThere(next, get().activeChartId),
        notice:
          drop && droppedBefore === 0
            ? {
                kind: 'info',
                text: `Undo history is full (about ${Math.max(1, Math.round(historyLimit / 1024 / 1024))} MB): the oldest steps can no longer be undone. The last ${kept.length - drop} steps can.`,
              }
            : null,
      });
      return true;
    },

    undo() {
      const { past, doc: current, future } = get();
      const previous = past[past.length - 1];
      if (!previous) return;
      const { pastBytes, historyBytes, pastLabels, futureLabels } = get();
      set({
        doc: previous,
        past: past.slice(0, -1),
        pastBytes: pastBytes.slice(0, -1),
        pastLabels: pastLabels.slice(0, -1),
        historyBytes: historyBytes - (pastBytes[pastBytes.length - 1] ?? 0),
        future: [current, ...future],
        futureLabels: [pastLabels[pastLabels.length - 1] ?? '', ...futureLabels],
        activeChartId: chartStillThere(previous, get().activeChartId),
        selection: { nodes: [], lines: [] },
      });
    },

    redo() {
      const { past, doc: current, future } = get();
      const next = future[0];
      if (!next) return;
      const cost = changedBytes(next, current);
      const { futureLabels } = get();
      set({
        doc: next,
        past: [...past, current],
        pastBytes: [...get().pastBytes, cost],
        pastLabels: [...get().pastLabels, futureLabels[0] ?? ''],
        historyBytes: get().historyBytes + cost,
        future: future.slice(1),
        futureLabels: futureLabels.slice(1),
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
        pastLabels: [],
        futureLabels: [],
        notice: null,
        orgView: null,
        layoutCache: createLayoutCache(),
      });
    },

    markSaved(nextFile) {
      set({ savedDoc: get().doc, file: nextFile });
    },
  }));
}

export type EditorStore = ReturnType<typeof createEditorState>;

/** "Undo Move Director of Finance", or plain "Undo" when there is nothing to undo. */
export function undoTitle(state: Pick<EditorState, 'pastLabels'>): string {
  const label = state.pastLabels[state.pastLabels.length - 1];
  return label ? `Undo ${label}` : 'Undo';
}

export function redoTitle(state: Pick<EditorState, 'futureLabels'>): string {
  const label = state.futureLabels[0];
  return label ? `Redo ${label}` : 'Redo';
}

export function isDirty(state: Pick<EditorState, 'doc' | 'savedDoc'>): boolean {
  return state.doc !== state.savedDoc;
}
