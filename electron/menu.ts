// The native application menu, as a pure template builder: every item sends a
// menu command to the renderer, which runs the same action as its toolbar.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/bridge';

export interface MenuContext {
  platform: NodeJS.Platform;
  send(command: MenuCommand): void;
  recentFiles: readonly string[];
  openRecent(path: string): void;
  clearRecent(): void;
}

/** "plan.structura — /home/jo/Documents"; `&` doubled on Windows and Linux, where it marks a mnemonic. */
export function recentFileLabel(path: string, platform: NodeJS.Platform): string {
  const cut = Math.max(path.lastIndexOf('/'), platform === 'win32' ? path.lastIndexOf('\\') : -1);
  const label = cut > 0 ? `${path.slice(cut + 1)} — ${path.slice(0, cut)}` : path;
  return platform === 'darwin' ? label : label.replace(/&/g, '&&');
}

export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const mac = ctx.platform === 'darwin';
  const item = (label: string, command: MenuCommand, accelerator?: string, extra: Partial<MenuItemConstructorOptions> = {}): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    ...extra,
    click: () => ctx.send(command),
  });
  const recent: MenuItemConstructorOptions[] = ctx.recentFiles.length
    ? [
        ...ctx.recentFiles.map((path): MenuItemConstructorOptions => ({ label: recentFileLabel(path, ctx.platform), click: () => ctx.openRecent(path) })),
        { type: 'separator' },
        { label: 'Clear Recent', click: () => ctx.clearRecent() },
      ]
    : [{ label: 'No Recent Files', enabled: false }];

  const template: MenuItemConstructorOptions[] = [
    {
      label: mac ? 'File' : '&File',
      submenu: [
        item('New', 'new', 'CmdOrCtrl+N'),
        item('Open…', 'open', 'CmdOrCtrl+O'),
        { label: 'Open Recent', submenu: recent },
        { type: 'separator' },
        item('Save', 'save', 'CmdOrCtrl+S'),
        item('Save As…', 'save-as', 'Shift+CmdOrCtrl+S'),
        { type: 'separator' },
        item('Import Organogram…', 'import-organogram'),
        item('Import CSV…', 'import-csv'),
        item('Export…', 'export', 'CmdOrCtrl+E'),
        item('Print…', 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        item('Close', 'close', 'CmdOrCtrl+W'),
        ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Exit' } as const]),
      ],
    },
    {
      label: mac ? 'Edit' : '&Edit',
      submenu: [
        item('Undo', 'undo', 'CmdOrCtrl+Z'),
        item('Redo', 'redo', mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
        { type: 'separator' },
        item('Cut', 'cut', 'CmdOrCtrl+X'),
        item('Copy', 'copy', 'CmdOrCtrl+C'),
        item('Paste', 'paste', 'CmdOrCtrl+V'),
        // The page handles Delete and Backspace itself: the menu only shows the key on
        // Windows and Linux, and takes no key on macOS, where it would reach text fields first.
        mac ? item('Delete', 'delete') : item('Delete', 'delete', 'Delete', { registerAccelerator: false }),
        item('Select All', 'select-all', 'CmdOrCtrl+A'),
      ],
    },
    {
      label: mac ? 'View' : '&View',
      submenu: [
        item('Zoom In', 'zoom-in', 'CmdOrCtrl+='),
        item('Zoom Out', 'zoom-out', 'CmdOrCtrl+-'),
        item('Fit', 'fit', 'CmdOrCtrl+0'),
        item('Toggle Minimap', 'toggle-minimap', 'Shift+CmdOrCtrl+M'),
        { type: 'separator' },
        item('Compare…', 'compare'),
        item('Present', 'present', 'F5'),
      ],
    },
    ...(mac ? [{ role: 'windowMenu' } as const] : []),
    { label: mac ? 'Help' : '&Help', role: 'help', submenu: [item('About Structura', 'about')] },
  ];
  if (mac) {
    template.unshift({
      label: 'Structura',
      submenu: [
        item('About Structura', 'about'),
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  return template;
}
