// Copy the current chart to the system clipboard as a PNG or SVG image. The
// image is the export pipeline's own (the export worker, as Export… and Print
// use): one page with the chart's title, legend and footer, never split, so
// what is pasted into a board paper is what Export would write.
import type { ClipboardImageFormat, HostBridge } from '../../shared/bridge';
import { DEFAULT_EXPORT, type ExportOptions } from '../../shared/export/chartPages';
import { pngSize } from '../../shared/export/pngSize';
import { chartLabel } from '../../shared/model/query';
import { getBridge } from '../host';
import type { EditorStore } from '../store/editorStore';
import { startExport } from './exportClient';
import { at } from '../../shared/must';

/** One A4 landscape page, not split: a picture to paste. */
export const CLIPBOARD_EXPORT: ExportOptions = { ...DEFAULT_EXPORT, allowSplit: false };
export const CLIPBOARD_DPI = 150;

const decoder = new TextDecoder();

/** Makes the image and hands it to the host's clipboard; the outcome is shown in the notice bar. */
export async function copyChartImage(store: EditorStore, format: ClipboardImageFormat, bridge: HostBridge = getBridge()): Promise<void> {
  const { doc, activeChartId, notify } = store.getState();
  const chart = doc.charts.find((c) => c.id === activeChartId);
  if (!chart) return;
  const name = chartLabel(chart);
  let warnings: string[] = [];
  let size = '';
  let failed: Error | null = null;
  const made = startExport({ doc, target: { kind: 'chart', chartId: chart.id }, format, options: { ...CLIPBOARD_EXPORT, dpi: CLIPBOARD_DPI } }).result.then(
    (result) => {
      warnings = result.warnings;
      // Every export makes at least one file; a chart split over pages is copied from its first.
      const bytes = at(result.files, 0, 'exported file').bytes;
      if (format === 'svg') return decoder.decode(bytes);
      const px = pngSize(bytes);
      if (px) size = ` (${px.width} × ${px.height} pixels)`;
      return bytes;
    },
    (error: unknown) => {
      failed = error instanceof Error ? error : new Error(String(error));
      throw failed;
    },
  );
  let outcome;
  try {
    outcome = await bridge.copyImage(format, made);
  } catch (error) {
    outcome = { ok: false as const, message: error instanceof Error ? error.message : String(error) };
  }
  if (failed) return notify({ kind: 'error', text: `Not copied: the image of “${name}” could not be made (${(failed as Error).message}).` });
  if (!outcome.ok) return notify({ kind: 'error', text: `Not copied: ${outcome.message}` });
  const what = format === 'png' ? `a PNG image${size}` : outcome.as === 'image' ? 'an SVG image' : 'SVG (as text, which drawing tools paste as an image)';
  notify({ kind: 'info', text: `Copied “${name}” to the clipboard as ${what}.${warnings.length ? ` ${warnings.join(' ')}` : ''}` });
}
