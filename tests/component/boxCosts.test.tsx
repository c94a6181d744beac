// @vitest-environment jsdom
// Boxes show a post's cost with its payers' on-costs: a change of an employer's
// rates (made in Compare → Costs) must redraw them, and undo must put them back.
import './jsdom-setup';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { setBridge } from '../../renderer/host';
import { createAppStore } from '../../renderer/store';
import { updateEmployerCosts } from '../../shared/costs/commands';
import { postFullCost } from '../../shared/costs/fullCost';
import { formatMoney } from '../../shared/format';
import type { PostNode } from '../../shared/model/types';
import { fakeBridge } from './fakeBridge';
import { defined, present } from '../support/defined';

beforeEach(() => setBridge(fakeBridge().bridge));
afterEach(() => {
  cleanup();
  setBridge(null);
});

describe('cost on the boxes', () => {
  it('follows the employers’ on-cost rates through edit and undo', async () => {
    const store = createAppStore();
    render(<App store={store} />);
    const box = await screen.findByRole('group', { name: 'Chief Executive' });
    const ceo = () =>
      defined(
        store.getState().doc.charts.find((c) => c.id === 'annex-1'),
        "store .getState() .doc.charts.find((c) => c.id === 'annex-1')",
      ).nodes.find((n) => n.kind === 'post' && n.title === 'Chief Executive') as PostNode;
    const shown = () => formatMoney(present(postFullCost(ceo(), store.getState().doc), 'postFullCost(ceo(), store.getState().doc)').full);
    const before = shown();
    expect(box.textContent).toContain(`${before} with on-costs`);
    act(() => void store.getState().apply((d) => updateEmployerCosts(d, 'council', { pensionRate: 0.4 })));
    const after = shown();
    expect(after).not.toBe(before);
    expect(screen.getByRole('group', { name: 'Chief Executive' }).textContent).toContain(`${after} with on-costs`);
    act(() => store.getState().undo());
    expect(screen.getByRole('group', { name: 'Chief Executive' }).textContent).toContain(`${before} with on-costs`);
  });
});
