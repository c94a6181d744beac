// @vitest-environment jsdom
import '../jsdom-setup';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chartLabel, chartsInAnnexOrder } from '../../../shared/model/query';
import { Presentation } from '../../../renderer/present/Presentation';
import { createAppStore, EditorContext } from '../../../renderer/store';
import { recordBlobUrls } from '../export/blobs';
import { defined, present } from '../../support/defined';

let blobs: ReturnType<typeof recordBlobUrls>;
beforeEach(() => {
  blobs = recordBlobUrls();
});
afterEach(() => cleanup());

function renderPresentation() {
  const store = createAppStore();
  const onExit = vi.fn();
  render(
    <EditorContext.Provider value={store}>
      <Presentation onExit={onExit} />
    </EditorContext.Provider>,
  );
  const show = screen.getByRole('main', { name: 'Presentation' });
  const titles = chartsInAnnexOrder(store.getState().doc).map(chartLabel);
  return { store, onExit, show, titles, user: userEvent.setup() };
}

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const press = (key: string) => fireEvent.keyDown(window, { key });
const slide = async () => blobs.textOf(await screen.findByRole('img', { name: defined(heading(), 'heading()') }));

describe('presentation mode', () => {
  it('opens on the chart being edited, not always on the first', () => {
    const store = createAppStore();
    const charts = chartsInAnnexOrder(store.getState().doc);
    store.getState().setActiveChart(defined(charts[3]).id);
    render(
      <EditorContext.Provider value={store}>
        <Presentation onExit={vi.fn()} />
      </EditorContext.Provider>,
    );
    expect(heading()).toBe(chartLabel(defined(charts[3])));
    expect(screen.getByLabelText('Chart 4 of 5').textContent).toBe('4 / 5');
  });

  it('shows the charts in annex order, one per screen, with a counter', () => {
    const { show, titles } = renderPresentation();
    expect(titles).toHaveLength(5);
    expect(heading()).toBe(titles[0]);
    expect(within(show).getByLabelText('Chart 1 of 5').textContent).toBe('1 / 5');
    expect(within(show).getAllByRole('img')).toHaveLength(1);
    // No editing chrome: no toolbar, no inspector.
    expect(screen.queryByRole('toolbar')).toBeNull();
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('steps through the charts with the keys of a slide deck', () => {
    const { titles } = renderPresentation();
    press('ArrowRight');
    expect(heading()).toBe(titles[1]);
    press(' ');
    expect(heading()).toBe(titles[2]);
    press('PageDown');
    press('ArrowDown');
    expect(heading()).toBe(titles[4]);
    press('ArrowRight'); // stays on the last chart
    expect(heading()).toBe(titles[4]);
    expect(screen.getByText('5 / 5')).toBeTruthy();
    press('ArrowLeft');
    expect(heading()).toBe(titles[3]);
    press('PageUp');
    press('ArrowUp');
    expect(heading()).toBe(titles[1]);
    press('End');
    expect(heading()).toBe(titles[4]);
    press('Home');
    expect(heading()).toBe(titles[0]);
  });

  it('announces each slide change to screen readers', () => {
    const { show, titles } = renderPresentation();
    const live = present(show.querySelector('[aria-live="polite"]'), 'show.querySelector(\'[aria-live="polite"]\')');
    press('ArrowRight');
    expect(live.textContent).toBe(`Chart 2 of 5: ${titles[1]}`);
  });

  it('has on-screen buttons for next, previous and exit', async () => {
    const { user, onExit, titles } = renderPresentation();
    expect(screen.getByRole('button', { name: 'Previous chart' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Next chart' }));
    expect(heading()).toBe(titles[1]);
    await user.click(screen.getByRole('button', { name: 'Previous chart' }));
    expect(heading()).toBe(titles[0]);
    // Space on a focused button presses that button; it does not mean "next".
    await user.click(screen.getByRole('button', { name: 'Next chart' }));
    screen.getByRole('button', { name: 'Previous chart' }).focus();
    await user.keyboard(' ');
    expect(heading()).toBe(titles[0]);
    await user.click(screen.getByRole('button', { name: 'Exit presentation' }));
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  it('leaves on Escape', () => {
    const { onExit } = renderPresentation();
    press('Escape');
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  it('draws each slide from the same description as the exports, and redraws it when the chart changes', async () => {
    renderPresentation();
    const first = await slide();
    expect(first).toContain('<svg');
    expect(first).toContain('Chief Operating Officer');
    press('End');
    const last = await slide();
    expect(last).toContain('PCT Chief Executive');
    expect(last).not.toBe(first);
  });

  it('switches to high contrast: tags drawn with patterns as well as colour', async () => {
    const { user } = renderPresentation();
    expect(await slide()).not.toContain('<pattern');
    await user.click(screen.getByRole('checkbox', { name: 'High contrast' }));
    const contrast = await slide();
    expect(contrast).toMatch(/<pattern id="p-hatch/);
    expect(contrast).toMatch(/fill="url\(#p-/);
    expect(
      present(
        screen.getByRole('main', { name: 'Presentation' }).querySelector('[aria-live]'),
        "screen.getByRole('main', { name: 'Presentation' }).querySelector('[...",
      ).textContent,
    ).toContain('high contrast');
  });

  it('focuses on one post and the posts under it, and forgets the focus on the next chart', async () => {
    const { user } = renderPresentation();
    const focus = screen.getByRole('combobox', { name: 'Focus on post' });
    expect(defined(within(focus).getAllByRole('option')[1]).textContent).toBe('Chief Executive'); // top of the structure first
    const post = (title: string) => `<g class="post" aria-label="${title}">`;
    expect(await slide()).toContain(post('Director of Public Health'));
    await user.selectOptions(focus, 'coo');
    const focused = await blobs.textOf(await screen.findByRole('img', { name: /Chief Operating Officer and reports$/ }));
    expect(focused).toContain(post('Director of Regeneration'));
    expect(focused).not.toContain(post('Director of Public Health')); // reports to the Chief Executive
    // Arrow keys in the list choose a post; they do not change the slide.
    fireEvent.keyDown(focus, { key: 'ArrowDown' });
    expect(screen.getByText('1 / 5')).toBeTruthy();
    press('End');
    expect(screen.getByRole('combobox', { name: 'Focus on post' })).toHaveProperty('value', '');
  });

  it('asks for full screen and gives it back on exit; when the browser leaves full screen, so does the presentation', async () => {
    let fullscreen: Element | null = null;
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => fullscreen });
    const exitFullscreen = vi.fn(async () => {
      fullscreen = null;
    });
    document.exitFullscreen = exitFullscreen;
    HTMLElement.prototype.requestFullscreen = vi.fn(async function (this: HTMLElement) {
      fullscreen = this;
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    try {
      const { onExit, show } = renderPresentation();
      await act(async () => {});
      expect(fullscreen).toBe(show);
      // The browser's Esc ends full screen without a key event reaching the page.
      fullscreen = null;
      act(() => void document.dispatchEvent(new Event('fullscreenchange')));
      expect(onExit).toHaveBeenCalledTimes(1);
    } finally {
      delete (document as { fullscreenElement?: unknown }).fullscreenElement;
      delete (HTMLElement.prototype as { requestFullscreen?: unknown }).requestFullscreen;
    }
  });

  it('steps through the transition Annex 5 → Annex 1 phase by phase: each step’s changes marked, with its dates and reasons', async () => {
    const { user, show } = renderPresentation();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Annex 5 → Annex 1, phase by phase');
    expect(heading()).toBe('Annex 5 today');
    expect(within(show).getByLabelText('Step 1 of 6').textContent).toBe('1 / 6');
    expect(screen.queryByRole('combobox', { name: 'Focus on post' })).toBeNull();
    press('PageDown');
    expect(heading()).toBe('After Phase 1 – September 2007');
    expect(within(screen.getByRole('complementary', { name: 'This step' })).getByText('No change to the structure in this phase.')).toBeTruthy();
    press('ArrowRight');
    expect(heading()).toBe('After Phase 2 – October 2007 to August 2008');
    const panel = screen.getByRole('complementary', { name: 'This step' });
    expect(within(panel).getByText('1 October 2007 to 31 August 2008')).toBeTruthy();
    const ceo = defined(
      within(panel)
        .getAllByRole('listitem')
        .find((li) => defined(li.textContent, 'li.textContent').startsWith('Chief Executive')),
      "within(panel) .getAllByRole('listitem') .find((li) => li.textConten...",
    );
    expect(ceo.textContent).toContain('+ added');
    expect(ceo.textContent).toContain('A single Chief Executive is appointed September/October 2007');
    const svg = await slide();
    expect(svg).toContain('aria-label="Chief Executive: Changes: added"');
    expect(svg).not.toContain('aria-label="Council Chief Executive"'); // gone after Phase 2
    expect(svg).toContain('aria-label="Director of Provider Services"'); // leaves in Phase 3
    expect(present(show.querySelector('[aria-live="polite"]'), 'show.querySelector(\'[aria-live="polite"]\')').textContent).toBe(
      'Step 3 of 6: After Phase 2 – October 2007 to August 2008, 1 October 2007 to 31 August 2008',
    );
    press('End');
    expect(heading()).toBe('Annex 1');
    press('ArrowLeft');
    expect(heading()).toBe('After Phase 4 – April 2009 to May 2011');
    // Back to the charts, from the first.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Every chart, in annex order');
    expect(within(show).getByLabelText('Chart 1 of 5')).toBeTruthy();
  });

  it('releases the slide images when it closes', async () => {
    renderPresentation();
    await slide();
    cleanup();
    expect(blobs.live()).toBe(0);
  });
});
