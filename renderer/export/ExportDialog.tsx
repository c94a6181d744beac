// Export dialog: the current chart, another chart or the whole board pack, as
// PDF, SVG, PNG or CSV, on A4 or A3, with a live preview drawn by the same
// shared code that writes the file (and the CLI). The preview and the export
// itself run in the export worker (the export with a progress bar and
// Cancel), so the window stays usable while a large chart is drawn.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { defaultComparisonPair } from '../../shared/compare/defaultPair';
import { DEFAULT_EXPORT, type ExportOptions } from '../../shared/export/chartPages';
import {
  ExportCancelled,
  FORMAT_LABELS,
  isCsv,
  isDrawn,
  isText,
  type ExportFormat,
  type ExportProgress,
  type ExportTarget,
} from '../../shared/export/pipeline';
import { LIMITS } from '../../shared/model/limits';
import { chartLabel, chartsInAnnexOrder } from '../../shared/model/query';
import { ChartSelect } from '../charts/ChartSelect';
import { Modal } from '../dialogs/Modal';
import { LimitedInput } from '../dialogs/LimitedInput';
import { getBridge } from '../host';
import { useEditor } from '../store';
import { saveRequests, startExport, startPreview, type RunningExport } from './exportClient';
import type { ExportPreview } from './exportWorker';
import { printTarget } from './print';
import { ConsultationOptions, consultationTarget, initialConsultationPair } from './consultationTarget';
import { SvgImage } from './SvgImage';
import './export.css';

type What = 'current' | 'chart' | 'pack' | 'consultation';

const PREVIEW_PAGES = 3;
const RESOLUTIONS = [
  { dpi: 96, label: '96 dpi (screen)' },
  { dpi: 150, label: '150 dpi (slides)' },
  { dpi: 300, label: '300 dpi (print)' },
];

/** The error as a sentence for the user, ending in a full stop. */
function errorText(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).trim() || 'an unknown error';
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const doc = useEditor((s) => s.doc);
  const activeChartId = useEditor((s) => s.activeChartId);
  const charts = useMemo(() => chartsInAnnexOrder(doc), [doc]);
  const structures = charts.filter((c) => c.kind === 'structure');
  const current = doc.charts.find((c) => c.id === activeChartId) ?? doc.charts[0];

  const [what, setWhat] = useState<What>('current');
  const [chosenId, setChosenId] = useState(current?.id ?? '');
  const [withComparison, setWithComparison] = useState(false);
  const [comparison, setComparison] = useState(() => {
    const pair = defaultComparisonPair(doc);
    return { from: pair?.fromChartId ?? structures[0]?.id ?? '', to: pair?.toChartId ?? '' };
  });
  const [consultation, setConsultation] = useState(() => initialConsultationPair(doc));
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [chosenOptions, setOptions] = useState<ExportOptions>(DEFAULT_EXPORT);
  const [dateText, setDateText] = useState(doc.meta.date);
  // The document's own date is left to the shared code (as the CLI does), so both write the same file.
  const options = useMemo<ExportOptions>(
    () => ({ ...chosenOptions, date: dateText.trim() && dateText.trim() !== doc.meta.date ? dateText.trim() : undefined }),
    [chosenOptions, dateText, doc.meta.date],
  );
  const [dpi, setDpi] = useState(150);
  const [status, setStatus] = useState<{ kind: 'error' | 'info' | 'busy'; text: string } | null>(null);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const running = useRef<RunningExport | null>(null);
  // Closing the dialog ends an export still running.
  useEffect(() => () => running.current?.cancel(), []);
  const ids = { what: useId(), comparison: useId() };

  const chart = what === 'current' ? current : what === 'chart' ? doc.charts.find((c) => c.id === chosenId) : undefined;
  const target: ExportTarget | null = useMemo(() => {
    if (what === 'pack') {
      const pair =
        withComparison && comparison.from && comparison.to && comparison.from !== comparison.to
          ? { fromChartId: comparison.from, toChartId: comparison.to }
          : null;
      return { kind: 'pack', comparison: pair };
    }
    if (what === 'consultation') return consultationTarget(consultation);
    return chart ? { kind: 'chart', chartId: chart.id } : null;
  }, [what, chart, withComparison, comparison, consultation]);

  // CSV formats exist only for one structure chart (the consultation pack has its one CSV); fall back to PDF when the choice changes.
  const csvAllowed = target?.kind === 'chart' && chart?.kind === 'structure';
  const consultationCsv = target?.kind === 'consultation';
  const textAllowed = target?.kind === 'chart' || target?.kind === 'pack';
  const effectiveFormat: ExportFormat =
    (isCsv(format) && !csvAllowed && !(consultationCsv && format === 'posts-csv')) || (isText(format) && !textAllowed) ? 'pdf' : format;
  // CSV and the charts in words are not drawn: no paper, no preview.
  const csv = !isDrawn(effectiveFormat);

  // The preview is drawn in the export worker; a newer choice cancels the drawing of an older one.
  const [drawn, setDrawn] = useState<{ result: ExportPreview | null; error: string | null; drawing: boolean }>({ result: null, error: null, drawing: false });
  useEffect(() => {
    if (!target || csv) {
      setDrawn({ result: null, error: target ? null : 'Choose a chart to export.', drawing: false });
      return;
    }
    setDrawn((d) => ({ ...d, error: null, drawing: true }));
    const preview = startPreview({ doc, target, options, pages: PREVIEW_PAGES });
    preview.result.then(
      (result) => setDrawn({ result, error: null, drawing: false }),
      (error: unknown) => {
        if (!(error instanceof ExportCancelled)) setDrawn({ result: null, error: `The chart could not be drawn: ${errorText(error)}`, drawing: false });
      },
    );
    return () => preview.cancel();
  }, [doc, target, options, csv]);
  // Until the new preview is drawn, the last one stays in view (marked as being redrawn).
  const result = csv ? null : drawn.result;
  const previews = result?.pages ?? [];

  useEffect(() => setStatus((s) => (s?.kind === 'busy' ? s : null)), [target, effectiveFormat, options, dpi]);

  const set = (patch: Partial<ExportOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const busy = status?.kind === 'busy';

  const exportFile = async () => {
    if (!target || busy) return;
    setStatus({ kind: 'busy', text: 'Exporting…' });
    setProgress({ done: 0, total: 0 });
    const run = startExport({ doc, target, format: effectiveFormat, options: { ...options, dpi } }, setProgress);
    running.current = run;
    try {
      const result = await run.result;
      const bridge = getBridge();
      const saved: string[] = [];
      for (const file of saveRequests(result)) {
        const outcome = await bridge.exportFile(file);
        if (!outcome.ok && outcome.cancelled) break;
        if (!outcome.ok) throw new Error(outcome.message);
        saved.push(outcome.name);
      }
      setStatus(saved.length ? { kind: 'info', text: `Exported ${saved.join(', ')}.` } : null);
    } catch (error) {
      setStatus(
        error instanceof ExportCancelled
          ? { kind: 'info', text: 'Export cancelled.' }
          : { kind: 'error', text: `Export failed: ${errorText(error)} The document is unchanged.` },
      );
    } finally {
      running.current = null;
      setProgress(null);
    }
  };

  const print = async () => {
    if (!target) return;
    setStatus({ kind: 'busy', text: 'Preparing to print…' });
    try {
      await printTarget(doc, target, options);
      setStatus(null);
    } catch (error) {
      setStatus({ kind: 'error', text: `Printing failed: ${errorText(error)}` });
    }
  };

  const pageCount = result?.pageCount ?? 0;
  return (
    <Modal title="Export" onClose={onClose} wide>
      <div className="export-grid">
        <div className="export-options">
          <fieldset className="export-what" aria-labelledby={ids.what}>
            <legend id={ids.what}>What to export</legend>
            <label className="checkbox">
              <input type="radio" name="export-what" checked={what === 'current'} onChange={() => setWhat('current')} /> Current chart
              {current ? `: ${chartLabel(current)}` : ''}
            </label>
            <label className="checkbox">
              <input type="radio" name="export-what" checked={what === 'chart'} onChange={() => setWhat('chart')} /> Another chart
            </label>
            {what === 'chart' && (
              <select aria-label="Chart" value={chosenId} onChange={(e) => setChosenId(e.target.value)}>
                {charts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {chartLabel(c)}
                  </option>
                ))}
              </select>
            )}
            <label className="checkbox">
              <input type="radio" name="export-what" checked={what === 'pack'} onChange={() => setWhat('pack')} /> Board pack: cover and every chart (
              {charts.length})
            </label>
            {what === 'pack' && structures.length >= 2 && (
              <div className="export-comparison" aria-labelledby={ids.comparison} role="group">
                <label className="checkbox" id={ids.comparison}>
                  <input type="checkbox" checked={withComparison} onChange={(e) => setWithComparison(e.target.checked)} /> Include comparison page
                </label>
                {withComparison && (
                  <>
                    <ChartSelect
                      className="field"
                      caption="From (before)"
                      value={comparison.from}
                      charts={structures}
                      onChange={(from) => setComparison((c) => ({ ...c, from }))}
                    />
                    <ChartSelect
                      className="field"
                      caption="To (after)"
                      value={comparison.to}
                      charts={structures}
                      onChange={(to) => setComparison((c) => ({ ...c, to }))}
                    />
                    {comparison.from === comparison.to && <div className="field-error">Choose two different charts to compare.</div>}
                  </>
                )}
              </div>
            )}
            {structures.length >= 2 && (
              <label className="checkbox">
                <input type="radio" name="export-what" checked={what === 'consultation'} onChange={() => setWhat('consultation')} /> Consultation pack: people
                at risk, assimilation matrix, timeline
              </label>
            )}
            {what === 'consultation' && <ConsultationOptions value={consultation} charts={structures} onChange={setConsultation} />}
          </fieldset>
          <label className="field">
            Format
            <select aria-label="Format" value={effectiveFormat} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
              {(['pdf', 'svg', 'png'] as const).map((f) => (
                <option key={f} value={f}>
                  {FORMAT_LABELS[f]}
                  {f === 'png' ? ' (for slides)' : ''}
                </option>
              ))}
              {csvAllowed && <option value="organogram-csv">{FORMAT_LABELS['organogram-csv']} (senior and junior)</option>}
              {csvAllowed && <option value="posts-csv">{FORMAT_LABELS['posts-csv']}</option>}
              {consultationCsv && <option value="posts-csv">CSV (assimilation matrix and figures)</option>}
              {textAllowed && <option value="text-html">{FORMAT_LABELS['text-html']}</option>}
              {textAllowed && <option value="text-plain">{FORMAT_LABELS['text-plain']}</option>}
            </select>
          </label>
          {!csv && (
            <>
              <label className="field">
                Paper
                <select aria-label="Paper size" value={options.paper} onChange={(e) => set({ paper: e.target.value as ExportOptions['paper'] })}>
                  <option value="a4">A4</option>
                  <option value="a3">A3</option>
                </select>
              </label>
              <label className="field">
                Orientation
                <select
                  aria-label="Orientation"
                  value={options.orientation}
                  onChange={(e) => set({ orientation: e.target.value as ExportOptions['orientation'] })}
                >
                  <option value="landscape">Landscape</option>
                  <option value="portrait">Portrait</option>
                </select>
              </label>
              <label className="field">
                Date
                <LimitedInput
                  limit={LIMITS.shortText}
                  aria-label="Date"
                  value={dateText}
                  onChange={(e) => setDateText(e.target.value)}
                  placeholder={doc.meta.date || 'e.g. June 2008'}
                />
              </label>
              <label className="checkbox">
                <input type="checkbox" checked={!!options.showDraftWatermark} onChange={(e) => set({ showDraftWatermark: e.target.checked })} /> DRAFT watermark
              </label>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={options.theme === 'high-contrast'}
                  onChange={(e) => set({ theme: e.target.checked ? 'high-contrast' : 'standard' })}
                />{' '}
                High contrast (patterns and labels, not colour alone)
              </label>
              <label className="checkbox">
                <input type="checkbox" checked={options.allowSplit !== false} onChange={(e) => set({ allowSplit: e.target.checked })} /> Split over pages when
                too small to read
              </label>
              {effectiveFormat === 'png' && (
                <label className="field">
                  Resolution
                  <select aria-label="Resolution" value={dpi} onChange={(e) => setDpi(Number(e.target.value))}>
                    {RESOLUTIONS.map((r) => (
                      <option key={r.dpi} value={r.dpi}>
                        {r.label}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </>
          )}
          {result && result.warnings.length > 0 && (
            <div className="export-warnings" role="group" aria-label="Warnings">
              <ul>
                {result.warnings.map((w) => (
                  <li key={w} className="field-error">
                    {w}
                  </li>
                ))}
              </ul>
              {options.paper === 'a4' ? (
                <button type="button" onClick={() => set({ paper: 'a3' })}>
                  Use A3
                </button>
              ) : (
                options.allowSplit === false && (
                  <button type="button" onClick={() => set({ allowSplit: true })}>
                    Split over pages
                  </button>
                )
              )}
            </div>
          )}
          {drawn.error && (
            <div className="field-error" role="alert">
              {drawn.error}
            </div>
          )}
          <div className={status?.kind === 'error' ? 'field-error' : 'field-hint'} role={status?.kind === 'error' ? 'alert' : 'status'}>
            {status?.text}
          </div>
          {progress && <ExportProgressBar progress={progress} onCancel={() => running.current?.cancel()} />}
          <div className="dialog-buttons">
            <button type="button" onClick={onClose}>
              Close
            </button>
            {!csv && (
              <button type="button" onClick={print} disabled={!target || !!drawn.error || busy}>
                Print…
              </button>
            )}
            {/* Busy is aria-disabled, not disabled: a disabled button drops the keyboard focus to the page (#16). */}
            <button type="button" onClick={exportFile} disabled={!target || (!csv && !!drawn.error)} aria-disabled={busy} aria-label="Export file">
              {busy ? 'Working…' : 'Export'}
            </button>
          </div>
        </div>
        {/* Focusable so the preview scrolls from the keyboard. */}
        <section className="export-preview" aria-label="Preview" tabIndex={0} aria-busy={drawn.drawing}>
          {drawn.drawing && !csv && <div className="field-hint">{result ? 'Redrawing the preview…' : 'Drawing the preview…'}</div>}
          {result && !csv && (
            <>
              <div className="field-hint" aria-live="polite">
                {pageCount} page{pageCount === 1 ? '' : 's'}
                {pageCount > PREVIEW_PAGES ? ` (first ${PREVIEW_PAGES} shown)` : ''} · {options.paper.toUpperCase()} {options.orientation}
              </div>
              {previews.map((p, i) => (
                <SvgImage key={i} className="svg-preview" svg={p.svg} label={`Preview of page ${i + 1}: ${p.label}`} />
              ))}
            </>
          )}
          {isText(effectiveFormat) && (
            <p className="field-hint">
              The {what === 'pack' ? 'charts' : 'chart'} in words: a nested list by line management that also states the dotted and commissioning lines and how
              joint posts are funded, for readers who cannot see the drawing.
            </p>
          )}
          {isCsv(effectiveFormat) && consultationCsv && (
            <p className="field-hint">
              One row per post of the baseline: holder, employer, grade, the new post, match, method and pool, then the figures by employer, grade and unit.
            </p>
          )}
          {isCsv(effectiveFormat) && (
            <p className="field-hint">CSV files open in any spreadsheet. Cells a spreadsheet would run as formulas are written as plain text.</p>
          )}
        </section>
      </div>
    </Modal>
  );
}

/** Pages written of the total, while the worker draws and writes them. */
function ExportProgressBar({ progress, onCancel }: { progress: ExportProgress; onCancel: () => void }) {
  const { done, total } = progress;
  return (
    <div className="export-progress">
      <progress aria-label="Export progress" max={total || undefined} value={total ? done : undefined} />
      <span className="field-hint">{total ? `Page ${done} of ${total}` : 'Drawing the pages…'}</span>
      <button type="button" onClick={onCancel}>
        Cancel export
      </button>
    </div>
  );
}
