import { defined } from '../../../support/defined'; // A stand-in for the 'electron' module, so that the bundled main process can be
// loaded and driven in Node: it records what the main process asks of Electron
// and lets a test fire Electron's events. Only what main.ts uses is here.
type Listener = (...args: any[]) => unknown;

class Emitter {
  private readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    const wrapped = (...args: unknown[]) => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((l) => l !== wrapped),
      );
      return listener(...args);
    };
    return this.on(event, wrapped);
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  listenerCount(event: string) {
    return this.listeners.get(event)?.length ?? 0;
  }
}

let nextId = 1;

export class FakeWebContents extends Emitter {
  readonly id = nextId++;
  readonly mainFrame = { url: 'app://structura/index.html' };
  readonly sent: unknown[][] = [];
  readonly edits: string[] = [];
  windowOpenHandler: Listener | null = null;
  send(...args: unknown[]) {
    this.sent.push(args);
  }
  setWindowOpenHandler(handler: Listener) {
    this.windowOpenHandler = handler;
  }
  reload() {
    this.edits.push('reload');
  }
  print(_options: unknown, callback: () => void) {
    callback();
  }
  undo() {
    this.edits.push('undo');
  }
  redo() {
    this.edits.push('redo');
  }
  cut() {
    this.edits.push('cut');
  }
  copy() {
    this.edits.push('copy');
  }
  paste() {
    this.edits.push('paste');
  }
  delete() {
    this.edits.push('delete');
  }
  selectAll() {
    this.edits.push('select-all');
  }
  /** A trusted IPC event from this page's main frame. */
  event() {
    return { sender: this, senderFrame: this.mainFrame };
  }
}

export function createFakeElectron(userData: string) {
  const calls: string[] = [];
  let ready = false;
  let resolveReady: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (resolveReady = resolve));

  class BrowserWindow extends Emitter {
    static readonly all: BrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    url = '';
    title = '';
    documentEdited = false;
    destroyed = false;
    constructor(readonly options: any) {
      super();
      BrowserWindow.all.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    static getFocusedWindow() {
      return BrowserWindow.all.filter((w) => !w.destroyed).at(-1) ?? null;
    }
    static fromWebContents(contents: FakeWebContents) {
      return BrowserWindow.all.find((w) => w.webContents === contents) ?? null;
    }
    async loadURL(url: string) {
      this.url = url;
    }
    /** Closes as Electron does: 'close' may be prevented; otherwise 'closed'. */
    close() {
      const event = {
        defaultPrevented: false,
        preventDefault() {
          this.defaultPrevented = true;
        },
      };
      this.emit('close', event);
      if (!event.defaultPrevented) {
        this.destroyed = true;
        this.emit('closed');
      }
    }
    setTitle(title: string) {
      this.title = title;
    }
    setDocumentEdited(edited: boolean) {
      this.documentEdited = edited;
    }
    isMinimized() {
      return false;
    }
    isDestroyed() {
      return this.destroyed;
    }
    restore() {}
    focus() {}
    show() {}
  }

  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    quitCalls: 0,
    requestSingleInstanceLock: () => {
      calls.push('requestSingleInstanceLock');
      return true;
    },
    enableSandbox: () => calls.push('enableSandbox'),
    whenReady: () => whenReady,
    isReady: () => ready,
    getPath: (name: string) => (name === 'userData' ? userData : '/tmp'),
    quit() {
      app.quitCalls++;
    },
    addRecentDocument: (path: string) => calls.push(`addRecentDocument ${path}`),
    clearRecentDocuments: () => calls.push('clearRecentDocuments'),
    /** Test helper: Electron finished starting. */
    becomeReady() {
      ready = true;
      app.emit('ready');
      resolveReady();
    },
  });

  const fakeSession = () => ({
    handlers: {} as Record<string, Listener>,
    setPermissionRequestHandler(h: Listener) {
      this.handlers.request = h;
    },
    setPermissionCheckHandler(h: Listener) {
      this.handlers.check = h;
    },
    setDevicePermissionHandler(h: Listener) {
      this.handlers.device = h;
    },
    setDisplayMediaRequestHandler(h: Listener) {
      this.handlers.display = h;
    },
    webRequest: {
      onBeforeRequest(h: Listener) {
        defaultSession.handlers.beforeRequest = h;
      },
    },
  });
  const defaultSession = fakeSession();

  const ipcMain = {
    handlers: new Map<string, Listener>(),
    handle(channel: string, listener: Listener) {
      this.handlers.set(channel, listener);
    },
    on(channel: string, listener: Listener) {
      this.handlers.set(channel, listener);
    },
  };

  const dialog = {
    answers: [] as number[],
    messages: [] as any[],
    async showMessageBox(_window: unknown, options: any) {
      dialog.messages.push(options);
      return { response: dialog.answers.shift() ?? 2, checkboxChecked: false };
    },
    async showOpenDialog() {
      return { canceled: true, filePaths: [] };
    },
    async showSaveDialog() {
      return { canceled: true, filePath: '' };
    },
  };

  const protocol = {
    privileged: [] as any[],
    handlers: new Map<string, Listener>(),
    registerSchemesAsPrivileged(schemes: unknown[]) {
      if (ready) throw new Error('registerSchemesAsPrivileged must be called before ready');
      protocol.privileged.push(...schemes);
    },
    handle(scheme: string, handler: Listener) {
      protocol.handlers.set(scheme, handler);
    },
  };

  const Menu = {
    current: null as any,
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu(menu: unknown) {
      Menu.current = menu;
    },
  };

  // Electron's clipboard after the W3C API: items of MIME types, and text.
  class ClipboardItem {
    constructor(readonly items: Record<string, Blob | string>) {}
    get types() {
      return Object.keys(this.items);
    }
  }
  const clipboard = {
    written: [] as { types: string[]; value: Blob | string }[],
    async write(items: ClipboardItem[]) {
      for (const item of items) for (const type of item.types) clipboard.written.push({ types: [type], value: defined(item.items[type], 'item.items[type]') });
    },
    async writeText(text: string) {
      clipboard.written.push({ types: ['text/plain'], value: text });
    },
  };

  return {
    app,
    BrowserWindow,
    clipboard,
    ClipboardItem,
    dialog,
    ipcMain,
    Menu,
    protocol,
    session: { defaultSession, fromPartition: () => fakeSession() },
    calls,
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
