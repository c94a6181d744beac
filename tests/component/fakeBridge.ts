import { vi } from 'vitest';
import type { HostBridge, OpenedFile, RecoveryOffer } from '../../shared/bridge';

/** A host that records what the app asks of it; files to open are queued by the test. */
export function fakeBridge() {
  const toOpen: OpenedFile[] = [];
  const bridge: HostBridge = {
    kind: 'web',
    openDocument: vi.fn(async () => toOpen.shift() ?? null),
    openTextFiles: vi.fn(async () => toOpen.splice(0)),
    saveDocument: vi.fn(async (r) => ({ ok: true as const, name: r.suggestedName, handle: null, modifiedAt: null })),
    exportFile: vi.fn(async (r) => ({ ok: true as const, name: r.suggestedName, handle: null, modifiedAt: null })),
    setDocumentState: vi.fn(),
    writeRecovery: vi.fn(async () => {}),
    readRecovery: vi.fn(async (): Promise<RecoveryOffer[]> => []),
    clearRecovery: vi.fn(async () => {}),
    discardRecovery: vi.fn(async () => {}),
    print: vi.fn(async () => {}),
    copyImage: vi.fn(async (_format: 'png' | 'svg', data: Promise<Uint8Array | string>) => (await data, { ok: true as const, as: 'image' as const })),
    onMenuCommand: () => () => {},
    onOpenFile: () => () => {},
    setMenu: vi.fn(),
  };
  return { bridge, toOpen };
}
