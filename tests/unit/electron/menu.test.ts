// The native menu template (pure) and the Open Recent list kept in the app-data folder.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/bridge';
import { buildMenuTemplate, recentFileLabel } from '../../../electron/menu';
import { COMMANDS, describeMenu } from '../../../shared/commands/catalog';
import { addRecentFile, RecentFiles, sanitizeRecentList } from '../../../electron/recentFiles';
import { defined } from '../../support/defined';

type Item = MenuItemConstructorOptions;
const dir = mkdtempSync(join(tmpdir(), 'structura-menu-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function build(platform: NodeJS.Platform, recentFiles: string[] = []) {
  const sent: MenuCommand[] = [];
  const ctx = { platform, send: (c: MenuCommand) => sent.push(c), recentFiles, openRecent: vi.fn(), clearRecent: vi.fn() };
  const template = buildMenuTemplate(ctx);
  const menu = (label: string) =>
    (defined(
      template.find((m) => (m.label ?? '').replace('&', '') === label),
      "template.find((m) => (m.label ?? '').replace('&', '') === label)",
    ).submenu as Item[]) ?? [];
  const find = (menuLabel: string, label: string) =>
    defined(
      menu(menuLabel).find((i) => i.label === label),
      'menu(menuLabel).find((i) => i.label === label)',
    );
  const all = (items: Item[]): Item[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? all(i.submenu) : [])]);
  return { template, menu, find, sent, ctx, items: all(template) };
}

describe('native menu', () => {
  it('has File, Edit, View and Help; macOS adds the app menu and Window', () => {
    const labels = (p: NodeJS.Platform) => build(p).template.map((m) => m.label ?? m.role);
    expect(labels('win32')).toEqual(['&File', '&Edit', '&Chart', '&View', '&Help']);
    expect(labels('linux')).toEqual(['&File', '&Edit', '&Chart', '&View', '&Help']);
    expect(labels('darwin')).toEqual(['Structura', 'File', 'Edit', 'Chart', 'View', 'windowMenu', 'Help']);
  });

  it('lists the file, edit and view commands in order', () => {
    const { menu } = build('win32');
    const labels = (name: string) =>
      menu(name)
        .filter((i) => i.type !== 'separator')
        .map((i) => i.label ?? i.role);
    expect(labels('File')).toEqual([
      'New',
      'Open…',
      'Open Recent',
      'Save',
      'Save As…',
      'Import Organogram…',
      'Import CSV…',
      'Export…',
      'Print…',
      'Close',
      'Exit',
    ]);
    expect(labels('Edit')).toEqual([
      'Undo',
      'Redo',
      'Cut',
      'Copy',
      'Copy Chart as PNG Image',
      'Copy Chart as SVG Image',
      'Paste',
      'Paste as the Same Post',
      'Delete',
      'Select All',
    ]);
    expect(labels('Chart')).toEqual(['Add Post', 'Add Body', 'Move To…', 'Add Line To…', 'Auto-layout', 'Compact Layout', 'Organisation Tags…']);
    expect(labels('View')).toEqual([
      'Zoom In',
      'Zoom Out',
      'Fit',
      'Toggle Minimap',
      'Show 1 Level',
      'Show 2 Levels',
      'Show 3 Levels',
      'Show All Levels',
      'Highlight an Organisation…',
      'Show One Organisation Only…',
      'Show All Organisations',
      'Compare…',
      'Present',
    ]);
    expect(labels('Help')).toEqual(['Keyboard Shortcuts', 'About Structura']);
    // Quit lives in the app menu on macOS, not in File.
    expect(
      build('darwin')
        .menu('File')
        .some((i) => i.role === 'quit'),
    ).toBe(false);
    expect(
      build('darwin')
        .menu('Structura')
        .some((i) => i.role === 'quit'),
    ).toBe(true);
  });

  it('uses each platform’s shortcuts', () => {
    const win = build('win32');
    const mac = build('darwin');
    expect(win.find('Edit', 'Undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(win.find('Edit', 'Redo').accelerator).toBe('CmdOrCtrl+Y');
    expect(build('linux').find('Edit', 'Redo').accelerator).toBe('CmdOrCtrl+Y');
    expect(mac.find('Edit', 'Redo').accelerator).toBe('Shift+CmdOrCtrl+Z');
    expect(win.find('File', 'Save').accelerator).toBe('CmdOrCtrl+S');
    expect(win.find('File', 'Save As…').accelerator).toBe('Shift+CmdOrCtrl+S');
    expect(win.find('File', 'Open…').accelerator).toBe('CmdOrCtrl+O');
    expect(win.find('File', 'Print…').accelerator).toBe('CmdOrCtrl+P');
    expect(win.find('View', 'Present').accelerator).toBe('F5');
    // Cmd+M is Minimize on macOS: the minimap does not take it.
    expect(mac.find('View', 'Toggle Minimap').accelerator).not.toBe('CmdOrCtrl+M');
    // Delete: shown but left to the page on Windows and Linux, no key at all on macOS.
    expect(win.find('Edit', 'Delete')).toMatchObject({ accelerator: 'Delete', registerAccelerator: false });
    expect(mac.find('Edit', 'Delete').accelerator).toBeUndefined();
  });

  it('gives no two items the same shortcut', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const keys = build(platform)
        .items.map((i) => i.accelerator)
        .filter(Boolean);
      expect(new Set(keys).size, platform).toBe(keys.length);
    }
  });

  it('sends only known commands, and every command the renderer offers is reachable', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { items, sent } = build(platform, ['/home/jo/plan.structura']);
      for (const item of items) if (!item.role && item.label !== 'Clear Recent' && !item.label?.startsWith('plan.structura')) (item.click as () => void)?.();
      for (const command of sent) expect(MENU_COMMANDS).toContain(command);
      expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS.filter((c) => !COMMANDS[c].pageOnly)));
    }
  });

  it('shows what the page says: commands that do not apply are disabled, Undo names its step', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const description = describeMenu(platform === 'darwin' ? 'mac' : 'other', {
        enabled: { 'move-to': false, paste: false },
        labels: { undo: 'Undo Move Director of Finance & Co' },
      });
      const template = buildMenuTemplate({ platform, send: vi.fn(), recentFiles: [], openRecent: vi.fn(), clearRecent: vi.fn(), description });
      const items = template.flatMap((m) => (m.submenu as Item[]) ?? []);
      const byCommand = (label: string) =>
        defined(
          items.find((i) => i.label?.replace('&&', '&') === label),
          "items.find((i) => i.label?.replace('&&', '&') === label)",
        );
      expect(byCommand('Move To…').enabled).toBe(false);
      expect(byCommand('Paste').enabled).toBe(false);
      expect(byCommand('Copy').enabled).toBe(true);
      // "&" would be a mnemonic on Windows and Linux: it is doubled there, kept on macOS.
      expect(byCommand('Undo Move Director of Finance & Co').label).toBe(
        platform === 'darwin' ? 'Undo Move Director of Finance & Co' : 'Undo Move Director of Finance && Co',
      );
      expect(byCommand('Undo Move Director of Finance & Co').accelerator).toBe('CmdOrCtrl+Z');
    }
  });

  it('opens and clears recent files; shows when there are none', () => {
    const { find, ctx } = build('linux', ['/home/jo/Documents/plan A&B.structura', '/home/jo/other.structura']);
    const recent = find('File', 'Open Recent').submenu as Item[];
    expect(defined(recent[0]).label).toBe('plan A&&B.structura — /home/jo/Documents');
    (defined(recent[1]).click as () => void)();
    expect(ctx.openRecent).toHaveBeenCalledWith('/home/jo/other.structura');
    (
      defined(
        recent.find((i) => i.label === 'Clear Recent'),
        "recent.find((i) => i.label === 'Clear Recent')",
      ).click as () => void
    )();
    expect(ctx.clearRecent).toHaveBeenCalled();
    expect((build('linux').find('File', 'Open Recent').submenu as Item[])[0]).toMatchObject({ label: 'No Recent Files', enabled: false });
  });

  it('labels recent files by name, then folder', () => {
    expect(recentFileLabel('C:\\Users\\jo\\PST model.structura', 'win32')).toBe('PST model.structura — C:\\Users\\jo');
    expect(recentFileLabel('/Users/jo/R&D.structura', 'darwin')).toBe('R&D.structura — /Users/jo');
  });
});

describe('recent files', () => {
  it('keeps the most recent first, without duplicates, at most ten', () => {
    expect(addRecentFile(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c']);
    const full = Array.from({ length: 10 }, (_, i) => `/${i}`);
    expect(addRecentFile(full, '/new')).toEqual(['/new', ...full.slice(0, 9)]);
  });

  it('trusts nothing in a hand-edited list: only absolute paths, no duplicates', () => {
    expect(sanitizeRecentList({ paths: ['/a'] })).toEqual([]);
    expect(sanitizeRecentList(['/a', 'relative.structura', 42, null, '/a', '/b\0c', '/b'])).toEqual(['/a', '/b']);
  });

  it('is kept in a file across runs, and survives a damaged file', async () => {
    const file = join(dir, 'recent.json');
    const first = new RecentFiles(file);
    await first.load();
    await first.add('/home/jo/one.structura');
    await first.add('/home/jo/two.structura');
    const again = new RecentFiles(file);
    expect(await again.load()).toEqual(['/home/jo/two.structura', '/home/jo/one.structura']);
    await again.remove('/home/jo/two.structura');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(['/home/jo/one.structura']);
    await again.clear();
    expect(await new RecentFiles(file).load()).toEqual([]);
    writeFileSync(file, '{ not json');
    expect(await new RecentFiles(file).load()).toEqual([]);
  });
});
