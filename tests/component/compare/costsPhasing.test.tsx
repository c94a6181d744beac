// @vitest-environment jsdom
// The Costs tab says when each change takes effect and what dated it: the
// transition's phases for the sample, the post's own ledger date once entered.
import '../jsdom-setup';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/App';
import { setBridge } from '../../../renderer/host';
import { createAppStore } from '../../../renderer/store';
import { fakeBridge } from '../fakeBridge';

beforeEach(() => setBridge(fakeBridge().bridge));
afterEach(() => {
  cleanup();
  setBridge(null);
});

describe('the Costs tab’s phasing', () => {
  it('lists each change with the transition’s date; a date entered for the post overrides it, and undo puts it back', async () => {
    const store = createAppStore();
    render(<App store={store} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Compare structures' }));
    await user.click(await screen.findByRole('button', { name: 'Costs' }));
    const table = await screen.findByRole('table', { name: 'When each change takes effect' });
    expect(within(table).getByText(/dates from the transition Annex 5 → Annex 1/)).toBeTruthy();
    const row = () => within(screen.getByRole('table', { name: 'When each change takes effect' })).getByRole('row', { name: /Director of Provider Services/ });
    expect(row().textContent).toContain('2008-09-01');
    expect(row().textContent).toContain('start of Phase 3');
    fireEvent.change(screen.getByLabelText('Director of Provider Services leaves on'), { target: { value: '2009-01-01' } });
    expect(row().textContent).toContain('2009-01-01');
    expect(row().textContent).toContain('ledger date of the post');
    store.getState().undo();
    await screen.findByRole('table', { name: 'When each change takes effect' });
    expect(row().textContent).toContain('2008-09-01');
  });
});
