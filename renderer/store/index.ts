// The app's single editor store, starting on the Herefordshire sample.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { herefordshireSample } from '../../shared/sample/herefordshire';
import { createEditorState, type EditorState, type EditorStore } from './editorStore';
import { must } from '../../shared/must';

export const EditorContext = createContext<EditorStore | null>(null);

export function createAppStore(): EditorStore {
  return createEditorState(herefordshireSample(), { name: 'Herefordshire sample.structura', handle: null, modifiedAt: null });
}

export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('EditorContext is missing');
  return store;
}

export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}

export function useActiveChart() {
  // A valid document always has a chart (the model refuses deleting the last one).
  return useEditor((s) => s.doc.charts.find((c) => c.id === s.activeChartId) ?? must(s.doc.charts[0], "the document's first chart"));
}
