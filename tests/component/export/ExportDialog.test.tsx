// @vitest-environment jsdom
import '../jsdom-setup';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportRequest } from '../../../shared/bridge';
import { pageSize } from '../../../shared/export/drawing';
import { drawBoardPack, drawChart } from '../../../shared/export/pack';
import { chartLabel, chartsInAnnexOrder } from '../../../shared/model/query';
import { ExportDialog } from '../../../renderer/export/ExportDialog';
import { printCurrentChart } from '../../../renderer/export/print';
import { setBridge } from '../../../renderer/host';
import { createAppStore, EditorContext } from '../../../renderer/store';
import { fakeBridge } from '../fakeBridge';
import { recordBlobUrls } from './blobs';
import { defined, leading } from '../../support/defined';

// The browser fetches the bundled fonts and resvg's .wasm by URL; here the
// same files come from disk, as the CLI reads them (jsdom gives modules http:
// URLs, so the files are read from the repository root).
vi.mock('../../../renderer/export/assets', async () => {
  const { readFile } = await import('node:fs/promises');
  const read = async (path: string) => new Uint8Array(await readFile(path));
  return {
    loadExportAssets: async () => ({
      fonts: { regular: await read('shared/fonts/LiberationSans-Regular.ttf'), bold: await read('shared/fonts/LiberationSans-Bold.ttf') },
      resvgWasm: await read('node_modules/@resvg/resvg-wasm/index_bg.wasm'),
    }),
  };
});
// The real drawing code, watched so tests can see what the dialog asks of it.
vi.mock('../../../shared/export/pack', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../shared/export/pack')>();
  return { ...actual, drawChart: vi.fn(actual.drawChart), drawBoardPack: vi.fn(actual.drawBoardPack) };
});

let host: ReturnType<typeof fakeBridge>;
let blobs: ReturnType<typeof recordBlobUrls>;
beforeEach(() => {
  host = fakeBridge();
  setBridge(host.bridge);
  blobs = recordBlobUrls();
  vi.mocked(drawChart).mockClear();
  vi.mocked(drawBoardPack).mockClear();
});
afterEach(() => {
  cleanup();
  setBridge(null);
});

function renderDialog() {
  const store = createAppStore();
  const onClose = vi.fn();
  render(
    <EditorContext.Provider value={store}>
      <ExportDialog onClose={onClose} />
    </EditorContext.Provider>,
  );
  return { store, onClose, user: userEvent.setup(), dialog: screen.getByRole('dialog', { name: 'Export' }) };
}

const exported = (): ExportRequest[] => vi.mocked(host.bridge.exportFile).mock.calls.map(([request]) => request);
/** The export runs the real pipeline (in this thread: jsdom has no Worker), which takes a while on a loaded machine. */
const EXPORTED = { timeout: 20_000 };
const bytes = (data: Uint8Array | string) => (typeof data === 'string' ? new TextEncoder().encode(data) : data);
const optionLabels = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

function pdfText(data: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'structura-export-')), 'out.pdf');
  writeFileSync(file, data);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

async function previewSvg(page = 1): Promise<string> {
  const img = await screen.findByRole('img', { name: new RegExp(`^Preview of page ${page}:`) });
  return blobs.textOf(img);
}

describe('the export dialog', () => {
  it('offers the current chart, any other chart in annex order, or the board pack, and the formats each allows', async () => {
    const { user, store, dialog } = renderDialog();
    const doc = store.getState().doc;
    expect(within(dialog).getByRole('radio', { name: /^Current chart: Annex 1 — / })).toHaveProperty('checked', true);
    expect(optionLabels(within(dialog).getByLabelText('Format'))).toEqual([
      'PDF',
      'SVG',
      'PNG (for slides)',
      'Organogram CSV (senior and junior)',
      'Posts CSV',
      'Charts in words (HTML)',
      'Charts in words (plain text)',
    ]);

    await user.click(within(dialog).getByRole('radio', { name: 'Another chart' }));
    const chart = within(dialog).getByRole('combobox', { name: 'Chart' });
    expect(optionLabels(chart)).toEqual(chartsInAnnexOrder(doc).map(chartLabel));
    await user.selectOptions(chart, 'annex-2');
    // A diagram has no posts to list in a CSV.
    expect(optionLabels(within(dialog).getByLabelText('Format'))).toEqual([
      'PDF',
      'SVG',
      'PNG (for slides)',
      'Charts in words (HTML)',
      'Charts in words (plain text)',
    ]);

    await user.click(within(dialog).getByRole('radio', { name: /^Board pack/ }));
    expect(optionLabels(within(dialog).getByLabelText('Format'))).toEqual([
      'PDF',
      'SVG',
      'PNG (for slides)',
      'Charts in words (HTML)',
      'Charts in words (plain text)',
    ]);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Include comparison page' }));
    expect(within(dialog).getByRole('combobox', { name: 'From (before)' })).toHaveProperty('value', 'annex-5');
    expect(within(dialog).getByRole('combobox', { name: 'To (after)' })).toHaveProperty('value', 'annex-1');
  });

  it('previews the first pages and draws on A3 once A3 is chosen', async () => {
    const { user, dialog } = renderDialog();
    const a4 = pageSize('a4', 'landscape');
    expect(await previewSvg()).toContain(`viewBox="0 0 ${a4.width} ${a4.height}"`);
    expect(within(dialog).getByText(/^2 pages/)).toBeTruthy(); // Annex 1 splits on A4

    await user.selectOptions(within(dialog).getByLabelText('Paper size'), 'a3');
    expect(vi.mocked(drawChart).mock.lastCall?.[2]).toMatchObject({ paper: 'a3', orientation: 'landscape' });
    const a3 = pageSize('a3', 'landscape');
    await waitFor(async () => expect(await previewSvg()).toContain(`viewBox="0 0 ${a3.width} ${a3.height}"`));
    expect(within(dialog).getByText(/^1 page/)).toBeTruthy();
  });

  it('puts the date typed, the DRAFT watermark and high contrast on the pages', async () => {
    const { user, dialog } = renderDialog();
    expect(await previewSvg()).not.toContain('June 2008');
    const date = within(dialog).getByLabelText('Date');
    await user.clear(date);
    await user.type(date, 'June 2008');
    await user.click(within(dialog).getByRole('checkbox', { name: 'DRAFT watermark' }));
    await user.click(within(dialog).getByRole('checkbox', { name: /^High contrast/ }));
    await waitFor(async () => expect(await previewSvg()).toContain('June 2008'));
    const svg = await previewSvg();
    expect(svg).toMatch(/<g class="watermark"[^>]*>\s*<text[^>]*>DRAFT</);
    expect(svg).toContain('<pattern');
  });

  it('warns when a chart is too small to read on A4, and “Use A3” fixes it in one click', async () => {
    const { user, dialog } = renderDialog();
    await user.click(within(dialog).getByRole('radio', { name: 'Another chart' }));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Chart' }), 'annex-1');
    // Annex 1 on one A4 page would print under 8 pt. Split over pages, it is readable (so no warning);
    // with splitting off, the dialog warns, and on A3 it fits one page.
    await user.click(within(dialog).getByRole('checkbox', { name: /Split over pages/ }));
    const warnings = within(dialog).getByRole('group', { name: 'Warnings' });
    expect(warnings.textContent).toMatch(/Medium\/Long Term.* too small to read on A4 landscape/);
    await user.click(within(warnings).getByRole('button', { name: 'Use A3' }));
    expect(within(dialog).getByLabelText('Paper size')).toHaveProperty('value', 'a3');
    expect(within(dialog).queryByRole('group', { name: 'Warnings' })).toBeNull();
  });

  it('exports the current chart as a PDF named after the annex, on the chosen paper', async () => {
    const { user, dialog } = renderDialog();
    await user.selectOptions(within(dialog).getByLabelText('Paper size'), 'a3');
    await user.click(within(dialog).getByRole('button', { name: 'Export file' }));
    await waitFor(() => expect(host.bridge.exportFile).toHaveBeenCalledTimes(1), EXPORTED);
    const file = defined(exported()[0]);
    expect(file.suggestedName).toBe('Annex 1 - Proposed Herefordshire Integrated Senior Management Structure Medium Long Term.pdf');
    expect(file.mimeType).toBe('application/pdf');
    const data = bytes(file.data);
    expect(new TextDecoder().decode(data.subarray(0, 5))).toBe('%PDF-');
    const pdf = await PDFDocument.load(data);
    const a3 = pageSize('a3', 'landscape');
    expect(pdf.getPages().map((p) => p.getSize())).toEqual([{ width: a3.width, height: a3.height }]);
    expect(pdfText(data)).toContain('Chief Operating Officer');
    expect(await within(dialog).findByText(/^Exported /, {}, EXPORTED)).toBeTruthy();
  });

  it('exports a board pack with a cover, every chart and the chosen comparison', async () => {
    const { user, store, dialog } = renderDialog();
    await user.click(within(dialog).getByRole('radio', { name: /^Board pack/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Include comparison page' }));
    await user.click(within(dialog).getByRole('button', { name: 'Export file' }));
    await waitFor(() => expect(host.bridge.exportFile).toHaveBeenCalledTimes(1), EXPORTED);
    const file = defined(exported()[0]);
    expect(file.suggestedName).toMatch(/ - board pack\.pdf$/);
    expect(vi.mocked(drawBoardPack).mock.lastCall?.[1].includeComparison).toEqual({ fromChartId: 'annex-5', toChartId: 'annex-1' });
    const text = pdfText(bytes(file.data));
    for (const chart of store.getState().doc.charts) expect(text).toContain(`Annex ${chart.annex}`);
    expect(text).toContain('Contents');
    expect(text).toMatch(/Changes \(\d+\)/);
  });

  it('exports PNGs page by page at the chosen resolution', async () => {
    const { user, dialog } = renderDialog();
    await user.selectOptions(within(dialog).getByLabelText('Format'), 'png');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Resolution' }), '96');
    await user.click(within(dialog).getByRole('button', { name: 'Export file' }));
    await waitFor(() => expect(host.bridge.exportFile).toHaveBeenCalledTimes(2), EXPORTED);
    expect(exported().map((f) => [f.suggestedName, f.mimeType])).toEqual([
      ['Annex 1 - Proposed Herefordshire Integrated Senior Management Structure Medium Long Term-p1.png', 'image/png'],
      ['Annex 1 - Proposed Herefordshire Integrated Senior Management Structure Medium Long Term-p2.png', 'image/png'],
    ]);
    // A4 landscape at 96 dpi: 96/72 pixels a point (the PNG's IHDR holds width and height).
    const png = bytes(defined(exported()[0], 'exported()[0]').data);
    const view = new DataView(png.buffer, png.byteOffset);
    const a4 = pageSize('a4', 'landscape');
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([Math.round((a4.width * 96) / 72), Math.round((a4.height * 96) / 72)]);
  });

  it('exports a structure chart as organogram CSVs, senior and junior', async () => {
    const { user, dialog } = renderDialog();
    await user.selectOptions(within(dialog).getByLabelText('Format'), 'organogram-csv');
    expect(within(dialog).queryByLabelText('Paper size')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Export file' }));
    await waitFor(() => expect(host.bridge.exportFile).toHaveBeenCalledTimes(2), EXPORTED);
    const [senior, junior] = leading(exported(), 2);
    expect(senior.suggestedName).toMatch(/Medium Long Term-senior\.csv$/);
    expect(junior.suggestedName).toMatch(/Medium Long Term-junior\.csv$/);
    expect(new TextDecoder().decode(bytes(senior.data))).toContain('Chief Operating Officer');
  });

  it('says in words why an export failed and leaves the document as it was', async () => {
    const { user, store, dialog } = renderDialog();
    const before = store.getState().doc;
    vi.mocked(host.bridge.exportFile).mockResolvedValueOnce({ ok: false, cancelled: false, code: 'disk-full', message: 'The disk is full.' });
    await user.click(within(dialog).getByRole('button', { name: 'Export file' }));
    expect((await within(dialog).findByRole('alert', {}, EXPORTED)).textContent).toBe('Export failed: The disk is full. The document is unchanged.');
    expect(store.getState().doc).toBe(before);
  });

  it('says nothing when the user cancels the save dialog', async () => {
    const { user, dialog } = renderDialog();
    vi.mocked(host.bridge.exportFile).mockResolvedValueOnce({ ok: false, cancelled: true });
    await user.click(within(dialog).getByRole('button', { name: 'Export file' }));
    await waitFor(() => expect(host.bridge.exportFile).toHaveBeenCalled(), EXPORTED);
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Export file' })).toHaveProperty('disabled', false));
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(within(dialog).getByRole('status').textContent).toBe('');
  });

  it('prints the same PDF it would export', async () => {
    const { user, dialog } = renderDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Print…' }));
    await waitFor(() => expect(host.bridge.print).toHaveBeenCalledTimes(1));
    const pdf = defined(vi.mocked(host.bridge.print).mock.calls[0])[0];
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(pdfText(pdf)).toContain('Chief Operating Officer');
  });

  it('releases every preview image when closed', async () => {
    renderDialog();
    await previewSvg();
    expect(blobs.live()).toBeGreaterThan(0);
    cleanup();
    expect(blobs.live()).toBe(0);
  });
});

describe('printCurrentChart', () => {
  it('sends the chart’s PDF to the host’s print', async () => {
    const doc = createAppStore().getState().doc;
    await printCurrentChart(doc, 'annex-5', {}, host.bridge);
    const pdf = defined(vi.mocked(host.bridge.print).mock.calls[0])[0];
    expect(pdfText(pdf)).toContain('PCT Chief Executive');
  });

  it('refuses a chart that does not exist, in words', async () => {
    const doc = createAppStore().getState().doc;
    await expect(printCurrentChart(doc, 'annex-9', {}, host.bridge)).rejects.toThrow('There is no chart "annex-9".');
    expect(host.bridge.print).not.toHaveBeenCalled();
  });
});
