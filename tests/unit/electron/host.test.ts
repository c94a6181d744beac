import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/bridge';
import { CHANNEL } from '../../../electron/channels';
import { HandleRegistry } from '../../../electron/handles';
import { APP_ORIGIN, IpcRefused, isTrustedSender, registerIpc, type IpcDeps } from '../../../electron/ipc';
import { addRecentFile, buildMenuTemplate } from '../../../electron/menu';
import { resolveAppPath } from '../../../electron/protocol';
import { RecoveryStore } from '../../../electron/recovery';
import { hardenSession, hardenWebContents } from '../../../electron/security';

const dir = mkdtempSync(join(tmpdir(), 'structura-host-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeEvent(url = `${APP_ORIGIN}/index.html`, mainFrame = true) {
  const frame = { url };
  return { senderFrame: frame, sender: { mainFrame: mainFrame ? frame : { url } } } as never;
}

function setup(overrides: Partial<IpcDeps> = {}) {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const ipc = { handle: (c: string, l: never) => handlers.set(c, l), on: (c: string, l: never) => handlers.set(c, l) };
  const deps: IpcDeps = {
    dialogs: { open: vi.fn(async () => []), save: vi.fn(async () => join(dir, 'chosen.structura')) },
    handles: new HandleRegistry(),
    recovery: new RecoveryStore(join(dir, 'recovery')),
    setDocumentState: vi.fn(),
    print: vi.fn(async () => undefined),
    confirmClose: vi.fn(),
    ...overrides,
  };
  registerIpc(ipc as never, deps);
  const call = (channel: string, event: unknown, ...args: unknown[]) => handlers.get(channel)!(event, ...args);
  return { deps, call };
}

const saveRequest = (over: object = {}) => ({ text: '{}', handle: null, suggestedName: 'plan.structura', saveAs: false, expectedModifiedAt: null, overwrite: false, ...over });

describe('IPC', () => {
  it('trusts only the app page in its main frame', () => {
    expect(isTrustedSender(fakeEvent())).toBe(true);
    expect(isTrustedSender(fakeEvent('https://evil.example/'))).toBe(false);
    expect(isTrustedSender(fakeEvent('file:///etc/passwd'))).toBe(false);
    expect(isTrustedSender(fakeEvent(`${APP_ORIGIN}/index.html`, false))).toBe(false);
  });

  it('refuses a message from a foreign frame before doing anything', async () => {
    const { deps, call } = setup();
    await expect(call(CHANNEL.saveDocument, fakeEvent('https://evil.example/'), saveRequest())).rejects.toThrow(IpcRefused);
    expect(deps.dialogs.save).not.toHaveBeenCalled();
  });

  it('refuses malformed payloads with the place that is wrong', async () => {
    const { call } = setup();
    await expect(call(CHANNEL.saveDocument, fakeEvent(), { ...saveRequest(), suggestedName: '../../etc/passwd' })).rejects.toThrow(/invalid payload at 0\.suggestedName/);
    await expect(call(CHANNEL.saveDocument, fakeEvent(), { ...saveRequest(), extra: 1 })).rejects.toThrow(/invalid payload/);
    await expect(call(CHANNEL.exportFile, fakeEvent(), { suggestedName: 'a.exe', mimeType: 'application/x-msdownload', data: 'x' })).rejects.toThrow(/invalid payload at 0\.mimeType/);
  });

  it('saves only to files the user chose: unknown handles are refused', async () => {
    const { call } = setup();
    await expect(call(CHANNEL.saveDocument, fakeEvent(), saveRequest({ handle: 'made-up' }))).rejects.toThrow(/unknown file handle/);
  });

  it('saves through the dialog and hands back an opaque handle, not a path', async () => {
    const { call } = setup();
    const outcome = (await call(CHANNEL.saveDocument, fakeEvent(), saveRequest({ text: '{"a":1}' }))) as { ok: boolean; handle: string };
    expect(outcome.ok).toBe(true);
    expect(outcome.handle).not.toContain('/');
    expect(readFileSync(join(dir, 'chosen.structura'), 'utf8')).toBe('{"a":1}');
    const again = (await call(CHANNEL.saveDocument, fakeEvent(), saveRequest({ text: '{"a":2}', handle: outcome.handle }))) as { ok: boolean };
    expect(again.ok).toBe(true);
    expect(readFileSync(join(dir, 'chosen.structura.bak'), 'utf8')).toBe('{"a":1}');
  });

  it('keeps recovery snapshots until cleared', async () => {
    const { call } = setup();
    const snapshot = { text: '{"doc":1}', name: 'plan.structura', handle: null, savedAt: 1_700_000_000_000 };
    await call(CHANNEL.writeRecovery, fakeEvent(), snapshot);
    expect(await call(CHANNEL.readRecovery, fakeEvent())).toEqual(snapshot);
    await call(CHANNEL.clearRecovery, fakeEvent());
    expect(await call(CHANNEL.readRecovery, fakeEvent())).toBeNull();
  });
});

describe('window and session hardening', () => {
  it('blocks navigation away from the app, new windows and webviews', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
    let openHandler: (() => { action: string }) | undefined;
    hardenWebContents({ on: (name: string, l: never) => listeners.set(name, l), setWindowOpenHandler: (h: never) => (openHandler = h) } as never);
    const prevented = (name: string, url: string) => {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-navigate', `${APP_ORIGIN}/index.html`)).toBe(false);
    expect(prevented('will-attach-webview', '')).toBe(true);
    expect(openHandler!()).toEqual({ action: 'deny' });
  });

  it('denies every permission and every remote request', () => {
    let request: (c: unknown, p: string, cb: (ok: boolean) => void) => void = () => {};
    let checkHandler: () => boolean = () => true;
    let before: (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void = () => {};
    hardenSession({
      setPermissionRequestHandler: (h: never) => (request = h),
      setPermissionCheckHandler: (h: never) => (checkHandler = h),
      webRequest: { onBeforeRequest: (h: never) => (before = h) },
    } as never);
    const granted = vi.fn();
    request(null, 'geolocation', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(checkHandler()).toBe(false);
    const decide = (url: string) => new Promise((resolve) => before({ url }, (r) => resolve(r.cancel)));
    return Promise.all([
      expect(decide('https://cdn.example/x.js')).resolves.toBe(true),
      expect(decide(`${APP_ORIGIN}/assets/index.js`)).resolves.toBe(false),
      expect(decide('data:image/png;base64,AAAA')).resolves.toBe(false),
    ]);
  });

  it('serves only files inside the built renderer', () => {
    const root = '/opt/structura/dist/renderer';
    expect(resolveAppPath(`${APP_ORIGIN}/`, root)).toBe(`${root}/index.html`);
    expect(resolveAppPath(`${APP_ORIGIN}/assets/index.js`, root)).toBe(`${root}/assets/index.js`);
    expect(resolveAppPath(`${APP_ORIGIN}/../../../etc/passwd`, root)).toBe(`${root}/etc/passwd`);
    expect(resolveAppPath(`${APP_ORIGIN}/%2e%2e/%2e%2e/etc/passwd`, root)).toBe(`${root}/etc/passwd`);
    expect(resolveAppPath(`${APP_ORIGIN}/a%2f..%2f..%2f..%2fetc%2fpasswd`, root)).toBeNull();
    expect(resolveAppPath('app://other/index.html', root)).toBeNull();
    expect(resolveAppPath('file:///etc/passwd', root)).toBeNull();
  });
});

describe('native menu', () => {
  const labels = (template: ReturnType<typeof buildMenuTemplate>) => template.map((m) => m.label);
  const submenu = (template: ReturnType<typeof buildMenuTemplate>, label: string) => template.find((m) => m.label === label)!.submenu as { label?: string; accelerator?: string; click?: () => void }[];

  it('has File, Edit, View and Help, plus the app menu on macOS', () => {
    const ctx = { send: vi.fn(), recentFiles: [], openRecent: vi.fn(), clearRecent: vi.fn() };
    expect(labels(buildMenuTemplate({ ...ctx, platform: 'win32' }))).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(buildMenuTemplate({ ...ctx, platform: 'darwin' }))).toEqual(['Structura', 'File', 'Edit', 'View', 'Help']);
  });

  it('uses the platform redo shortcut and sends only known commands', () => {
    const send = vi.fn();
    const template = buildMenuTemplate({ platform: 'linux', send, recentFiles: ['/home/a/plan.structura'], openRecent: vi.fn(), clearRecent: vi.fn() });
    const edit = submenu(template, 'Edit');
    expect(edit.find((i) => i.label === 'Redo')!.accelerator).toBe('CmdOrCtrl+Y');
    expect(edit.find((i) => i.label === 'Undo')!.accelerator).toBe('CmdOrCtrl+Z');
    expect(buildMenuTemplate({ platform: 'darwin', send, recentFiles: [], openRecent: vi.fn(), clearRecent: vi.fn() }).find((m) => m.label === 'Edit')).toBeTruthy();
    for (const menu of template) for (const item of (menu.submenu as { click?: () => void }[]) ?? []) item.click?.();
    for (const [command] of send.mock.calls) expect(MENU_COMMANDS).toContain(command);
    expect(send.mock.calls.map(([c]) => c)).toEqual(expect.arrayContaining(['new', 'open', 'save', 'save-as', 'undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'select-all', 'zoom-in', 'zoom-out', 'fit', 'toggle-minimap', 'about']));
    expect(submenu(template, 'File').find((i) => i.label === 'Open Recent')).toBeTruthy();
  });

  it('keeps recent files most recent first, without duplicates', () => {
    expect(addRecentFile(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c']);
    expect(addRecentFile(Array.from({ length: 10 }, (_, i) => `/${i}`), '/new')).toHaveLength(10);
  });
});

describe('packaging config', () => {
  const config = JSON.parse(readFileSync(join(process.cwd(), 'build/electron-builder.json'), 'utf8'));

  it('is valid against electron-builder’s own schema', () => {
    const schema = JSON.parse(readFileSync(join(process.cwd(), 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('sets the security fuses and the .structura file association', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    expect(config.fileAssociations).toContainEqual(expect.objectContaining({ ext: 'structura', role: 'Editor' }));
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'dist-electron/**/*']));
  });
});
