// Import any CSV of posts: choose the file, map its columns (guessed from the
// headers, and remembered for next time), preview, then import with a report.
import { useMemo, useState } from 'react';
import type { OpenedFile } from '../../shared/bridge';
import { readCsv, CsvError, type CsvTable } from '../../shared/io/csvRead';
import { FIELD_LABELS, guessMapping, importMappedCsv, MAPPED_FIELDS, type ColumnMapping } from '../../shared/io/mappedCsv';
import type { ImportResult } from '../../shared/io/organogram';
import { addChart } from '../../shared/model/commands';
import { describeRows, groupImportIssues } from '../../shared/io/issueGroups';
import { Modal } from '../dialogs/Modal';
import { getBridge } from '../host';
import { useEditorStore } from '../store';

const REMEMBERED = 'structura.csv-mapping.v1';

/** The last mapping, by header name, so a file with the same columns maps the same way. */
function rememberedMapping(headers: string[]): ColumnMapping | null {
  try {
    const saved = JSON.parse(localStorage.getItem(REMEMBERED) ?? 'null') as Record<string, string> | null;
    if (!saved) return null;
    const mapping: ColumnMapping = {};
    for (const [field, header] of Object.entries(saved)) {
      const index = headers.indexOf(header);
      if (index >= 0 && (MAPPED_FIELDS as readonly string[]).includes(field)) mapping[field as keyof ColumnMapping] = index;
    }
    return Object.keys(mapping).length ? mapping : null;
  } catch {
    return null;
  }
}

export function CsvImportDialog({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [table, setTable] = useState<CsvTable | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const choose = async () => {
    const [opened] = await getBridge().openTextFiles(['.csv'], false);
    if (!opened) return;
    setResult(null);
    try {
      const parsed = readCsv(opened.name, opened.text);
      setFile(opened);
      setTable(parsed);
      setMapping(rememberedMapping(parsed.headers) ?? guessMapping(parsed.headers));
      setError(null);
    } catch (e) {
      setError(e instanceof CsvError ? e.message : String(e));
    }
  };

  const run = () => {
    if (!file || !table) return;
    try {
      setResult(importMappedCsv(file, mapping, store.getState().doc.tags));
      localStorage.setItem(
        REMEMBERED,
        JSON.stringify(Object.fromEntries(Object.entries(mapping).flatMap(([f, i]) => (i === undefined ? [] : [[f, table.headers[i]]])))),
      );
      setError(null);
    } catch (e) {
      setError(e instanceof CsvError ? e.message : String(e));
    }
  };

  const preview = useMemo(() => table?.rows.slice(0, 3) ?? [], [table]);
  return (
    <Modal title="Import CSV" onClose={onClose} wide>
      <p className="field-hint">Any spreadsheet saved as CSV, one row per post. Say which column holds what.</p>
      <div className="import-files">
        <button type="button" onClick={choose}>
          Choose CSV file…
        </button>
        <span>{file?.name ?? 'No file chosen'}</span>
      </div>
      {table && (
        <div className="mapping">
          {MAPPED_FIELDS.map((field) => (
            <label key={field} className="field">
              {FIELD_LABELS[field]}
              <select
                aria-label={`Column for ${FIELD_LABELS[field]}`}
                value={mapping[field] ?? ''}
                onChange={(e) => setMapping((m) => ({ ...m, [field]: e.target.value === '' ? undefined : Number(e.target.value) }))}
              >
                <option value="">(none)</option>
                {table.headers.map((h, i) => (
                  <option key={i} value={i}>
                    {h || `Column ${i + 1}`}
                  </option>
                ))}
              </select>
              <span className="field-hint">
                {preview
                  .map((r) => {
                    const column = mapping[field];
                    return column === undefined ? '' : r.cells[column];
                  })
                  .filter(Boolean)
                  .slice(0, 2)
                  .join(' · ')}
              </span>
            </label>
          ))}
        </div>
      )}
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" onClick={run} disabled={!table}>
          Import
        </button>
      </div>
      {result && (
        <section className="import-report" aria-label="Import report">
          <h3>Import report</h3>
          <p>
            {result.report.rowsRead} rows read, {result.report.postsCreated} posts created, {result.report.topPosts} top posts.
          </p>
          {result.report.warnings.map((w, k) => (
            <p key={`w${k}`} className="field-error" role="alert">
              Warning: {w}
            </p>
          ))}
          {result.report.notes.map((n, k) => (
            <p key={`n${k}`} className="field-hint">
              {n}
            </p>
          ))}
          <ul>
            {groupImportIssues(result.report.issues).map((g, k) => (
              <li key={k}>
                {g.file}, {describeRows(g.rows)}, {g.column}
                {g.value ? ` = "${g.value}"` : ''}: {g.message}
              </li>
            ))}
          </ul>
          <div className="dialog-buttons">
            <button
              type="button"
              onClick={() => {
                if (store.getState().apply((doc) => addChart(doc, result.chart, result.newTags))) {
                  store.getState().setActiveChart(result.chart.id);
                  onClose();
                }
              }}
            >
              Add as new chart
            </button>
          </div>
        </section>
      )}
    </Modal>
  );
}
