// Starts an export in the export worker and hands back its result, its
// progress and a way to cancel it. Where a worker cannot run (tests, a
// locked-down browser) the same job runs on this thread.
import { ExportCancelled, type ExportProgress, type ExportResult } from '../../shared/export/pipeline';
import type { ExportRequest } from '../../shared/bridge';
import { runExportJob, runPreviewJob, type ExportJob, type ExportMessage, type ExportPreview, type PreviewJob } from './exportWorker';

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
      else reject(new Error(message.type === 'failed' ? message.message : 'The export worker answered out of turn.'));
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

export interface RunningPreview {
  result: Promise<ExportPreview>;
  /** Ends the drawing at once (the dialog's choices changed, or it closed); result rejects with ExportCancelled. */
  cancel(): void;
}

/**
 * Draws the export dialog's preview in a worker of its own, so the window
 * keeps handling input meanwhile; a newer choice cancels an older preview by
 * ending its worker. Where no worker can run, it is drawn on this thread.
 */
export function startPreview(job: Omit<PreviewJob, 'preview'>): RunningPreview {
  const message: PreviewJob = { ...job, preview: true };
  let stop = () => {};
  let cancelled = false;
  const result = new Promise<ExportPreview>((resolve, reject) => {
    const inThisThread = () => {
      // After the current task, so that a cancel made meanwhile wins and the dialog paints first.
      setTimeout(() => {
        if (cancelled) return reject(new ExportCancelled());
        try {
          resolve(runPreviewJob(message));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }, 0);
    };
    stop = () => reject(new ExportCancelled());
    if (typeof Worker === 'undefined') return inThisThread();
    const worker = new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' });
    stop = () => {
      worker.terminate();
      reject(new ExportCancelled());
    };
    worker.onmessage = (event: MessageEvent<ExportMessage>) => {
      const reply = event.data;
      worker.terminate();
      if (reply.type === 'preview') resolve(reply.preview);
      else reject(new Error(reply.type === 'failed' ? reply.message : 'The preview worker answered out of turn.'));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      inThisThread();
    };
    worker.postMessage(message);
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
