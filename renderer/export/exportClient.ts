// Starts an export in the export worker and hands back its result, its
// progress and a way to cancel it. Where a worker cannot run (tests, a
// locked-down browser) the same job runs on this thread.
import { ExportCancelled, type ExportProgress, type ExportResult } from '../../shared/export/pipeline';
import type { ExportRequest } from '../../shared/bridge';
import { runExportJob, type ExportJob, type ExportMessage } from './exportWorker';

export interface RunningExport {
  result: Promise<ExportResult>;
  /** Ends the export at once; result rejects with ExportCancelled. */
  cancel(): void;
}

export function startExport(job: ExportJob, onProgress: (progress: ExportProgress) => void = () => {}): RunningExport {
  let cancelled = false;
  let stop = () => {};
  const inThisThread = (): Promise<ExportResult> =>
    runExportJob(job, (progress) => {
      if (cancelled) throw new ExportCancelled();
      onProgress(progress);
    });
  const result = new Promise<ExportResult>((resolve, reject) => {
    if (typeof Worker === 'undefined') {
      inThisThread().then(resolve, reject);
      return;
    }
    const worker = new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' });
    stop = () => {
      worker.terminate();
      reject(new ExportCancelled());
    };
    worker.onmessage = (event: MessageEvent<ExportMessage>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.progress);
      worker.terminate();
      if (message.type === 'done') resolve(message.result);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      // A worker that cannot start falls back to this thread.
      event.preventDefault();
      worker.terminate();
      inThisThread().then(resolve, reject);
    };
    worker.postMessage(job);
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      stop();
    },
  };
}

/** The files as the host's save requests, in order. */
export function saveRequests(result: ExportResult): ExportRequest[] {
  return result.files.map((file) => ({ suggestedName: file.name, mimeType: file.mime, data: file.bytes }));
}
