// @vitest-environment jsdom
// The inspector of a post in a chart of 10,000 posts: it stays small (the line
// manager is a search, not a list of every post) and the line manager is
// chosen by keyboard as the WAI-ARIA combobox pattern says.
import './jsdom-setup';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Inspector } from '../../renderer/inspector/Inspector';
import { EditorContext } from '../../renderer/store';
import { createEditorState } from '../../renderer/store/editorStore';
import { makeChart, makeDocument, makeLine, makePost } from '../../shared/model/factory';
import { defined, present } from '../support/defined';

afterEach(cleanup);

const POSTS = 10_000;

/** p0 at the top; each post manages the next eight (p500 manages p4001–p4008). */
function bigStore() {
  const nodes = Array.from({ length: POSTS }, (_, i) => makePost({ id: `p${i}`, title: `Post ${i}` }));
  const lines = nodes.slice(1).map((_, k) => makeLine({ id: `m${k + 1}`, kind: 'management', from: `p${Math.floor(k / 8)}`, to: `p${k + 1}` }));
  const doc = makeDocument({ charts: [makeChart({ id: 'big', title: 'Big', nodes, lines })] });
  return createEditorState(doc, { name: 'big.structura', handle: null, modifiedAt: null });
}

function renderInspector() {
  const store = bigStore();
  render(
    <EditorContext.Provider value={store}>
      <Inspector />
    </EditorContext.Provider>,
  );
  act(() => store.getState().select({ nodes: ['p500'], lines: [] }));
  const inspector = screen.getByRole('complementary', { name: 'Inspector' });
  const manager = within(inspector).getByRole('combobox', { name: 'Line manager (reports to)' });
  return { store, inspector, manager, user: userEvent.setup() };
}

const managerOf = (store: ReturnType<typeof bigStore>, id: string) =>
  defined(store.getState().doc.charts[0]).lines.find((l) => l.kind === 'management' && l.to === id)?.from;

describe('the inspector of a post in a chart of 10,000 posts', () => {
  it('stays small: the line manager field lists no post until searched, and then draws only the rows in view', async () => {
    const { inspector, manager, user } = renderInspector();
    expect(inspector.querySelectorAll('*').length).toBeLessThan(300);
    expect((manager as HTMLInputElement).value).toBe('Post 62');
    expect(manager.getAttribute('aria-expanded')).toBe('false');

    await user.click(manager);
    expect(manager.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('listbox', { name: 'Line manager (reports to)' });
    expect(manager.getAttribute('aria-controls')).toBe(list.id);
    const options = within(list).getAllByRole('option');
    expect(options.length).toBeGreaterThan(5);
    expect(options.length).toBeLessThan(30);
    // Everyone but the post and its eight reports, and the choice of none.
    expect(defined(options[0]).getAttribute('aria-setsize')).toBe(String(POSTS - 9 + 1));
    expect(inspector.querySelectorAll('*').length).toBeLessThan(400);
  });

  it('is chosen by keyboard: type to search, arrows to move, Enter to pick', async () => {
    const { store, manager, user } = renderInspector();
    await user.click(manager);
    await user.clear(manager);
    await user.keyboard('Post 432');
    // Every title containing "432", in chart order: Post 432, Post 1432, Post 2432, …
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const active = present(
      document.getElementById(present(manager.getAttribute('aria-activedescendant'), "manager.getAttribute('aria-activedescendant')")),
      "document.getElementById(manager.getAttribute('aria-activedescendant...",
    );
    expect(active.getAttribute('aria-selected')).toBe('true');
    expect(active.textContent).toContain('Post 2432');
    await user.keyboard('{ArrowUp}{ArrowDown}{Enter}');
    expect(managerOf(store, 'p500')).toBe('p2432');
    expect(manager.getAttribute('aria-expanded')).toBe('false');
    expect((manager as HTMLInputElement).value).toBe('Post 2432');
    // One undoable step.
    act(() => store.getState().undo());
    expect(managerOf(store, 'p500')).toBe('p62');
  });

  it('Escape closes the list and keeps the manager; the post’s own reports are not offered', async () => {
    const { store, manager, user } = renderInspector();
    await user.click(manager);
    await user.clear(manager);
    await user.keyboard('Post 4005');
    expect(within(screen.getByRole('listbox')).queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText(/Nothing matches/)).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(manager.getAttribute('aria-expanded')).toBe('false');
    expect((manager as HTMLInputElement).value).toBe('Post 62');
    expect(managerOf(store, 'p500')).toBe('p62');
    // Alt+Down (or Down) opens the list again on the first choice: none.
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}{Enter}');
    expect(managerOf(store, 'p500')).toBeUndefined();
    expect((manager as HTMLInputElement).value).toBe('No line manager (top of the chart)');
  });

  it('scrolls the list to keep the active option drawn, far down the list', async () => {
    const { manager, user } = renderInspector();
    await user.click(manager);
    await user.keyboard('{PageDown}'.repeat(40));
    const active = present(
      document.getElementById(present(manager.getAttribute('aria-activedescendant'), "manager.getAttribute('aria-activedescendant')")),
      "document.getElementById(manager.getAttribute('aria-activedescendant...",
    );
    expect(active.getAttribute('aria-posinset')).toBe(String(1 + 8 * 40));
    expect(within(screen.getByRole('listbox')).getAllByRole('option').length).toBeLessThan(30);
  });
});
