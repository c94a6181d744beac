// A 2,000-post chart exported as PDF in the real browser: the export runs in
// the export worker, the dialog shows its progress, the window keeps handling
// input (the progress keeps moving and Cancel is handled mid-export), and a
// cancelled export writes nothing.
import { expect, test } from '@playwright/test';
import { generateDocument } from '../bench/generate';
import { serializeDocument } from '../../shared/model/load';

test('a 2,000-post PDF export shows progress, stays responsive and can be cancelled', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let downloads = 0;
  page.on('download', () => void downloads++);
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles({ name: 'big.structura', mimeType: 'application/json', buffer: Buffer.from(serializeDocument(generateDocument(2000, 14))) });
  await expect(page.getByRole('tab', { name: /Generated 2000/ })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const exportButton = dialog.getByRole('button', { name: 'Export file' });
  await expect(exportButton).toBeEnabled({ timeout: 60_000 });

  await exportButton.click();
  const progress = dialog.getByRole('progressbar', { name: 'Export progress' });
  await expect(progress).toBeVisible();
  // The worker reports pages as it writes them; the page hears each report, so its text moves on.
  await expect(dialog.getByText(/^Page \d+ of \d+$/)).toBeVisible({ timeout: 60_000 });
  const first = await dialog.getByText(/^Page \d+ of \d+$/).textContent();
  await page.screenshot({ path: 'test-results/export-progress.png' });
  // A click on another control while the worker is busy is handled while it is still busy: the
  // export ends cancelled, not finished. (How soon is not asserted: a 2-core CI runner shares its
  // cores between the worker, the page and the test driver.)
  await dialog.getByRole('button', { name: 'Cancel export' }).click({ timeout: 10_000 });
  await expect(dialog.getByText('Export cancelled.')).toBeVisible({ timeout: 10_000 });
  await expect(progress).toBeHidden();
  expect(first).toMatch(/^Page \d+ of (\d+)$/);
  expect(downloads).toBe(0);
  await expect(exportButton).toBeEnabled();
  expect(errors).toEqual([]);
});
