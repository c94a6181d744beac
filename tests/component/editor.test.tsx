// @vitest-environment jsdom
import './jsdom-setup';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/App';
import { setBridge } from '../../renderer/host';
import { createAppStore } from '../../renderer/store';
import { fakeBridge } from './fakeBridge';
import { autoLayoutChart } from '../../shared/layout/layout';
import { makeChart, makeDocument, makeLine, makePost } from '../../shared/model/factory';
import { defined, present } from '../support/defined';

let host: ReturnType<typeof fakeBridge>;
beforeEach(() => {
  host = fakeBridge();
  setBridge(host.bridge);
});
afterEach(() => {
  cleanup();
  setBridge(null);
});

function renderApp() {
  const store = createAppStore();
  render(<App store={store} />);
  return { store, user: userEvent.setup() };
}

const inspector = () => screen.getByRole('complementary', { name: 'Inspector' });

describe('the editor', () => {
  it('opens on Annex 1 of the sample with its posts, lines and the legend of the document’s tags', async () => {
    renderApp();
    expect(await screen.findByRole('group', { name: 'Chief Executive' })).toBeTruthy();
    expect(screen.getByRole('tab', { selected: true }).textContent).toContain('Annex 1');
    const legend = screen.getByRole('region', { name: 'Legend' });
    for (const label of ['PCT', 'Council', 'Joint', 'Line management', 'Accountability / professional line', 'Commissions'])
      expect(legend.textContent).toContain(label);
    expect(document.querySelectorAll('.react-flow__edge').length).toBeGreaterThan(10);
  });

  it('lists in the legend only the organisations the chart uses, as its exported page does (Annex 4: Joint alone)', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('tab', { name: /Annex 4/ }));
    const legend = screen.getByRole('region', { name: 'Legend' });
    await waitFor(() => expect(legend.textContent).not.toContain('PCT'));
    expect(legend.textContent).toContain('Joint');
    expect(legend.textContent).not.toContain('Council');
  });

  it('switches to Annex 5', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('tab', { name: /Annex 5/ }));
    expect(await screen.findByRole('group', { name: 'PCT Chief Executive' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Chief Executive' })).toBeNull();
  });

  it('adds a post from the toolbar and edits its title; undo and redo restore each version', async () => {
    const { user, store } = renderApp();
    const before = store.getState().doc;
    await user.click(screen.getByRole('button', { name: 'Add post' }));
    expect(await screen.findByRole('group', { name: 'New post' })).toBeTruthy();
    const title = within(inspector()).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Head of Integration{Enter}');
    expect(await screen.findByRole('group', { name: 'Head of Integration' })).toBeTruthy();
    const after = store.getState().doc;
    await act(async () => store.getState().undo());
    expect(screen.queryByRole('group', { name: 'Head of Integration' })).toBeNull();
    await act(async () => store.getState().undo());
    expect(store.getState().doc).toBe(before);
    await act(async () => store.getState().redo());
    await act(async () => store.getState().redo());
    expect(store.getState().doc).toBe(after);
  });

  it('says when a funding split does not add up, and keeps the last valid split', async () => {
    const { user, store } = renderApp();
    // A click without a mousedown: d3-drag needs a real window on mousedown, which jsdom events lack.
    fireEvent.click(await screen.findByRole('group', { name: 'Chief Executive' }));
    const percent = within(inspector()).getByLabelText('Funding share 1 percent');
    await user.clear(percent);
    await user.type(percent, '40');
    expect(within(inspector()).getByRole('alert').textContent).toBe('Funding split must add up to 100% (now 95%)');
    const ceo = defined(store.getState().doc.charts[0], 'store.getState().doc.charts[0]').nodes.find((n) => n.id === 'ceo');
    expect(ceo?.kind === 'post' && ceo.funding).toEqual([
      { tagId: 'pct', percent: 45 },
      { tagId: 'council', percent: 55 },
    ]);
  });

  it('deleting a post removes its lines', async () => {
    const { user, store } = renderApp();
    fireEvent.click(await screen.findByRole('group', { name: 'Chief Operating Officer' }));
    await user.click(screen.getByRole('button', { name: 'Delete selection' }));
    expect(screen.queryByRole('group', { name: 'Chief Operating Officer' })).toBeNull();
    expect(defined(store.getState().doc.charts[0]).lines.some((l) => l.from === 'coo' || l.to === 'coo')).toBe(false);
  });

  it('renaming a tag changes the label on every box', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Organisation tags…' }));
    const dialog = screen.getByRole('dialog', { name: 'Organisation tags' });
    const pct = within(dialog).getByRole('listitem', { name: 'Tag PCT' });
    const label = within(pct).getByLabelText('Label');
    await user.clear(label);
    await user.type(label, 'NHS{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('group', { name: 'Director of Finance' }).textContent).toContain('NHS');
  });

  it('a refused file shows what is wrong and where, and the document stays open', async () => {
    const { user, store } = renderApp();
    const doc = store.getState().doc;
    host.toOpen.push({ name: 'broken.structura', handle: null, text: '{"schemaVersion": 1, "title": 7}', modifiedAt: null });
    await user.click(screen.getByRole('button', { name: 'Open…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('broken.structura was not opened: title: should be string, not number');
    expect(store.getState().doc).toBe(doc);
    expect(screen.getByRole('group', { name: 'Chief Executive' })).toBeTruthy();
  });

  it('offers to restore work left unsaved by a crash', async () => {
    const { store } = (() => {
      host.bridge.readRecovery = async () => [
        {
          id: 'gone-window',
          mine: false,
          text: JSON.stringify({ ...createAppStore().getState().doc, title: 'Recovered plan' }),
          name: 'plan.structura',
          handle: null,
          savedAt: Date.UTC(2026, 10, 20, 9, 30),
        },
      ];
      return renderApp();
    })();
    const banner = await screen.findByText(/Unsaved work on plan\.structura from .* can be restored/);
    await userEvent.setup().click(within(banner).getByRole('button', { name: 'Restore' }));
    expect(store.getState().doc.title).toBe('Recovered plan');
    expect(store.getState().savedDoc).toBeNull();
    // The work becomes this window's before the orphan's snapshot goes.
    await vi.waitFor(() => expect(host.bridge.discardRecovery).toHaveBeenCalledWith('gone-window'));
    expect(JSON.parse(defined(vi.mocked(host.bridge.writeRecovery).mock.calls[0])[0].text).title).toBe('Recovered plan');
  });
});

describe('opening and saving', () => {
  it('opens a document dropped on the window, through the same validation', async () => {
    const { store } = renderApp();
    const app = present(document.querySelector('.app'), "document.querySelector('.app')");
    const bad = new File(['{"schemaVersion": 1, "charts": "none"}'], 'dropped.structura');
    fireEvent.drop(app, { dataTransfer: { files: [bad], types: ['Files'] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/dropped\.structura was not opened/);
    expect(store.getState().doc.charts).toHaveLength(5);
  });

  it('asks before overwriting a file that changed on disk, and overwrites only when told to', async () => {
    const { user, store } = renderApp();
    store.setState({ file: { name: 'plan.structura', handle: 'h1', modifiedAt: 1 } });
    const calls: boolean[] = [];
    host.bridge.saveDocument = async (request) => {
      calls.push(request.overwrite);
      return request.overwrite
        ? { ok: true, name: 'plan.structura', handle: 'h1', modifiedAt: 2 }
        : { ok: false, cancelled: false, code: 'changed-on-disk', message: 'plan.structura was changed on disk since you opened it.' };
    };
    const answers = [false, true];
    window.confirm = () => defined(answers.shift(), 'answers.shift()');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Not saved: plan.structura was changed on disk');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(calls).toEqual([false, false, true]);
    expect(store.getState().file.modifiedAt).toBe(2);
  });
});

describe('copy and paste', () => {
  it('pastes copies with new ids, and as the same post into another model', async () => {
    const { user, store } = renderApp();
    fireEvent.click(await screen.findByRole('group', { name: 'Director of Finance' }));
    await user.keyboard('{Control>}c{/Control}');
    await user.keyboard('{Control>}v{/Control}');
    const finance = defined(store.getState().doc.charts[0]).nodes.filter((n) => n.kind === 'post' && n.title === 'Director of Finance');
    expect(finance).toHaveLength(2);
    expect(new Set(finance.map((n) => n.id)).size).toBe(2);
    // Into Annex 2? A diagram holds no posts: refused with the reason.
    await user.click(screen.getByRole('tab', { name: /Annex 2/ }));
    await user.keyboard('{Control>}{Shift>}v{/Shift}{/Control}');
    // A refused edit is said once, by the live region; the bar shows it without being a second live region.
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toMatch(/^Not done: .*diagram/));
    expect(document.querySelector('.notice-error')?.textContent).toMatch(/diagram/);
    expect(document.querySelector('.notice-error')?.getAttribute('role')).toBeNull();
    // Annex 5 already holds the Director of Finance: pasting the same post is refused; a new model takes it.
    await user.click(screen.getByRole('tab', { name: /Annex 5/ }));
    await user.keyboard('{Control>}{Shift>}v{/Shift}{/Control}');
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toMatch(/^Not done: .*already in/));
  });
});

describe('a chart of thousands of posts', () => {
  it('opens drawing only the boxes in view, never every box (which would take seconds)', async () => {
    const posts = 3000;
    const nodes = Array.from({ length: posts }, (_, i) => makePost({ id: `p${i}`, title: i === 0 ? 'Chief Executive' : `Post ${i}` }));
    const lines = nodes.slice(1).map((_, k) => makeLine({ id: `m${k + 1}`, kind: 'management', from: `p${Math.floor(k / 8)}`, to: `p${k + 1}` }));
    const bare = makeDocument({ charts: [makeChart({ id: 'big', title: 'Big', nodes, lines })] });
    const doc = { ...bare, charts: [autoLayoutChart(bare, defined(bare.charts[0]))] };
    const { store } = renderApp();
    await screen.findByRole('group', { name: 'Chief Executive' });
    // The stand-in canvas is 100 px square: give it the size of a laptop's canvas.
    const proto = HTMLElement.prototype;
    const sizes = {
      offsetWidth: defined(Object.getOwnPropertyDescriptor(proto, 'offsetWidth'), "Object.getOwnPropertyDescriptor(proto, 'offsetWidth')"),
      offsetHeight: defined(Object.getOwnPropertyDescriptor(proto, 'offsetHeight'), "Object.getOwnPropertyDescriptor(proto, 'offsetHeight')"),
    };
    const paneSized = (name: keyof typeof sizes, pane: number) =>
      Object.defineProperty(proto, name, {
        configurable: true,
        get(this: HTMLElement) {
          return this.classList.contains('react-flow__renderer') ? pane : defined(sizes[name].get, 'sizes[name].get').call(this);
        },
      });
    paneSized('offsetWidth', 1000);
    paneSized('offsetHeight', 700);
    try {
      // Count every box ever put in the page, also those taken out again at once.
      let drawn = 0;
      const watch = new MutationObserver((records) => {
        for (const record of records) {
          for (const added of record.addedNodes) {
            if (!(added instanceof Element)) continue;
            drawn += (added.matches('.react-flow__node') ? 1 : 0) + added.querySelectorAll('.react-flow__node').length;
          }
        }
      });
      watch.observe(document.body, { childList: true, subtree: true });
      await act(async () => store.getState().loadDocument(doc, { name: 'big.structura', handle: null, modifiedAt: null }));
      expect(await screen.findByRole('tab', { name: /Big/ })).toBeTruthy();
      expect(await screen.findByRole('group', { name: 'Chief Executive' })).toBeTruthy();
      watch.disconnect();
      expect(drawn).toBeGreaterThan(0);
      expect(drawn).toBeLessThan(100);
    } finally {
      Object.defineProperties(proto, sizes);
    }
  });
});
