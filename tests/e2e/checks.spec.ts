// The Checks panel as a user meets it: the counts of the current chart, a
// finding that selects its posts, a quick fix that designates the missing
// Monitoring Officer, an acknowledgement with a reason, all undoable.
import { expect, test, type Page } from '@playwright/test';

const box = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });
const checks = (page: Page) => page.getByRole('region', { name: 'Checks' });

test('the Checks panel follows the chart, selects posts, fixes and acknowledges, and undo restores', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(box(page, 'Chief Executive')).toBeVisible();
  const toggle = checks(page).getByRole('button', { name: /^Checks/ });
  // Posts a warning concerns carry a badge; posts nothing concerns do not.
  const cooBadge = box(page, 'Chief Operating Officer').getByRole('img', { name: 'Rule check warning: see Checks' });
  await expect(cooBadge).toBeVisible();
  await expect(box(page, 'Director of Finance').getByRole('img', { name: /Rule check/ })).toHaveCount(0);
  await expect(toggle).toHaveText('Checks 1 error, 5 warnings, 1 note');
  await toggle.click();

  // A finding selects the posts it concerns.
  await checks(page)
    .getByRole('button', { name: /reports to Chief Operating Officer/ })
    .click();
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { name: '2 posts selected' })).toBeVisible();

  // The missing Monitoring Officer: the quick fix asks for a post, then designates the selected one.
  await box(page, 'Director of Customer Services').click();
  await checks(page).getByRole('button', { name: "Designate the Council's Monitoring Officer" }).click();
  await expect(toggle).toHaveText('Checks 0 errors, 5 warnings, 1 note');
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByText('Monitoring Officer for Council')).toBeVisible();

  // Acknowledge a warning with a reason: it stays listed, marked, and no longer counts.
  const coo = checks(page).getByRole('listitem').filter({ hasText: 'Chief Operating Officer is a Joint post with no funding split' });
  await coo.getByRole('button', { name: 'Acknowledge…' }).click();
  await coo.getByLabel(/Why this is acceptable/).fill('Split agreed in the s113 agreement, to follow');
  await coo.getByRole('button', { name: 'Acknowledge', exact: true }).click();
  await expect(toggle).toHaveText('Checks 0 errors, 4 warnings, 1 note');
  await expect(coo).toContainText('Acknowledged: Split agreed in the s113 agreement, to follow');
  await expect(cooBadge).toHaveCount(0);

  // Each was one undo step.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(toggle).toHaveText('Checks 0 errors, 5 warnings, 1 note');
  await page.keyboard.press('Control+z');
  await expect(toggle).toHaveText('Checks 1 error, 5 warnings, 1 note');

  // Another chart, its own findings; a diagram has none to show.
  await page.getByRole('tab', { name: /Annex 5/ }).click();
  await expect(toggle).toHaveText('Checks 1 error, 1 warning, 1 note');
  await page.getByRole('tab', { name: /Annex 2/ }).click();
  await expect(checks(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});
