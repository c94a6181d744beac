// A read-only window on the editor for end-to-end tests (the randomized walker):
// the document as it would be saved, the active chart, the undo depth and the selection. It hands
// out copies (text and numbers), never the store, so nothing can edit through it.
import { serializeDocument } from '../shared/model/load';
import type { EditorStore } from './store/editorStore';

export interface StructuraTestHook {
  readonly documentText: () => string;
  readonly activeChartId: () => string;
  readonly undoDepth: () => number;
  readonly redoDepth: () => number;
  /** Ids of the selected boxes and lines (copies), so a walker can tell a click that selected something from one that hit nothing. */
  readonly selection: () => { nodes: string[]; lines: string[] };
}

export function exposeTestHook(store: EditorStore): void {
  const hook: StructuraTestHook = Object.freeze({
    documentText: () => serializeDocument(store.getState().doc),
    activeChartId: () => store.getState().activeChartId,
    undoDepth: () => store.getState().past.length,
    redoDepth: () => store.getState().future.length,
    selection: () => {
      const { nodes, lines } = store.getState().selection;
      return { nodes: [...nodes], lines: [...lines] };
    },
  });
  Object.defineProperty(window, '__structura', { value: hook, writable: false, configurable: false, enumerable: false });
}
