// @vitest-environment jsdom
// The compare view in the app: exports of a long comparison, and what it draws.
import '../jsdom-setup';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/App';
import { setBridge } from '../../../renderer/host';
import { createAppStore } from '../../../renderer/store';
import { drawComparisonPages } from '../../../shared/compare/page';
import { ledgerInDocument } from '../../../shared/costs/ledger';
import { makeLine, makePost } from '../../../shared/model/factory';
import type { StructuraDocument } from '../../../shared/model/types';
import { fakeBridge } from '../fakeBridge';
import { defined } from '../../support/defined';

let host: ReturnType<typeof fakeBridge>;
beforeEach(() => {
  host = fakeBridge();
  setBridge(host.bridge);
});
afterEach(() => {
  cleanup();
  setBridge(null);
});

/** The sample with `count` new posts under Annex 1's Chief Executive: a list of changes too long for one page. */
function withNewPosts(doc: StructuraDocument, count: number): StructuraDocument {
  return {
    ...doc,
    charts: doc.charts.map((chart) => {
      if (chart.id !== 'annex-1') return chart;
      const top = defined(
        chart.nodes.find((n) => n.kind === 'post' && n.title === 'Chief Executive'),
        "chart.nodes.find((n) => n.kind === 'post' && n.title === 'Chief Exe...",
      );
      const posts = Array.from({ length: count }, (_, i) => makePost({ id: `extra-${i}`, title: `Locality Manager ${i + 1}`, tagId: 'council' }));
      return {
        ...chart,
        nodes: [...chart.nodes, ...posts],
        lines: [...chart.lines, ...posts.map((p, i) => makeLine({ id: `extra-line-${i}`, kind: 'management', from: top.id, to: p.id }))],
      };
    }),
  };
}

describe('the compare view', () => {
  it('shows the cost change pay only and with on-costs, the latter the savings ledger’s own figure', async () => {
    const store = createAppStore();
    render(<App store={store} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Compare structures' }));
    const table = await screen.findByRole('table', { name: /Headcount, FTE and annual cost by organisation/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Organisation', 'Posts A → B', 'FTE A → B', 'Cost Δ pay only', 'Cost Δ with on-costs']);
    const ledger = ledgerInDocument(store.getState().doc, 'annex-5', 'annex-1');
    const delta = Math.round(ledger.posts.reduce((sum, line) => sum + line.optionCost - line.baselineCost, 0));
    expect(delta).not.toBe(0);
    const total = within(table).getByRole('row', { name: /All posts/ });
    const cells = within(total)
      .getAllByRole('cell')
      .map((cell) =>
        defined(cell.textContent, 'cell.textContent')
          .replace(/[^0-9−-]/g, '')
          .replace('−', '-'),
      );
    expect(Number(cells[3])).toBe(delta);
  });

  it('"Export page (SVG)" writes every page of a long comparison, through the export pipeline, as NAME-p1.svg, NAME-p2.svg…', async () => {
    const store = createAppStore();
    const doc = withNewPosts(store.getState().doc, 160);
    act(() => store.getState().loadDocument(doc, { name: 'long.structura', handle: null, modifiedAt: null }));
    const pages = drawComparisonPages(doc, 'annex-5', 'annex-1', { paper: 'a4', orientation: 'landscape' });
    expect(pages.length).toBeGreaterThan(1);
    render(<App store={store} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Compare structures' }));
    await user.click(await screen.findByRole('button', { name: 'Export page (SVG)' }));
    await screen.findByText(/Exported the comparison as SVG/, {}, { timeout: 20_000 });
    const requests = vi.mocked(host.bridge.exportFile).mock.calls.map(([request]) => request);
    const names = requests.map((request) => request.suggestedName);
    const base = 'Comparison Annex 5 to Annex 1';
    expect(names).toEqual(pages.map((_, i) => `${base}-p${i + 1}.svg`));
    const files = requests.map((request) => (typeof request.data === 'string' ? request.data : new TextDecoder().decode(request.data)));
    for (const file of files) expect(file.startsWith('<svg') || file.startsWith('<?xml')).toBe(true);
    // Together the files hold every change, the last page the end of the list.
    for (let i = 1; i <= 160; i++)
      expect(
        files.some((f) => f.includes(`Locality Manager ${i} (ref extra-${i - 1})`)),
        `Locality Manager ${i}`,
      ).toBe(true);
    expect(files.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it('says beside the totals what they count: cost known for N of M posts, as the board pack page does', async () => {
    const store = createAppStore();
    render(<App store={store} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Compare structures' }));
    const notes = await screen.findByRole('list', { name: 'What the totals count' });
    expect(notes.textContent).toContain('Costs are illustrative: not real figures.');
    expect(notes.textContent).toMatch(/Cost: A cost known for 14 of 14 posts.*; B cost known for 12 of 12 posts/);
  });
});
