// Several posts edited at once, as users select them: Ctrl+click, Shift+arrow
// from the keyboard, Shift-drag a box round them. The inspector shows Mixed,
// passes axe, and a change is one undo step named for it.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { defined, present } from '../support/defined';

const box = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const undo = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true });
const grades = (page: Page, titles: string[]) =>
  page.evaluate((titles) => {
    const doc = JSON.parse((window as unknown as { __structura: { documentText: () => string } }).__structura.documentText());
    return titles.map((t) => doc.charts[0].nodes.find((n: { title?: string }) => n.title === t)?.grade);
  }, titles);

test.use({ bypassCSP: true });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(box(page, 'Chief Executive')).toBeVisible();
});

test('Ctrl+click three posts: Mixed shown, axe clean, one grade for all as one undo step', async ({ page }) => {
  const titles = ['Director of Regeneration', 'Director of Environment', 'Director of Resources and Shared Services'];
  await box(page, defined(titles[0], 'titles[0]')).click();
  for (const t of titles.slice(1)) await box(page, t).click({ modifiers: ['Control'] });
  await expect(inspector(page).getByRole('heading', { name: '3 posts selected' })).toBeVisible();
  const before = await grades(page, titles);
  // Two Council posts and a Joint one: the organisation is Mixed, to the eye and in the field's description.
  const organisation = inspector(page).getByLabel('Organisation');
  expect(await organisation.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('Mixed');
  await expect(organisation).toHaveAccessibleDescription(/^Mixed/);
  await expect(inspector(page).getByLabel('FTE')).toHaveValue('1');
  expect(await axeViolations(page), 'axe on the inspector of three posts').toEqual([]);
  await inspector(page).getByLabel('Grade').fill('SM2');
  await inspector(page).getByLabel('Grade').press('Enter');
  await expect.poll(() => grades(page, titles)).toEqual(['SM2', 'SM2', 'SM2']);
  await expect(undo(page)).toHaveAttribute('title', /^Undo Set grade of 3 posts/);
  await page.screenshot({ path: 'test-results/e2e/multi-edit.png' });
  await undo(page).click();
  await expect.poll(() => grades(page, titles)).toEqual(before);
});

test('Shift+arrow adds the box reached to the selection; Shift-drag selects a row', async ({ page }) => {
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Director of Regeneration');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(inspector(page).getByRole('heading', { name: '3 posts selected' })).toBeVisible();
  await expect(inspector(page).getByLabel('Organisation')).toHaveValue('council');

  const a = present(await box(page, 'Director of Regeneration').boundingBox(), "box(page, 'Director of Regeneration').boundingBox()");
  const b = present(await box(page, 'Director of Environment').boundingBox(), "box(page, 'Director of Environment').boundingBox()");
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.down('Shift');
  await page.mouse.move(a.x - 8, a.y - 8);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width + 8, b.y + b.height + 8, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(inspector(page).getByRole('heading', { name: /^\d+ (posts|boxes) selected$/ })).toBeVisible();
});
