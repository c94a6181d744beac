// The compare view at scale and in every mode: a change far off-screen, found
// from the list, is centred and marked on both sides while only what is in view
// is drawn; 5 → 1 opens readable in every mode (screenshots in test-results).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { autoLayoutChart } from '../../shared/layout/layout';
import { serializeDocument } from '../../shared/model/load';
import { changedChart, generateDocument } from '../bench/generate';
import { defined, present } from '../support/defined';

const before = (page: Page) => page.getByRole('region', { name: /^Before \(A\)/ });
const after = (page: Page) => page.getByRole('region', { name: /^After \(B\)/ });

async function centre(locator: Locator) {
  const box = present(await locator.boundingBox(), 'locator.boundingBox()');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function zoomOf(region: Locator): Promise<number> {
  const transform = await region.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  return Number(present(/matrix\(([^,]+)/.exec(transform), '/matrix\\(([^,]+)/.exec(transform)')[1]);
}

test('a change far off-screen, clicked in the list, is centred and marked on both sides of a 1,000-post comparison', async ({ page }) => {
  const posts = 1_000;
  const doc = generateDocument(posts);
  const laidOut = { ...doc, charts: [defined(doc.charts[0]), changedChart(defined(doc.charts[0]))].map((c) => autoLayoutChart(doc, c)) };
  const file = join(mkdtempSync(join(tmpdir(), 'structura-compare-e2e-')), 'compare.structura');
  writeFileSync(file, serializeDocument(laidOut));
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('tab', { name: `Generated ${posts}`, exact: true }).waitFor();
  await page.getByRole('button', { name: 'Compare structures' }).click();
  await expect(before(page).locator('.react-flow__node').first()).toBeVisible();

  // Culling is on: far fewer boxes are in the page than the two charts hold.
  expect(await page.locator('.compare .react-flow__node').count()).toBeLessThan(posts / 4);
  const changes = page.getByRole('list', { name: 'Changes' });
  const showAll = page.getByRole('button', { name: /^Show all [\d,]+ changes$/ });
  if (await showAll.count()) await showAll.click();
  // The last change listed: a post moved under the top post, deep in the chart.
  const last = changes.getByRole('button', { name: /^Reporting line moved/ }).last();
  await last.click();
  for (const side of [before(page), after(page)]) {
    const node = side.locator('.react-flow__node.selected');
    await expect(node).toHaveCount(1);
    await expect(node.getByLabel(/^Changes: .*moved/)).toBeVisible();
    const frame = await centre(side);
    const box = await centre(node);
    expect(Math.abs(box.x - frame.x)).toBeLessThan(40);
    expect(Math.abs(box.y - frame.y)).toBeLessThan(40);
    expect(await zoomOf(side)).toBeGreaterThanOrEqual(0.75);
  }
  // Both sides show the same post.
  const title = (side: Locator) => side.locator('.react-flow__node.selected').getAttribute('aria-label');
  expect(await title(before(page))).toBe(await title(after(page)));
});

test('compare 5 → 1 opens readable in every mode, marks and removed posts in view', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Compare structures' }).click();
  const views = [
    ['Side by side', 'side'],
    ['Before', 'before'],
    ['After', 'after'],
    ['Changes only', 'changes'],
    ['Overlay', 'overlay'],
  ] as const;
  for (const [label, name] of views) {
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: label, exact: true }).click();
    const regions = page.locator('.compare-canvas');
    await expect(regions.first().locator('.react-flow__node').first()).toBeVisible();
    await page.waitForTimeout(150);
    await page.screenshot({ path: `test-results/compare-5-to-1-${name}.png` });
    for (const region of await regions.all()) {
      expect(await zoomOf(region), `${label}: zoom`).toBeGreaterThanOrEqual(0.75);
      // Nothing marked is cut off on the left or above (the old overlay lost its left edge).
      const pane = present(await region.boundingBox(), 'region.boundingBox()');
      const first = region.locator('.react-flow__node:has(.box-marks)').first();
      const box = present(await first.boundingBox(), 'first.boundingBox()');
      expect(box.x, `${label}: first marked box in view`).toBeGreaterThanOrEqual(pane.x - 1);
      expect(box.y).toBeGreaterThanOrEqual(pane.y - 1);
    }
  }
  // Overlay: the two removed chief executives drawn among B's posts, not in a row below the chart.
  const overlay = after(page);
  const ghosts = overlay.locator('.react-flow__node.ghost');
  await expect(ghosts.filter({ hasText: 'Council Chief Executive' })).toBeVisible();
  const ghost = present(
    await ghosts.filter({ hasText: 'Council Chief Executive' }).boundingBox(),
    "(await ghosts.filter({ hasText: 'Council Chief Executive' }).boundi...",
  );
  await page.getByRole('list', { name: 'Changes' }).getByRole('button', { name: 'Post added Chief Executive (ref ceo)', exact: true }).click();
  const chief = present(
    await overlay.getByRole('group', { name: 'Chief Executive', exact: true }).boundingBox(),
    "(await overlay.getByRole('group', { name: 'Chief Executive', exact:...",
  );
  const ghostNow = present(
    await ghosts.filter({ hasText: 'Council Chief Executive' }).boundingBox(),
    "(await ghosts.filter({ hasText: 'Council Chief Executive' }).boundi...",
  );
  expect(Math.abs(ghostNow.y - chief.y)).toBeLessThan(2);
  expect(ghost.width).toBeGreaterThan(0);
});
