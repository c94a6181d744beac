// The editor window: toolbar, chart tabs, canvas, inspector, and the panels
// (tags, import, compare, export, presentation) that open over them.
import { formatDateTime } from '../shared/format';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { MenuCommand } from '../shared/bridge';
import { openText, useActions } from './actions';
import { ChartCanvas } from './canvas/ChartCanvas';
import { ContextMenuContext, useCommandSurfaces } from './commands/CommandSurfaces';
import { runCommand } from './commands/registry';
import { ChecksPanel } from './checks/ChecksPanel';
import { ChartTabs } from './charts/ChartTabs';
import { EditorErrorBoundary } from './EditorErrorBoundary';
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
import { rememberOpener, useReturnFocus } from './a11y/viewFocus';

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

  const toggleMinimap = useCallback(() => setShowMinimap((v) => !v), []);
  const panelAvailable = useCallback((name: PanelName) => !!PANELS[name], []);
  // Compare and presentation replace the editor: the focus goes back to what opened them (renderer/a11y/viewFocus.ts).
  const openPanel = useCallback((name: PanelName | 'tags' | null) => {
    if (name === 'compare' || name === 'present') rememberOpener();
    setPanel(name);
  }, []);
  const commands = useCommandSurfaces({ store, actions, openPanel, panelAvailable, showMinimap, toggleMinimap });
  const { env } = commands;
  const onMenu = useCallback((command: MenuCommand): boolean => runCommand(command, env), [env]);

  const host = useHostSync(store, actions, onMenu);
  useShortcuts(env, panel === null);
  useReturnFocus(panel !== 'compare' && panel !== 'present');

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
            {dirty && (
              <span className="dirty-mark" aria-label="unsaved changes" title="Unsaved changes">
                {' '}
                ●
              </span>
            )}
          </span>
        </div>
        <Toolbar env={env} />
        {host.recoveries.map((offer) => (
          <div key={offer.id} className="recovery-bar" role="alert">
            Unsaved work on {offer.name} from {formatDateTime(offer.savedAt)} can be restored
            {host.recoveries.length > 1 ? ' (each unsaved document is offered separately)' : ''}.
            <button type="button" onClick={() => void host.restoreRecovery(offer)}>
              Restore
            </button>
            <button type="button" onClick={() => void host.discardRecovery(offer)}>
              Discard
            </button>
          </div>
        ))}
        <NoticeBar />
      </header>
      <ChartTabs />
      <main className="workspace">
        <div className="workspace-main">
          <SearchBar />
          <ContextMenuContext.Provider value={commands.openMenuAt}>
            <ChartCanvas showMinimap={showMinimap} />
          </ContextMenuContext.Provider>
          <ChecksPanel />
        </div>
        <Inspector />
      </main>
      {commands.overlays}
      {panel === 'tags' && <TagsDialog onClose={() => setPanel(null)} />}
      {Panel && panel !== 'present' && panel !== 'compare' && <Panel onClose={() => setPanel(null)} />}
    </div>
  );
}
