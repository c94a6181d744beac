// The editor window: toolbar, chart tabs, canvas, inspector, and the panels
// (tags, import, compare, export, presentation) that open over them.
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import type { MenuCommand } from '../shared/bridge';
import { openText, useActions } from './actions';
import { printCurrentChart } from './export/print';
import { ChartCanvas } from './canvas/ChartCanvas';
import { ChecksPanel } from './checks/ChecksPanel';
import { ChartTabs } from './charts/ChartTabs';
import { EditorErrorBoundary } from './EditorErrorBoundary';
import { Modal } from './dialogs/Modal';
import { NoticeBar } from './dialogs/NoticeBar';
import { useHostSync } from './hostSync';
import { Inspector } from './inspector/Inspector';
import { PANELS, type PanelName } from './panels';
import { useShortcuts } from './shortcuts';
import { EditorContext, useEditor, useEditorStore } from './store';
import type { EditorStore } from './store/editorStore';
import { isDirty } from './store/editorStore';
import { TagsDialog } from './tags/TagsDialog';
import { Toolbar } from './toolbar/Toolbar';
import { Announcer } from './a11y/Announcer';
import { SkipLinks } from './a11y/SkipLinks';
import { SearchBar } from './search/SearchBar';

export function App({ store }: { store: EditorStore }) {
  return (
    <EditorContext.Provider value={store}>
      <EditorErrorBoundary store={store}>
        <ReactFlowProvider>
          <Editor />
        </ReactFlowProvider>
      </EditorErrorBoundary>
    </EditorContext.Provider>
  );
}

function Editor() {
  const store = useEditorStore();
  const actions = useActions();
  const [showMinimap, setShowMinimap] = useState(true);
  const [panel, setPanel] = useState<PanelName | 'tags' | null>(null);
  const fileName = useEditor((s) => s.file.name);
  const dirty = useEditor(isDirty);

  const onMenu = useCallback(
    (command: MenuCommand): boolean => {
      const map: Partial<Record<MenuCommand, () => unknown>> = {
        new: actions.newDocument,
        open: actions.open,
        save: actions.save,
        'save-as': actions.saveAs,
        undo: actions.undo,
        redo: actions.redo,
        copy: actions.copy,
        cut: () => {
          actions.copy();
          actions.deleteSelection();
        },
        paste: () => actions.paste(false),
        delete: actions.deleteSelection,
        'select-all': actions.selectAll,
        'zoom-in': actions.zoomIn,
        'zoom-out': actions.zoomOut,
        fit: actions.fit,
        'toggle-minimap': () => setShowMinimap((v) => !v),
        export: () => setPanel('export'),
        print: () =>
          printCurrentChart(store.getState().doc, store.getState().activeChartId).catch((error: Error) =>
            store.getState().notify({ kind: 'error', text: `Printing failed: ${error.message}` }),
          ),
        present: () => setPanel('present'),
        compare: () => setPanel('compare'),
        'import-organogram': () => setPanel('import-organogram'),
        'import-csv': () => setPanel('import-csv'),
        about: () => store.getState().notify({ kind: 'info', text: 'Structura 1.0 — organisational structure designer.' }),
      };
      const run = map[command];
      if (!run || (command in PANELS && !PANELS[command as PanelName])) return false;
      void run();
      return true;
    },
    [actions, store],
  );

  const host = useHostSync(store, actions, onMenu);
  const extra = useMemo(() => ({ export: () => PANELS.export && setPanel('export'), present: () => PANELS.present && setPanel('present') }), []);
  useShortcuts(actions, panel === null || panel === 'tags' ? panel === null : false, extra);

  const Panel = panel && panel !== 'tags' ? PANELS[panel] : undefined;
  if (panel === 'present' && Panel) return <Panel onClose={() => setPanel(null)} />;
  if (panel === 'compare' && Panel) {
    return (
      <div className="app">
        <Panel onClose={() => setPanel(null)} />
      </div>
    );
  }

  // A document dropped on the window opens through the same validation as Open….
  const onDrop = (event: React.DragEvent) => {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    if (isDirty(store.getState()) && !window.confirm(`Discard unsaved changes and open ${file.name}?`)) return;
    void file.text().then((text) => openText(store, text, { name: file.name, handle: null, modifiedAt: file.lastModified }));
  };

  return (
    <div className="app" onDragOver={(e) => e.dataTransfer.types.includes('Files') && e.preventDefault()} onDrop={onDrop}>
      <SkipLinks />
      <Announcer />
      {/* The banner holds the title, the toolbar and the messages, so nothing sits outside a landmark. */}
      <header className="app-top">
      <div className="app-header">
        <h1 className="app-name">Structura</h1>
        <span className="file-name" aria-label="Document">
          {fileName}
          {dirty && <span className="dirty-mark" aria-label="unsaved changes" title="Unsaved changes"> ●</span>}
        </span>
      </div>
      <Toolbar
        actions={actions}
        showMinimap={showMinimap}
        onToggleMinimap={() => setShowMinimap((v) => !v)}
        onOpenPanel={(p) => setPanel(p)}
        available={Object.fromEntries(Object.entries(PANELS).map(([k, v]) => [k, !!v]))}
      />
      {host.recoveries.map((offer) => (
        <div key={offer.id} className="recovery-bar" role="alert">
          Unsaved work on {offer.name} from {new Date(offer.savedAt).toLocaleString('en-GB')} can be restored{host.recoveries.length > 1 ? ' (each unsaved document is offered separately)' : ''}.
          <button type="button" onClick={() => void host.restoreRecovery(offer)}>Restore</button>
          <button type="button" onClick={() => void host.discardRecovery(offer)}>Discard</button>
        </div>
      ))}
      <NoticeBar />
      </header>
      <ChartTabs />
      <main className="workspace">
        <div className="workspace-main">
          <SearchBar />
          <ChartCanvas showMinimap={showMinimap} />
          <ChecksPanel />
        </div>
        <Inspector />
      </main>
      {panel === 'tags' && <TagsDialog onClose={() => setPanel(null)} />}
      {Panel && panel !== 'present' && panel !== 'compare' && <Panel onClose={() => setPanel(null)} />}
      {host.closing && (
        <Modal title="Save changes?" onClose={() => host.answerClose('cancel')}>
          <p>{fileName} has unsaved changes. Save them before closing?</p>
          <div className="dialog-buttons">
            <button type="button" onClick={() => host.answerClose('cancel')}>Cancel</button>
            <button type="button" onClick={() => host.answerClose('discard')}>Don’t Save</button>
            <button type="button" onClick={() => host.answerClose('save')}>Save</button>
          </div>
        </Modal>
      )}
    </div>
  );
}
