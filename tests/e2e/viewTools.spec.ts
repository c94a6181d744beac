// The view tools of #16 as users reach them in Chromium: copy the chart to the
// clipboard as PNG and SVG (read back from the real clipboard), show a chosen
// number of levels, and highlight or filter by organisation from the legend.
import { expect, test, type Page } from '@playwright/test';
import { postLevels } from '../../shared/layout/levels';
import type { StructuraDocument } from '../../shared/model/types';
import { defined, present } from '../support/defined';

const box = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });
const drawnIds = (page: Page) =>
  page.locator('.react-flow__node').evaluateAll((els) =>
    els
      .map((e) => {
        const id = e.getAttribute('data-id');
        if (id === null) throw new Error('expected every drawn box to carry data-id');
        return id;
      })
      .sort(),
  );
const documentNow = (page: Page) =>
  page.evaluate(() => JSON.parse((window as unknown as { __structura: { documentText(): string } }).__structura.documentText())) as Promise<StructuraDocument>;
const activeChart = async (page: Page) => {
  const doc = await documentNow(page);
  const id = await page.evaluate(() => (window as unknown as { __structura: { activeChartId(): string } }).__structura.activeChartId());
  return defined(
    doc.charts.find((c) => c.id === id),
    'doc.charts.find((c) => c.id === id)',
  );
};

async function paneMenu(page: Page, item: string) {
  const pane = page.locator('.react-flow__pane');
  const r = present(await pane.boundingBox(), 'pane.boundingBox()');
  await page.mouse.click(r.x + r.width - 30, r.y + 60, { button: 'right' });
  await page.getByRole('menuitem', { name: item }).click();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(box(page, 'Chief Executive')).toBeVisible();
});

test.describe('copy as image', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('PNG and SVG of the chart reach the system clipboard, the PNG as big as the SVG page at 150 dpi', async ({ page }) => {
    const chart = await activeChart(page);
    await paneMenu(page, 'Copy Chart as SVG Image');
    await expect(page.locator('.notice')).toContainText('Copied');
    const svg = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) throw new Error('expected an item on the clipboard');
      const type = item.types.includes('image/svg+xml') ? 'image/svg+xml' : 'text/plain';
      return { type, text: await (await item.getType(type)).text() };
    });
    // Chromium sanitises SVG read back from the clipboard: its XML declaration comes back as a comment.
    expect(svg.text).toMatch(/^\s*(<\?xml[^>]*>|<!--\?xml[^>]*-->)?\s*<svg[\s>]/);
    // The chart's own titles, as drawn in the export: its annex and its boxes.
    expect(svg.text).toContain(`Annex ${chart.annex}`);
    expect(svg.text).toContain('Chief Executive');
    const widthPt = Number(present(/<svg[^>]*\swidth="([\d.]+)(?:pt)?"/.exec(svg.text), '/<svg[^>]*\\swidth="([\\d.]+)(?:pt)?"/.exec(svg.text)')[1]);
    const heightPt = Number(present(/<svg[^>]*\sheight="([\d.]+)(?:pt)?"/.exec(svg.text), '/<svg[^>]*\\sheight="([\\d.]+)(?:pt)?"/.exec(svg.text)')[1]);

    await paneMenu(page, 'Copy Chart as PNG Image');
    await expect(page.locator('.notice')).toContainText('as a PNG image');
    const png = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) throw new Error('expected an item on the clipboard');
      const bytes = new Uint8Array(await (await item.getType('image/png')).arrayBuffer());
      const view = new DataView(bytes.buffer);
      return { types: item.types, signature: Array.from(bytes.slice(1, 4)), width: view.getUint32(16), height: view.getUint32(20) };
    });
    expect(png.types).toContain('image/png');
    expect(String.fromCharCode(...png.signature)).toBe('PNG');
    expect(png.width).toBe(Math.round((widthPt * 150) / 72));
    expect(png.height).toBe(Math.round((heightPt * 150) / 72));
    await expect(page.locator('.notice')).toContainText(`${png.width} × ${png.height} pixels`);
  });
});

test('a clipboard the browser refuses is said in words', async ({ page, context }) => {
  await context.clearPermissions();
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: {
        write: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
        writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')),
      },
    });
  });
  await paneMenu(page, 'Copy Chart as PNG Image');
  await expect(page.locator('.notice')).toContainText('Not copied: the browser refused access to the clipboard');
});

test('Show levels draws exactly the posts down to that level; search still opens a collapsed subtree; undo puts it back', async ({ page }) => {
  const chart = await activeChart(page);
  const before = await drawnIds(page);
  const { levels } = postLevels(chart);
  const bodies = chart.nodes.filter((n) => n.kind === 'body').map((n) => n.id);
  for (const depth of [1, 2, 3]) {
    await page.getByRole('button', { name: depth === 1 ? 'Show 1 level' : `Show ${depth} levels`, exact: true }).click();
    const expected = [...levels].filter(([, l]) => l <= depth).map(([id]) => id);
    await expect.poll(async () => (await drawnIds(page)).filter((id) => !bodies.includes(id))).toEqual(expected.sort());
  }
  await page.getByRole('button', { name: 'Show 2 levels', exact: true }).click();
  await expect(page.getByTestId('announcer')).toContainText(/Show 2 levels/);
  // A post at level 3 is hidden now; search finds it and opens its manager.
  const deep = defined(
    chart.nodes.find((n) => n.kind === 'post' && levels.get(n.id) === 3),
    "chart.nodes.find((n) => n.kind === 'post' && levels.get(n.id) === 3)",
  );
  const title = deep.kind === 'post' ? deep.title : '';
  await expect(box(page, title)).toHaveCount(0);
  await page.keyboard.press('Control+f');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await expect(box(page, title)).toBeVisible();
  await page.getByRole('button', { name: 'Show all levels', exact: true }).click();
  await expect.poll(() => drawnIds(page)).toEqual(before);
});

test('highlight and filter by organisation from the legend, with the keyboard, and one click back', async ({ page }) => {
  const chart = await activeChart(page);
  const doc = await documentNow(page);
  const tag = defined(
    doc.tags.find((t) => chart.nodes.some((n) => n.tagId === t.id && n.kind === 'post')),
    'doc.tags.find((t) => chart.nodes.some((n) => n.tagId === t.id && n....',
  );
  const own = chart.nodes.filter((n) => n.tagId === tag.id).map((n) => n.id);
  const legendButton = page.getByRole('region', { name: 'Legend' }).getByRole('button', { name: new RegExp(`^${tag.label}\\b`) });
  await legendButton.focus();
  await page.keyboard.press('Enter');
  await expect(legendButton).toHaveAttribute('aria-pressed', 'true');
  const bar = page.getByRole('region', { name: 'Organisation view' });
  await expect(bar).toContainText(`Highlighting ${tag.label}`);
  await expect(page.getByTestId('announcer')).toContainText(`Highlighting ${tag.label}`);
  const dimmed = await page.locator('.react-flow__node.org-dimmed').evaluateAll((els) =>
    els
      .map((e) => {
        const id = e.getAttribute('data-id');
        if (id === null) throw new Error('expected every drawn box to carry data-id');
        return id;
      })
      .sort(),
  );
  expect(dimmed).toEqual(
    chart.nodes
      .filter((n) => !own.includes(n.id))
      .map((n) => n.id)
      .sort(),
  );

  // Filter: only its posts, with the managers above them kept (greyed).
  await bar.getByRole('button', { name: 'Hide the others' }).click();
  await expect(page.getByTestId('announcer')).toContainText(`Showing only ${tag.label}`);
  const managerOf = new Map(chart.lines.filter((l) => l.kind === 'management').map((l) => [l.to, l.from]));
  const chain = new Set<string>();
  for (const id of own) for (let up = managerOf.get(id); up && !chain.has(up); up = managerOf.get(up)) if (!own.includes(up)) chain.add(up);
  await expect.poll(() => drawnIds(page)).toEqual([...own, ...chain].sort());
  const greyed = await page.locator('.react-flow__node.org-chain').evaluateAll((els) =>
    els
      .map((e) => {
        const id = e.getAttribute('data-id');
        if (id === null) throw new Error('expected every drawn box to carry data-id');
        return id;
      })
      .sort(),
  );
  expect(greyed).toEqual([...chain].sort());
  await page.screenshot({ path: 'test-results/e2e/org-filter.png' });

  await bar.getByRole('button', { name: 'Show all organisations' }).click();
  await expect(bar).toHaveCount(0);
  await expect(page.locator('.react-flow__node.org-dimmed')).toHaveCount(0);
  await expect(page.getByTestId('announcer')).toContainText('Showing all organisations');
});
