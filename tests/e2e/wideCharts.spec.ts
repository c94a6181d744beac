// Wide charts stay readable (#16): an imported 89-post organogram at Fit is
// shown at a legible zoom with its top post in view, not as one thin strip.
import { importDfidOrganogram } from './support/importOrganogram';
import { expect, test } from '@playwright/test';
import { present } from '../support/defined';

test('import the 89-post DFID organogram, press Fit: box titles at least 8 px and the top post in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const { report } = await importDfidOrganogram(page);
  await report.getByRole('button', { name: 'Add as new chart' }).click();
  await expect(page.getByRole('tab', { selected: true })).toContainText('department_for_international_development-2013-09-30');

  // Wide: it starts compact, and the toggle shows it (and can turn it off).
  await expect(page.getByRole('button', { name: 'Compact layout' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Fit to screen' }).click();
  await page.waitForTimeout(400); // Fit animates over 200 ms.
  const pane = present(await page.locator('.canvas .react-flow').boundingBox(), "page.locator('.canvas .react-flow').boundingBox()");
  // The on-screen size of a box title: its font size times the canvas zoom.
  const sizes = await page.locator('.react-flow__node .box-text-title').evaluateAll((els) =>
    els.slice(0, 20).map((el) => {
      const viewport = el.closest('.react-flow__viewport') as HTMLElement;
      const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
      return Number.parseFloat(getComputedStyle(el).fontSize) * zoom;
    }),
  );
  expect(sizes.length).toBeGreaterThan(0);
  for (const size of sizes) expect(size).toBeGreaterThanOrEqual(7.99);

  // The top post (the highest box) is inside the canvas.
  const boxes = await page
    .locator('.react-flow__node')
    .evaluateAll((els) =>
      els.map((el) => ({ name: el.getAttribute('aria-label') ?? '', ...(JSON.parse(JSON.stringify(el.getBoundingClientRect())) as DOMRect) })),
    );
  const top = boxes.reduce((a, b) => (b.y < a.y ? b : a));
  expect(top.x).toBeGreaterThanOrEqual(pane.x);
  expect(top.x + top.width).toBeLessThanOrEqual(pane.x + pane.width);
  expect(top.y).toBeGreaterThanOrEqual(pane.y);
  expect(top.y + top.height).toBeLessThanOrEqual(pane.y + pane.height);
  await page.screenshot({ path: 'test-results/wide-chart-fit.png' });
});
