// axe-core (WCAG 2.2 AA rules) on every view a user reaches: the editor with a
// post and with a line selected, compare in each mode and its costs tab, the
// mapping view with a post selected, the export dialog, presentation, the import and tags dialogs and the checks panel.
// Zero violations is the bar.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';

const box = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });

async function expectNoViolations(page: Page, view: string) {
  const found = await axeViolations(page);
  expect(found, `axe on ${view}`).toEqual([]);
}

// The page's Content-Security-Policy refuses inline scripts, which is how Playwright injects axe.
test.use({ bypassCSP: true });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(box(page, 'Chief Executive')).toBeVisible();
});

test('the editor: nothing, a post and a line selected, the checks panel open', async ({ page }) => {
  await expectNoViolations(page, 'the editor as it opens');
  await box(page, 'Chief Operating Officer').click();
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Title')).toHaveValue('Chief Operating Officer');
  await expectNoViolations(page, 'the editor with a post selected');
  await page.locator('.react-flow__edge').first().click({ force: true });
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { name: 'Line' })).toBeVisible();
  await expectNoViolations(page, 'the editor with a line selected');
  await page
    .getByRole('region', { name: 'Checks' })
    .getByRole('button', { name: /^Checks/ })
    .click();
  await expectNoViolations(page, 'the checks panel');
});

test('compare in every mode, and its costs tab', async ({ page }) => {
  await page.getByRole('button', { name: 'Compare structures' }).click();
  for (const mode of ['Side by side', 'Before', 'After', 'Changes only', 'Overlay', 'Costs']) {
    await page.getByRole('button', { name: mode, exact: true }).click();
    await expect(page.getByRole('button', { name: mode, exact: true })).toHaveAttribute('aria-pressed', 'true');
    await page.waitForTimeout(300);
    await expectNoViolations(page, `compare: ${mode}`);
  }
});

test('compare: the mapping view, with a post selected and its new post being picked', async ({ page }) => {
  await page.getByRole('button', { name: 'Compare structures' }).click();
  await page.getByRole('button', { name: 'Mapping', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Mapping' });
  await expectNoViolations(page, 'the mapping view, nothing selected');
  await panel
    .getByRole('listbox', { name: /^Baseline posts/ })
    .getByRole('option', { name: /^PCT Chief Executive/ })
    .click();
  await expect(panel.getByRole('region', { name: 'Mapping of PCT Chief Executive' })).toBeVisible();
  await expectNoViolations(page, 'the mapping view with a post selected');
  // From open competition for the Chief Executive to a pool for it and the next post down.
  await panel.getByRole('radio', { name: 'Ring-fenced pool' }).check();
  await panel.getByRole('listbox', { name: /^Option posts/ }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(panel.getByRole('listbox', { name: /^Option posts/ }).getByRole('option', { selected: true })).toHaveCount(2);
  await expectNoViolations(page, "the mapping view picking a pool's post");
});

test('the export dialog, presentation, the import and tags dialogs', async ({ page }) => {
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Preview' }).locator('img, svg').first()).toBeVisible();
  await expectNoViolations(page, 'the export dialog');
  await page
    .getByRole('dialog')
    .getByRole('radio', { name: /Consultation pack/ })
    .check();
  await expect(page.getByRole('dialog').getByLabel('Baseline (today)')).toBeVisible();
  await expectNoViolations(page, 'the export dialog: consultation pack');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('main', { name: 'Presentation' })).toBeVisible();
  await page.waitForTimeout(300);
  await expectNoViolations(page, 'presentation');
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Annex 5 → Annex 1, phase by phase' });
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByRole('complementary', { name: 'This step' })).toContainText('Chief Executive');
  await expectNoViolations(page, 'presentation: phase by phase');
  await page.keyboard.press('Escape');

  for (const name of ['Import organogram…', 'Import CSV…', 'Organisation tags…']) {
    await page.getByRole('button', { name }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoViolations(page, name);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
});

test('the editor with an organisation highlighted, then filtered (#16)', async ({ page }) => {
  await page
    .getByRole('region', { name: 'Legend' })
    .getByRole('button', { name: /^PCT\b/ })
    .click();
  await expect(page.getByRole('region', { name: 'Organisation view' })).toBeVisible();
  await expectNoViolations(page, 'the editor with PCT highlighted');
  await page.getByRole('region', { name: 'Organisation view' }).getByRole('button', { name: 'Hide the others' }).click();
  await expectNoViolations(page, 'the editor with PCT alone shown');
});
