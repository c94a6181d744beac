// The bundled main process (what dist-electron/main.cjs contains), loaded in Node
// with a stand-in for Electron: Electron cannot run here, so this checks the
// wiring — secure window options, app:// serving, hardening, single instance,
// files from the OS, the close question — by driving Electron's events.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL } from '../../../electron/channels';
import { createFakeElectron, type FakeElectron } from './children/fakeElectron';
import { defined, present } from '../../support/defined';

const dir = mkdtempSync(join(tmpdir(), 'structura-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bundle = join(dir, 'dist-electron', 'main.cjs');
const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

beforeAll(async () => {
  await build({
    entryPoints: [join(process.cwd(), 'electron/main.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'error',
    plugins: [
      {
        name: 'fake-electron',
        setup: (b) => {
          b.onResolve({ filter: /^electron$/ }, () => ({ path: 'electron', namespace: 'fake' }));
          b.onLoad({ filter: /.*/, namespace: 'fake' }, () => ({ contents: 'module.exports = globalThis.__structuraFakeElectron;', loader: 'js' }));
        },
      },
    ],
  });
});

let run = 0;
/** Loads a fresh copy of the main process against a fresh fake Electron. */
async function start(argv: string[] = []): Promise<FakeElectron> {
  const userData = join(dir, `user-data-${++run}`);
  mkdirSync(userData, { recursive: true });
  const electron = createFakeElectron(userData);
  (globalThis as Record<string, unknown>).__structuraFakeElectron = electron;
  const require = createRequire(bundle);
  delete require.cache[bundle];
  const savedArgv = process.argv;
  process.argv = ['/usr/bin/electron', '.', ...argv];
  try {
    require(bundle);
  } finally {
    process.argv = savedArgv;
  }
  electron.app.becomeReady();
  await vi.waitFor(() => expect(electron.BrowserWindow.all.length).toBeGreaterThan(0));
  return electron;
}

const windows = (e: FakeElectron) => e.BrowserWindow.all.filter((w) => !w.destroyed);
const invoke = (e: FakeElectron, channel: string, ...args: unknown[]) =>
  defined(e.ipcMain.handlers.get(channel), 'e.ipcMain.handlers.get(channel)')(defined(windows(e)[0]).webContents.event(), ...args);

describe('the main process, wired to a stand-in Electron', () => {
  it('registers app:// as privileged before ready, enables the sandbox and takes the single-instance lock', async () => {
    const e = await start();
    expect(e.protocol.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(e.calls).toEqual(expect.arrayContaining(['enableSandbox', 'requestSingleInstanceLock']));
    expect(e.protocol.handlers.has('app')).toBe(true);
  });

  it('opens one window with the secure options, loading the app from app://structura/', async () => {
    const e = await start();
    expect(windows(e)).toHaveLength(1);
    const win = defined(windows(e)[0]);
    expect(win.url).toBe('app://structura/index.html');
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
    expect(win.options.webPreferences.preload).toMatch(/dist-electron[\\/]preload\.cjs$/);
    expect(present(win.webContents.windowOpenHandler, 'win.webContents.windowOpenHandler')({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(win.webContents.listenerCount('will-navigate')).toBeGreaterThan(0);
    expect(e.session.defaultSession.handlers.request).toBeTypeOf('function');
    expect(e.Menu.current.template.map((m: { label?: string }) => m.label)).toContain('&File');
  });

  it('serves the page with the CSP header and refuses paths outside the renderer', async () => {
    const e = await start();
    const serve = defined(e.protocol.handlers.get('app'), "e.protocol.handlers.get('app')");
    const outside = (await serve({ url: 'app://structura/a%2f..%2f..%2fpackage.json', method: 'GET' })) as Response;
    expect(outside.status).toBe(404);
    const missing = (await serve({ url: 'app://structura/index.html', method: 'GET' })) as Response; // no built renderer next to this bundle
    expect(missing.status).toBe(404);
  });

  it('titles the window from the renderer’s document state', async () => {
    const e = await start();
    defined(e.ipcMain.handlers.get(CHANNEL.setDocumentState), 'e.ipcMain.handlers.get(CHANNEL.setDocumentState)')(defined(windows(e)[0]).webContents.event(), {
      title: 'pst.structura',
      dirty: true,
    });
    expect(defined(windows(e)[0]).title).toBe('● pst.structura — Structura');
  });

  it('asks Save / Don’t Save / Cancel on closing with unsaved changes; Cancel keeps the window', async () => {
    const e = await start();
    const win = defined(windows(e)[0]);
    defined(e.ipcMain.handlers.get(CHANNEL.setDocumentState), 'e.ipcMain.handlers.get(CHANNEL.setDocumentState)')(win.webContents.event(), {
      title: 'pst.structura',
      dirty: true,
    });
    e.dialog.answers.push(2);
    win.close();
    await vi.waitFor(() => expect(e.dialog.messages).toHaveLength(1));
    await tick();
    expect(e.dialog.messages[0]).toMatchObject({ buttons: ['Save', "Don't Save", 'Cancel'], cancelId: 2, message: expect.stringContaining('pst.structura') });
    expect(win.destroyed).toBe(false);
  });

  it('Save asks the renderer to save and closes once it reports the document clean', async () => {
    const e = await start();
    const win = defined(windows(e)[0]);
    const setState = defined(e.ipcMain.handlers.get(CHANNEL.setDocumentState), 'e.ipcMain.handlers.get(CHANNEL.setDocumentState)');
    setState(win.webContents.event(), { title: 'pst.structura', dirty: true });
    e.dialog.answers.push(0);
    win.close();
    await vi.waitFor(() => expect(win.webContents.sent).toContainEqual([CHANNEL.menuCommand, 'save']));
    expect(win.destroyed).toBe(false);
    setState(win.webContents.event(), { title: 'pst.structura', dirty: false });
    expect(win.destroyed).toBe(true);
  });

  it("quitting with unsaved work: Don't Save discards the recovery snapshot, closes and carries on quitting", async () => {
    const e = await start();
    const win = defined(windows(e)[0]);
    const event = win.webContents.event();
    await defined(e.ipcMain.handlers.get(CHANNEL.writeRecovery), 'e.ipcMain.handlers.get(CHANNEL.writeRecovery)')(event, {
      text: '{"unsaved":1}',
      name: 'Untitled',
      handle: null,
      savedAt: 1,
    });
    expect(await defined(e.ipcMain.handlers.get(CHANNEL.readRecovery), 'e.ipcMain.handlers.get(CHANNEL.readRecovery)')(event)).toMatchObject([
      { text: '{"unsaved":1}', mine: true },
    ]);
    defined(e.ipcMain.handlers.get(CHANNEL.setDocumentState), 'e.ipcMain.handlers.get(CHANNEL.setDocumentState)')(event, { title: 'Untitled', dirty: true });
    e.app.emit('before-quit', { preventDefault() {} });
    e.dialog.answers.push(1);
    win.close(); // Electron closes each window on quit; this one is stopped by the question
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    expect(e.app.quitCalls).toBeGreaterThan(0);
    // The unsaved work was deliberately thrown away: nothing to offer on the next start.
    // Only the mark that this run is alive is left.
    expect(readdirSync(join(e.app.getPath('userData'), 'recovery')).filter((n) => !n.startsWith('run-'))).toEqual([]);
  });

  it('opens a document passed on the command line once the page has loaded', async () => {
    const file = join(dir, 'from-argv.structura');
    writeFileSync(file, '{"doc":"argv"}');
    const e = await start([file]);
    await vi.waitFor(() => expect(e.calls).toContain(`addRecentDocument ${file}`));
    const win = defined(windows(e)[0]);
    expect(win.webContents.sent.filter(([c]) => c === CHANNEL.openFile)).toEqual([]);
    win.webContents.emit('did-finish-load');
    const [, opened] = defined((win.webContents.sent.filter(([c]) => c === CHANNEL.openFile) as [string, { name: string; text: string; handle: string }][])[0]);
    expect(opened).toMatchObject({ name: 'from-argv.structura', text: '{"doc":"argv"}' });
    expect(opened.handle).not.toContain('/');
    expect(e.calls).toContain(`addRecentDocument ${file}`);
  });

  it('a second launch with a file opens it here, in a new window when this one has unsaved work', async () => {
    const e = await start();
    const first = defined(windows(e)[0]);
    first.webContents.emit('did-finish-load');
    defined(e.ipcMain.handlers.get(CHANNEL.setDocumentState), 'e.ipcMain.handlers.get(CHANNEL.setDocumentState)')(first.webContents.event(), {
      title: 'Untitled',
      dirty: true,
    });
    const file = join(dir, 'second.structura');
    writeFileSync(file, '{"doc":"second"}');
    e.app.emit('second-instance', {}, ['/opt/Structura/structura', 'second.structura'], dir);
    await vi.waitFor(() => expect(windows(e)).toHaveLength(2));
    const second = defined(windows(e)[1]);
    second.webContents.emit('did-finish-load');
    expect(second.webContents.sent).toContainEqual([CHANNEL.openFile, expect.objectContaining({ name: 'second.structura' })]);
    expect(first.webContents.sent.some(([c]) => c === CHANNEL.openFile)).toBe(false);
  });

  it('refuses IPC from a page that is not the app', async () => {
    const e = await start();
    const win = defined(windows(e)[0]);
    const foreign = { sender: win.webContents, senderFrame: { url: 'https://evil.example/' } };
    await expect(defined(e.ipcMain.handlers.get(CHANNEL.readRecovery), 'e.ipcMain.handlers.get(CHANNEL.readRecovery)')(foreign)).rejects.toThrow(
      /untrusted frame/,
    );
    expect(await invoke(e, CHANNEL.readRecovery)).toEqual([]);
  });

  it('puts a chart image from the page on the system clipboard: PNG as an image, SVG as its markup', async () => {
    const e = await start();
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 40, 0, 0, 0, 30, 8, 2, 0, 0, 0]);
    expect(await invoke(e, CHANNEL.copyImage, { format: 'png', data: png })).toEqual({ ok: true, as: 'image' });
    expect(await invoke(e, CHANNEL.copyImage, { format: 'svg', data: '<svg xmlns="http://www.w3.org/2000/svg"><title>Annex 1</title></svg>' })).toEqual({
      ok: true,
      as: 'text',
    });
    expect(e.clipboard.written.map((w) => w.types)).toEqual([['image/png'], ['text/plain']]);
    expect(new Uint8Array(await (defined(e.clipboard.written[0], 'e.clipboard.written[0]').value as Blob).arrayBuffer())).toEqual(png);
    expect(defined(e.clipboard.written[1], 'e.clipboard.written[1]').value).toContain('<title>Annex 1</title>');
    // Anything else is refused before it reaches the clipboard.
    await expect(invoke(e, CHANNEL.copyImage, { format: 'png', data: new Uint8Array([1, 2, 3]) })).rejects.toThrow(/must be a PNG image/);
    await expect(invoke(e, CHANNEL.copyImage, { format: 'svg', data: 'rm -rf /' })).rejects.toThrow(/must be an SVG image/);
    await expect(invoke(e, CHANNEL.copyImage, { format: 'gif', data: '' })).rejects.toThrow(/invalid payload/);
    expect(e.clipboard.written).toHaveLength(2);
  });

  it('sends menu edit commands for a text field to the page’s native editing', async () => {
    const e = await start();
    const win = defined(windows(e)[0]);
    defined(e.ipcMain.handlers.get(CHANNEL.textEdit), 'e.ipcMain.handlers.get(CHANNEL.textEdit)')(win.webContents.event(), 'paste');
    expect(win.webContents.edits).toEqual(['paste']);
  });
});
