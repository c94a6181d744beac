// A new user's first session: open the sample, edit Annex 5, undo and redo,
// save, and find every change intact after reloading the saved file.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { SCHEMA_VERSION } from '../../shared/model/types';
import { present } from '../support/defined';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const box = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });

test('edit Annex 5, undo and redo, save, reopen with every change intact', async ({ page }) => {
  // A browser without the File System Access API: saving is a download.
  await page.addInitScript(() => delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker);
  await page.goto('/');
  await expect(box(page, 'Chief Executive')).toBeVisible();

  await page.getByRole('tab', { name: /Annex 5/ }).click();
  await expect(box(page, 'Council Chief Executive')).toBeVisible();
  await expect(box(page, 'Chief Executive')).toHaveCount(0);

  await page.getByRole('button', { name: 'Add post' }).click();
  const form = inspector(page);
  await form.getByLabel('Title').fill('Head of Integration');
  await form.getByLabel('Title').press('Enter');
  await expect(box(page, 'Head of Integration')).toBeVisible();

  await form.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Joint — Joint appointment (Public Service Trust)' });
  await form.getByRole('button', { name: 'Add funding share' }).click();
  await form.getByRole('button', { name: 'Add funding share' }).click();
  await form.getByLabel('Funding share 1 organisation').selectOption('pct');
  await form.getByLabel('Funding share 2 organisation').selectOption('council');
  await form.getByLabel('Funding share 1 percent').fill('50');
  await expect(form.getByRole('alert')).toHaveText('Funding split must add up to 100% (now 50%)');
  await form.getByLabel('Funding share 2 percent').fill('50');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await expect(box(page, 'Head of Integration')).toContainText('Joint · PCT 50% / Council 50%');

  const manager = form.getByRole('combobox', { name: 'Line manager (reports to)' });
  await manager.fill('chief op');
  await expect(page.getByRole('listbox', { name: 'Line manager (reports to)' }).getByRole('option')).toHaveText([/^Chief Operating Officer/]);
  await manager.press('Enter');
  await expect(manager).toHaveValue('Chief Operating Officer');
  const linesBefore = await page.locator('.react-flow__edge').count();

  // Undo the new reporting line, then redo it.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__edge')).toHaveCount(linesBefore - 1);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.react-flow__edge')).toHaveCount(linesBefore);
  await expect(page.getByLabel('unsaved changes')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const saved = await download;
  const path = await saved.path();
  expect(saved.suggestedFilename()).toMatch(/\.structura$/);
  const text = await readFile(path, 'utf8');
  expect(JSON.parse(text).schemaVersion).toBe(SCHEMA_VERSION);
  // A download is not a save: the browser may have refused it or put it anywhere.
  await expect(page.locator('.notice').getByText('Downloaded a copy as Herefordshire sample.structura — not saved to a file')).toBeVisible();
  await expect(page.getByLabel('unsaved changes')).toBeVisible();

  // A fresh start (past the leave-page question), then open the saved file.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(box(page, 'Chief Executive')).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(path);
  await page.getByRole('tab', { name: /Annex 5/ }).click();
  const reopened = box(page, 'Head of Integration');
  await expect(reopened).toBeVisible();
  await expect(reopened).toContainText('Joint · PCT 50% / Council 50%');
  await reopened.click();
  await expect(form.getByLabel('Organisation', { exact: true })).toHaveValue('joint');
  await expect(form.getByRole('combobox', { name: 'Line manager (reports to)' })).toHaveValue('Chief Operating Officer');
  await expect(form.getByLabel('Funding share 1 percent')).toHaveValue('50');
  await expect(form.getByLabel('Funding share 2 percent')).toHaveValue('50');
});

test('a refused file names what is wrong and where, and keeps the open document', async ({ page }) => {
  await page.goto('/');
  await expect(box(page, 'Chief Executive')).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles({ name: 'broken.structura', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 1, "title": oops}') });
  await expect(page.getByRole('alert')).toContainText(
    'broken.structura was not opened: (file): this is not a Structura document: the JSON is malformed (unexpected "oops}" at line 1, column 31)',
  );
  await expect(box(page, 'Chief Executive')).toBeVisible();
});

test('post titles are shown as text, never run as HTML', async ({ page }) => {
  await page.goto('/');
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await box(page, 'Chief Operating Officer').click();
  const title = inspector(page).getByLabel('Title');
  await title.fill('<img src=x onerror="alert(1)">COO');
  await title.press('Enter');
  await expect(box(page, '<img src=x onerror="alert(1)">COO')).toContainText('<img src=x');
  expect(await page.locator('.react-flow img').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('dropping a post onto another makes it the new line manager, in one undoable step', async ({ page }) => {
  await page.goto('/');
  const finance = box(page, 'Director of Finance');
  const coo = box(page, 'Chief Operating Officer');
  await expect(finance).toBeVisible();
  const from = present(await finance.boundingBox(), 'finance.boundingBox()');
  const to = present(await coo.boundingBox(), 'coo.boundingBox()');
  await page.mouse.move(from.x + from.width / 2, from.y + 12);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 - 20, from.y + 20, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
  await finance.click();
  const manager = inspector(page).getByRole('combobox', { name: 'Line manager (reports to)' });
  await expect(manager).toHaveValue('Chief Operating Officer');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await finance.click();
  await expect(manager).toHaveValue('Chief Executive');
});

test('clicking a reporting line selects it; the inspector edits it and the canvas shows the change', async ({ page }) => {
  await page.goto('/');
  const board = present(await box(page, 'PST Board').boundingBox(), "box(page, 'PST Board').boundingBox()");
  const ceo = present(await box(page, 'Chief Executive').boundingBox(), "box(page, 'Chief Executive').boundingBox()");
  // The solid line runs straight down from the PST Board to the Chief Executive.
  await page.mouse.click(ceo.x + ceo.width / 2, (board.y + board.height + ceo.y) / 2);
  const form = inspector(page).getByRole('form', { name: 'Line' });
  await expect(form).toBeVisible();
  await expect(form).toContainText('From PST Board to Chief Executive');
  await expect(form.getByLabel('Kind')).toHaveValue('management');
  await form.getByLabel('Label').fill('appoints');
  await form.getByLabel('Label').press('Tab');
  await expect(page.locator('.line-label', { hasText: 'appoints' })).toBeVisible();
  // A box clicked next takes the selection from the line.
  await box(page, 'Director of Finance').click();
  await expect(inspector(page).getByRole('form', { name: 'Line' })).toHaveCount(0);
  await expect(inspector(page).getByLabel('Title')).toHaveValue('Director of Finance');
  await page.mouse.click(ceo.x + ceo.width / 2, (board.y + board.height + ceo.y) / 2);
  await expect(form).toBeVisible();
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(form).toHaveCount(0);
});
