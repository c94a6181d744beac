// @vitest-environment jsdom
// The web build says "Saved" only when a file was written: a download leaves the
// document unsaved (mark, leave-page warning, recovery snapshot), a File System
// Access write that fails is a failure, and one that completes is a save.
import '../jsdom-setup';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/App';
import { setBridge } from '../../../renderer/host';
import { forgetWrittenFiles } from '../../../renderer/host/fileSystemAccess';
import { createWebBridge } from '../../../renderer/host/webBridge';
import { createAppStore } from '../../../renderer/store';
import { isDirty } from '../../../renderer/store/editorStore';
import * as cmd from '../../../shared/model/commands';
import { defined, present } from '../../support/defined';

type PickerWindow = Window & { showSaveFilePicker?: unknown };

/** A file the fake picker hands out: what was written, and whether close() succeeds. */
function fakeFile(name: string, closeFails = false) {
  const state = { name, content: null as string | null, lastModified: 1000, writes: 0 };
  const handle = {
    kind: 'file',
    name,
    async createWritable() {
      let pending = '';
      return {
        async write(data: string) {
          pending += data;
        },
        async close() {
          if (closeFails) throw new DOMException('The disk is full', 'QuotaExceededError');
          state.content = pending;
          state.lastModified += 1000;
          state.writes++;
        },
        async abort() {},
      };
    },
    async getFile() {
      return { lastModified: state.lastModified, text: async () => state.content ?? '' };
    },
  };
  return { handle, state };
}

let unload: (event: Event) => void;
let bridge: ReturnType<typeof createWebBridge>;
beforeEach(() => {
  const add = window.addEventListener.bind(window);
  vi.spyOn(window, 'addEventListener').mockImplementation(
    (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
      if (type === 'beforeunload') unload = listener as (event: Event) => void;
      add(type, listener, options);
    },
  );
  bridge = createWebBridge();
  // jsdom has no IndexedDB: recovery itself is tested in the browser (tests/e2e/recovery.spec.ts).
  vi.spyOn(bridge, 'writeRecovery').mockResolvedValue(undefined);
  vi.spyOn(bridge, 'readRecovery').mockResolvedValue([]);
  vi.spyOn(bridge, 'clearRecovery').mockResolvedValue(undefined);
  setBridge(bridge);
});
afterEach(() => {
  cleanup();
  setBridge(null);
  forgetWrittenFiles();
  delete (window as PickerWindow).showSaveFilePicker;
  vi.restoreAllMocks();
  localStorage.clear();
});

async function editedApp() {
  const store = createAppStore();
  render(<App store={store} />);
  await screen.findByRole('group', { name: 'Chief Executive' });
  act(() => {
    store.getState().apply((d) => cmd.updateChart(d, defined(d.charts[0]).id, { title: 'Edited structure' }));
  });
  return { store, user: userEvent.setup() };
}

/** True when leaving the page would ask first. */
function leavingAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  unload(event);
  return event.defaultPrevented;
}

describe('saving in the web build', () => {
  it('a download is not a save: the unsaved mark, the leave-page warning and the recovery copy stay, and the message says so', async () => {
    const { store, user } = await editedApp();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const clearRecovery = vi.mocked(bridge.clearRecovery);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(clicked).toHaveBeenCalled();
    expect(await screen.findByText(/Downloaded a copy as Herefordshire sample\.structura — not saved to a file/)).toBeTruthy();
    expect(isDirty(store.getState())).toBe(true);
    expect(screen.getByLabelText('unsaved changes')).toBeTruthy();
    expect(leavingAsks()).toBe(true);
    expect(clearRecovery).not.toHaveBeenCalled();
  });

  it('with the File System Access API, a completed write is a save', async () => {
    const { store, user } = await editedApp();
    const file = fakeFile('plan.structura');
    const picker = vi.fn(async () => file.handle);
    (window as PickerWindow).showSaveFilePicker = picker;
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved plan.structura')).toBeTruthy();
    expect(JSON.parse(present(file.state.content, 'file.state.content')).charts[0].title).toBe('Edited structure');
    expect(isDirty(store.getState())).toBe(false);
    expect(leavingAsks()).toBe(false);

    // The next save writes the same file without asking where.
    act(() => {
      store.getState().apply((d) => cmd.updateChart(d, defined(d.charts[0]).id, { title: 'Edited again' }));
    });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(file.state.writes).toBe(2));
    expect(picker).toHaveBeenCalledTimes(1);
    expect(JSON.parse(present(file.state.content, 'file.state.content')).charts[0].title).toBe('Edited again');
    expect(isDirty(store.getState())).toBe(false);
  });

  it('with the File System Access API, a write that fails leaves the document unsaved and says why', async () => {
    const { store, user } = await editedApp();
    const file = fakeFile('plan.structura', true);
    (window as PickerWindow).showSaveFilePicker = async () => file.handle;
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert', {}, { timeout: 3000 })).textContent).toMatch(/Not saved: There is not enough space to save/);
    expect(file.state.content).toBeNull();
    expect(isDirty(store.getState())).toBe(true);
    expect(leavingAsks()).toBe(true);
  });

  it('cancelling the save picker changes nothing and says nothing', async () => {
    const { store, user } = await editedApp();
    (window as PickerWindow).showSaveFilePicker = async () => {
      throw new DOMException('The user aborted a request.', 'AbortError');
    };
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(store.getState().notice).toBeNull();
    expect(isDirty(store.getState())).toBe(true);
  });
});
