// The editor's canvas on a large chart hands React Flow only the boxes near
// the view (renderer/canvas/culling.ts). As a user acts: zoomed out, every box
// is drawn; a search result far off-screen is selected and centred; after
// panning to a manager that was off-screen, a box dropped onto it moves there.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { autoLayoutChart } from '../../shared/layout/layout';
import { serializeDocument } from '../../shared/model/load';
import { generateDocument } from '../bench/generate';
import { defined, present } from '../support/defined';

const POSTS = 1_500;

async function openGenerated(page: Page) {
  const doc = generateDocument(POSTS);
  const laidOut = { ...doc, charts: doc.charts.map((c) => autoLayoutChart(doc, c)) };
  const file = join(mkdtempSync(join(tmpdir(), 'structura-cull-e2e-')), 'large.structura');
  writeFileSync(file, serializeDocument(laidOut));
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('tab', { name: `Generated ${POSTS}`, exact: true }).waitFor();
  await page.locator('.canvas .react-flow__node').first().waitFor();
  return laidOut;
}

const drawn = (page: Page) => page.locator('.canvas .react-flow__node');
const selectedIds = (page: Page) =>
  page.evaluate(() => (window as unknown as { __structura: { selection(): { nodes: string[] } } }).__structura.selection().nodes);

test('culled: few boxes drawn at the opening view; zoomed out, every box in the pane is drawn', async ({ page }) => {
  const doc = await openGenerated(page);
  expect(await drawn(page).count()).toBeLessThan(POSTS / 4);
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  // Out to React Flow's smallest zoom. Each click animates for 150 ms from the
  // zoom of the moment; clicking again before the level has moved (on a busy
  // machine) would zoom out by less than a step, so wait for each step to land.
  const zoomLevel = page.getByLabel('Zoom level');
  for (let i = 0; i < 40 && (await zoomLevel.textContent()) !== '5%'; i++) {
    const before = await zoomLevel.textContent();
    await zoomOut.click();
    await expect(zoomLevel).not.toHaveText(before ?? '');
  }
  await expect(zoomLevel).toHaveText('5%');
  // Every box whose top-left corner is in the pane at this viewport is drawn.
  await expect(async () => {
    const transform = await page.locator('.canvas .react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform));
    const pane = present(await page.locator('.canvas .react-flow').boundingBox(), "page.locator('.canvas .react-flow').boundingBox()");
    const expected = defined(doc.charts[0], 'doc.charts[0]')
      .nodes.filter((n) => {
        const x = n.position.x * transform.a + transform.e;
        const y = n.position.y * transform.d + transform.f;
        return x >= 0 && y >= 0 && x <= pane.width && y <= pane.height;
      })
      .map((n) => n.id);
    const ids = new Set(await drawn(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))));
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.filter((id) => !ids.has(id))).toEqual([]);
  }).toPass({ timeout: 20_000 });
});

test('culled: a search result far off-screen is selected, drawn and centred', async ({ page }) => {
  await openGenerated(page);
  const far = `p${POSTS - 7}`;
  await expect(page.locator(`.canvas .react-flow__node[data-id="${far}"]`)).toHaveCount(0);
  await page.locator('.canvas .react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  await page.getByRole('combobox', { name: 'Find' }).fill(far);
  await page
    .getByRole('option')
    .filter({ hasText: `id: ${far}` })
    .first()
    .click();
  await expect.poll(() => selectedIds(page)).toEqual([far]);
  const node = page.locator(`.canvas .react-flow__node[data-id="${far}"]`);
  await expect(node).toHaveClass(/selected/);
  await expect(async () => {
    const pane = present(await page.locator('.canvas .react-flow').boundingBox(), "page.locator('.canvas .react-flow').boundingBox()");
    const box = present(await node.boundingBox(), 'node.boundingBox()');
    expect(Math.abs(box.x + box.width / 2 - (pane.x + pane.width / 2))).toBeLessThan(40);
    expect(Math.abs(box.y + box.height / 2 - (pane.y + pane.height / 2))).toBeLessThan(40);
  }).toPass({ timeout: 10_000 });
});

test('culled: after panning to a manager that was off-screen, a box dropped onto it reports to it', async ({ page }) => {
  const doc = await openGenerated(page);
  const chart = defined(doc.charts[0], 'the generated chart');
  // A manager in the third row off the right of the pane.
  const ys = [...new Set(chart.nodes.map((n) => n.position.y))].sort((a, b) => a - b);
  const managers = new Set(chart.lines.map((l) => l.from));
  const opening = await page.locator('.canvas .react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform));
  const paneAtStart = present(await page.locator('.canvas .react-flow').boundingBox(), "page.locator('.canvas .react-flow').boundingBox()");
  const targetPost = defined(
    chart.nodes
      .filter(
        (n) => Math.abs(n.position.y - defined(ys[2], 'ys[2]')) < 1 && managers.has(n.id) && n.position.x * opening.a + opening.e > paneAtStart.width * 1.5,
      )
      .sort((a, b) => a.position.x - b.position.x)[0],
    'a manager off-screen to the right in the third row',
  );
  const target = targetPost;
  const targetEl = page.locator(`.canvas .react-flow__node[data-id="${target.id}"]`);
  // Off-screen at the start (it may be drawn: a line reaching into the view brings its two ends).
  expect(target.position.x * opening.a + opening.e).toBeGreaterThan(paneAtStart.width);
  // Pan by dragging the pane, as a user scrolls, until the target is well inside the pane.
  const pane = present(await page.locator('.canvas .react-flow').boundingBox(), "page.locator('.canvas .react-flow').boundingBox()");
  const inPane = (b: { x: number; y: number; width: number; height: number } | null) =>
    !!b && b.x > pane.x + 40 && b.y > pane.y + 60 && b.x + b.width < pane.x + pane.width - 40 && b.y + b.height < pane.y + pane.height - 120;
  for (let i = 0; i < 20 && !inPane(await targetEl.boundingBox().catch(() => null)); i++) {
    const box = (await targetEl.count()) ? await targetEl.boundingBox() : null;
    const dx = box ? Math.max(-500, Math.min(500, pane.x + pane.width / 2 - (box.x + box.width / 2))) : -500;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height - 150);
    await page.mouse.down();
    await page.mouse.move(pane.x + pane.width / 2 + dx, pane.y + pane.height - 150, { steps: 3 });
    await page.mouse.up();
  }
  const t = present(await targetEl.boundingBox(), 'targetEl.boundingBox()');
  expect(inPane(t)).toBe(true);
  // A post with no reports drawn in the pane now (it cannot be above the target), not the target's own report.
  const reportsOf = new Map(chart.lines.map((l) => [l.to, l.from]));
  const ids = await drawn(page).evaluateAll((els) =>
    els.map((e) => {
      const id = e.getAttribute('data-id');
      if (id === null) throw new Error('expected every drawn box to carry data-id');
      return id;
    }),
  );
  let dragged: { id: string; box: { x: number; y: number; width: number; height: number } } | undefined;
  for (const id of ids) {
    if (managers.has(id) || id === target.id || reportsOf.get(id) === target.id) continue;
    const box = await page.locator(`.canvas .react-flow__node[data-id="${id}"]`).boundingBox();
    if (box && inPane(box) && Math.abs(box.y - t.y) > 20) {
      dragged = { id, box };
      break;
    }
  }
  const { id: draggedId, box: d } = defined(dragged, 'a post with no reports drawn in the pane, level with the target');
  await page.mouse.move(d.x + d.width / 2, d.y + 12);
  await page.mouse.down();
  await page.mouse.move(d.x + d.width / 2 + 20, d.y + 20, { steps: 3 });
  await page.mouse.move(t.x + t.width / 2, t.y + 12, { steps: 10 });
  await page.mouse.up();
  await expect
    .poll(async () => {
      const saved = JSON.parse(await page.evaluate(() => (window as unknown as { __structura: { documentText(): string } }).__structura.documentText()));
      const lines = saved.charts[0].lines as { kind: string; from: string; to: string }[];
      return lines.find((l) => l.kind === 'management' && l.to === draggedId)?.from;
    })
    .toBe(target.id);
  // Drawn where the new layout puts it: under the target.
  const moved = present(
    await page.locator(`.canvas .react-flow__node[data-id="${draggedId}"]`).boundingBox(),
    '(await page.locator(`.canvas .react-flow__node[data-id="${dragged....',
  );
  expect(moved.y).toBeGreaterThan(t.y + t.height - 1);
});
