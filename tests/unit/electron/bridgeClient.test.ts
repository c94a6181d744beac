// The preload's HostBridge with a fake ipcRenderer and a fake focused element.
import { describe, expect, it, vi } from 'vitest';
import { CHANNEL } from '../../../electron/channels';
import { createBridge, isTextFieldFocused, type FocusLike } from '../../../electron/bridgeClient';

function setup(active: FocusLike['activeElement'] = { tagName: 'DIV' }) {
  const listeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();
  const ipc = {
    invoke: vi.fn(async (..._args: unknown[]) => 'answer' as unknown),
    send: vi.fn(),
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
    removeListener: vi.fn(),
  };
  const focus = { activeElement: active };
  const bridge = createBridge(ipc, focus);
  const fromMain = (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((l) => l({}, ...args));
  return { bridge, ipc, focus, fromMain };
}

describe('the preload bridge', () => {
  it('calls one channel per method with the arguments, and exposes nothing else', async () => {
    const { bridge, ipc } = setup();
    expect(bridge.kind).toBe('electron');
    await bridge.openTextFiles(['.csv'], true);
    expect(ipc.invoke).toHaveBeenLastCalledWith(CHANNEL.openTextFiles, ['.csv'], true);
    const request = { text: '{}', handle: 'h', suggestedName: 'a.structura', saveAs: false, expectedModifiedAt: 1, overwrite: false };
    expect(await bridge.saveDocument(request)).toBe('answer');
    expect(ipc.invoke).toHaveBeenLastCalledWith(CHANNEL.saveDocument, request);
    bridge.setDocumentState({ title: 't', dirty: true, extra: 'dropped' } as never);
    expect(ipc.send).toHaveBeenLastCalledWith(CHANNEL.setDocumentState, { title: 't', dirty: true });
    expect(Object.values(bridge).some((v) => v === ipc || (typeof v === 'object' && v !== null))).toBe(false);
  });

  it('passes menu commands to the page, and unsubscribing stops them', () => {
    const { bridge, fromMain } = setup();
    const got: string[] = [];
    const off = bridge.onMenuCommand((c) => got.push(c));
    fromMain(CHANNEL.menuCommand, 'zoom-in');
    fromMain(CHANNEL.menuCommand, 'format-disk');
    off();
    fromMain(CHANNEL.menuCommand, 'zoom-out');
    expect(got).toEqual(['zoom-in']);
  });

  it('sends Copy, Paste, Undo... to a focused text field instead of the chart', () => {
    const { bridge, fromMain, ipc, focus } = setup({ tagName: 'INPUT', type: 'text' });
    const got: string[] = [];
    bridge.onMenuCommand((c) => got.push(c));
    fromMain(CHANNEL.menuCommand, 'paste');
    fromMain(CHANNEL.menuCommand, 'save');
    expect(ipc.send).toHaveBeenCalledWith(CHANNEL.textEdit, 'paste');
    expect(got).toEqual(['save']);
    (focus as { activeElement: unknown }).activeElement = { tagName: 'DIV' };
    fromMain(CHANNEL.menuCommand, 'paste');
    expect(got).toEqual(['save', 'paste']);
  });

  it('keeps a file opened by the OS until the page listens for it', () => {
    const { bridge, fromMain } = setup();
    fromMain(CHANNEL.openFile, { name: 'plan.structura', handle: 'h1', text: '{}', modifiedAt: 1 });
    const got: string[] = [];
    bridge.onOpenFile((f) => got.push(f.name));
    expect(got).toEqual(['plan.structura']);
    fromMain(CHANNEL.openFile, { name: 'second.structura', handle: 'h2', text: '{}', modifiedAt: 1 });
    fromMain(CHANNEL.openFile, 'not a file');
    expect(got).toEqual(['plan.structura', 'second.structura']);
  });

  it('knows which focused elements are text fields', () => {
    expect(isTextFieldFocused({ activeElement: { tagName: 'TEXTAREA' } })).toBe(true);
    expect(isTextFieldFocused({ activeElement: { tagName: 'INPUT' } })).toBe(true);
    expect(isTextFieldFocused({ activeElement: { tagName: 'INPUT', type: 'number' } })).toBe(true);
    expect(isTextFieldFocused({ activeElement: { tagName: 'DIV', isContentEditable: true } })).toBe(true);
    expect(isTextFieldFocused({ activeElement: { tagName: 'INPUT', type: 'checkbox' } })).toBe(false);
    expect(isTextFieldFocused({ activeElement: { tagName: 'BODY' } })).toBe(false);
    expect(isTextFieldFocused({ activeElement: null })).toBe(false);
  });
});
