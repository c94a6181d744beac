// IPC channel names, shared by the main process and the preload.
import type { MenuCommand } from '../shared/bridge';

export const CHANNEL = {
  openDocument: 'structura:open-document',
  openTextFiles: 'structura:open-text-files',
  saveDocument: 'structura:save-document',
  exportFile: 'structura:export-file',
  setDocumentState: 'structura:set-document-state',
  writeRecovery: 'structura:write-recovery',
  readRecovery: 'structura:read-recovery',
  clearRecovery: 'structura:clear-recovery',
  discardRecovery: 'structura:discard-recovery',
  print: 'structura:print',
  copyImage: 'structura:copy-image',
  setMenu: 'structura:set-menu',
  /** Preload → main: a menu edit command meant for the focused text field (not part of HostBridge). */
  textEdit: 'structura:text-edit',
  // main → renderer
  menuCommand: 'structura:menu-command',
  openFile: 'structura:open-file',
} as const;

/** Menu edit commands that act on a focused text field rather than the chart (see bridgeClient.ts). */
export const TEXT_EDIT_COMMANDS = ['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'select-all'] as const satisfies readonly MenuCommand[];
export type TextEditCommand = (typeof TEXT_EDIT_COMMANDS)[number];
