// The host bridge for the web build: browser APIs only. Opens with a file
// input; saves with the File System Access API where the browser has it (the
// only way a web page can know a file was written), otherwise by download (so
// it works in any browser, including locked-down ones), which is reported as a
// download and never as a save. Keeps recovery in IndexedDB (webRecovery.ts).
import type { ExportRequest, HostBridge, OpenedFile, RecoverySnapshot, SaveOutcome, SaveRequest } from '../../shared/bridge';
import { writeWithFileSystemAccess } from './fileSystemAccess';
import { writeImageToClipboard } from './webClipboard';
import { WebRecovery } from './webRecovery';

function pickFiles(accept: string[], multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept.join(',');
    input.multiple = multiple;
    input.style.display = 'none';
    input.setAttribute('data-testid', 'web-file-input');
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []));
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.appendChild(input);
    input.click();
  });
}

function download(name: string, data: Uint8Array | string, mimeType: string): void {
  const blob = new Blob([data as BlobPart], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function createWebBridge(): HostBridge {
  let dirty = false;
  let recovery: WebRecovery | null = null;
  const recoveryStore = () => {
    if (typeof indexedDB === 'undefined') throw new Error('this browser has no storage for unsaved work (IndexedDB is off).');
    return (recovery ??= new WebRecovery());
  };
  window.addEventListener('beforeunload', (event) => {
    if (!dirty) return;
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = '';
  });

  const readFile = async (file: File): Promise<OpenedFile> => ({
    name: file.name,
    handle: null,
    text: await file.text(),
    modifiedAt: file.lastModified ?? null,
  });

  return {
    kind: 'web',
    async openDocument() {
      const [file] = await pickFiles(['.structura', '.json'], false);
      return file ? readFile(file) : null;
    },
    async openTextFiles(accept, multiple) {
      const files = await pickFiles(accept, multiple);
      return Promise.all(files.map(readFile));
    },
    async saveDocument(request: SaveRequest): Promise<SaveOutcome> {
      const written = await writeWithFileSystemAccess(request);
      if (written) return written;
      download(request.suggestedName, request.text, 'application/json');
      return { ok: true, name: request.suggestedName, handle: null, modifiedAt: null, downloaded: true };
    },
    async exportFile(request: ExportRequest): Promise<SaveOutcome> {
      download(request.suggestedName, request.data, request.mimeType);
      return { ok: true, name: request.suggestedName, handle: null, modifiedAt: null, downloaded: true };
    },
    setDocumentState(state) {
      dirty = state.dirty;
      document.title = `${state.dirty ? '● ' : ''}${state.title} — Structura`;
    },
    writeRecovery: (snapshot: RecoverySnapshot) => recoveryStore().write(snapshot),
    async readRecovery() {
      try {
        return await recoveryStore().read();
      } catch {
        return [];
      }
    },
    clearRecovery: async () => recoveryStore().clear(),
    discardRecovery: async (id) => recoveryStore().discard(id),
    async print(pdf: Uint8Array) {
      const url = URL.createObjectURL(new Blob([pdf as BlobPart], { type: 'application/pdf' }));
      const frame = document.createElement('iframe');
      frame.style.position = 'fixed';
      frame.style.width = '0';
      frame.style.height = '0';
      frame.style.border = '0';
      frame.src = url;
      frame.onload = () => frame.contentWindow?.print();
      document.body.appendChild(frame);
      setTimeout(() => {
        frame.remove();
        URL.revokeObjectURL(url);
      }, 120_000);
    },
    copyImage: (format, data) => writeImageToClipboard(format, data),
    // A browser has no native menu: the page's own toolbar and menus are all there is.
    setMenu() {},
    onMenuCommand: () => () => {},
    onOpenFile: () => () => {},
  };
}
