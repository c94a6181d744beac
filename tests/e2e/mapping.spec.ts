// The compare view's Mapping tab on the sample (Annex 5 → Annex 1), driven by
// the keyboard alone: pick a post, change its method (an override, so a reason
// is asked for), save, undo; clear a decision and accept the suggestion that
// takes its place. Screenshots in test-results/e2e/mapping-*.png.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { autoLayoutChart } from '../../shared/layout/layout';
import { serializeDocument } from '../../shared/model/load';
import { changedChart, generateDocument } from '../bench/generate';
import { defined } from '../support/defined';

interface Mapped {
  postId: string;
  method: string;
  targetPostIds: string[];
  reason: string;
}

async function mappingOf(page: Page, postId: string): Promise<Mapped | undefined> {
  const text = await page.evaluate(() => (window as unknown as { __structura: { documentText: () => string } }).__structura.documentText());
  const doc = JSON.parse(text) as { transition?: { mappings: { fromChartId: string; toChartId: string; posts: Mapped[] }[] } };
  const m = doc.transition?.mappings.find((x) => x.fromChartId === 'annex-5' && x.toChartId === 'annex-1');
  return m?.posts.find((p) => p.postId === postId);
}
const undoDepth = (page: Page) => page.evaluate(() => (window as unknown as { __structura: { undoDepth: () => number } }).__structura.undoDepth());

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (el: Element) => boolean, what: string, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    if ((await focused.count()) === 1 && (await focused.evaluate(matches))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

test('map, undo and accept suggestions by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('group', { name: 'Chief Executive', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Compare structures' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'From (A)' })).toHaveValue('annex-5');
  await page.getByRole('button', { name: 'Mapping', exact: true }).focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Mapping' });
  const baseline = panel.getByRole('listbox', { name: /^Baseline posts/ });
  await expect(baseline.getByRole('option')).toHaveCount(14);

  await tabTo(page, (el) => el.getAttribute('role') === 'listbox', 'the baseline posts');
  await expect(baseline).toBeFocused();
  // Down to the Director of Finance (unchanged in the sample).
  for (let i = 0; i < 14; i++) {
    const current = await baseline.getAttribute('aria-activedescendant');
    if (current && (await page.locator(`#${current}`).textContent())?.includes('Director of Finance')) break;
    await page.keyboard.press('ArrowDown');
  }
  const editor = panel.getByRole('region', { name: 'Mapping of Director of Finance' });
  await expect(editor).toBeVisible();
  await expect(editor.getByRole('radio', { name: 'Unchanged' })).toBeChecked();
  await page.screenshot({ path: 'test-results/e2e/mapping-selected.png' });

  // Into the method radios, and down to "Deleted (at risk)".
  await tabTo(page, (el) => el instanceof HTMLInputElement && el.type === 'radio', 'the method');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(editor.getByRole('radio', { name: 'Deleted (at risk)' })).toBeChecked();
  await expect(editor.getByText('Reason (required: differs from the suggestion)')).toBeVisible();
  // Saving without a reason is refused and says why.
  await tabTo(page, (el) => el.textContent === 'Save mapping', 'Save');
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('alert')).toHaveText(/Give the reason/);
  expect((await mappingOf(page, 'dir-finance'))?.method).toBe('unchanged');
  const depth = await undoDepth(page);

  await page.keyboard.press('Shift+Tab');
  await expect(editor.getByRole('textbox', { name: /^Reason/ })).toBeFocused();
  await page.keyboard.type('Finance moves to the shared service (illustrative).');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => mappingOf(page, 'dir-finance')).toMatchObject({ method: 'deleted', reason: 'Finance moves to the shared service (illustrative).' });
  expect(await undoDepth(page)).toBe(depth + 1);
  await expect(baseline.getByRole('option', { name: /Director of Finance/ })).toContainText('Deleted (at risk)');
  await page.screenshot({ path: 'test-results/e2e/mapping-saved.png' });

  // Undo from the keyboard: the sample's decision is back.
  await page.keyboard.press('Control+z');
  await expect.poll(() => mappingOf(page, 'dir-finance')).toMatchObject({ method: 'unchanged' });
  expect(await undoDepth(page)).toBe(depth);

  // Clear the decision: the post is then suggested (the same post stands in both), and accepting all is one step.
  await tabTo(page, (el) => el.textContent === 'Clear decision', 'Clear decision');
  await page.keyboard.press('Enter');
  await expect.poll(() => mappingOf(page, 'dir-finance')).toBeUndefined();
  const accept = panel.getByRole('button', { name: 'Accept all suggestions (1)' });
  await expect(accept).toBeEnabled();
  const beforeAccept = await undoDepth(page);
  await accept.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => mappingOf(page, 'dir-finance')).toMatchObject({ method: 'unchanged', targetPostIds: ['dir-finance'] });
  expect(await undoDepth(page)).toBe(beforeAccept + 1);
  await expect(panel.getByRole('button', { name: 'Accept all suggestions (0)' })).toBeDisabled();
});

test('80 posts: End reaches the last baseline post in sight, and its links are drawn', async ({ page }) => {
  const posts = 80;
  const doc = generateDocument(posts);
  const laidOut = { ...doc, charts: [doc.charts[0], changedChart(defined(doc.charts[0], 'doc.charts[0]'))].map((c) => autoLayoutChart(doc, defined(c, 'c'))) };
  const file = join(mkdtempSync(join(tmpdir(), 'structura-mapping-e2e-')), 'mapping.structura');
  writeFileSync(file, serializeDocument(laidOut));
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('tab', { name: `Generated ${posts}`, exact: true }).waitFor();
  await page.getByRole('button', { name: 'Compare structures' }).click();
  await page.getByRole('button', { name: 'Mapping', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Mapping' });
  const baseline = panel.getByRole('listbox', { name: /^Baseline posts/ });
  await expect(baseline.getByRole('option')).toHaveCount(posts);
  // Every post kept by id is suggested as unchanged, a retitled one of the same title and grade as slotted in:
  // one link each (no job matches, so no pools), drawn between the lists.
  const suggested = await baseline.getByRole('option', { name: /Suggested: (Unchanged|Slotted in)/ }).count();
  expect(suggested).toBeGreaterThan(posts / 2);
  await expect(baseline.getByRole('option', { name: /Suggested:/ })).toHaveCount(suggested);
  expect(await panel.locator('.mapping-links path').count()).toBe(suggested);
  await baseline.focus();
  await page.keyboard.press('End');
  const last = baseline.getByRole('option').last();
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(last).toBeInViewport();
  await page.keyboard.press('Home');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.screenshot({ path: 'test-results/e2e/mapping-80-posts.png' });
  await page.getByRole('button', { name: /^Accept all suggestions/ }).click();
  await expect(baseline.getByRole('option', { name: /Suggested:/ })).toHaveCount(0);
});
