// Picks the host: the Electron preload exposes `window.structura`; otherwise
// the web build's browser implementation.
import type { HostBridge } from '../../shared/bridge';
import { createWebBridge } from './webBridge';

declare global {
  interface Window {
    structura?: HostBridge;
  }
}

let bridge: HostBridge | null = null;

export function getBridge(): HostBridge {
  bridge ??= window.structura ?? createWebBridge();
  return bridge;
}

/** For tests: use a fake host. */
export function setBridge(fake: HostBridge | null): void {
  bridge = fake;
}
