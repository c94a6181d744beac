// The command registry as users meet it in Chromium: a real mouse drag is one
// named undo step; "Move to…" changes a manager with the keyboard alone; the
// right-click menu offers what applies and follows the ARIA menu pattern; `?`
// lists every command with its shortcut.
import { expect, test, type Page } from '@playwright/test';
import { COMMANDS } from '../../shared/commands/catalog';
import { present } from '../support/defined';

const box = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const undoDepth = (page: Page) => page.evaluate(() => (window as unknown as { __structura: { undoDepth(): number } }).__structura.undoDepth());

test('a real drag through many positions is one undo step, named after the box, and one undo restores the start', async ({ page }) => {
  await page.goto('/');
  const finance = node(page, 'dir-finance');
  await expect(finance).toBeVisible();
  const start = present(await finance.boundingBox(), 'finance.boundingBox()');
  const before = await undoDepth(page);

  await page.mouse.move(start.x + start.width / 2, start.y + 12);
  await page.mouse.down();
  // Twenty intermediate positions, none over another box (down and left, into free canvas).
  for (let step = 1; step <= 20; step++) await page.mouse.move(start.x + start.width / 2 + step * 3, start.y + 12 + step * 9);
  await page.mouse.up();

  const moved = present(await finance.boundingBox(), 'finance.boundingBox()');
  expect(Math.round(moved.y - start.y)).toBeGreaterThan(100);
  expect(await undoDepth(page)).toBe(before + 1);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  // Dropped in free canvas it is a move; over a box, a move under that box: one named step either way.
  await expect(undo).toHaveAttribute('title', /^Undo Move Director of Finance( to under [^(]+)? \(/);

  await undo.click();
  await expect.poll(async () => present(await finance.boundingBox(), 'finance.boundingBox()').y).toBeCloseTo(start.y, 0);
  expect(present(await finance.boundingBox(), 'finance.boundingBox()').x).toBeCloseTo(start.x, 0);
  expect(await undoDepth(page)).toBe(before);
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toHaveAttribute('title', /^Redo Move Director of Finance( to under [^(]+)? \(/);
});

test('keyboard only: select a report of the COO, Move to…, type, Enter, the manager changes; undo puts it back', async ({ page }) => {
  await page.goto('/');
  await expect(box(page, 'Director of Regeneration')).toBeVisible();
  // The canvas is one Tab stop (#16): find the box with Ctrl+F, Enter selects it, Escape returns to it.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Director of Regeneration');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('dir-regeneration');
  const manager = inspector(page).getByRole('combobox', { name: 'Line manager (reports to)' });
  await expect(manager).toHaveValue('Chief Operating Officer');

  // The right-click menu from the keyboard, then its Move To… item.
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Actions for Director of Regeneration' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await menu.getByRole('menuitem').first().press('ArrowDown');
  for (let i = 0; i < 10 && !(await menu.getByRole('menuitem', { name: 'Move To…' }).evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Move To…' })).toBeFocused();
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Move Director of Regeneration to…' });
  const search = dialog.getByRole('combobox', { name: 'New line manager' });
  await expect(search).toBeFocused();
  await page.keyboard.type('director of finance');
  await expect(dialog.getByRole('option')).toHaveText([/^Director of Finance/]);
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(manager).toHaveValue('Director of Finance');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
    'title',
    /^Undo Move Director of Regeneration to under Director of Finance/,
  );
  // The focus is back on the box the command was for.
  await expect(node(page, 'dir-regeneration')).toBeFocused();
  await page.screenshot({ path: 'test-results/e2e/move-to-done.png' });

  await page.keyboard.press('Control+z');
  await page.keyboard.press('Enter');
  await expect(manager).toHaveValue('Chief Operating Officer');
});

test('Move to… lists neither the post nor its reports, so no loop can be chosen', async ({ page }) => {
  await page.goto('/');
  await box(page, 'Chief Operating Officer').click();
  await page.keyboard.press('m');
  const dialog = page.getByRole('dialog', { name: 'Move Chief Operating Officer to…' });
  await page.keyboard.type('director of regeneration');
  await expect(dialog.getByText('Nothing matches “director of regeneration”')).toBeVisible();
  await expect(dialog.getByText(/Posts reporting to Chief Operating Officer are not listed/)).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('Add line to… draws an accountability line by picking its other end', async ({ page }) => {
  await page.goto('/');
  // Lines counted in the document, not the DOM: the canvas may still be drawing its lines when the count is taken.
  const lineCount = () =>
    page.evaluate(() => {
      const hook = (window as unknown as { __structura: { documentText(): string; activeChartId(): string } }).__structura;
      const doc = JSON.parse(hook.documentText()) as { charts: { id: string; lines: unknown[] }[] };
      const chart = doc.charts.find((c) => c.id === hook.activeChartId());
      if (!chart) throw new Error('expected the active chart to be in the document');
      return chart.lines.length;
    });
  const before = await lineCount();
  await box(page, 'Director of Environment').click({ button: 'right' });
  await page.getByRole('menu').getByRole('menuitem', { name: 'Add Line To…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a line from Director of Environment' });
  await expect(dialog.getByLabel('Kind of line')).toBeFocused();
  await dialog.getByRole('combobox', { name: 'Line to' }).fill('director of public health');
  await dialog.getByRole('combobox', { name: 'Line to' }).press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect.poll(lineCount).toBe(before + 1);
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
    'title',
    /^Undo Add accountability \/ professional line from Director of Environment to Director of Public Health/,
  );
});

test('right-click menus offer what applies on a box, a line and the pane; Escape closes and gives the focus back', async ({ page }) => {
  await page.goto('/');
  await box(page, 'Director of Finance').click({ button: 'right' });
  const boxMenu = page.getByRole('menu', { name: 'Actions for Director of Finance' });
  await expect(boxMenu.getByRole('menuitem')).toHaveText([/^Add Post Under/, /^Move To…/, /^Add Line To…/, /^Cut/, /^Copy/, /^Delete/, /^Highlight/]);
  await page.screenshot({ path: 'test-results/e2e/context-menu-box.png' });
  await page.keyboard.press('End');
  await expect(boxMenu.getByRole('menuitem', { name: /^Highlight/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(boxMenu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(boxMenu).toHaveCount(0);

  // Copy from the menu: Paste now applies on the pane.
  await box(page, 'Director of Finance').click({ button: 'right' });
  await page.getByRole('menuitem', { name: /^Copy/ }).click();
  const pane = page.locator('.react-flow__pane');
  const paneBox = present(await pane.boundingBox(), 'pane.boundingBox()');
  await page.mouse.click(paneBox.x + paneBox.width - 60, paneBox.y + paneBox.height - 160, { button: 'right' });
  const paneMenu = page.getByRole('menu', { name: /^Actions for the chart/ });
  await expect(paneMenu.getByRole('menuitem')).toHaveText([
    /^Paste/,
    /^Select All/,
    /^Add Post/,
    /^Add Body/,
    /^Auto-layout/,
    /^Compact Layout/,
    /^Fit/,
    /^Copy Chart as PNG Image/,
    /^Copy Chart as SVG Image/,
  ]);
  await page.keyboard.press('Escape');

  const line = page.locator('.react-flow__edge').first();
  await line.click({ button: 'right', force: true });
  await expect(page.getByRole('menu', { name: 'Actions for the line' }).getByRole('menuitem')).toHaveText([/^Delete/]);
});

test('? opens the shortcut sheet listing every command with its shortcut, and Help has it too', async ({ page }) => {
  await page.goto('/');
  await expect(box(page, 'Chief Executive')).toBeVisible();
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  // Close is the desktop window's own: a browser tab has no Close command.
  for (const info of Object.values(COMMANDS).filter((c) => !c.host))
    await expect(sheet.getByRole('rowheader', { name: info.label, exact: true })).toHaveCount(1);
  await expect(sheet.getByRole('row', { name: /^Move To…/ })).toContainText('M');
  await expect(sheet.getByRole('row', { name: /^Save As…/ })).toContainText('Ctrl+Shift+S');
  await page.screenshot({ path: 'test-results/e2e/shortcut-sheet.png' });
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(sheet).toBeVisible();
});
