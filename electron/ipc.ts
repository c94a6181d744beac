// IPC handlers: one per bridge method. Each checks that the message comes from
// the app's own page in its main frame, then validates the payload; anything
// else is refused before it touches a file or a dialog.
import type { IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import type { OpenedFile, RecoverySnapshot, SaveOutcome } from '../shared/bridge';
import { CHANNEL } from './channels';
import { FileReadError, readDocumentFile, writeFileAtomic } from './fileService';
import type { HandleRegistry } from './handles';
import { payloads } from './ipcSchemas';

export const APP_ORIGIN = 'app://structura';

type AnyEvent = Pick<IpcMainInvokeEvent | IpcMainEvent, 'senderFrame' | 'sender'>;

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcMainEvent, ...args: unknown[]) => void): void;
}

export interface Dialogs {
  /** Paths chosen, or empty when cancelled. */
  open(options: { title: string; extensions: string[]; multiple: boolean }): Promise<string[]>;
  save(options: { title: string; defaultName: string; extensions: string[] }): Promise<string | null>;
}

export interface IpcDeps {
  dialogs: Dialogs;
  handles: HandleRegistry;
  recovery: { write(s: RecoverySnapshot): Promise<void>; read(): Promise<RecoverySnapshot | null>; clear(): Promise<void> };
  setDocumentState(event: AnyEvent, state: { title: string; dirty: boolean }): void;
  print(event: AnyEvent, pdf: Uint8Array): Promise<void>;
  confirmClose(event: AnyEvent): void;
}

export function isTrustedSender(event: AnyEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN || frame.url.startsWith(`${APP_ORIGIN}/`);
  } catch {
    return false;
  }
}

export class IpcRefused extends Error {}

function check<S extends z.ZodType>(event: AnyEvent, schema: S, args: unknown[], channel: string): z.infer<S> {
  if (!isTrustedSender(event)) throw new IpcRefused(`${channel}: refused a message from an untrusted frame`);
  const parsed = schema.safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IpcRefused(`${channel}: invalid payload at ${issue.path.join('.') || '(arguments)'}: ${issue.message}`);
  }
  return parsed.data;
}

const EXTENSION_BY_MIME: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/svg+xml': 'svg',
  'image/png': 'png',
  'text/csv': 'csv',
  'application/json': 'json',
};

export function registerIpc(ipc: IpcMainLike, deps: IpcDeps): void {
  const readOpened = async (path: string): Promise<OpenedFile> => {
    const { text, modifiedAt } = await readDocumentFile(path);
    const name = path.split(/[\\/]/).pop() ?? path;
    return { name, handle: deps.handles.issue(path), text, modifiedAt };
  };

  ipc.handle(CHANNEL.openDocument, async (event, ...args) => {
    check(event, payloads.none, args, CHANNEL.openDocument);
    const [path] = await deps.dialogs.open({ title: 'Open a Structura document', extensions: ['structura', 'json'], multiple: false });
    if (!path) return null;
    try {
      return await readOpened(path);
    } catch (error) {
      if (error instanceof FileReadError) return { name: path.split(/[\\/]/).pop() ?? path, handle: null, text: '', modifiedAt: null, error: error.message } satisfies OpenedFile;
      throw error;
    }
  });

  ipc.handle(CHANNEL.openTextFiles, async (event, ...args) => {
    const [accept, multiple] = check(event, payloads.openTextFiles, args, CHANNEL.openTextFiles);
    const paths = await deps.dialogs.open({ title: 'Choose files to import', extensions: accept.map((a) => a.slice(1)), multiple });
    return Promise.all(paths.map(readOpened));
  });

  ipc.handle(CHANNEL.saveDocument, async (event, ...args): Promise<SaveOutcome> => {
    const [request] = check(event, payloads.saveDocument, args, CHANNEL.saveDocument);
    let path = request.saveAs ? null : deps.handles.resolve(request.handle);
    if (!request.saveAs && request.handle !== null && path === null) throw new IpcRefused(`${CHANNEL.saveDocument}: unknown file handle`);
    if (!path) {
      path = await deps.dialogs.save({ title: 'Save the structure', defaultName: request.suggestedName, extensions: ['structura'] });
      if (!path) return { ok: false, cancelled: true };
    }
    const outcome = await writeFileAtomic(path, request.text, {
      expectedModifiedAt: request.saveAs ? null : request.expectedModifiedAt,
      overwrite: request.overwrite,
      backup: true,
    });
    return outcome.ok ? { ...outcome, handle: deps.handles.issue(path) } : outcome;
  });

  ipc.handle(CHANNEL.exportFile, async (event, ...args): Promise<SaveOutcome> => {
    const [request] = check(event, payloads.exportFile, args, CHANNEL.exportFile);
    const extension = EXTENSION_BY_MIME[request.mimeType];
    const path = await deps.dialogs.save({ title: 'Export', defaultName: request.suggestedName, extensions: [extension] });
    if (!path) return { ok: false, cancelled: true };
    const outcome = await writeFileAtomic(path, request.data);
    return outcome.ok ? { ...outcome, handle: null } : outcome;
  });

  ipc.on(CHANNEL.setDocumentState, (event, ...args) => {
    try {
      const [state] = check(event, payloads.setDocumentState, args, CHANNEL.setDocumentState);
      deps.setDocumentState(event, state);
    } catch {
      // A refused one-way message is dropped.
    }
  });

  ipc.handle(CHANNEL.writeRecovery, async (event, ...args) => {
    const [snapshot] = check(event, payloads.writeRecovery, args, CHANNEL.writeRecovery);
    await deps.recovery.write(snapshot);
  });
  ipc.handle(CHANNEL.readRecovery, async (event, ...args) => {
    check(event, payloads.none, args, CHANNEL.readRecovery);
    return deps.recovery.read();
  });
  ipc.handle(CHANNEL.clearRecovery, async (event, ...args) => {
    check(event, payloads.none, args, CHANNEL.clearRecovery);
    await deps.recovery.clear();
  });
  ipc.handle(CHANNEL.print, async (event, ...args) => {
    const [pdf] = check(event, payloads.print, args, CHANNEL.print);
    await deps.print(event, pdf);
  });
  ipc.on(CHANNEL.confirmClose, (event, ...args) => {
    try {
      check(event, payloads.none, args, CHANNEL.confirmClose);
      deps.confirmClose(event);
    } catch {
      // dropped
    }
  });
}
