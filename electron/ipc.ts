// IPC handlers: one per bridge method. Each checks that the message comes from
// the app's own page in its main frame, then validates the payload; anything
// else is refused before it touches a file or a dialog. Paths never come from
// the renderer: only handles this process issued for files the user chose.
import type { IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import type { ClipboardImage, ClipboardOutcome, OpenedFile, RecoveryOffer, SaveOutcome } from '../shared/bridge';
import type { MenuDescription } from '../shared/commands/catalog';
import { CHANNEL, type TextEditCommand } from './channels';
import { FileReadError, MAX_DOCUMENT_BYTES, readDocumentFile, writeDocumentAtomic, writeExportFile, type WriteResult } from './fileService';
import type { HandleRegistry } from './handles';
import { EXPORT_TYPES, payloads } from './ipcSchemas';
import type { OfferedSnapshot, StoredSnapshot } from './recovery';
import { isAppUrl } from './security';

/** The parts of an IPC event the handlers use (so tests can pass plain objects). */
export interface SenderEvent {
  senderFrame: { url: string } | null;
  sender: { mainFrame: unknown };
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcMainEvent, ...args: unknown[]) => void): void;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Native dialogs, attached to the window that asked. */
export interface Dialogs {
  /** Paths chosen, or empty when cancelled. */
  open(sender: SenderEvent, options: { title: string; filters: FileFilter[]; multiple: boolean }): Promise<string[]>;
  save(sender: SenderEvent, options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
}

export interface RecoveryLike {
  write(snapshot: StoredSnapshot): Promise<void>;
  read(): Promise<OfferedSnapshot[]>;
  clear(): Promise<void>;
  discard(id: string): Promise<void>;
}

export interface IpcDeps {
  dialogs: Dialogs;
  handles: HandleRegistry;
  /** The recovery store of the window that sent the message. */
  recoveryFor(sender: SenderEvent): RecoveryLike;
  /** A document was opened or saved: it joins Open Recent. */
  rememberDocument?(path: string): void;
  setDocumentState(sender: SenderEvent, state: { title: string; dirty: boolean }): void;
  /** A window's document save began / ended (the close question waits for it). */
  saveStarted?(sender: SenderEvent): void;
  saveFinished?(sender: SenderEvent, ok: boolean): void;
  print(sender: SenderEvent, pdf: Uint8Array): Promise<void>;
  /** Puts a chart image on the system clipboard (electron/clipboard.ts). */
  copyImage(sender: SenderEvent, image: ClipboardImage): Promise<ClipboardOutcome>;
  /** The page's description of the native menu (commands enabled now, "Undo Move …"). */
  setMenu(sender: SenderEvent, menu: MenuDescription): void;
  /** Undo, Copy, Paste... from the menu, for the page's focused text field. */
  textEdit(sender: SenderEvent, command: TextEditCommand): void;
}

/** True only for the app's own page (app://structura/...) in the window's main frame. */
export function isTrustedSender(event: SenderEvent): boolean {
  const frame = event.senderFrame;
  return !!frame && frame === event.sender.mainFrame && isAppUrl(frame.url);
}

export class IpcRefused extends Error {
  override name = 'IpcRefused';
}

function check<S extends z.ZodType>(event: SenderEvent, schema: S, args: unknown[], channel: string): z.infer<S> {
  if (!isTrustedSender(event)) throw new IpcRefused(`${channel}: refused a message from an untrusted frame`);
  const parsed = schema.safeParse(args);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new IpcRefused(`${channel}: invalid payload at ${issue?.path.join('.') || '(arguments)'}: ${issue?.message ?? 'not valid'}`);
  }
  return parsed.data;
}

const DOCUMENT_FILTERS: FileFilter[] = [{ name: 'Structura document', extensions: ['structura'] }];
const OPEN_FILTERS: FileFilter[] = [
  { name: 'Structura document', extensions: ['structura', 'json'] },
  { name: 'All files', extensions: ['*'] },
];

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function registerIpc(ipc: IpcMainLike, deps: IpcDeps): void {
  /** Reads a file the user chose; a file that cannot be read comes back with `error` set, in words. */
  const readChosen = async (path: string, kind: 'document' | 'text'): Promise<OpenedFile> => {
    try {
      const { text, modifiedAt, fingerprint } = await readDocumentFile(path, MAX_DOCUMENT_BYTES, kind);
      // Only documents get a handle: the renderer may save to those and nothing else.
      const handle = kind === 'document' ? deps.handles.issue(path, fingerprint) : null;
      if (kind === 'document') deps.rememberDocument?.(path);
      return { name: fileName(path), handle, text, modifiedAt };
    } catch (error) {
      if (error instanceof FileReadError) return { name: fileName(path), handle: null, text: '', modifiedAt: null, error: error.message };
      throw error;
    }
  };

  ipc.handle(CHANNEL.openDocument, async (event, ...args) => {
    check(event, payloads.none, args, CHANNEL.openDocument);
    const [path] = await deps.dialogs.open(event, { title: 'Open a Structura document', filters: OPEN_FILTERS, multiple: false });
    return path ? readChosen(path, 'document') : null;
  });

  ipc.handle(CHANNEL.openTextFiles, async (event, ...args) => {
    const [accept, multiple] = check(event, payloads.openTextFiles, args, CHANNEL.openTextFiles);
    const extensions = accept.map((a) => a.slice(1).toLowerCase());
    const filters = [
      { name: extensions.map((e) => e.toUpperCase()).join(', ') + ' files', extensions },
      { name: 'All files', extensions: ['*'] },
    ];
    const paths = await deps.dialogs.open(event, { title: 'Choose files to import', filters, multiple });
    return Promise.all(paths.map((path) => readChosen(path, 'text')));
  });

  ipc.handle(CHANNEL.saveDocument, async (event, ...args): Promise<SaveOutcome> => {
    const [request] = check(event, payloads.saveDocument, args, CHANNEL.saveDocument);
    let path = request.saveAs ? null : deps.handles.resolve(request.handle);
    if (!request.saveAs && request.handle !== null && path === null) throw new IpcRefused(`${CHANNEL.saveDocument}: unknown file handle`);
    deps.saveStarted?.(event);
    let outcome: SaveOutcome = { ok: false, cancelled: true };
    try {
      const sameFile = path !== null;
      if (!path) path = await deps.dialogs.save(event, { title: 'Save the structure', defaultName: request.suggestedName, filters: DOCUMENT_FILTERS });
      if (!path) return outcome;
      const result: WriteResult = await writeDocumentAtomic(path, request.text, {
        // Save As to a file the user picked (the dialog asked about replacing it) has nothing to compare with.
        expectedModifiedAt: sameFile ? request.expectedModifiedAt : null,
        known: sameFile ? deps.handles.fingerprint(request.handle) : null,
        overwrite: request.overwrite,
      });
      if (result.ok) {
        deps.rememberDocument?.(path);
        outcome = { ok: true, name: result.name, handle: deps.handles.issue(path, result.fingerprint), modifiedAt: result.modifiedAt };
      } else outcome = result;
      return outcome;
    } finally {
      deps.saveFinished?.(event, outcome.ok);
    }
  });

  ipc.handle(CHANNEL.exportFile, async (event, ...args): Promise<SaveOutcome> => {
    const [request] = check(event, payloads.exportFile, args, CHANNEL.exportFile);
    const type = EXPORT_TYPES[request.mimeType];
    const path = await deps.dialogs.save(event, {
      title: 'Export',
      defaultName: request.suggestedName,
      filters: [{ name: type.name, extensions: [type.extension] }],
    });
    if (!path) return { ok: false, cancelled: true };
    const result = await writeExportFile(path, request.data);
    return result.ok ? { ok: true, name: result.name, handle: null, modifiedAt: result.modifiedAt } : result;
  });

  ipc.on(CHANNEL.setDocumentState, (event, ...args) => {
    try {
      const [state] = check(event, payloads.setDocumentState, args, CHANNEL.setDocumentState);
      deps.setDocumentState(event, state);
    } catch {
      // A refused one-way message is dropped: there is no one to answer.
    }
  });

  ipc.handle(CHANNEL.writeRecovery, async (event, ...args) => {
    const [snapshot] = check(event, payloads.writeRecovery, args, CHANNEL.writeRecovery);
    // Handles die with the process: keep the path, so the next start can issue a new handle.
    await deps.recoveryFor(event).write({ ...snapshot, handle: null, path: deps.handles.resolve(snapshot.handle) });
  });

  ipc.handle(CHANNEL.readRecovery, async (event, ...args): Promise<RecoveryOffer[]> => {
    check(event, payloads.none, args, CHANNEL.readRecovery);
    const offers = await deps.recoveryFor(event).read();
    return offers.map((stored) => ({
      id: stored.id,
      mine: stored.mine,
      text: stored.text,
      name: stored.name,
      savedAt: stored.savedAt,
      handle: stored.path ? deps.handles.issue(stored.path) : null,
    }));
  });

  ipc.handle(CHANNEL.clearRecovery, async (event, ...args) => {
    check(event, payloads.none, args, CHANNEL.clearRecovery);
    await deps.recoveryFor(event).clear();
  });

  ipc.handle(CHANNEL.discardRecovery, async (event, ...args) => {
    const [id] = check(event, payloads.discardRecovery, args, CHANNEL.discardRecovery);
    await deps.recoveryFor(event).discard(id);
  });

  ipc.handle(CHANNEL.print, async (event, ...args) => {
    const [pdf] = check(event, payloads.print, args, CHANNEL.print);
    await deps.print(event, pdf);
  });

  ipc.handle(CHANNEL.copyImage, async (event, ...args): Promise<ClipboardOutcome> => {
    const [image] = check(event, payloads.copyImage, args, CHANNEL.copyImage);
    return deps.copyImage(event, image);
  });

  ipc.on(CHANNEL.setMenu, (event, ...args) => {
    try {
      const [menu] = check(event, payloads.setMenu, args, CHANNEL.setMenu);
      deps.setMenu(event, menu);
    } catch {
      // dropped, as above
    }
  });

  ipc.on(CHANNEL.textEdit, (event, ...args) => {
    try {
      const [command] = check(event, payloads.textEdit, args, CHANNEL.textEdit);
      deps.textEdit(event, command);
    } catch {
      // dropped, as above
    }
  });
}
