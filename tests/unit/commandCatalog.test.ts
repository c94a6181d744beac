// The command catalog and registry: each command once, no key doing two things,
// the menu the page describes is one the host accepts.
import { describe, expect, it } from 'vitest';
import { COMMAND_IDS, COMMANDS, describeMenu, menuShortcut, shortcutText } from '../../shared/commands/catalog';
import { payloads } from '../../electron/ipcSchemas';
import { commandForKey, matchesShortcut, REGISTRY } from '../../renderer/commands/registry';

const key = (k: string, mods: { ctrl?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key: k,
  ctrlKey: !!mods.ctrl,
  metaKey: false,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
});

describe('command registry', () => {
  it('declares each command once, and the page runs every one but the host’s Close', () => {
    expect(new Set(COMMAND_IDS).size).toBe(COMMAND_IDS.length);
    for (const id of COMMAND_IDS) expect(COMMANDS[id].id).toBe(id);
    expect(REGISTRY.map((c) => c.id)).toEqual(COMMAND_IDS.filter((id) => !COMMANDS[id].host));
  });

  it('gives no key press to two commands', () => {
    const seen = new Map<string, string>();
    for (const cmd of REGISTRY) {
      for (const s of cmd.shortcuts) {
        const text = shortcutText(s, 'other');
        expect(seen.get(text), `${text}: ${cmd.id} and ${seen.get(text)}`).toBeUndefined();
        seen.set(text, cmd.id);
      }
    }
  });

  it('finds the command of a key press as the user types it', () => {
    expect(commandForKey(key('s', { ctrl: true }))?.id).toBe('save');
    expect(commandForKey(key('S', { ctrl: true, shift: true }))?.id).toBe('save-as');
    expect(commandForKey(key('?', { shift: true }))?.id).toBe('shortcuts');
    expect(commandForKey(key('F10', { shift: true }))?.id).toBe('context-menu');
    expect(commandForKey(key('F10'))).toBeUndefined();
    expect(commandForKey(key('ContextMenu'))?.id).toBe('context-menu');
    expect(commandForKey(key('m'))?.id).toBe('move-to');
    expect(commandForKey(key('M', { shift: true }))).toBeUndefined();
    expect(commandForKey(key('z', { ctrl: true, shift: true }))?.id).toBe('redo');
    expect(commandForKey(key('y', { ctrl: true }))?.id).toBe('redo');
    // Keys of the native menu alone stay the browser's in the page (zoom, new window, print).
    for (const k of ['=', '-', '0', 'n', 'p', 'w']) expect(commandForKey(key(k, { ctrl: true }))).toBeUndefined();
    expect(matchesShortcut({ key: 'n' }, key('n', { ctrl: true }))).toBe(false);
  });

  it('describes menus the host’s IPC check accepts, on every platform and whatever it says', () => {
    for (const platform of ['mac', 'other'] as const) {
      const all = describeMenu(platform, {
        enabled: Object.fromEntries(COMMAND_IDS.map((id) => [id, false])),
        labels: { undo: 'Undo Move Director of Children’s Services & Co' },
      });
      expect(payloads.setMenu.safeParse([all]).success).toBe(true);
    }
    expect(menuShortcut(COMMANDS.fit, 'other')).toEqual({ accelerator: 'CmdOrCtrl+0', register: true });
    expect(menuShortcut(COMMANDS['add-post'], 'other')).toEqual({ accelerator: 'N', register: false });
    expect(menuShortcut(COMMANDS['add-post'], 'mac')).toBeNull();
  });
});
