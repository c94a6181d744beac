// A read-only window on the editor for end-to-end tests (the randomized walker):
// the document as it would be saved, the active chart and the undo depth. It hands
// out copies (text and numbers), never the store, so nothing can edit through it.
import { serializeDocument } from '../shared/model/load';
import type { EditorStore } from './store/editorStore';

export interface StructuraTestHook {
  readonly documentText: () => string;
  readonly activeChartId: () => string;
  readonly undoDepth: () => number;
  readonly redoDepth: () => number;
}

export function exposeTestHook(store: EditorStore): void {
  const hook: StructuraTestHook = Object.freeze({
    documentText: () => serializeDocument(store.getState().doc),
    activeChartId: () => store.getState().activeChartId,
    undoDepth: () => store.getState().past.length,
    redoDepth: () => store.getState().future.length,
  });
  Object.defineProperty(window, '__structura', { value: hook, writable: false, configurable: false, enumerable: false });
}
