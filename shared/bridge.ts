// The one interface between the renderer and its host. The Electron preload
// implements it with IPC (electron/preload.ts), the web build with browser APIs
// (renderer/host/webBridge.ts). The renderer never touches anything else.
import { COMMAND_IDS, type CommandId, type MenuDescription } from './commands/catalog';

/** A file the user opened. `handle` is opaque to the renderer: a path in Electron, a key in the web build. */
export interface OpenedFile {
  name: string;
  handle: string | null;
  text: string;
  /** Modification time when read (ms since epoch), for the changed-on-disk check; null when unknown. */
  modifiedAt: number | null;
  /** Set when the host could not read the file (too large, no permission...); `text` is then empty. */
  error?: string;
}

export type SaveOutcome =
  /**
   * The host wrote the file and confirmed it. `downloaded`: the web build only
   * handed the browser a download, which may have been refused or may land
   * anywhere, so nothing counts as saved (the unsaved mark and the recovery
   * snapshot stay).
   */
  | { ok: true; name: string; handle: string | null; modifiedAt: number | null; downloaded?: boolean }
  | { ok: false; cancelled: true }
  /** `message` is for the user, in words: "The disk is full...". */
  | { ok: false; cancelled: false; message: string; code: SaveErrorCode };

export type SaveErrorCode = 'disk-full' | 'permission-denied' | 'folder-missing' | 'file-locked' | 'changed-on-disk' | 'too-large' | 'unknown';

export interface SaveRequest {
  text: string;
  /** Where the document was opened from or last saved to; null forces Save As. */
  handle: string | null;
  suggestedName: string;
  saveAs: boolean;
  /** modifiedAt from when the file was opened or last saved; saving refuses if the file changed since, unless `overwrite`. */
  expectedModifiedAt: number | null;
  overwrite: boolean;
}

export interface ExportRequest {
  suggestedName: string;
  /** e.g. application/pdf, image/svg+xml, text/csv, image/png */
  mimeType: string;
  data: Uint8Array | string;
}

/** An image for the system clipboard: PNG bytes, or SVG markup. */
export type ClipboardImage = { format: 'png'; data: Uint8Array } | { format: 'svg'; data: string };
export type ClipboardImageFormat = ClipboardImage['format'];

export type ClipboardOutcome =
  /** `as`: whether the clipboard holds it as an image, or (SVG where images of that type are not taken) as its markup in text. */
  | { ok: true; as: 'image' | 'text' }
  /** `message` says in words why the clipboard refused (no permission, not focused…) and what to do instead. */
  | { ok: false; message: string };

export interface RecoverySnapshot {
  /** The unsaved document, serialised. */
  text: string;
  /** Name of the file it belongs to, or "Untitled". */
  name: string;
  handle: string | null;
  savedAt: number;
}

/** Unsaved work the host offers back after a crash: this window's own, or an orphan's (its window or tab is gone). */
export interface RecoveryOffer extends RecoverySnapshot {
  /** Which snapshot this is, for discardRecovery. */
  id: string;
  /** True for this window's own snapshot (the page was reloaded after a crash). */
  mine: boolean;
}

/** Commands the host's native menu sends to the renderer: the ids of the command catalog. */
export type MenuCommand = CommandId;

export const MENU_COMMANDS: readonly MenuCommand[] = COMMAND_IDS;

export interface HostBridge {
  readonly kind: 'electron' | 'web';
  /** Ask the user for a document and read it. Null when cancelled. */
  openDocument(): Promise<OpenedFile | null>;
  /** Ask the user for one or more text files (CSV import). Empty when cancelled. */
  openTextFiles(accept: string[], multiple: boolean): Promise<OpenedFile[]>;
  saveDocument(request: SaveRequest): Promise<SaveOutcome>;
  exportFile(request: ExportRequest): Promise<SaveOutcome>;
  /** Tell the host the window title and whether there are unsaved changes (close prompt). */
  setDocumentState(state: { title: string; dirty: boolean }): void;
  /** Autosave of this window's unsaved work, for recovery after a crash. Rejects, in words, when it could not be kept. */
  writeRecovery(snapshot: RecoverySnapshot): Promise<void>;
  /** This window's snapshot (after a reload) and those of windows that are gone, newest first; never another open window's. */
  readRecovery(): Promise<RecoveryOffer[]>;
  /** Removes this window's snapshot (saved, or discarded). */
  clearRecovery(): Promise<void>;
  /** Removes an offered snapshot (restored here, or discarded); refused for another open window's. */
  discardRecovery(id: string): Promise<void>;
  /**
   * Put an image of the chart on the system clipboard. `data` may still be in
   * the making: a browser lets a page write to the clipboard only close to the
   * click, so the web build hands the clipboard the promise at once.
   */
  copyImage(format: ClipboardImageFormat, data: Promise<Uint8Array | string>): Promise<ClipboardOutcome>;
  /** Print the given PDF or page (web: the browser's dialog). */
  print(pdf: Uint8Array): Promise<void>;
  /** The native menu as the page wants it now (enabled commands, "Undo Move …"); the web build has none. */
  setMenu(menu: MenuDescription): void;
  /** Subscribe to native menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Files handed to the app by the OS (command line, double-click); returns an unsubscribe function. */
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
}
