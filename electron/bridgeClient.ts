// The HostBridge over IPC, as the preload exposes it to the page. Separate from
// preload.ts so that it is tested in Node with a fake ipcRenderer and document.
// Runs in the sandboxed preload: no Node modules, only what is passed in.
import { MENU_COMMANDS, type HostBridge, type MenuCommand, type OpenedFile } from '../shared/bridge';
import { CHANNEL, TEXT_EDIT_COMMANDS, type TextEditCommand } from './channels';

/** The parts of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** The focused element, as far as the bridge needs to know it. */
export interface FocusLike {
  readonly activeElement: { tagName: string; isContentEditable?: boolean; type?: string } | null;
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);

/** True when keyboard editing commands belong to the focused field, not to the chart. */
export function isTextFieldFocused(focus: FocusLike): boolean {
  const el = focus.activeElement;
  if (!el) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((el.type ?? 'text').toLowerCase());
}

/**
 * Messages from the main process that may arrive before the page subscribes (a
 * file double-clicked to start the app arrives while React is still mounting) are
 * kept until the first listener comes.
 */
function bufferedChannel<T>(ipc: IpcRendererLike, channel: string, accept: (value: unknown) => value is T) {
  const listeners = new Set<(value: T) => void>();
  const waiting: T[] = [];
  ipc.on(channel, (_event, value) => {
    if (!accept(value)) return;
    if (listeners.size === 0) waiting.push(value);
    else for (const listener of [...listeners]) listener(value);
  });
  return (listener: (value: T) => void): (() => void) => {
    listeners.add(listener);
    for (const value of waiting.splice(0)) listener(value);
    return () => {
      listeners.delete(listener);
    };
  };
}

const isMenuCommand = (value: unknown): value is MenuCommand => typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
const isOpenedFile = (value: unknown): value is OpenedFile =>
  typeof value === 'object' && value !== null && typeof (value as OpenedFile).name === 'string' && typeof (value as OpenedFile).text === 'string';

export function createBridge(ipc: IpcRendererLike, focus: FocusLike): HostBridge {
  const onMenu = bufferedChannel(ipc, CHANNEL.menuCommand, isMenuCommand);
  const onOpenFile = bufferedChannel(ipc, CHANNEL.openFile, isOpenedFile);

  return {
    kind: 'electron',
    openDocument: () => ipc.invoke(CHANNEL.openDocument) as Promise<OpenedFile | null>,
    openTextFiles: (accept, multiple) => ipc.invoke(CHANNEL.openTextFiles, accept, multiple) as ReturnType<HostBridge['openTextFiles']>,
    saveDocument: (request) => ipc.invoke(CHANNEL.saveDocument, request) as ReturnType<HostBridge['saveDocument']>,
    exportFile: (request) => ipc.invoke(CHANNEL.exportFile, request) as ReturnType<HostBridge['exportFile']>,
    setDocumentState: (state) => ipc.send(CHANNEL.setDocumentState, { title: state.title, dirty: state.dirty }),
    writeRecovery: async (snapshot) => {
      await ipc.invoke(CHANNEL.writeRecovery, { text: snapshot.text, name: snapshot.name, handle: snapshot.handle, savedAt: snapshot.savedAt });
    },
    readRecovery: () => ipc.invoke(CHANNEL.readRecovery) as ReturnType<HostBridge['readRecovery']>,
    clearRecovery: async () => {
      await ipc.invoke(CHANNEL.clearRecovery);
    },
    discardRecovery: async (id) => {
      await ipc.invoke(CHANNEL.discardRecovery, id);
    },
    print: async (pdf) => {
      await ipc.invoke(CHANNEL.print, pdf);
    },
    copyImage: async (format, data) => {
      const made = await data;
      // Checked here as in the main process: SVG is text, PNG bytes.
      if ((format === 'svg') !== (typeof made === 'string')) throw new Error(`A ${format.toUpperCase()} image was expected.`);
      return ipc.invoke(CHANNEL.copyImage, { format, data: made }) as ReturnType<HostBridge['copyImage']>;
    },
    setMenu: (menu) => ipc.send(CHANNEL.setMenu, menu),
    onMenuCommand: (listener) =>
      onMenu((command) => {
        // Undo, Copy, Paste... typed into a field edit the field, as in any other app.
        if ((TEXT_EDIT_COMMANDS as readonly string[]).includes(command) && isTextFieldFocused(focus)) ipc.send(CHANNEL.textEdit, command as TextEditCommand);
        else listener(command);
      }),
    onOpenFile: (listener) => onOpenFile(listener),
  } satisfies HostBridge;
}
