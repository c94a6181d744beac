// Runs the export pipeline off the UI thread: a 2,000-post PDF takes seconds,
// and the window must stay usable (and the export cancellable) meanwhile.
// The client (exportClient.ts) cancels by ending the worker.
import type { StructuraDocument } from '../../shared/model/types';
import {
  exportTarget,
  type ExportFileOptions,
  type ExportFormat,
  type ExportProgress,
  type ExportResult,
  type ExportTarget,
} from '../../shared/export/pipeline';
import { loadExportAssets } from './assets';

export interface ExportJob {
  doc: StructuraDocument;
  target: ExportTarget;
  format: ExportFormat;
  options: ExportFileOptions;
}

export type ExportMessage = { type: 'progress'; progress: ExportProgress } | { type: 'done'; result: ExportResult } | { type: 'failed'; message: string };

/** The worker's whole job, callable in the page too (where there is no Worker) and in tests. */
export async function runExportJob(job: ExportJob, onProgress: (progress: ExportProgress) => void = () => {}): Promise<ExportResult> {
  const assets = job.format === 'pdf' || job.format === 'png' ? await loadExportAssets(job.format === 'png') : {};
  return exportTarget(job.doc, job.target, job.format, job.options, assets, { onProgress });
}

const scope = globalThis as unknown as { WorkerGlobalScope?: new () => unknown };
if (scope.WorkerGlobalScope && globalThis instanceof scope.WorkerGlobalScope) {
  const post = (message: ExportMessage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);
  self.onmessage = (event: MessageEvent<ExportJob>) => {
    runExportJob(event.data, (progress) => post({ type: 'progress', progress })).then(
      (result) =>
        post(
          { type: 'done', result },
          result.files.map((f) => f.bytes.buffer as ArrayBuffer),
        ),
      (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  };
}
