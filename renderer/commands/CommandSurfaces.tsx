// Where the registry meets the editor: the environment commands run in, the
// dialogs and the right-click menu they open, and the native menu kept in step
// with what applies now (enabled items, "Undo Move Director of Finance").
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { nodeName } from '../../shared/model/query';
import type { Actions } from '../actions';
import { getBridge } from '../host';
import type { PanelName } from '../panels';
import type { EditorStore } from '../store/editorStore';
import { ContextMenu, type MenuPlace } from './ContextMenu';
import { AddLineDialog, MoveToDialog } from './PickDialogs';
import { OrgViewDialog } from './OrgViewDialog';
import { menuNow, type CommandDialog, type CommandEnv, type MenuTarget } from './registry';
import { ShortcutSheet } from './ShortcutSheet';

/** The canvas opens the right-click menu through this. */
export const ContextMenuContext = createContext<((target: MenuTarget, x: number, y: number, targetId?: string) => void) | null>(null);

export function useOpenContextMenu() {
  return useContext(ContextMenuContext);
}

interface Options {
  store: EditorStore;
  actions: Actions;
  openPanel(panel: PanelName | 'tags'): void;
  panelAvailable(panel: PanelName): boolean;
  showMinimap: boolean;
  toggleMinimap(): void;
}

function describeTarget(store: EditorStore, target: MenuTarget, id?: string): string {
  const { doc, activeChartId, selection } = store.getState();
  const chart = doc.charts.find((c) => c.id === activeChartId);
  if (target === 'pane') return chart ? `the chart ${chart.title}` : 'the chart';
  if (target === 'line') return 'the line';
  const nodes = chart?.nodes.filter((n) => (id ? n.id === id : selection.nodes.includes(n.id))) ?? [];
  const [only] = nodes;
  return nodes.length === 1 && only ? nodeName(only) : `${selection.nodes.length} boxes`;
}

/** Where the keyboard's context menu opens: at the selected box or line, else mid-canvas. */
function placeForSelection(store: EditorStore): { target: MenuTarget; x: number; y: number } {
  const { selection } = store.getState();
  const escape = (id: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id);
  const box = selection.nodes[0] ? document.querySelector(`.react-flow__node[data-id="${escape(selection.nodes[0])}"]`) : null;
  if (box) {
    const r = box.getBoundingClientRect();
    return { target: 'box', x: r.left + Math.min(24, r.width / 2), y: r.bottom - 8 };
  }
  const line = selection.lines[0] ? document.querySelector(`.react-flow__edge[data-id="${escape(selection.lines[0])}"]`) : null;
  if (line) {
    const r = line.getBoundingClientRect();
    return { target: 'line', x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  return { target: 'pane', x: pane ? pane.left + pane.width / 2 : 100, y: pane ? pane.top + pane.height / 3 : 100 };
}

export interface CommandSurfaces {
  env: CommandEnv;
  /** The right-click menu and the commands' dialogs, drawn over the editor. */
  overlays: ReactNode;
  /** For the canvas (through ContextMenuContext). */
  openMenuAt(target: MenuTarget, x: number, y: number, targetId?: string): void;
}

export function useCommandSurfaces(options: Options): CommandSurfaces {
  const { store, actions, openPanel, panelAvailable, showMinimap, toggleMinimap } = options;
  const [dialog, setDialog] = useState<CommandDialog | null>(null);
  const [menu, setMenu] = useState<MenuPlace | null>(null);
  /** Where the focus goes back to when a dialog closes (the box the command was for). */
  const dialogReturn = useRef<HTMLElement | null>(null);

  const openMenuAt = useCallback(
    (target: MenuTarget, x: number, y: number, targetId?: string) => {
      // Right-clicking a box outside the selection acts on that box, as in any desktop app.
      const { selection, select } = store.getState();
      if (target === 'box' && targetId && !selection.nodes.includes(targetId)) select({ nodes: [targetId] });
      if (target === 'line' && targetId && !selection.lines.includes(targetId)) select({ lines: [targetId] });
      if (target === 'pane') select({});
      setMenu({ target, x, y, about: describeTarget(store, target, targetId) });
    },
    [store],
  );

  const env = useMemo<CommandEnv>(
    () => ({
      store,
      actions,
      openPanel,
      panelAvailable,
      showMinimap,
      toggleMinimap,
      openDialog: (next) => {
        dialogReturn.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setDialog(next);
      },
      openContextMenu: () => {
        const place = placeForSelection(store);
        setMenu({ ...place, about: describeTarget(store, place.target) });
      },
    }),
    [store, actions, openPanel, panelAvailable, showMinimap, toggleMinimap],
  );

  // The native menu follows the page (Electron only: a browser has none).
  useEffect(() => {
    const bridge = getBridge();
    if (bridge.kind !== 'electron') return;
    let sent = '';
    const publish = () => {
      const description = menuNow(store.getState(), env);
      const text = JSON.stringify(description);
      if (text === sent) return;
      sent = text;
      bridge.setMenu(description);
    };
    publish();
    return store.subscribe(publish);
  }, [store, env]);

  const close = useCallback(() => {
    setDialog(null);
    const back = dialogReturn.current;
    dialogReturn.current = null;
    requestAnimationFrame(() => back?.isConnected && back.focus());
  }, []);
  const closeMenu = useCallback(() => setMenu(null), []);
  const overlays = (
    <>
      {menu && <ContextMenu place={menu} env={env} onClose={closeMenu} />}
      {dialog === 'shortcuts' && <ShortcutSheet onClose={close} />}
      {dialog === 'move-to' && <MoveToDialog onClose={close} />}
      {dialog === 'add-line-to' && <AddLineDialog onClose={close} />}
      {dialog === 'highlight-organisation' && <OrgViewDialog mode="highlight" onClose={close} />}
      {dialog === 'filter-organisation' && <OrgViewDialog mode="filter" onClose={close} />}
    </>
  );
  return { env, overlays, openMenuAt };
}
