// The app's single editor store, starting on the Herefordshire sample.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { herefordshireSample } from '../../shared/sample/herefordshire';
import { createEditorState, type EditorState, type EditorStore } from './editorStore';

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
  return useEditor((s) => s.doc.charts.find((c) => c.id === s.activeChartId) ?? s.doc.charts[0]);
}
