// The dated transition in the app: presentation steps through the roadmap's
// phases with each phase's changes marked, and the consultation pack exports
// from the export dialog (PDF read back with pdftotext, its pages rendered with
// pdftoppm for a person to look at; the redacted CSV leaves names out).
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

test('presentation steps from Annex 5 today through the phases to Annex 1, by keyboard', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await page.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('main', { name: 'Presentation' });
  await show.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Annex 5 → Annex 1, phase by phase' });
  await expect(show.getByRole('heading', { level: 1 })).toHaveText('Annex 5 today');
  // The select keeps arrow keys for itself: the deck is stepped from the page.
  await show.focus();
  await page.keyboard.press('PageDown');
  await expect(show.getByRole('heading', { level: 1 })).toHaveText('After Phase 1 – September 2007');
  await page.keyboard.press('ArrowRight');
  await expect(show.getByRole('heading', { level: 1 })).toHaveText('After Phase 2 – October 2007 to August 2008');
  const panel = show.getByRole('complementary', { name: 'This step' });
  await expect(panel).toContainText('A single Chief Executive is appointed September/October 2007');
  await expect(panel.getByRole('listitem').filter({ hasText: /^Chief Executive/ })).toContainText('+ added');
  const slide = show.getByRole('img', { name: 'After Phase 2 – October 2007 to August 2008' });
  await expect(slide).toBeVisible();
  // The image really painted (an SVG the browser could not draw would have no natural size).
  expect(await slide.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/transition-phase-2.png' });
  await page.keyboard.press('ArrowRight');
  await expect(show.getByRole('heading', { level: 1 })).toHaveText('After Phase 3 – September 2008 to March 2009');
  await expect(panel).toContainText('Director of Provider Services');
  await page.screenshot({ path: 'test-results/transition-phase-3.png' });
  await page.keyboard.press('End');
  await expect(show.getByRole('heading', { level: 1 })).toHaveText('Annex 1');
  await expect(show.getByLabel('Step 6 of 6')).toBeVisible();
  await page.screenshot({ path: 'test-results/transition-annex-1.png' });
  await page.keyboard.press('PageUp');
  await expect(show.getByRole('heading', { level: 1 })).toHaveText('After Phase 4 – April 2009 to May 2011');
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
  expect(errors).toEqual([]);
});

test('the consultation pack exports from the export dialog as PDF, and as a redacted CSV', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /Consultation pack/ }).check();
  await expect(dialog.getByLabel('Baseline (today)')).toHaveValue('annex-5');
  await expect(dialog.getByLabel('Option (proposed)')).toHaveValue('annex-1');
  await expect(dialog.getByRole('img', { name: /Preview of page 1/ })).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Consultation Annex 5 to Annex 1.pdf');
  const path = await file.path();
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  expect(text).toContain('Assimilation matrix');
  expect(text).toContain('Council Chief Executive');
  expect(text).toContain('Phase 2');
  mkdirSync('test-results/consultation', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, 'test-results/consultation/page']);

  await dialog.getByRole('checkbox', { name: /Leave holders’ names out/ }).check();
  await dialog.getByLabel('Format').selectOption('posts-csv');
  const csvDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export file' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe('Consultation Annex 5 to Annex 1 (redacted).csv');
  const rows = readFileSync(await csv.path(), 'utf8');
  expect(rows).toContain('Assimilation matrix');
  expect(rows).toContain('Council Chief Executive');
});
