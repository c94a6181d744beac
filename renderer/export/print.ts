// Print: the same PDF as Export (made by the export worker), handed to the
// host (Electron: the system print dialog; web: the browser's).
import { DEFAULT_EXPORT, type ExportOptions } from '../../shared/export/chartPages';
import type { ExportTarget } from '../../shared/export/pipeline';
import type { HostBridge } from '../../shared/bridge';
import type { StructuraDocument } from '../../shared/model/types';
import { getBridge } from '../host';
import { startExport } from './exportClient';
import { at } from '../../shared/must';

export async function printTarget(doc: StructuraDocument, target: ExportTarget, options: ExportOptions, bridge: HostBridge = getBridge()): Promise<void> {
  const { files } = await startExport({ doc, target, format: 'pdf', options }).result;
  // A PDF export is one file, however many pages it has.
  await bridge.print(at(files, 0, 'exported PDF').bytes);
}

/**
 * For the native menu's Print: the chart on screen, on A4 landscape (split when
 * too small to read), as `structura export --chart` would. Throws with a message for the user.
 */
export function printCurrentChart(doc: StructuraDocument, chartId: string, options: Partial<ExportOptions> = {}, bridge?: HostBridge): Promise<void> {
  return printTarget(doc, { kind: 'chart', chartId }, { ...DEFAULT_EXPORT, ...options }, bridge);
}
