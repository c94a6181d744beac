// Runs the export pipeline off the UI thread: a 2,000-post PDF takes seconds,
// and the window must stay usable (and the export cancellable) meanwhile.
// The export dialog's preview is drawn here too (laying out and splitting a
// large chart took the window for a second or more as the dialog opened).
// The client (exportClient.ts) cancels by ending the worker.
import type { StructuraDocument } from '../../shared/model/types';
import type { ExportOptions } from '../../shared/export/chartPages';
import {
  drawTarget,
  exportTarget,
  type ExportFileOptions,
  type ExportFormat,
  type ExportProgress,
  type ExportResult,
  type ExportTarget,
} from '../../shared/export/pipeline';
import { writeSvg } from '../../shared/export/svg';
import { loadExportAssets } from './assets';

export interface ExportJob {
  doc: StructuraDocument;
  target: ExportTarget;
  format: ExportFormat;
  options: ExportFileOptions;
}

/** The export dialog's preview: the drawing the export will write, its first pages as SVG. */
export interface PreviewJob {
  preview: true;
  doc: StructuraDocument;
  target: ExportTarget;
  options: ExportOptions;
  /** How many pages to write as SVG. */
  pages: number;
}

export interface ExportPreview {
  pageCount: number;
  warnings: string[];
  pages: { label: string; svg: string }[];
}

export type ExportMessage =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done'; result: ExportResult }
  | { type: 'preview'; preview: ExportPreview }
  | { type: 'failed'; message: string };

/** The preview's whole job: the same drawing as the export, so the pages shown are the pages written. */
export function runPreviewJob(job: PreviewJob): ExportPreview {
  const { drawing, warnings } = drawTarget(job.doc, job.target, job.options);
  return {
    pageCount: drawing.pages.length,
    warnings,
    pages: drawing.pages.slice(0, job.pages).map((page) => ({ label: page.label, svg: writeSvg(page) })),
  };
}

/** The worker's whole job, callable in the page too (where there is no Worker) and in tests. */
export async function runExportJob(job: ExportJob, onProgress: (progress: ExportProgress) => void = () => {}): Promise<ExportResult> {
  const assets = job.format === 'pdf' || job.format === 'png' ? await loadExportAssets(job.format === 'png') : {};
  return exportTarget(job.doc, job.target, job.format, job.options, assets, { onProgress });
}

const scope = globalThis as unknown as { WorkerGlobalScope?: new () => unknown };
if (scope.WorkerGlobalScope && globalThis instanceof scope.WorkerGlobalScope) {
  const post = (message: ExportMessage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);
  self.onmessage = (event: MessageEvent<ExportJob | PreviewJob>) => {
    const job = event.data;
    if ('preview' in job) {
      try {
        post({ type: 'preview', preview: runPreviewJob(job) });
      } catch (error) {
        post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
      return;
    }
    runExportJob(job, (progress) => post({ type: 'progress', progress })).then(
      (result) =>
        post(
          { type: 'done', result },
          result.files.map((f) => f.bytes.buffer as ArrayBuffer),
        ),
      (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  };
}
