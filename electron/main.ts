// The Electron main process: wires the modules together. Each concern lives in
// its own module (security, protocol, ipc, menu, files, recovery, close question);
// this file only creates windows and connects Electron's events to them.
import { app, BrowserWindow, clipboard, ClipboardItem, dialog, ipcMain, Menu, protocol, session, type WebContents } from 'electron';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuCommand, OpenedFile } from '../shared/bridge';
import type { MenuDescription } from '../shared/commands/catalog';
import { CHANNEL, type TextEditCommand } from './channels';
import { writeChartImage } from './clipboard';
import { DocumentWindowState, windowTitle, type CloseAnswer } from './documentWindow';
import { FileReadError, readDocumentFile, removeLeftoverTemporaries, sweepLeftoverTemporaries } from './fileService';
import { HandleRegistry } from './handles';
import { registerIpc, type Dialogs, type SenderEvent } from './ipc';
import { documentFromArgv } from './launch';
import { buildMenuTemplate } from './menu';
import { serveAppRequest } from './protocol';
import { RecentFiles } from './recentFiles';
import { claimRun, RecoveryStore } from './recovery';
import { APP_ORIGIN, hardenSession, hardenWebContents } from './security';

// The page is served from app://structura/ (protocol.ts) rather than loadFile():
// a file:// page shares its origin with every file on disk, could only get its
// Content-Security-Policy from a meta tag (no frame-ancestors), and would make the
// IPC sender check trust "file://". A standard, secure custom scheme gives the app
// an origin of its own, lets every response carry the CSP as a header, and serves
// nothing but the built renderer folder.
protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();

const rendererRoot = join(__dirname, '..', 'dist', 'renderer');
const handles = new HandleRegistry();
const runId = randomBytes(4).toString('hex');
let windowCount = 0;
let quitting = false;
let recent: RecentFiles;

interface DocumentWindow {
  win: BrowserWindow;
  state: DocumentWindowState;
  recovery: RecoveryStore;
  /** Files to hand over once the page (and its preload) has loaded. */
  pendingFiles: OpenedFile[] | null;
  /** The native menu as this window's page last described it. */
  menu?: MenuDescription;
}
const windows = new Map<number, DocumentWindow>();

function windowFor(contents: WebContents): DocumentWindow | undefined {
  return windows.get(contents.id);
}
const senderWindow = (event: SenderEvent) => windowFor((event as unknown as { sender: WebContents }).sender);
const activeWindow = (): DocumentWindow | undefined => {
  const focused = BrowserWindow.getFocusedWindow();
  return (focused && windowFor(focused.webContents)) || [...windows.values()].at(-1);
};

function sendToPage(target: DocumentWindow, file: OpenedFile): void {
  if (target.pendingFiles) target.pendingFiles.push(file);
  else target.win.webContents.send(CHANNEL.openFile, file);
}

/** A document from the OS (command line, double-click, Open Recent): into a clean window, or a new one. */
async function openPath(path: string): Promise<void> {
  let file: OpenedFile;
  try {
    const { text, modifiedAt, fingerprint } = await readDocumentFile(path);
    file = { name: basename(path), handle: handles.issue(path, fingerprint), text, modifiedAt };
    await recent.add(path).catch(() => undefined);
    app.addRecentDocument(path);
    rebuildMenu();
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    file = { name: basename(path), handle: null, text: '', modifiedAt: null, error: error.message };
    // A recent file that has gone leaves Open Recent.
    if (recent.paths.includes(path) && !existsSync(path)) void recent.remove(path).finally(rebuildMenu);
  }
  // Never replace unsaved work: a window with changes keeps them, the file gets a window of its own.
  // (A file that could not be read replaces nothing: its message goes to the window in front.)
  const current = activeWindow();
  const target = current && (!current.state.dirty || file.error) ? current : createWindow();
  sendToPage(target, file);
  if (target.win.isMinimized()) target.win.restore();
  target.win.focus();
}

const dialogs: Dialogs = {
  async open(event, { title, filters, multiple }) {
    const parent = senderWindow(event)?.win;
    const options = { title, filters, properties: multiple ? (['openFile', 'multiSelections'] as const) : (['openFile'] as const) };
    const result = parent
      ? await dialog.showOpenDialog(parent, { ...options, properties: [...options.properties] })
      : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
    return result.canceled ? [] : result.filePaths;
  },
  async save(event, { title, defaultName, filters }) {
    const parent = senderWindow(event)?.win;
    const options = { title, defaultPath: defaultName, filters };
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
};

async function askToSave(win: BrowserWindow, title: string): Promise<CloseAnswer> {
  const { response } = await dialog.showMessageBox(win, {
    type: 'warning',
    buttons: ['Save', "Don't Save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    title: 'Structura',
    message: `Do you want to save the changes you made to ${title}?`,
    detail: "Your changes will be lost if you don't save them.",
  });
  return (['save', 'discard', 'cancel'] as const)[response] ?? 'cancel';
}

function sendMenuCommand(command: MenuCommand): void {
  const target = activeWindow();
  if (!target) return;
  if (command === 'close') target.win.close();
  else target.win.webContents.send(CHANNEL.menuCommand, command);
}

function rebuildMenu(): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    send: sendMenuCommand,
    recentFiles: recent?.paths ?? [],
    description: activeWindow()?.menu,
    openRecent: (path) => void openPath(path),
    clearRecent: () => {
      app.clearRecentDocuments();
      void recent.clear().finally(rebuildMenu);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

const recoveryFolder = () => join(app.getPath('userData'), 'recovery');

function createWindow(): DocumentWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 720,
    minHeight: 480,
    title: 'Structura',
    show: false,
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  const contents = win.webContents;
  const id = contents.id;
  const entry: DocumentWindow = {
    win,
    recovery: new RecoveryStore(recoveryFolder(), `${runId}-${++windowCount}`, {
      run: runId,
      isWindowOpen: (key) => [...windows.values()].some((w) => w.recovery.key === key),
    }),
    pendingFiles: [],
    state: new DocumentWindowState({
      ask: (title) => askToSave(win, title),
      requestSave: () => contents.send(CHANNEL.menuCommand, 'save' satisfies MenuCommand),
      discard: () => entry.recovery.clear(),
      close: () => win.close(),
      closeAbandoned: () => {
        quitting = false;
      },
      setTimer: (run, ms) => {
        const timer = setTimeout(run, ms);
        return () => clearTimeout(timer);
      },
    }),
  };
  windows.set(id, entry);
  hardenWebContents(contents);
  win.once('ready-to-show', () => win.show());
  // The application menu is the focused window's: its page's enabled commands and undo label.
  win.on('focus', () => rebuildMenu());
  win.on('close', (event) => {
    if (!entry.state.onCloseAttempt()) event.preventDefault();
  });
  win.on('closed', () => {
    windows.delete(id);
    // A quit that had to wait for this window's question carries on.
    if (quitting && windows.size === 0) app.quit();
  });
  // A new page (a reload after a crash) starts with nothing said: queue files until it has loaded.
  contents.on('did-start-navigation', (details) => {
    if (!details.isMainFrame || details.isSameDocument) return;
    entry.pendingFiles ??= [];
    entry.state.reset();
    entry.menu = undefined;
  });
  contents.on('did-finish-load', () => {
    const files = entry.pendingFiles ?? [];
    entry.pendingFiles = null;
    for (const file of files) contents.send(CHANNEL.openFile, file);
  });
  // A crashed page is reloaded; its unsaved work comes back from the recovery snapshot.
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit' && !win.isDestroyed()) contents.reload();
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return entry;
}

async function printPdf(pdf: Uint8Array): Promise<void> {
  // The PDF opens in a hidden, sandboxed window with a session of its own (Chromium's
  // PDF viewer needs its extension, which the app's session refuses), then the
  // system print dialog. Printing a loaded PDF works since Electron 30 (electron#43309).
  const folder = await mkdtemp(join(tmpdir(), 'structura-print-'));
  const file = join(folder, 'print.pdf');
  await writeFile(file, pdf);
  const printSession = session.fromPartition('structura-print');
  printSession.setPermissionRequestHandler((_c, _p, callback) => callback(false));
  const printWindow = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true, session: printSession, disableBlinkFeatures: 'Auxclick' },
  });
  const cleanUp = () => {
    if (!printWindow.isDestroyed()) printWindow.close();
    void rm(folder, { recursive: true, force: true });
  };
  try {
    await printWindow.loadURL(pathToFileURL(file).href);
  } catch (error) {
    cleanUp();
    throw error;
  }
  await new Promise<void>((resolve) => {
    printWindow.webContents.print({}, () => {
      cleanUp();
      resolve();
    });
  });
}

const TEXT_EDIT: Record<TextEditCommand, (contents: WebContents) => void> = {
  undo: (c) => c.undo(),
  redo: (c) => c.redo(),
  cut: (c) => c.cut(),
  copy: (c) => c.copy(),
  paste: (c) => c.paste(),
  delete: (c) => c.delete(),
  'select-all': (c) => c.selectAll(),
};

if (!app.requestSingleInstanceLock()) {
  // Another Structura is running: it receives our argv through 'second-instance'.
  app.quit();
} else {
  const startupFile = documentFromArgv(process.argv, process.cwd());

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = documentFromArgv(argv, workingDirectory);
    if (file) void openPath(file);
    else activeWindow()?.win.focus();
  });
  // macOS: double-click in the Finder, also before the app is ready.
  const openedBeforeReady: string[] = [];
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady() && recent) void openPath(path);
    else openedBeforeReady.push(path);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('before-quit', () => {
    quitting = true;
  });

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    protocol.handle('app', (request) => serveAppRequest(request.url, rendererRoot, request.method));
    recent = new RecentFiles(join(app.getPath('userData'), 'recent.json'));
    await recent.load();
    // Saves killed with an earlier run left temporary files beside the documents and snapshots; no save of theirs can finish now.
    void sweepLeftoverTemporaries(recent.paths);
    void removeLeftoverTemporaries(recoveryFolder());
    // Snapshots of this run's windows are not orphans while this process lives; the mark goes at quit.
    const releaseRun = await claimRun(recoveryFolder(), runId).catch(() => null);
    app.on('will-quit', () => void releaseRun?.());
    registerIpc(ipcMain, {
      dialogs,
      handles,
      recoveryFor: (event) => {
        const entry = senderWindow(event);
        if (!entry) throw new Error('no window for this message');
        return entry.recovery;
      },
      rememberDocument: (path) => {
        app.addRecentDocument(path);
        void recent.add(path).finally(rebuildMenu);
      },
      setDocumentState(event, state) {
        const entry = senderWindow(event);
        if (!entry) return;
        entry.state.setState(state);
        entry.win.setTitle(windowTitle(state.title, state.dirty));
        if (process.platform === 'darwin') entry.win.setDocumentEdited(state.dirty);
      },
      saveStarted: (event) => senderWindow(event)?.state.saveStarted(),
      saveFinished: (event, ok) => senderWindow(event)?.state.saveFinished(ok),
      print: (_event, pdf) => printPdf(pdf),
      copyImage: (_event, image) =>
        writeChartImage(
          {
            write: (items) => clipboard.write([new ClipboardItem(items)]),
            writeText: (text) => clipboard.writeText(text),
          },
          image,
        ),
      setMenu(event, menu) {
        const entry = senderWindow(event);
        if (!entry) return;
        entry.menu = menu;
        if (activeWindow() === entry) rebuildMenu();
      },
      textEdit: (event, command) => {
        const entry = senderWindow(event);
        if (entry) TEXT_EDIT[command](entry.win.webContents);
      },
    });
    rebuildMenu();
    const first = [startupFile, ...openedBeforeReady].filter((p): p is string => !!p);
    if (first.length === 0) createWindow();
    for (const path of first) await openPath(path);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (windows.size === 0 && app.isReady()) createWindow();
  });
}
