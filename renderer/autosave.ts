// Autosave of unsaved work for crash recovery. A snapshot is written a moment
// after the last change (and at least every few seconds while edits keep
// coming), and at once when the editor goes away: an unmount (a crash caught by
// the error boundary included), the page being hidden or unloaded. A pending
// snapshot is never dropped, which is what lost the last two seconds of work.
import type { RecoverySnapshot } from '../shared/bridge';
import { serializeDocument } from '../shared/model/load';
import { isDirty, type EditorStore } from './store/editorStore';

/** Quiet time after a change before the snapshot is written. */
export const AUTOSAVE_DELAY_MS = 500;
/** Longest a change waits while edits keep coming. */
export const AUTOSAVE_MAX_WAIT_MS = 2000;

export interface Autosave {
  /** Writes the pending snapshot now, if there is one. */
  flush(): void;
  /** Flushes, then stops watching the store. */
  dispose(): void;
}

export function startAutosave(store: EditorStore, write: (snapshot: RecoverySnapshot) => Promise<void>, onError: (error: unknown) => void): Autosave {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt: number | null = null;
  let lastDoc = store.getState().doc;

  const writeNow = () => {
    clearTimeout(timer);
    timer = undefined;
    if (firstPendingAt === null) return;
    firstPendingAt = null;
    const now = store.getState();
    if (!isDirty(now)) return;
    let text: string;
    try {
      text = serializeDocument(now.doc);
    } catch (error) {
      onError(error);
      return;
    }
    write({ text, name: now.file.name, handle: now.file.handle, savedAt: Date.now() }).catch(onError);
  };

  const unsubscribe = store.subscribe((s) => {
    if (s.doc === lastDoc) return;
    lastDoc = s.doc;
    clearTimeout(timer);
    if (!isDirty(s)) {
      firstPendingAt = null;
      return;
    }
    const now = Date.now();
    firstPendingAt ??= now;
    timer = setTimeout(writeNow, Math.max(0, Math.min(AUTOSAVE_DELAY_MS, firstPendingAt + AUTOSAVE_MAX_WAIT_MS - now)));
  });

  const onHidden = () => {
    if (document.visibilityState === 'hidden') writeNow();
  };
  window.addEventListener('pagehide', writeNow);
  document.addEventListener('visibilitychange', onHidden);

  return {
    flush: writeNow,
    dispose() {
      writeNow();
      unsubscribe();
      window.removeEventListener('pagehide', writeNow);
      document.removeEventListener('visibilitychange', onHidden);
    },
  };
}
