// The preload: implements the HostBridge over IPC and exposes only that object
// to the page (contextIsolation). The page never sees ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import type { HostBridge, MenuCommand, OpenedFile } from '../shared/bridge';
import { CHANNEL } from './channels';

function listen<T>(channel: string, listener: (value: T) => void): () => void {
  const wrapped = (_event: unknown, value: T) => listener(value);
  ipcRenderer.on(channel, wrapped);
  return () => ipcRenderer.removeListener(channel, wrapped);
}

const bridge = {
  kind: 'electron',
  openDocument: () => ipcRenderer.invoke(CHANNEL.openDocument),
  openTextFiles: (accept, multiple) => ipcRenderer.invoke(CHANNEL.openTextFiles, accept, multiple),
  saveDocument: (request) => ipcRenderer.invoke(CHANNEL.saveDocument, request),
  exportFile: (request) => ipcRenderer.invoke(CHANNEL.exportFile, request),
  setDocumentState: (state) => ipcRenderer.send(CHANNEL.setDocumentState, state),
  writeRecovery: (snapshot) => ipcRenderer.invoke(CHANNEL.writeRecovery, snapshot),
  readRecovery: () => ipcRenderer.invoke(CHANNEL.readRecovery),
  clearRecovery: () => ipcRenderer.invoke(CHANNEL.clearRecovery),
  print: (pdf) => ipcRenderer.invoke(CHANNEL.print, pdf),
  onMenuCommand: (listener) => listen<MenuCommand>(CHANNEL.menuCommand, listener),
  onOpenFile: (listener) => listen<OpenedFile>(CHANNEL.openFile, listener),
  onCloseRequested: (listener) => listen<void>(CHANNEL.closeRequested, () => listener()),
  confirmClose: () => ipcRenderer.send(CHANNEL.confirmClose),
} satisfies HostBridge;

contextBridge.exposeInMainWorld('structura', bridge);
