// The Electron main process: one secure window per document, the native menu,
// file dialogs, and the IPC that implements the renderer's host bridge.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuCommand } from '../shared/bridge';
import { CHANNEL } from './channels';
import { readDocumentFile } from './fileService';
import { HandleRegistry } from './handles';
import { APP_ORIGIN, registerIpc, type Dialogs } from './ipc';
import { addRecentFile, buildMenuTemplate } from './menu';
import { serveAppRequest } from './protocol';
import { RecoveryStore } from './recovery';
import { hardenSession, hardenWebContents } from './security';

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();

const rendererRoot = join(__dirname, '..', 'dist', 'renderer');
const handles = new HandleRegistry();
const windowState = new WeakMap<BrowserWindow, { dirty: boolean; closeConfirmed: boolean }>();
let mainWindow: BrowserWindow | null = null;
let pendingFile: string | null = process.argv.slice(app.isPackaged ? 1 : 2).find((a) => /\.(structura|json)$/i.test(a)) ?? null;
const recentPath = () => join(app.getPath('userData'), 'recent.json');
let recentFiles: string[] = [];

function windowOf(event: Pick<IpcMainEvent | IpcMainInvokeEvent, 'sender'>): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

const dialogs: Dialogs = {
  async open({ title, extensions, multiple }) {
    const result = await dialog.showOpenDialog(mainWindow!, {
      title,
      filters: [{ name: extensions.join(', ').toUpperCase(), extensions }],
      properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    });
    if (!result.canceled) for (const path of result.filePaths) rememberRecent(path);
    return result.canceled ? [] : result.filePaths;
  },
  async save({ title, defaultName, extensions }) {
    const result = await dialog.showSaveDialog(mainWindow!, { title, defaultPath: defaultName, filters: [{ name: extensions.join(', ').toUpperCase(), extensions }] });
    return result.canceled || !result.filePath ? null : result.filePath;
  },
};

function send(command: MenuCommand): void {
  mainWindow?.webContents.send(CHANNEL.menuCommand, command);
}

function rebuildMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        send: (command) => (command === 'close' ? mainWindow?.close() : send(command)),
        recentFiles,
        openRecent: (path) => void openFileInWindow(path),
        clearRecent: () => {
          recentFiles = [];
          void writeFile(recentPath(), '[]');
          rebuildMenu();
        },
      }),
    ),
  );
}

function rememberRecent(path: string): void {
  recentFiles = addRecentFile(recentFiles, path);
  app.addRecentDocument(path);
  void writeFile(recentPath(), JSON.stringify(recentFiles)).catch(() => undefined);
  rebuildMenu();
}

async function openFileInWindow(path: string): Promise<void> {
  if (!mainWindow) {
    pendingFile = path;
    return;
  }
  const name = path.split(/[\\/]/).pop() ?? path;
  try {
    const { text, modifiedAt } = await readDocumentFile(path);
    rememberRecent(path);
    mainWindow.webContents.send(CHANNEL.openFile, { name, handle: handles.issue(path), text, modifiedAt });
  } catch (error) {
    mainWindow.webContents.send(CHANNEL.openFile, { name, handle: null, text: '', modifiedAt: null, error: (error as Error).message });
  }
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    title: 'Structura',
    show: false,
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  windowState.set(win, { dirty: false, closeConfirmed: false });
  hardenWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  win.on('close', (event) => {
    const state = windowState.get(win);
    if (state?.dirty && !state.closeConfirmed) {
      event.preventDefault();
      win.webContents.send(CHANNEL.closeRequested);
    }
  });
  win.webContents.once('did-finish-load', () => {
    if (pendingFile) void openFileInWindow(pendingFile);
    pendingFile = null;
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

async function printPdf(pdf: Uint8Array): Promise<void> {
  // The PDF opens in a separate, sandboxed window with its own session, then the native print dialog.
  const folder = await mkdtemp(join(tmpdir(), 'structura-print-'));
  const file = join(folder, 'print.pdf');
  await writeFile(file, pdf);
  const printWindow = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true, partition: 'print', disableBlinkFeatures: 'Auxclick' } });
  hardenWebContents(printWindow.webContents);
  await printWindow.loadURL(pathToFileURL(file).href);
  printWindow.webContents.print({}, () => printWindow.close());
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const file = argv.find((a) => /\.(structura|json)$/i.test(a));
    if (file) void openFileInWindow(file);
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openFileInWindow(path);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    protocol.handle('app', (request) => serveAppRequest(request.url, rendererRoot));
    recentFiles = await readFile(recentPath(), 'utf8').then((t) => JSON.parse(t) as string[]).catch(() => []);
    registerIpc(ipcMain, {
      dialogs,
      handles,
      recovery: new RecoveryStore(join(app.getPath('userData'), 'recovery')),
      setDocumentState(event, state) {
        const win = windowOf(event);
        if (!win) return;
        windowState.set(win, { ...(windowState.get(win) ?? { closeConfirmed: false }), dirty: state.dirty });
        win.setTitle(`${state.dirty ? '● ' : ''}${state.title} — Structura`);
        win.setDocumentEdited(state.dirty);
      },
      print: (_event, pdf) => printPdf(pdf),
      confirmClose(event) {
        const win = windowOf(event);
        if (!win) return;
        windowState.set(win, { dirty: false, closeConfirmed: true });
        win.close();
      },
    });
    rebuildMenu();
    mainWindow = createWindow();
    mainWindow.on('closed', () => (mainWindow = null));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createWindow();
  });
}
