// Issue #16's "Done means", without the mouse at all: open the sample, reach
// the canvas by the skip link, find the COO, add a post under it, type its
// title, change its manager with Move to…, tag it Joint with a funding split,
// open Compare, export a PDF through the export dialog, present and leave.
// After every step the focus must be visible (an outline or shadow of 3:1
// against what surrounds it, not covered) and a screenshot is kept.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { focusReport } from './support/focusVisible';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const focusedBoxTitle = (page: Page) => page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('aria-label') ?? null);

interface DocPost {
  id: string;
  title?: string;
  tagId: string | null;
  funding: { tagId: string; percent: number }[];
}
/** The active chart's post titled `title`, and its line manager's title, read through the test hook. */
async function postNamed(page: Page, title: string) {
  return page.evaluate((title) => {
    const hook = (window as unknown as { __structura: { documentText: () => string } }).__structura;
    const doc = JSON.parse(hook.documentText());
    const chart = doc.charts[0];
    const post = chart.nodes.find((n: DocPost) => n.title === title) as DocPost | undefined;
    if (!post) return null;
    const managerId = chart.lines.find((l: { kind: string; to: string }) => l.kind === 'management' && l.to === post.id)?.from;
    const manager = chart.nodes.find((n: DocPost) => n.id === managerId) as DocPost | undefined;
    return { ...post, manager: manager?.title ?? null };
  }, title);
}

/** The focused element's name as a user would read it: its aria-label, its label, or its text. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    return (el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '').trim();
  });

/** Presses Tab (or Shift+Tab) until the focus reaches a control named `name`; fails past `limit` presses. */
async function tabTo(page: Page, name: string | RegExp, { back = false, limit = 80 } = {}) {
  const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
  for (let i = 0; i < limit; i++) {
    if (matches(await focusedName(page))) return i;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} did not reach "${name}" in ${limit} presses (at "${await focusedName(page)}")`);
}

let shot = 0;
/** The focus is visible where it is now; a screenshot of the moment is kept to be looked at. */
async function focusSeen(page: Page, step: string) {
  const report = await focusReport(page);
  await page.screenshot({ path: `test-results/e2e/journey-${String(++shot).padStart(2, '0')}-${step}.png` });
  expect(report.ok, `focus after "${step}": ${JSON.stringify(report)}`).toBe(true);
}

test('keyboard only: add a post under the COO, Move to…, Joint with a split, compare, export a PDF, present', async ({ page }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByRole('group', { name: 'Chief Executive', exact: true })).toBeVisible();

  // The skip link is the first Tab stop; it lands on the canvas's one Tab stop.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the chart', exact: true })).toBeFocused();
  await focusSeen(page, 'skip-link');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedBoxTitle(page)).not.toBeNull();
  await focusSeen(page, 'canvas');

  // Find the COO; Enter selects it, Escape returns to its box.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Chief Operating Officer');
  await focusSeen(page, 'find');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect.poll(() => focusedBoxTitle(page)).toBe('Chief Operating Officer');
  await focusSeen(page, 'coo');

  // N adds a post under it; the title field has the focus.
  await page.keyboard.press('n');
  await expect(inspector(page).getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Head of Partnerships');
  await page.keyboard.press('Enter');
  await focusSeen(page, 'title');
  expect(await postNamed(page, 'Head of Partnerships')).toMatchObject({ manager: 'Chief Operating Officer' });

  // Back to its box (one Shift+Tab: the canvas is the stop before the inspector), then Move to…
  await tabTo(page, 'Head of Partnerships', { back: true, limit: 25 });
  await expect.poll(() => focusedBoxTitle(page)).toBe('Head of Partnerships');
  await focusSeen(page, 'new-box');
  await page.keyboard.press('m');
  const move = page.getByRole('dialog', { name: 'Move Head of Partnerships to…' });
  await expect(move.getByRole('combobox', { name: 'New line manager' })).toBeFocused();
  await page.keyboard.type('director of finance');
  await expect(move.getByRole('option')).toHaveText([/^Director of Finance/]);
  await focusSeen(page, 'move-to');
  await page.keyboard.press('Enter');
  await expect(move).toHaveCount(0);
  await expect.poll(async () => (await postNamed(page, 'Head of Partnerships'))?.manager).toBe('Director of Finance');
  await expect.poll(() => focusedBoxTitle(page)).toBe('Head of Partnerships');
  await focusSeen(page, 'moved');

  // Enter edits; the organisation select takes Joint from the keyboard, then a 60 / 40 split.
  await page.keyboard.press('Enter');
  await expect(inspector(page).getByLabel('Title')).toBeFocused();
  await tabTo(page, 'Organisation', { limit: 10 });
  await focusSeen(page, 'organisation');
  await page.keyboard.type('Joint');
  await expect.poll(async () => (await postNamed(page, 'Head of Partnerships'))?.tagId).toBe('joint');
  await tabTo(page, 'Add funding share', { limit: 6 });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Funding share 1 percent', { back: true, limit: 10 });
  await page.keyboard.press('Control+a');
  await page.keyboard.type('60');
  await tabTo(page, 'Funding share 2 percent', { limit: 6 });
  await page.keyboard.press('Control+a');
  await page.keyboard.type('40');
  await focusSeen(page, 'funding');
  await expect
    .poll(async () => (await postNamed(page, 'Head of Partnerships'))?.funding)
    .toEqual([
      { tagId: 'pct', percent: 60 },
      { tagId: 'council', percent: 40 },
    ]);

  // Compare, from the toolbar reached backwards through the Tab order.
  await tabTo(page, 'Compare structures', { back: true });
  await focusSeen(page, 'compare-button');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await focusSeen(page, 'compare');
  await tabTo(page, 'Back to editor');
  await focusSeen(page, 'back-to-editor');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('toolbar', { name: 'Main toolbar' })).toBeVisible();
  await focusSeen(page, 'editor-again');

  // Export a PDF through the export dialog.
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await focusSeen(page, 'export-dialog');
  await tabTo(page, 'Export file');
  await focusSeen(page, 'export-file');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  expect(
    readFileSync(await file.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  await focusSeen(page, 'exported');
  // Escape closes the dialog; the focus is seen where it lands.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await focusSeen(page, 'export-closed');

  // Present, step once, leave with Escape: the focus comes back where it was.
  await page.keyboard.press('F5');
  const show = page.getByRole('main', { name: 'Presentation' });
  await expect(show).toBeVisible();
  // The slide itself holds the focus (arrows step; no ring drawn round the projected slide);
  // Tab reaches its controls, whose focus is seen.
  await expect(show).toBeFocused();
  await page.keyboard.press('Tab');
  await focusSeen(page, 'presenting');
  // Every control of the presentation, in its dark and its high-contrast theme.
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    expect((await focusReport(page)).ok, `presentation control ${i + 2}: ${JSON.stringify(await focusReport(page))}`).toBe(true);
  }
  await tabTo(page, 'High contrast', { back: true, limit: 6 });
  await page.keyboard.press('Space');
  await expect(show.getByRole('checkbox', { name: 'High contrast' })).toBeChecked();
  await focusSeen(page, 'presenting-high-contrast');
  await tabTo(page, /^Next chart/, { back: true, limit: 8 });
  await page.keyboard.press('Enter');
  await expect(show.getByRole('heading', { level: 1 })).toHaveText(/^Annex 2/);
  await page.keyboard.press('Escape');
  await expect(show).toHaveCount(0);
  await focusSeen(page, 'after-presenting');
  expect(errors).toEqual([]);
});
