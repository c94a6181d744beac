// The native application menu, as a pure template builder: every item sends a
// menu command to the renderer, which runs the same action as its toolbar.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/bridge';

export interface MenuContext {
  platform: NodeJS.Platform;
  send(command: MenuCommand): void;
  recentFiles: string[];
  openRecent(path: string): void;
  clearRecent(): void;
}

export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const mac = ctx.platform === 'darwin';
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => ctx.send(command),
  });
  const recent: MenuItemConstructorOptions[] = ctx.recentFiles.length
    ? [...ctx.recentFiles.map((path) => ({ label: path, click: () => ctx.openRecent(path) })), { type: 'separator' }, { label: 'Clear Recent', click: ctx.clearRecent }]
    : [{ label: 'No Recent Files', enabled: false }];

  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
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
        ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
      ],
    },
    {
      label: 'Edit',
      submenu: [
        item('Undo', 'undo', 'CmdOrCtrl+Z'),
        item('Redo', 'redo', mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
        { type: 'separator' },
        item('Cut', 'cut', 'CmdOrCtrl+X'),
        item('Copy', 'copy', 'CmdOrCtrl+C'),
        item('Paste', 'paste', 'CmdOrCtrl+V'),
        item('Delete', 'delete', 'Delete'),
        item('Select All', 'select-all', 'CmdOrCtrl+A'),
      ],
    },
    {
      label: 'View',
      submenu: [
        item('Zoom In', 'zoom-in', 'CmdOrCtrl+='),
        item('Zoom Out', 'zoom-out', 'CmdOrCtrl+-'),
        item('Fit', 'fit', 'CmdOrCtrl+0'),
        item('Toggle Minimap', 'toggle-minimap', 'CmdOrCtrl+M'),
        { type: 'separator' },
        item('Compare Structures', 'compare'),
        item('Present', 'present', 'F5'),
      ],
    },
    { label: 'Help', submenu: [item('About Structura', 'about')] },
  ];
  if (mac) template.unshift({ label: 'Structura', submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { type: 'separator' }, { role: 'quit' }] });
  return template;
}

/** Most recent first, no duplicates, at most ten. */
export function addRecentFile(list: string[], path: string, limit = 10): string[] {
  return [path, ...list.filter((p) => p !== path)].slice(0, limit);
}
