// The export dialog's preview of a large chart is drawn in the export worker:
// the dialog opens at once and the window keeps handling input while the
// pages are laid out and written, then shows the same pages the export
// writes. Asserted by the order of events in the page (the typed key is
// handled before the preview appears), never by how long anything took.
import { expect, test } from '@playwright/test';
import { generateDocument } from '../bench/generate';
import { serializeDocument } from '../../shared/model/load';

test('opening Export on a 5,000-post chart handles a keypress before the preview is drawn, then previews its pages', async ({ page }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles({ name: 'big.structura', mimeType: 'application/json', buffer: Buffer.from(serializeDocument(generateDocument(5000, 14))) });
  await expect(page.getByRole('tab', { name: /Generated 5000/ })).toBeVisible({ timeout: 90_000 });

  // What happens, in the order it happens: the Date field taking a typed key, and a preview image appearing.
  await page.evaluate(() => {
    const events: string[] = [];
    (window as unknown as { previewEvents: string[] }).previewEvents = events;
    document.addEventListener('input', (e) => {
      if ((e.target as HTMLElement).getAttribute('aria-label') === 'Date') events.push('key handled');
    });
    new MutationObserver(() => {
      if (document.querySelector('img.svg-preview') && !events.includes('preview shown')) events.push('preview shown');
    }).observe(document.body, { childList: true, subtree: true });
  });

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const date = dialog.getByLabel('Date', { exact: true });
  await date.click();
  await date.press('End');
  await page.keyboard.type('X');
  await expect(date).toHaveValue(/X$/);
  await page.screenshot({ path: 'test-results/export-preview-drawing.png' });

  // The preview arrives later, with the page count and the first pages.
  const firstPage = dialog.getByRole('img', { name: /^Preview of page 1: / });
  await expect(firstPage).toBeVisible({ timeout: 120_000 });
  await expect(dialog.getByText(/^\d+ pages \(first 3 shown\) · A4 landscape$/)).toBeVisible();
  await expect(dialog.getByRole('img', { name: /^Preview of page \d: / })).toHaveCount(3);
  await expect(dialog.getByText('Drawing the preview…')).toBeHidden();
  await page.screenshot({ path: 'test-results/export-preview-drawn.png' });

  const events = await page.evaluate(() => (window as unknown as { previewEvents: string[] }).previewEvents);
  expect(events[0]).toBe('key handled');
  expect(events).toContain('preview shown');
  // The page's own picture: a real SVG of the chart, not an empty image.
  const size = await firstPage.evaluate((img: HTMLImageElement) => ({ w: img.naturalWidth, h: img.naturalHeight }));
  expect(size.w).toBeGreaterThan(100);
  expect(size.h).toBeGreaterThan(50);
  expect(errors).toEqual([]);
});
