// The native application menu, as a pure template builder. Its items are the
// page's command registry as the page describes it (shared/commands/catalog.ts):
// labels, shortcuts, what is enabled now; each item sends its command back to
// the page, which runs it as its toolbar and keyboard do. Until a page has said
// anything, the catalog's own description (everything enabled) stands.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/bridge';
import { describeMenu, type MenuDescription, type MenuEntry } from '../shared/commands/catalog';

export interface MenuContext {
  platform: NodeJS.Platform;
  send(command: MenuCommand): void;
  recentFiles: readonly string[];
  openRecent(path: string): void;
  clearRecent(): void;
  /** The focused window's page's description; none yet: the catalog's. */
  description?: MenuDescription;
}

/** "plan.structura — /home/jo/Documents"; `&` doubled on Windows and Linux, where it marks a mnemonic. */
export function recentFileLabel(path: string, platform: NodeJS.Platform): string {
  const cut = Math.max(path.lastIndexOf('/'), platform === 'win32' ? path.lastIndexOf('\\') : -1);
  const label = cut > 0 ? `${path.slice(cut + 1)} — ${path.slice(0, cut)}` : path;
  return platform === 'darwin' ? label : label.replace(/&/g, '&&');
}

export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const mac = ctx.platform === 'darwin';
  const description = ctx.description ?? describeMenu(mac ? 'mac' : 'other');
  const recent: MenuItemConstructorOptions[] = ctx.recentFiles.length
    ? [
        ...ctx.recentFiles.map((path): MenuItemConstructorOptions => ({ label: recentFileLabel(path, ctx.platform), click: () => ctx.openRecent(path) })),
        { type: 'separator' },
        { label: 'Clear Recent', click: () => ctx.clearRecent() },
      ]
    : [{ label: 'No Recent Files', enabled: false }];

  const item = (entry: MenuEntry): MenuItemConstructorOptions => {
    if (entry.type === 'separator') return { type: 'separator' };
    if (entry.type === 'recent') return { label: 'Open Recent', submenu: recent };
    // A key the page handles itself is shown but not taken on Windows and Linux, and not shown on macOS,
    // where the menu would take it before text fields see it.
    const key =
      entry.accelerator && !(mac && entry.registerAccelerator === false)
        ? { accelerator: entry.accelerator, ...(entry.registerAccelerator === false ? { registerAccelerator: false } : {}) }
        : {};
    return { label: mac ? entry.label : entry.label.replace(/&/g, '&&'), enabled: entry.enabled, ...key, click: () => ctx.send(entry.command) };
  };

  const template: MenuItemConstructorOptions[] = description.menus.map((menu) => {
    const submenu = menu.entries.map(item);
    if (menu.label === 'File' && !mac) submenu.push({ type: 'separator' }, { role: 'quit', label: 'Exit' });
    return { label: mac ? menu.label : `&${menu.label}`, ...(menu.label === 'Help' ? { role: 'help' as const } : {}), submenu };
  });
  if (mac) {
    const help = template.findIndex((m) => m.role === 'help');
    template.splice(help < 0 ? template.length : help, 0, { role: 'windowMenu' });
    template.unshift({
      label: 'Structura',
      submenu: [
        { label: 'About Structura', click: () => ctx.send('about') },
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
