// Comparing the two models, exporting an annex, importing a published organogram.
import { importDfidOrganogram } from './support/importOrganogram';
import { expect, test, type Locator } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { present } from '../support/defined';

async function centreOf(locator: Locator) {
  const box = present(await locator.boundingBox(), 'locator.boundingBox()');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function expectCentred(region: Locator, title: string) {
  const frame = await centreOf(region);
  const node = await centreOf(region.getByRole('group', { name: title, exact: true }));
  expect(Math.abs(node.x - frame.x)).toBeLessThan(40);
  expect(Math.abs(node.y - frame.y)).toBeLessThan(40);
}

test('compare Annex 5 with Annex 1: two chief executives become one joint Chief Executive', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Compare structures' }).click();
  const changes = page.getByRole('list', { name: 'Changes' });
  // Each change names its post by title and reference.
  await expect(changes.getByRole('button', { name: 'Post added Chief Executive (ref ceo)', exact: true })).toBeVisible();
  await expect(changes.getByRole('button', { name: 'Post removed Council Chief Executive (ref council-ceo)' })).toBeVisible();
  await expect(changes.getByRole('button', { name: 'Post removed PCT Chief Executive (ref pct-ceo)' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('14 → 12');

  await changes.getByRole('button', { name: /Reporting line moved Chief Operating Officer/ }).click();
  const before = page.getByRole('region', { name: /^Before \(A\)/ });
  const after = page.getByRole('region', { name: /^After \(B\)/ });
  await expectCentred(before, 'Chief Operating Officer');
  await expectCentred(after, 'Chief Operating Officer');

  // Live: an edit in the editor shows in the comparison.
  await page.getByRole('button', { name: 'Back to editor' }).click();
  await page.getByRole('group', { name: 'Director of Finance', exact: true }).click();
  const title = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Title');
  await title.fill('Director of Finance and Performance');
  await title.press('Enter');
  await page.getByRole('button', { name: 'Compare structures' }).click();
  await expect(changes.getByRole('button', { name: /Retitled Director of Finance and Performance/ })).toBeVisible();
});

test('export Annex 1 to PDF from the export dialog', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Paper size').selectOption('a3');
  await expect(dialog.getByRole('img', { name: /Preview of page 1/ })).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Annex 1 - Proposed Herefordshire Integrated Senior Management Structure Medium Long Term.pdf');
  const path = await file.path();
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  expect(text).toContain('Chief Operating Officer');
  expect(text).toContain('If the newly appointed Director of Public Health');
});

test('import the DFID organogram, read the report, collapse a directorate, export organogram CSV', async ({ page }) => {
  await page.goto('/');
  const { report } = await importDfidOrganogram(page);
  await expect(report).toContainText('371 teams, 1815.00 FTE');
  await expect(report).toContainText('reports to itself');
  await report.getByRole('button', { name: 'Add as new chart' }).click();
  await expect(page.getByRole('tab', { selected: true })).toContainText('department_for_international_development-2013-09-30');

  const canvas = page.locator('.react-flow__node');
  const visible = await canvas.count();
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  const collapse = page.getByRole('button', { name: /^Collapse / }).first();
  await collapse.click();
  await expect(page.locator('.react-flow__node')).not.toHaveCount(visible);
  await expect(page.getByText(/^\+\d+ posts? hidden$/).first()).toBeVisible();

  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await exportDialog.getByLabel('Format').selectOption('organogram-csv');
  const downloads: string[] = [];
  page.on('download', async (d) => downloads.push(d.suggestedFilename()));
  await exportDialog.getByRole('button', { name: 'Export file' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  expect(downloads.sort()).toEqual([expect.stringMatching(/-junior\.csv$/), expect.stringMatching(/-senior\.csv$/)]);
});

test('presentation mode steps through the annexes and leaves on Escape', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Present' }).click();
  const show = page.getByRole('main', { name: 'Presentation' });
  await expect(show.getByRole('heading', { level: 1 })).toHaveText(/^Annex 1 — /);
  await page.keyboard.press('ArrowRight');
  await expect(show.getByRole('heading', { level: 1 })).toHaveText('Annex 2 — Partnership Approach');
  await page.keyboard.press('End');
  await expect(show.getByRole('heading', { level: 1 })).toHaveText(/^Annex 5 — /);
  await page.keyboard.press('Escape');
  await expect(show).toHaveCount(0);
  await expect(page.getByRole('toolbar', { name: 'Main toolbar' })).toBeVisible();
});

test('import any CSV of posts through the column-mapping step', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import CSV' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose CSV file…' }).click();
  const text = 'Employee,Position,Line manager,Employer\nAnn,Chief Executive,,Council\nBob,Director of Finance,Chief Executive,PCT\n';
  await (await chooser).setFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await expect(dialog.getByLabel('Column for Job title')).toHaveValue('1');
  await dialog.getByLabel('Column for Manager job title').selectOption({ label: 'Line manager' });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('region', { name: 'Import report' })).toContainText('2 rows read, 2 posts created, 1 top posts.');
  await dialog.getByRole('button', { name: 'Add as new chart' }).click();
  await expect(page.getByRole('group', { name: 'Director of Finance', exact: true })).toBeVisible();
});
