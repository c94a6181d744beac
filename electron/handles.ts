// The renderer never names a path: it gets an opaque handle for each file the
// user chose in a dialog or opened from the OS, and may only save to those.
import { randomUUID } from 'node:crypto';

export class HandleRegistry {
  private readonly paths = new Map<string, string>();

  issue(path: string): string {
    for (const [handle, known] of this.paths) if (known === path) return handle;
    const handle = randomUUID();
    this.paths.set(handle, path);
    return handle;
  }

  resolve(handle: string | null): string | null {
    return handle === null ? null : (this.paths.get(handle) ?? null);
  }
}
