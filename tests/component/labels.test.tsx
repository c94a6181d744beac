// @vitest-environment jsdom
// Label in name: every control's accessible name contains the words it shows,
// so someone who sees "Back to editor" can say or search for "Back to editor".
import './jsdom-setup';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { computeAccessibleName } from 'dom-accessibility-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { setBridge } from '../../renderer/host';
import { createAppStore } from '../../renderer/store';
import { fakeBridge } from './fakeBridge';

beforeEach(() => setBridge(fakeBridge().bridge));
afterEach(() => {
  cleanup();
  setBridge(null);
});

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The text a sighted user reads on a control (its caption for a select in a label), without decoration hidden from speech. */
function visibleLabel(control: Element): string {
  const source = control.tagName === 'SELECT' ? control.closest('label') : control;
  if (!source) return '';
  const copy = source.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"], select, option').forEach((e) => e.remove());
  return normalise(copy.textContent ?? '');
}

function mismatches(): string[] {
  return [...document.querySelectorAll('button, select')]
    .map((control) => ({ visible: visibleLabel(control), name: normalise(computeAccessibleName(control)) }))
    .filter(({ visible, name }) => visible.length > 1 && /\p{L}/u.test(visible) && !name.includes(visible))
    .map(({ visible, name }) => `shows "${visible}", named "${name}"`);
}

describe('accessible names contain the visible labels', () => {
  it('in the editor, the compare view and the presentation', async () => {
    const user = userEvent.setup();
    render(<App store={createAppStore()} />);
    await screen.findByRole('group', { name: 'Chief Executive' });
    expect(mismatches()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Compare structures' }));
    await screen.findByRole('button', { name: 'Back to editor' });
    expect(screen.getByRole('combobox', { name: 'From (A)' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'To (B)' })).toBeTruthy();
    expect(mismatches()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Back to editor' }));

    await user.click(await screen.findByRole('button', { name: 'Present' }));
    await screen.findByRole('button', { name: 'Exit presentation' });
    expect(mismatches()).toEqual([]);
  });
});
