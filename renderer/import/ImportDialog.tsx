// Import a published organogram (senior CSV, optionally its junior CSV) as a
// new structure chart, with a report of everything read, skipped or adjusted.
import { useState } from 'react';
import { addChart } from '../../shared/model/commands';
import { makeDocument } from '../../shared/model/factory';
import { LIMITS } from '../../shared/model/limits';
import { formatFte } from '../../shared/format';
import type { OpenedFile } from '../../shared/bridge';
import { describeRows, groupImportIssues } from '../../shared/io/issueGroups';
import { Modal } from '../dialogs/Modal';
import { LimitedInput } from '../dialogs/LimitedInput';
import { getBridge } from '../host';
import { useEditorStore } from '../store';
import { UNTITLED } from '../store/editorStore';
import { runImport, type ImportRequest, type ImportResponse } from './importWorker';

function importOffThread(request: ImportRequest): Promise<ImportResponse> {
  if (typeof Worker === 'undefined') return Promise.resolve(runImport(request));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => {
      // A worker that cannot start (locked-down browsers) falls back to the main thread.
      event.preventDefault();
      worker.terminate();
      resolve(runImport(request));
    };
    worker.postMessage(request);
  });
}

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const [senior, setSenior] = useState<OpenedFile | null>(null);
  const [junior, setJunior] = useState<OpenedFile | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportResponse | null>(null);

  const choose = async (which: 'senior' | 'junior') => {
    const [file] = await getBridge().openTextFiles(['.csv'], false);
    if (!file) return;
    setOutcome(null);
    if (which === 'senior') {
      setSenior(file);
      if (!name) setName(file.name.replace(/\.csv$/i, '').replace(/[-_ ]senior.*$/i, ''));
    } else setJunior(file);
  };

  const run = async () => {
    if (!senior) return;
    setBusy(true);
    const response = await importOffThread({
      senior: { name: senior.name, text: senior.text },
      junior: junior ? { name: junior.name, text: junior.text } : undefined,
      chartTitle: name,
      existingTags: store.getState().doc.tags,
    });
    setBusy(false);
    setOutcome(response);
  };

  const addToDocument = () => {
    if (!outcome?.ok) return;
    const { chart, newTags } = outcome.result;
    if (store.getState().apply((doc) => addChart(doc, chart, newTags))) {
      store.getState().setActiveChart(chart.id);
      onClose();
    }
  };
  const openAsNew = () => {
    if (!outcome?.ok) return;
    const { chart, newTags } = outcome.result;
    store.getState().loadDocument(makeDocument({ title: chart.title, tags: newTags, charts: [{ ...chart, annex: '1' }] }), UNTITLED, { dirty: true });
    onClose();
  };

  const report = outcome?.ok ? outcome.result.report : null;
  return (
    <Modal title="Import organogram" onClose={onClose} wide>
      <p className="field-hint">
        The UK government organogram format: a senior CSV (one row per senior post) and, optionally, its junior CSV (staff numbers under each senior post).
      </p>
      <div className="import-files">
        <button type="button" onClick={() => choose('senior')}>
          Choose senior CSV…
        </button>
        <span aria-label="Senior file">{senior?.name ?? 'No senior file chosen'}</span>
        <button type="button" onClick={() => choose('junior')}>
          Choose junior CSV…
        </button>
        <span aria-label="Junior file">{junior?.name ?? 'No junior file (optional)'}</span>
      </div>
      <label className="field">
        Chart title
        <LimitedInput limit={LIMITS.shortText} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" disabled={!senior || busy} onClick={run}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </div>
      {busy && <progress aria-label="Importing" />}
      {outcome && !outcome.ok && (
        <div className="field-error" role="alert">
          {outcome.message}
        </div>
      )}
      {report && (
        <section className="import-report" aria-label="Import report">
          <h3>Import report</h3>
          <ul>
            <li>Rows read: {report.rowsRead}</li>
            <li>
              Posts created: {report.postsCreated} ({report.vacantPosts} vacant, {report.undisclosedHolders} holder not disclosed)
            </li>
            <li>Top posts: {report.topPosts}</li>
            <li>
              Junior staff: {report.teamsAggregated} teams, {formatFte(report.juniorFte)} FTE
            </li>
            <li>
              Job shares merged: {report.jobSharesMerged}; duplicate rows skipped: {report.duplicateRowsSkipped}; eliminated posts skipped:{' '}
              {report.eliminatedSkipped}
            </li>
          </ul>
          {report.issues.length > 0 && (
            <>
              <h4>{report.issues.length} rows skipped or adjusted</h4>
              <table className="teams">
                <thead>
                  <tr>
                    <th scope="col">File</th>
                    <th scope="col">Rows</th>
                    <th scope="col">Column</th>
                    <th scope="col">Value</th>
                    <th scope="col">What happened</th>
                  </tr>
                </thead>
                <tbody>
                  {groupImportIssues(report.issues)
                    .slice(0, 500)
                    .map((g, k) => (
                      <tr key={k}>
                        <td>{g.file}</td>
                        <td>{describeRows(g.rows)}</td>
                        <td>{g.column}</td>
                        <td>{g.value.slice(0, 40)}</td>
                        <td>{g.message}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </>
          )}
          <div className="dialog-buttons">
            <button type="button" onClick={openAsNew}>
              Open as new document
            </button>
            <button type="button" onClick={addToDocument}>
              Add as new chart
            </button>
          </div>
        </section>
      )}
    </Modal>
  );
}
