// @vitest-environment jsdom
// The rule-check counts in the toolbar and the rules side by side in compare:
// what a reader of the sample's papers sees without opening anything.
import './jsdom-setup';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { setBridge } from '../../renderer/host';
import { createAppStore } from '../../renderer/store';
import { checkChart } from '../../shared/rules/check';
import { compareChecks } from '../../shared/rules/compareChecks';
import { fakeBridge } from './fakeBridge';
import { defined, leading, present } from '../support/defined';

beforeEach(() => setBridge(fakeBridge().bridge));
afterEach(() => {
  cleanup();
  setBridge(null);
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

describe('rule-check counts in the toolbar', () => {
  it('show the open errors and warnings of the current chart, follow the chart tabs, and open the Checks panel', async () => {
    const store = createAppStore();
    render(<App store={store} />);
    const user = userEvent.setup();
    const toolbar = screen.getByRole('toolbar', { name: 'Main toolbar' });
    const doc = store.getState().doc;
    for (const chart of doc.charts.filter((c) => c.kind === 'structure')) {
      await user.click(defined(screen.getAllByRole('tab')[doc.charts.indexOf(chart)]));
      const { error, warning } = checkChart(doc, chart).counts;
      const expected =
        error || warning
          ? ['Checks:', error ? plural(error, 'error') : '', warning ? plural(warning, 'warning') : ''].filter(Boolean).join(' ')
          : 'Checks: all clear';
      expect(within(toolbar).getByRole('button', { name: /^Checks:/ }).textContent).toBe(expected);
    }
    await user.click(within(toolbar).getByRole('button', { name: /^Checks:/ }));
    expect(
      present(
        screen.getByRole('region', { name: 'Checks' }).querySelector('[aria-expanded]'),
        "screen.getByRole('region', { name: 'Checks' }).querySelector('[aria...",
      ).getAttribute('aria-expanded'),
    ).toBe('true');
  });
});

describe('rules side by side in compare', () => {
  it('lists each rule either model breaks, with the findings of A and of B', async () => {
    const store = createAppStore();
    render(<App store={store} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Compare structures' }));
    const section = await screen.findByRole('region', { name: 'Rule checks, side by side' });
    const doc = store.getState().doc;
    const rows = compareChecks(
      doc,
      defined(
        doc.charts.find((c) => c.id === 'annex-5'),
        "doc.charts.find((c) => c.id === 'annex-5')",
      ),
      defined(
        doc.charts.find((c) => c.id === 'annex-1'),
        "doc.charts.find((c) => c.id === 'annex-1')",
      ),
    );
    expect(rows.length).toBeGreaterThan(0);
    const blocks = within(within(section).getByRole('list', { name: 'Rules either model breaks' }))
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('rule-row'));
    expect(blocks.map((b) => within(b).getByRole('heading').textContent)).toEqual(rows.map((r) => r.title));
    const monitoring = defined(
      rows.find((r) => r.from.some((f) => /Monitoring Officer/.test(f.message))),
      'rows.find((r) => r.from.some((f) => /Monitoring Officer/.test(f.mes...',
    );
    const block = defined(blocks[rows.indexOf(monitoring)]);
    const [a, b] = leading(within(block).getAllByRole('definition'), 2);
    expect(
      within(block)
        .getAllByRole('term')
        .map((t) => t.textContent),
    ).toEqual(['A (Annex 5)', 'B (Annex 1)']);
    expect(a.textContent).toContain('Monitoring Officer');
    if (monitoring.to.length) for (const f of monitoring.to) expect(b.textContent).toContain(f.message);
    else expect(b.textContent).toBe('None');
  });
});
