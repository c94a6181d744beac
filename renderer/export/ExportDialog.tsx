// Export dialog: a chart or the whole board pack, as PDF, SVG, PNG or CSV, on
// A4 or A3, with a preview made by the same shared code as the file itself.
import { useEffect, useMemo, useState } from 'react';
import { comparisonPagesFor } from '../../shared/compare/page';
import { DEFAULT_EXPORT, type ExportOptions } from '../../shared/export/chartPages';
import { drawBoardPack, drawChart, type DrawingResult } from '../../shared/export/pack';
import { exportOrganogramCsv } from '../../shared/io/organogramExport';
import { exportPostsCsv } from '../../shared/io/postsCsv';
import { chartLabel } from '../../shared/model/query';
import { Modal } from '../dialogs/Modal';
import { getBridge } from '../host';
import { useEditor } from '../store';
import { drawingToPdf, pageSvg, safeFileName, svgToPng, SvgPreview } from './files';

type Format = 'pdf' | 'svg' | 'png' | 'organogram-csv' | 'posts-csv';

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const doc = useEditor((s) => s.doc);
  const activeChartId = useEditor((s) => s.activeChartId);
  const [what, setWhat] = useState<string>(activeChartId);
  const [format, setFormat] = useState<Format>('pdf');
  const [options, setOptions] = useState<ExportOptions>({ ...DEFAULT_EXPORT, date: doc.meta.date });
  const [withComparison, setWithComparison] = useState(false);
  const [dpi, setDpi] = useState(150);
  const [status, setStatus] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const pack = what === '__pack';
  const chart = doc.charts.find((c) => c.id === what);
  const structures = doc.charts.filter((c) => c.kind === 'structure');

  const result = useMemo<DrawingResult | null>(() => {
    try {
      if (pack) return drawBoardPack(doc, options, withComparison ? comparisonPagesFor(doc) : undefined);
      return chart ? drawChart(doc, chart.id, options) : null;
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message });
      return null;
    }
  }, [doc, pack, chart, options, withComparison]);

  useEffect(() => setStatus(null), [what, format, options]);
  const csv = format === 'organogram-csv' || format === 'posts-csv';
  const baseName = safeFileName(pack ? `${doc.title} - board pack` : chart ? chartLabel(chart).replace(' — ', ' - ') : 'export');

  const run = async () => {
    if (!result) return;
    setBusy(true);
    try {
      const bridge = getBridge();
      const save = async (suggestedName: string, mimeType: string, data: Uint8Array | string) => {
        const outcome = await bridge.exportFile({ suggestedName, mimeType, data });
        if (!outcome.ok && !outcome.cancelled) throw new Error(outcome.message);
        return outcome.ok;
      };
      let saved = false;
      if (format === 'pdf') saved = await save(`${baseName}.pdf`, 'application/pdf', await drawingToPdf(result.drawing));
      else if (format === 'svg' || format === 'png') {
        for (const [i, page] of result.drawing.pages.entries()) {
          const suffix = result.drawing.pages.length > 1 ? ` (page ${i + 1})` : '';
          const svg = pageSvg(result.drawing, i);
          saved =
            format === 'svg'
              ? await save(`${baseName}${suffix}.svg`, 'image/svg+xml', svg)
              : await save(`${baseName}${suffix}.png`, 'image/png', await svgToPng(svg, page.width, page.height, dpi));
        }
      } else if (chart && format === 'posts-csv') saved = await save(`${baseName} - posts.csv`, 'text/csv', exportPostsCsv(doc, chart.id));
      else if (chart) {
        const { senior, junior } = exportOrganogramCsv(doc, chart.id);
        saved = (await save(`${baseName}-senior.csv`, 'text/csv', senior)) && (await save(`${baseName}-junior.csv`, 'text/csv', junior));
      }
      if (saved) setStatus({ kind: 'info', text: 'Exported.' });
    } catch (error) {
      setStatus({ kind: 'error', text: `Export failed: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  const print = async () => {
    if (!result) return;
    await getBridge().print(await drawingToPdf(result.drawing));
  };

  const set = (patch: Partial<ExportOptions>) => setOptions((o) => ({ ...o, ...patch }));
  return (
    <Modal title="Export" onClose={onClose} wide>
      <div className="export-grid">
        <div className="export-options">
          <label className="field">
            What
            <select aria-label="What to export" value={what} onChange={(e) => setWhat(e.target.value)}>
              {doc.charts.map((c) => (
                <option key={c.id} value={c.id}>
                  {chartLabel(c)}
                </option>
              ))}
              <option value="__pack">Board pack: cover and every chart</option>
            </select>
          </label>
          {pack && structures.length >= 2 && (
            <label className="checkbox">
              <input type="checkbox" checked={withComparison} onChange={(e) => setWithComparison(e.target.checked)} /> Include the comparison page
            </label>
          )}
          <label className="field">
            Format
            <select aria-label="Format" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
              <option value="pdf">PDF</option>
              <option value="svg">SVG</option>
              <option value="png">PNG (for slides)</option>
              {!pack && chart?.kind === 'structure' && <option value="organogram-csv">Organogram CSV (senior and junior)</option>}
              {!pack && chart?.kind === 'structure' && <option value="posts-csv">Posts CSV</option>}
            </select>
          </label>
          {!csv && (
            <>
              <label className="field">
                Paper
                <select aria-label="Paper size" value={options.paper} onChange={(e) => set({ paper: e.target.value as 'a4' | 'a3' })}>
                  <option value="a4">A4</option>
                  <option value="a3">A3</option>
                </select>
              </label>
              <label className="field">
                Orientation
                <select aria-label="Orientation" value={options.orientation} onChange={(e) => set({ orientation: e.target.value as 'portrait' | 'landscape' })}>
                  <option value="landscape">Landscape</option>
                  <option value="portrait">Portrait</option>
                </select>
              </label>
              <label className="field">
                Date
                <input aria-label="Date" value={options.date ?? ''} onChange={(e) => set({ date: e.target.value })} />
              </label>
              <label className="checkbox">
                <input type="checkbox" checked={!!options.showDraftWatermark} onChange={(e) => set({ showDraftWatermark: e.target.checked })} /> DRAFT watermark
              </label>
              <label className="checkbox">
                <input type="checkbox" checked={options.theme === 'high-contrast'} onChange={(e) => set({ theme: e.target.checked ? 'high-contrast' : 'standard' })} /> High contrast (patterns as well as colours)
              </label>
              <label className="checkbox">
                <input type="checkbox" checked={options.allowSplit !== false} onChange={(e) => set({ allowSplit: e.target.checked })} /> Split over pages when too small to read
              </label>
              {format === 'png' && (
                <label className="field">
                  Resolution
                  <select aria-label="Resolution" value={dpi} onChange={(e) => setDpi(Number(e.target.value))}>
                    <option value={96}>96 dpi (screen)</option>
                    <option value={150}>150 dpi (slides)</option>
                    <option value={300}>300 dpi (print)</option>
                  </select>
                </label>
              )}
            </>
          )}
          {result?.warnings.map((w) => (
            <div key={w} className="field-error" role="alert">
              {w}{' '}
              {options.paper === 'a4' && (
                <button type="button" onClick={() => set({ paper: 'a3' })}>
                  Use A3
                </button>
              )}
            </div>
          ))}
          {status && (
            <div className={status.kind === 'error' ? 'field-error' : 'field-hint'} role={status.kind === 'error' ? 'alert' : 'status'}>
              {status.text}
            </div>
          )}
          <div className="dialog-buttons">
            <button type="button" onClick={onClose}>Close</button>
            {!csv && (
              <button type="button" onClick={print} disabled={!result}>
                Print…
              </button>
            )}
            <button type="button" onClick={run} disabled={!result || busy} aria-label="Export file">
              {busy ? 'Exporting…' : 'Export'}
            </button>
          </div>
        </div>
        <div className="export-preview" aria-label="Preview">
          {result && !csv && (
            <>
              <div className="field-hint">
                {result.drawing.pages.length} page{result.drawing.pages.length === 1 ? '' : 's'}
              </div>
              {result.drawing.pages.slice(0, 3).map((page, i) => (
                <SvgPreview key={`${what}-${i}-${JSON.stringify(options)}`} svg={pageSvg(result.drawing, i)} label={`Preview of page ${i + 1}: ${page.label}`} />
              ))}
            </>
          )}
          {csv && <p className="field-hint">CSV files open in any spreadsheet. Cells that a spreadsheet would run as formulas are written as plain text.</p>}
        </div>
      </div>
    </Modal>
  );
}
