// The renderer never names a path: it gets an opaque handle for each document
// the user chose in a dialog or opened from the OS, and may only save to those.
// Each handle also remembers what the file looked like when last read or saved,
// for the changed-on-disk check.
import { randomUUID } from 'node:crypto';
import type { Fingerprint } from './fileService';

interface Entry {
  path: string;
  fingerprint: Fingerprint | null;
}

export class HandleRegistry {
  private readonly entries = new Map<string, Entry>();

  /** The handle for `path` (the same one each time), noting its current fingerprint. */
  issue(path: string, fingerprint: Fingerprint | null = null): string {
    for (const [handle, entry] of this.entries) {
      if (entry.path === path) {
        if (fingerprint) entry.fingerprint = fingerprint;
        return handle;
      }
    }
    const handle = randomUUID();
    this.entries.set(handle, { path, fingerprint });
    return handle;
  }

  /** The path a handle stands for; null for null and for any handle this process did not issue. */
  resolve(handle: string | null): string | null {
    return handle === null ? null : (this.entries.get(handle)?.path ?? null);
  }

  fingerprint(handle: string | null): Fingerprint | null {
    return handle === null ? null : (this.entries.get(handle)?.fingerprint ?? null);
  }
}
