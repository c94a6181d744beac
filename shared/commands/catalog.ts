// Every user command, declared once: its id, its label, its shortcuts and where
// the native menu shows it. Pure data, so the Electron main process can build
// its menu from it without the UI; what each command does and when it applies
// is added in the renderer (renderer/commands/registry.ts), typed against these
// ids so that no command is left without an action and none is defined twice.

export const COMMAND_IDS = [
  'new',
  'open',
  'save',
  'save-as',
  'close',
  'undo',
  'redo',
  'cut',
  'copy',
  'copy-image-png',
  'copy-image-svg',
  'paste',
  'paste-same-post',
  'delete',
  'select-all',
  'add-post',
  'add-body',
  'move-to',
  'add-line-to',
  'auto-layout',
  'toggle-compact',
  'tags',
  'zoom-in',
  'zoom-out',
  'fit',
  'toggle-minimap',
  'show-levels-1',
  'show-levels-2',
  'show-levels-3',
  'show-all-levels',
  'highlight-organisation',
  'filter-organisation',
  'clear-organisation-view',
  'context-menu',
  'export',
  'print',
  'present',
  'compare',
  'import-organogram',
  'import-csv',
  'shortcuts',
  'about',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

export interface Shortcut {
  /** KeyboardEvent.key, lower case for letters: 's', 'F5', 'Delete', '?'. */
  key: string;
  /** Ctrl, or ⌘ on macOS. */
  mod?: true;
  shift?: true;
  alt?: true;
  /**
   * Only the native menu takes it. In a browser these keys belong to the browser
   * (zoom, a new window, print), and people who zoom the page must keep them.
   */
  menuOnly?: true;
  /** The menu shows it on this platform only (Redo is ⇧⌘Z on macOS, Ctrl+Y elsewhere). */
  menuPlatform?: 'mac' | 'other';
}

export type CommandGroup = 'File' | 'Edit' | 'Chart' | 'View' | 'Help';

export interface CommandInfo {
  id: CommandId;
  /** As the menus and the help sheet show it. */
  label: string;
  group: CommandGroup;
  /** The first is the one shown on buttons. */
  shortcuts: readonly Shortcut[];
  /** Handled by the host itself (closing the window), never sent to the page. */
  host?: true;
  /** Only the page has it (a menu of the native menu makes no sense): never in the native menu. */
  pageOnly?: true;
}

const mod = true as const;
const shift = true as const;
const menuOnly = true as const;

export const COMMANDS: Record<CommandId, CommandInfo> = {
  new: { id: 'new', label: 'New', group: 'File', shortcuts: [{ key: 'n', mod, menuOnly }] },
  open: { id: 'open', label: 'Open…', group: 'File', shortcuts: [{ key: 'o', mod }] },
  save: { id: 'save', label: 'Save', group: 'File', shortcuts: [{ key: 's', mod }] },
  'save-as': { id: 'save-as', label: 'Save As…', group: 'File', shortcuts: [{ key: 's', mod, shift }] },
  close: { id: 'close', label: 'Close', group: 'File', shortcuts: [{ key: 'w', mod, menuOnly }], host: true },
  undo: { id: 'undo', label: 'Undo', group: 'Edit', shortcuts: [{ key: 'z', mod }] },
  redo: {
    id: 'redo',
    label: 'Redo',
    group: 'Edit',
    shortcuts: [
      { key: 'z', mod, shift, menuPlatform: 'mac' },
      { key: 'y', mod, menuPlatform: 'other' },
    ],
  },
  cut: { id: 'cut', label: 'Cut', group: 'Edit', shortcuts: [{ key: 'x', mod }] },
  copy: { id: 'copy', label: 'Copy', group: 'Edit', shortcuts: [{ key: 'c', mod }] },
  'copy-image-png': { id: 'copy-image-png', label: 'Copy Chart as PNG Image', group: 'Edit', shortcuts: [] },
  'copy-image-svg': { id: 'copy-image-svg', label: 'Copy Chart as SVG Image', group: 'Edit', shortcuts: [] },
  paste: { id: 'paste', label: 'Paste', group: 'Edit', shortcuts: [{ key: 'v', mod }] },
  'paste-same-post': { id: 'paste-same-post', label: 'Paste as the Same Post', group: 'Edit', shortcuts: [{ key: 'v', mod, shift }] },
  delete: { id: 'delete', label: 'Delete', group: 'Edit', shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }] },
  'select-all': { id: 'select-all', label: 'Select All', group: 'Edit', shortcuts: [{ key: 'a', mod }] },
  'add-post': { id: 'add-post', label: 'Add Post', group: 'Chart', shortcuts: [{ key: 'n' }] },
  'add-body': { id: 'add-body', label: 'Add Body', group: 'Chart', shortcuts: [{ key: 'b' }] },
  'move-to': { id: 'move-to', label: 'Move To…', group: 'Chart', shortcuts: [{ key: 'm' }] },
  'add-line-to': { id: 'add-line-to', label: 'Add Line To…', group: 'Chart', shortcuts: [] },
  'auto-layout': { id: 'auto-layout', label: 'Auto-layout', group: 'Chart', shortcuts: [{ key: 'l' }] },
  'toggle-compact': { id: 'toggle-compact', label: 'Compact Layout', group: 'Chart', shortcuts: [] },
  tags: { id: 'tags', label: 'Organisation Tags…', group: 'Chart', shortcuts: [] },
  'zoom-in': { id: 'zoom-in', label: 'Zoom In', group: 'View', shortcuts: [{ key: '=', mod, menuOnly }] },
  'zoom-out': { id: 'zoom-out', label: 'Zoom Out', group: 'View', shortcuts: [{ key: '-', mod, menuOnly }] },
  fit: { id: 'fit', label: 'Fit', group: 'View', shortcuts: [{ key: 'f' }, { key: '0', mod, menuOnly }] },
  // Cmd+M is Minimize on macOS: the minimap takes Shift as well.
  'toggle-minimap': { id: 'toggle-minimap', label: 'Toggle Minimap', group: 'View', shortcuts: [{ key: 'm', mod, shift, menuOnly }] },
  // No keys: Alt+digit and Ctrl+digit switch the browser's tabs.
  'show-levels-1': { id: 'show-levels-1', label: 'Show 1 Level', group: 'View', shortcuts: [] },
  'show-levels-2': { id: 'show-levels-2', label: 'Show 2 Levels', group: 'View', shortcuts: [] },
  'show-levels-3': { id: 'show-levels-3', label: 'Show 3 Levels', group: 'View', shortcuts: [] },
  'show-all-levels': { id: 'show-all-levels', label: 'Show All Levels', group: 'View', shortcuts: [] },
  'highlight-organisation': { id: 'highlight-organisation', label: 'Highlight an Organisation…', group: 'View', shortcuts: [] },
  'filter-organisation': { id: 'filter-organisation', label: 'Show One Organisation Only…', group: 'View', shortcuts: [] },
  'clear-organisation-view': { id: 'clear-organisation-view', label: 'Show All Organisations', group: 'View', shortcuts: [] },
  'context-menu': {
    id: 'context-menu',
    label: 'Menu for the Selection',
    group: 'View',
    shortcuts: [{ key: 'F10', shift }, { key: 'ContextMenu' }],
    pageOnly: true,
  },
  export: { id: 'export', label: 'Export…', group: 'File', shortcuts: [{ key: 'e', mod }] },
  print: { id: 'print', label: 'Print…', group: 'File', shortcuts: [{ key: 'p', mod, menuOnly }] },
  present: { id: 'present', label: 'Present', group: 'View', shortcuts: [{ key: 'F5' }] },
  compare: { id: 'compare', label: 'Compare…', group: 'View', shortcuts: [] },
  'import-organogram': { id: 'import-organogram', label: 'Import Organogram…', group: 'File', shortcuts: [] },
  'import-csv': { id: 'import-csv', label: 'Import CSV…', group: 'File', shortcuts: [] },
  shortcuts: { id: 'shortcuts', label: 'Keyboard Shortcuts', group: 'Help', shortcuts: [{ key: '?' }] },
  about: { id: 'about', label: 'About Structura', group: 'Help', shortcuts: [] },
};

type Entry = CommandId | '-' | 'recent';

/** The native menu's layout; macOS adds its app and Window menus, Windows and Linux Exit (electron/menu.ts). */
export const MENU_LAYOUT: readonly { label: CommandGroup; entries: readonly Entry[] }[] = [
  { label: 'File', entries: ['new', 'open', 'recent', '-', 'save', 'save-as', '-', 'import-organogram', 'import-csv', 'export', 'print', '-', 'close'] },
  { label: 'Edit', entries: ['undo', 'redo', '-', 'cut', 'copy', 'copy-image-png', 'copy-image-svg', 'paste', 'paste-same-post', 'delete', 'select-all'] },
  { label: 'Chart', entries: ['add-post', 'add-body', '-', 'move-to', 'add-line-to', '-', 'auto-layout', 'toggle-compact', '-', 'tags'] },
  {
    label: 'View',
    entries: [
      'zoom-in',
      'zoom-out',
      'fit',
      'toggle-minimap',
      '-',
      'show-levels-1',
      'show-levels-2',
      'show-levels-3',
      'show-all-levels',
      '-',
      'highlight-organisation',
      'filter-organisation',
      'clear-organisation-view',
      '-',
      'compare',
      'present',
    ],
  },
  { label: 'Help', entries: ['shortcuts', 'about'] },
];

export type Platform = 'mac' | 'other';

const FUNCTION_KEY = /^F\d{1,2}$/;

/** A key Electron's menu may claim: with a modifier, or a function key. Plain keys would be taken from text fields. */
function claimable(s: Shortcut): boolean {
  return !!s.mod || !!s.alt || FUNCTION_KEY.test(s.key);
}

const ACCELERATOR_KEYS: Record<string, string> = { '=': '=', '-': '-', '?': '?', Delete: 'Delete', Backspace: 'Backspace', ContextMenu: '' };

/** Electron's accelerator for a shortcut ("Shift+CmdOrCtrl+S"); empty when Electron has no name for the key. */
export function accelerator(s: Shortcut): string {
  const key = ACCELERATOR_KEYS[s.key] ?? (s.key.length === 1 ? s.key.toUpperCase() : s.key);
  if (!key) return '';
  return [s.shift && 'Shift', s.alt && 'Alt', s.mod && 'CmdOrCtrl', key].filter(Boolean).join('+');
}

const KEY_NAMES: Record<string, string> = { Delete: 'Delete', Backspace: 'Backspace', ContextMenu: 'Menu key', ' ': 'Space' };

/** How a shortcut is written for people: "Ctrl+Shift+S", or "⇧⌘S" on macOS. */
export function shortcutText(s: Shortcut, platform: Platform): string {
  const key = KEY_NAMES[s.key] ?? (s.key.length === 1 ? s.key.toUpperCase() : s.key);
  if (platform === 'mac') return `${s.alt ? '⌥' : ''}${s.shift ? '⇧' : ''}${s.mod ? '⌘' : ''}${key}`;
  return [s.mod && 'Ctrl', s.alt && 'Alt', s.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The shortcut the menu shows for a command on a platform, and whether the menu itself takes the key. */
export function menuShortcut(info: CommandInfo, platform: Platform): { accelerator: string; register: boolean } | null {
  const shown = info.shortcuts.filter((s) => !s.menuPlatform || s.menuPlatform === platform).filter((s) => accelerator(s));
  const claimed = shown.find(claimable);
  if (claimed) return { accelerator: accelerator(claimed), register: true };
  // A plain key is the page's (it must not reach text fields): shown on Windows and Linux, not on macOS.
  const plain = shown[0];
  return plain && platform !== 'mac' ? { accelerator: accelerator(plain), register: false } : null;
}

export type MenuEntry =
  | { type: 'command'; command: CommandId; label: string; enabled: boolean; accelerator?: string; registerAccelerator?: boolean }
  | { type: 'separator' }
  /** Where the host puts Open Recent (its own list of files). */
  | { type: 'recent' };

/** The native menu as the page describes it to the host: plain data, checked on arrival (electron/ipcSchemas.ts). */
export interface MenuDescription {
  menus: { label: string; entries: MenuEntry[] }[];
}

export interface MenuStatus {
  /** Commands that do not apply now; absent means enabled. */
  enabled?: Partial<Record<CommandId, boolean>>;
  /** Labels that say more now: "Undo Move Director of Finance". */
  labels?: Partial<Record<CommandId, string>>;
}

export function describeMenu(platform: Platform, status: MenuStatus = {}): MenuDescription {
  return {
    menus: MENU_LAYOUT.map((menu) => ({
      label: menu.label,
      entries: menu.entries.map((entry): MenuEntry => {
        if (entry === '-') return { type: 'separator' };
        if (entry === 'recent') return { type: 'recent' };
        const info = COMMANDS[entry];
        const shortcut = menuShortcut(info, platform);
        return {
          type: 'command',
          command: entry,
          label: status.labels?.[entry] ?? info.label,
          enabled: status.enabled?.[entry] ?? true,
          ...(shortcut ? { accelerator: shortcut.accelerator, ...(shortcut.register ? {} : { registerAccelerator: false }) } : {}),
        };
      }),
    })),
  };
}
