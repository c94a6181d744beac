// Saving a document with the File System Access API (Chromium-based browsers):
// the browser asks where, the page writes the file and is told when it is done,
// so the web build can say "Saved" truthfully. Browsers without the API get
// null here and fall back to a download.
import type { SaveOutcome, SaveRequest } from '../../shared/bridge';

interface SavePickerOptions {
  suggestedName?: string;
  types?: { description: string; accept: Record<string, string[]> }[];
}
type PickerWindow = Window & { showSaveFilePicker?: (options: SavePickerOptions) => Promise<FileSystemFileHandle> };
type PermissionedHandle = FileSystemFileHandle & {
  queryPermission?: (d: { mode: 'readwrite' }) => Promise<PermissionState>;
  requestPermission?: (d: { mode: 'readwrite' }) => Promise<PermissionState>;
};

/** Files this page has written, by the opaque handle the renderer keeps. */
const handles = new Map<string, FileSystemFileHandle>();
let issued = 0;

const UNSAVED = 'your work is still open and unsaved.';

export function hasFileSystemAccess(): boolean {
  return typeof (window as PickerWindow).showSaveFilePicker === 'function';
}

/** For tests: forget the files written so far. */
export function forgetWrittenFiles(): void {
  handles.clear();
}

function handleFor(file: FileSystemFileHandle): string {
  for (const [key, known] of handles) if (known === file) return key;
  const key = `fsa-${++issued}`;
  handles.set(key, file);
  return key;
}

/** Writes the document and reports what happened; null when the browser has no File System Access API. */
export async function writeWithFileSystemAccess(request: SaveRequest): Promise<SaveOutcome | null> {
  const picker = (window as PickerWindow).showSaveFilePicker;
  if (typeof picker !== 'function') return null;
  let file = request.saveAs || request.handle === null ? undefined : (handles.get(request.handle) as PermissionedHandle | undefined);
  try {
    if (file) {
      if (
        file.queryPermission &&
        (await file.queryPermission({ mode: 'readwrite' })) !== 'granted' &&
        (await file.requestPermission?.({ mode: 'readwrite' })) !== 'granted'
      ) {
        return {
          ok: false,
          cancelled: false,
          code: 'permission-denied',
          message: `The browser did not allow writing ${file.name}. Save As to choose the file again; ${UNSAVED}`,
        };
      }
      if (request.expectedModifiedAt !== null && !request.overwrite) {
        const onDisk = await file.getFile().catch(() => null);
        if (onDisk && Math.abs(onDisk.lastModified - request.expectedModifiedAt) > 1) {
          return {
            ok: false,
            cancelled: false,
            code: 'changed-on-disk',
            message: `${file.name} was changed on disk since you saved it (by another tab, a colleague or a sync tool). Save anyway to overwrite those changes, or Save As to keep both.`,
          };
        }
      }
    } else {
      file = await picker.call(window, {
        suggestedName: request.suggestedName,
        types: [{ description: 'Structura document', accept: { 'application/json': ['.structura'] } }],
      });
    }
    const writable = await file.createWritable();
    try {
      await writable.write(request.text);
      // The file is replaced only when close() resolves; until then the old content stays.
      await writable.close();
    } catch (error) {
      await writable.abort().catch(() => undefined);
      throw error;
    }
    const written = await file.getFile().catch(() => null);
    return { ok: true, name: file.name, handle: handleFor(file), modifiedAt: written?.lastModified ?? null };
  } catch (error) {
    const name = (error as DOMException)?.name;
    if (name === 'AbortError') return { ok: false, cancelled: true };
    if (name === 'QuotaExceededError')
      return { ok: false, cancelled: false, code: 'disk-full', message: `There is not enough space to save ${request.suggestedName}; ${UNSAVED}` };
    if (name === 'NotAllowedError' || name === 'SecurityError') {
      return { ok: false, cancelled: false, code: 'permission-denied', message: `The browser did not allow saving ${request.suggestedName}; ${UNSAVED}` };
    }
    return {
      ok: false,
      cancelled: false,
      code: 'unknown',
      message: `${request.suggestedName} could not be saved (${(error as Error)?.message ?? String(error)}); ${UNSAVED}`,
    };
  }
}
