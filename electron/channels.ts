// IPC channel names, shared by the main process and the preload.
export const CHANNEL = {
  openDocument: 'structura:open-document',
  openTextFiles: 'structura:open-text-files',
  saveDocument: 'structura:save-document',
  exportFile: 'structura:export-file',
  setDocumentState: 'structura:set-document-state',
  writeRecovery: 'structura:write-recovery',
  readRecovery: 'structura:read-recovery',
  clearRecovery: 'structura:clear-recovery',
  print: 'structura:print',
  confirmClose: 'structura:confirm-close',
  // main → renderer
  menuCommand: 'structura:menu-command',
  openFile: 'structura:open-file',
  closeRequested: 'structura:close-requested',
} as const;
