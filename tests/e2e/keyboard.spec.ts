// The editor without a mouse: skip links, the canvas as one Tab stop with the
// arrow keys along the structure, lines reached from their boxes, the chart
// tabs as one tab list, search, announcements; focus always in sight.
import { expect, test, type Page } from '@playwright/test';

const box = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const focusedBoxTitle = (page: Page) => page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('aria-label') ?? null);
const announcer = (page: Page) => page.getByTestId('announcer');

/** The focused element's rectangle lies in the canvas and overlaps none of the overlays (WCAG 2.4.11). */
async function focusInClearView(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const r = el.getBoundingClientRect();
    const flow = document.querySelector('.canvas .react-flow');
    if (!flow) throw new Error('expected the canvas (.canvas .react-flow) to be drawn');
    const pane = flow.getBoundingClientRect();
    const inside = r.left >= pane.left && r.top >= pane.top && r.right <= pane.right && r.bottom <= pane.bottom;
    const covered = [...document.querySelectorAll('.canvas .react-flow__panel')].some((o) => {
      const b = o.getBoundingClientRect();
      return !(r.right < b.left || r.left > b.right || r.bottom < b.top || r.top > b.bottom);
    });
    return inside && !covered;
  });
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(box(page, 'Chief Executive')).toBeVisible();
});

test('skip links, one Tab stop on the canvas, arrows along the structure, lines from their boxes', async ({ page }) => {
  // From the top of the page, as a user arriving with the keyboard.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the chart', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  const first = await focusedBoxTitle(page);
  expect(first).not.toBeNull();
  // Every box but one, and every line, is out of the Tab order.
  expect(await page.locator('.canvas .react-flow__node[tabindex="0"]').count()).toBe(1);
  expect(await page.locator('.canvas .react-flow__edge[tabindex="0"]').count()).toBe(0);
  expect(await page.locator('.canvas .box-collapse[tabindex="0"], .canvas .box-collapse:not([tabindex])').count()).toBe(0);

  // Right along the top row to the PST Board, down to the Chief Executive, down again to a director; up comes back.
  for (let i = 0; i < 6 && (await focusedBoxTitle(page)) !== 'PST Board'; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedBoxTitle(page)).toBe('PST Board');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focusedBoxTitle(page)).toBe('Chief Executive');
  await expect(inspector(page).getByLabel('Title')).toHaveValue('Chief Executive');
  await page.keyboard.press('ArrowDown');
  const report = await focusedBoxTitle(page);
  expect(report).not.toBe('Chief Executive');
  await page.keyboard.press('ArrowRight');
  const sibling = await focusedBoxTitle(page);
  expect(sibling).not.toBe(report);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => focusedBoxTitle(page)).toBe(report);
  expect(await focusInClearView(page)).toBe(true);
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => focusedBoxTitle(page)).toBe('Chief Executive');

  // E reaches the box's lines, its own management line first; Up goes to the line's superior end.
  await page.keyboard.press('e');
  await expect(inspector(page).getByRole('heading', { name: 'Line' })).toBeVisible();
  await expect(inspector(page)).toContainText(/to\s*Chief Executive/);
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('react-flow__edge'))).toBe(true);
  await page.screenshot({ path: 'test-results/keyboard-line-focus.png' });
  await page.keyboard.press('Escape');
  await expect.poll(() => focusedBoxTitle(page)).toBe('Chief Executive');

  // Enter edits: the inspector's title field takes the focus; Escape deselects.
  await page.keyboard.press('Enter');
  await expect(inspector(page).getByLabel('Title')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.screenshot({ path: 'test-results/keyboard-box-focus.png' });
});

test('chart tabs are one tab list with arrow keys; Ctrl+F finds a post and opens its collapsed manager; announcements', async ({ page }) => {
  await page.getByRole('link', { name: 'Skip to the chart tabs' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { selected: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { selected: true })).toBeFocused();
  await expect(page.getByRole('tab', { selected: true })).toContainText('Annex 2');
  await page.keyboard.press('Home');
  await expect(page.getByRole('tab', { selected: true })).toContainText('Annex 1');
  expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1);

  // Collapse the COO from the keyboard, then find one of its reports.
  await page.getByRole('link', { name: 'Skip to the chart', exact: true }).focus();
  await page.keyboard.press('Enter');
  for (let i = 0; i < 6 && (await focusedBoxTitle(page)) !== 'PST Board'; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 8 && (await focusedBoxTitle(page)) !== 'Chief Operating Officer'; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedBoxTitle(page)).toBe('Chief Operating Officer');
  const cooReports = await page.evaluate(() => {
    const doc = JSON.parse((window as unknown as { __structura: { documentText: () => string } }).__structura.documentText());
    const chart = doc.charts[0];
    const titles = new Map(chart.nodes.map((n: { id: string; title?: string }) => [n.id, n.title]));
    const coo = chart.nodes.find((n: { title?: string }) => n.title === 'Chief Operating Officer').id;
    return chart.lines.filter((l: { kind: string; from: string }) => l.kind === 'management' && l.from === coo).map((l: { to: string }) => titles.get(l.to));
  });
  expect(cooReports.length).toBeGreaterThan(0);
  await page.keyboard.press('-');
  await expect(box(page, cooReports[0])).toHaveCount(0);

  await page.keyboard.press('Control+f');
  const find = page.getByRole('combobox', { name: 'Find' });
  await expect(find).toBeFocused();
  await find.fill(cooReports[0]);
  await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toHaveText(cooReports[0]);
  await page.keyboard.press('Enter');
  await expect(box(page, cooReports[0])).toBeVisible();
  await expect(inspector(page).getByLabel('Title')).toHaveValue(cooReports[0]);
  await page.keyboard.press('Escape');
  await expect(find).toHaveCount(0);

  // Announcements: a post added under the selection, undo.
  await page.keyboard.press('n');
  await expect(announcer(page)).toHaveText(`Post added: New post, reporting to ${cooReports[0]}`);
  await expect(inspector(page).getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Head of Inclusion');
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'Skip to the chart', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(announcer(page)).toHaveText('Undone: Post added: New post, reporting to ' + cooReports[0]);
  await page.keyboard.press('Control+Shift+z');
  await expect(announcer(page)).toHaveText('Redone: Post added: New post, reporting to ' + cooReports[0]);
});
