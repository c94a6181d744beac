// The command registry: each command of the catalog (shared/commands/catalog.ts)
// with when it applies and what it does. The toolbar, the keyboard, the native
// menu, the right-click menu and the shortcut help sheet are all built from it,
// so a command behaves the same whichever way it is reached.
import {
  COMMAND_IDS,
  COMMANDS,
  describeMenu,
  shortcutText,
  type CommandId,
  type CommandInfo,
  type MenuDescription,
  type Platform,
  type Shortcut,
} from '../../shared/commands/catalog';
import type { Chart } from '../../shared/model/types';
import type { Actions } from '../actions';
import { isLargeChart, MINIMAP_OFF_REASON } from '../canvas/largeChart';
import { levelsApply, showLevels } from '../canvas/levelActions';
import { copyChartImage } from '../export/clipboard';
import { printCurrentChart } from '../export/print';
import type { PanelName } from '../panels';
import { redoTitle, undoTitle, type EditorState, type EditorStore } from '../store/editorStore';

export type CommandDialog = 'shortcuts' | 'move-to' | 'add-line-to' | 'highlight-organisation' | 'filter-organisation';
/** What was right-clicked (or is selected, from the keyboard). */
export type MenuTarget = 'box' | 'line' | 'pane';

/** What commands act on: the store, the canvas's actions and the editor's panels. */
export interface CommandEnv {
  store: EditorStore;
  actions: Actions;
  openPanel(panel: PanelName | 'tags'): void;
  panelAvailable(panel: PanelName): boolean;
  showMinimap: boolean;
  toggleMinimap(): void;
  openDialog(dialog: CommandDialog): void;
  /** The right-click menu for the selection, from the keyboard. */
  openContextMenu(): void;
}

interface Behaviour {
  /** When the command applies; absent: always. Disabled buttons and menu items, left out of right-click menus. */
  when?(state: EditorState, env: CommandEnv): boolean;
  run(env: CommandEnv): unknown;
  /** Toggles: whether it is on now. */
  pressed?(state: EditorState, env: CommandEnv): boolean;
  /** Why it does not apply, when that needs saying (a tooltip). */
  disabledReason?(state: EditorState, env: CommandEnv): string | undefined;
  /** Its shortcut works while a text field has the focus (Save, Open). */
  whileTyping?: true;
}

export interface Command extends CommandInfo, Behaviour {}

/** What each right-click menu offers, in its order; only the commands that apply now are shown. */
export const CONTEXT_MENUS: Record<MenuTarget, readonly CommandId[]> = {
  box: ['add-post', 'move-to', 'add-line-to', 'cut', 'copy', 'paste', 'delete', 'highlight-organisation'],
  line: ['delete'],
  pane: ['paste', 'select-all', 'add-post', 'add-body', 'auto-layout', 'toggle-compact', 'fit', 'copy-image-png', 'copy-image-svg', 'clear-organisation-view'],
};

const activeChart = (s: EditorState): Chart | undefined => s.doc.charts.find((c) => c.id === s.activeChartId);
const someNodes = (s: EditorState) => s.selection.nodes.length > 0;
const large = (s: EditorState) => {
  const chart = activeChart(s);
  return !!chart && isLargeChart(chart);
};
const panel = (name: PanelName) => ({ when: (_s: EditorState, env: CommandEnv) => env.panelAvailable(name), run: (env: CommandEnv) => env.openPanel(name) });

const BEHAVIOURS: Record<Exclude<CommandId, 'close'>, Behaviour> = {
  new: { run: (env) => env.actions.newDocument() },
  open: { run: (env) => env.actions.open(), whileTyping: true },
  save: { run: (env) => env.actions.save(), whileTyping: true },
  'save-as': { run: (env) => env.actions.saveAs(), whileTyping: true },
  undo: { when: (s) => s.past.length > 0, run: (env) => env.actions.undo() },
  redo: { when: (s) => s.future.length > 0, run: (env) => env.actions.redo() },
  cut: {
    when: someNodes,
    run: (env) => {
      env.actions.copy();
      env.actions.deleteSelection();
    },
  },
  copy: { when: someNodes, run: (env) => env.actions.copy() },
  'copy-image-png': { when: (s) => (activeChart(s)?.nodes.length ?? 0) > 0, run: (env) => copyChartImage(env.store, 'png') },
  'copy-image-svg': { when: (s) => (activeChart(s)?.nodes.length ?? 0) > 0, run: (env) => copyChartImage(env.store, 'svg') },
  paste: { when: (s) => s.clipboard !== null, run: (env) => env.actions.paste(false) },
  'paste-same-post': { when: (s) => s.clipboard !== null, run: (env) => env.actions.paste(true) },
  delete: { when: (s) => s.selection.nodes.length + s.selection.lines.length > 0, run: (env) => env.actions.deleteSelection() },
  'select-all': { when: (s) => (activeChart(s)?.nodes.length ?? 0) > 0, run: (env) => env.actions.selectAll() },
  'add-post': { when: (s) => activeChart(s)?.kind !== 'diagram', run: (env) => env.actions.addPost() },
  'add-body': { run: (env) => env.actions.addBody() },
  'move-to': { when: someNodes, run: (env) => env.openDialog('move-to') },
  'add-line-to': { when: (s) => s.selection.nodes.length === 1, run: (env) => env.openDialog('add-line-to') },
  'auto-layout': { run: (env) => env.actions.autoLayout() },
  'toggle-compact': { run: (env) => env.actions.toggleCompact(), pressed: (s) => !!activeChart(s)?.layout.compact },
  tags: { run: (env) => env.openPanel('tags') },
  'zoom-in': { run: (env) => env.actions.zoomIn() },
  'zoom-out': { run: (env) => env.actions.zoomOut() },
  fit: { run: (env) => env.actions.fit() },
  'toggle-minimap': {
    when: (s) => !large(s),
    run: (env) => env.toggleMinimap(),
    pressed: (s, env) => env.showMinimap && !large(s),
    disabledReason: (s) => (large(s) ? MINIMAP_OFF_REASON : undefined),
  },
  'show-levels-1': { when: levelsApply, run: (env) => showLevels(env.store, 1) },
  'show-levels-2': { when: levelsApply, run: (env) => showLevels(env.store, 2) },
  'show-levels-3': { when: levelsApply, run: (env) => showLevels(env.store, 3) },
  'show-all-levels': { when: levelsApply, run: (env) => showLevels(env.store, 'all') },
  'highlight-organisation': { when: (s) => s.doc.tags.length > 0, run: (env) => env.openDialog('highlight-organisation') },
  'filter-organisation': { when: (s) => s.doc.tags.length > 0, run: (env) => env.openDialog('filter-organisation') },
  'clear-organisation-view': { when: (s) => s.orgView !== null, run: (env) => env.store.getState().setOrgView(null) },
  'context-menu': { run: (env) => env.openContextMenu() },
  export: panel('export'),
  print: {
    run: (env) => {
      const { doc, activeChartId, notify } = env.store.getState();
      return printCurrentChart(doc, activeChartId).catch((error: Error) => notify({ kind: 'error', text: `Printing failed: ${error.message}` }));
    },
  },
  present: panel('present'),
  compare: panel('compare'),
  'import-organogram': panel('import-organogram'),
  'import-csv': panel('import-csv'),
  shortcuts: { run: (env) => env.openDialog('shortcuts') },
  about: { run: (env) => env.store.getState().notify({ kind: 'info', text: 'Structura 1.0 — organisational structure designer.' }) },
};

/** Every command the page runs, in catalog order ('close' is the host's own). */
export const REGISTRY: readonly Command[] = COMMAND_IDS.filter((id): id is Exclude<CommandId, 'close'> => id !== 'close').map((id) => ({
  ...COMMANDS[id],
  ...BEHAVIOURS[id],
}));

const BY_ID = new Map<CommandId, Command>(REGISTRY.map((c) => [c.id, c]));

export function command(id: CommandId): Command | undefined {
  return BY_ID.get(id);
}

export function applies(cmd: Command, state: EditorState, env: CommandEnv): boolean {
  return cmd.when ? cmd.when(state, env) : true;
}

/** Runs a command if it applies now; false when it does not (or is the host's). */
export function runCommand(id: CommandId, env: CommandEnv): boolean {
  const cmd = BY_ID.get(id);
  if (!cmd || !applies(cmd, env.store.getState(), env)) return false;
  void cmd.run(env);
  return true;
}

/** The label that says what the command would do now: "Undo Move Director of Finance". */
export function currentLabel(cmd: Command, state: EditorState): string {
  if (cmd.id === 'undo') return undoTitle(state);
  if (cmd.id === 'redo') return redoTitle(state);
  return cmd.label;
}

export const PLATFORM: Platform = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? 'mac' : 'other';

/** The shortcuts the page itself answers (those of the native menu alone are left out). */
export function pageShortcuts(cmd: CommandInfo): Shortcut[] {
  return cmd.shortcuts.filter((s) => !s.menuOnly);
}

/** "Save (Ctrl+S)": the label and the first shortcut, as tooltips show them. */
export function withShortcut(label: string, cmd: CommandInfo, platform: Platform = PLATFORM): string {
  const first = cmd.shortcuts[0];
  return first ? `${label} (${shortcutText(first, platform)})` : label;
}

/** The native menu as it should be now. */
export function menuNow(state: EditorState, env: CommandEnv, platform: Platform = PLATFORM): MenuDescription {
  const enabled: Partial<Record<CommandId, boolean>> = {};
  const labels: Partial<Record<CommandId, string>> = {};
  for (const cmd of REGISTRY) {
    enabled[cmd.id] = applies(cmd, state, env);
    const label = currentLabel(cmd, state);
    if (label !== cmd.label) labels[cmd.id] = label.length > 100 ? `${label.slice(0, 99)}…` : label;
  }
  return describeMenu(platform, { enabled, labels });
}

const LETTER = /^[a-z]$/i;

/** True when the key press is this shortcut. Shift counts for letters and named keys, not for "?" (typed with Shift). */
export function matchesShortcut(s: Shortcut, e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key !== s.key) return false;
  if ((e.ctrlKey || e.metaKey) !== !!s.mod || e.altKey !== !!s.alt) return false;
  const shiftMatters = LETTER.test(s.key) || s.key.length > 1;
  return !shiftMatters || e.shiftKey === !!s.shift;
}

/** The command a key press runs, if any. */
export function commandForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): Command | undefined {
  return REGISTRY.find((cmd) => pageShortcuts(cmd).some((s) => matchesShortcut(s, e)));
}
