// @vitest-environment jsdom
// Whatever unmounts the editor flushes the pending recovery snapshot first, and a
// crash while drawing keeps the document and offers to save it or continue.
import '../jsdom-setup';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/App';
import { AUTOSAVE_DELAY_MS } from '../../../renderer/autosave';
import { setBridge } from '../../../renderer/host';
import { createAppStore } from '../../../renderer/store';
import * as cmd from '../../../shared/model/commands';
import { fakeBridge } from '../fakeBridge';
import { defined } from '../../support/defined';

// A stand-in for any drawing bug (React error #185 and the like): the inspector throws for one selection.
vi.mock('../../../renderer/inspector/Inspector', async () => {
  const { useEditor } = await import('../../../renderer/store');
  return {
    Inspector() {
      const selected = useEditor((s) => s.selection.nodes);
      if (selected.includes('ceo')) throw new Error('Maximum update depth exceeded');
      return <aside aria-label="Inspector" />;
    },
  };
});

let host: ReturnType<typeof fakeBridge>;
beforeEach(() => {
  host = fakeBridge();
  setBridge(host.bridge);
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  setBridge(null);
  vi.restoreAllMocks();
});

async function editedApp() {
  const store = createAppStore();
  const view = render(<App store={store} />);
  await screen.findByRole('group', { name: 'Chief Executive' });
  act(() => {
    store.getState().apply((d) => cmd.updateChart(d, defined(d.charts[0]).id, { title: 'Last edit before the crash' }));
  });
  return { store, view };
}

const snapshotTitles = () => vi.mocked(host.bridge.writeRecovery).mock.calls.map(([s]) => JSON.parse(s.text).charts[0].title as string);

describe('nothing pending is lost when the editor goes away', () => {
  it('unmounting the editor within the autosave delay writes the pending snapshot at once', async () => {
    const { view } = await editedApp();
    expect(host.bridge.writeRecovery).not.toHaveBeenCalled();
    view.unmount();
    expect(snapshotTitles()).toEqual(['Last edit before the crash']);
  });

  it('hiding the page (closing the tab, switching away) writes the pending snapshot at once', async () => {
    await editedApp();
    window.dispatchEvent(new Event('pagehide'));
    expect(snapshotTitles()).toEqual(['Last edit before the crash']);
  });

  it('a snapshot is written a moment after the last change without any unmount', async () => {
    await editedApp();
    await vi.waitFor(() => expect(snapshotTitles()).toEqual(['Last edit before the crash']), { timeout: AUTOSAVE_DELAY_MS + 1000 });
  });

  it('a crash while drawing keeps the document, writes its snapshot, offers to save it, and continues editing', async () => {
    const { store } = await editedApp();
    const user = userEvent.setup();
    const before = store.getState().doc;
    act(() => store.getState().select({ nodes: ['ceo'] }));
    expect(await screen.findByRole('alertdialog', { name: 'Something went wrong in the editor' })).toBeTruthy();
    expect(screen.getByText(/Your document Herefordshire sample\.structura is kept, with its unsaved changes/)).toBeTruthy();
    expect(snapshotTitles()).toEqual(['Last edit before the crash']);
    expect(store.getState().doc).toBe(before);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved Herefordshire sample.structura.')).toBeTruthy();
    expect(JSON.parse(defined(vi.mocked(host.bridge.saveDocument).mock.calls[0])[0].text).charts[0].title).toBe('Last edit before the crash');

    await user.click(screen.getByRole('button', { name: 'Continue editing' }));
    expect(await screen.findByRole('group', { name: 'Chief Executive' })).toBeTruthy();
    expect(store.getState().doc).toBe(before);
  });
});
