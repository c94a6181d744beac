// Imports the DFID organogram (senior and junior CSVs) through the dialog, as a user would, up to its report.
import { expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';

const fixtures = join(process.cwd(), 'tests/fixtures/organograms');

/** Opens Import organogram, chooses both files, imports; returns the dialog and its report (89 posts checked). */
export async function importDfidOrganogram(page: Page): Promise<{ dialog: Locator; report: Locator }> {
  await page.getByRole('button', { name: 'Import organogram…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import organogram' });
  let chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose senior CSV…' }).click();
  await (await chooser).setFiles(join(fixtures, 'department_for_international_development-2013-09-30-senior.csv'));
  chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose junior CSV…' }).click();
  await (await chooser).setFiles(join(fixtures, 'department_for_international_development-2013-09-30-junior.csv'));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const report = dialog.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('Posts created: 89');
  return { dialog, report };
}
