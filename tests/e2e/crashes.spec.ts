// Selection that survives a change of view: a box selected on one chart, in the
// compare view or in a presentation must not send the page into an update loop
// (React error #185) when the editor shows another chart or comes back.
import { expect, test, type Page } from '@playwright/test';

const box = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  return errors;
}

test('a box selected on Annex 1, then Annex 5 (same post ids) and back: the editor stays', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await box(page, 'Chief Operating Officer').click();
  await page.getByRole('tab', { name: /Annex 5/ }).click();
  await expect(box(page, 'Council Chief Executive')).toBeVisible();
  await box(page, 'Chief Operating Officer').click();
  await page.getByRole('tab', { name: /Annex 1/ }).click();
  await expect(box(page, 'Chief Executive')).toBeVisible();
  await page.waitForTimeout(300);
  expect(errors).toEqual([]);
});

test('a box selected, Compare, then Back to editor: the editor stays', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await box(page, 'Director of Finance').click();
  await page.getByRole('button', { name: 'Compare structures' }).click();
  await page.getByRole('button', { name: 'Back to editor' }).click();
  await expect(box(page, 'Chief Executive')).toBeVisible();
  await expect(box(page, 'Director of Finance')).toBeVisible();
  await page.waitForTimeout(300);
  expect(errors).toEqual([]);
});

test('a box selected, Present, then Escape: the editor stays', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await box(page, 'Director of Finance').click();
  await page.getByRole('button', { name: 'Present' }).click();
  await page.keyboard.press('Escape');
  await expect(box(page, 'Chief Executive')).toBeVisible();
  await page.waitForTimeout(300);
  expect(errors).toEqual([]);
});
