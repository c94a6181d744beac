// Runs the organogram import off the main thread, so large files never freeze the UI.
import { importOrganogram, type ImportResult } from '../../shared/io/organogram';
import type { CsvFile } from '../../shared/io/organogram';
import type { OrgTag } from '../../shared/model/types';

export interface ImportRequest {
  senior: CsvFile;
  junior?: CsvFile;
  chartTitle?: string;
  existingTags: OrgTag[];
}

export type ImportResponse = { ok: true; result: ImportResult } | { ok: false; message: string };

export function runImport(request: ImportRequest): ImportResponse {
  try {
    return { ok: true, result: importOrganogram(request) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

// In a worker: answer each request.
const scope = globalThis as unknown as { WorkerGlobalScope?: new () => unknown };
if (scope.WorkerGlobalScope && globalThis instanceof scope.WorkerGlobalScope) {
  self.onmessage = (event: MessageEvent<ImportRequest>) => {
    (self as unknown as Worker).postMessage(runImport(event.data));
  };
}
