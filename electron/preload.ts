// The preload: exposes the HostBridge (bridgeClient.ts) to the page and nothing
// else. With contextIsolation the page never sees ipcRenderer; with the sandbox
// this file is bundled into one CommonJS file that requires only 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import type { HostBridge } from '../shared/bridge';
import { createBridge } from './bridgeClient';

const bridge: HostBridge = createBridge(ipcRenderer, document);

contextBridge.exposeInMainWorld('structura', bridge);
