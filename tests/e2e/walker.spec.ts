// The randomized UI walker: from the sample and from a generated 300-post
// document, a seeded sequence of what users do, checked after every step:
// no page error, React error or console error; the document still validates;
// every box drawn belongs to the document's active chart. At the end, undo
// everything and find the original document; redo it all, reload, and find
// autosave offering exactly the last state.
//
// CI seeds: WALKER_SEEDS (comma separated) replays chosen seeds; WALKER_LONG=1
// runs ten times as many. A failing run names its seed and the steps taken.
import { seeded } from '../support/seeded';
import { expect, test, type Page } from '@playwright/test';
import { generateDocument } from '../bench/generate';
import { parseDocument, serializeDocument } from '../../shared/model/load';

const CI_SEEDS = [1, 2];
const STEPS = 24;
const seeds = process.env.WALKER_SEEDS
  ? process.env.WALKER_SEEDS.split(',').map(Number)
  : process.env.WALKER_LONG
    ? Array.from({ length: CI_SEEDS.length * 10 }, (_, i) => i + 1)
    : CI_SEEDS;


type Hook = { documentText(): string; activeChartId(): string; undoDepth(): number; redoDepth(): number };
const documentText = (page: Page) => page.evaluate(() => (window as unknown as { __structura: Hook }).__structura.documentText());
const depth = (page: Page) => page.evaluate(() => (window as unknown as { __structura: Hook }).__structura.undoDepth());

const QUICK = { timeout: 3000 };

async function clickIfThere(page: Page, name: string) {
  const button = page.getByRole('button', { name, exact: true });
  if ((await button.count()) && (await button.first().isEnabled())) await button.first().click(QUICK);
}

async function pick<T>(random: () => number, items: T[]): Promise<T | undefined> {
  return items.length ? items[Math.floor(random() * items.length)] : undefined;
}

type Action = (page: Page, random: () => number) => Promise<void>;
const ACTIONS: Record<string, Action> = {
  'select a box': async (page, random) => {
    const nodes = await page.locator('.react-flow__node').all();
    const node = await pick(random, nodes);
    if (node && (await node.isVisible())) await node.click({ ...QUICK, position: { x: 12, y: 12 } }).catch(() => {});
  },
  'select a line': async (page, random) => {
    const edge = await pick(random, await page.locator('.react-flow__edge').all());
    if (edge) await edge.click({ ...QUICK, force: true }).catch(() => {});
  },
  'switch tab': async (page, random) => {
    const tab = await pick(random, await page.getByRole('tab').all());
    await tab?.click(QUICK);
  },
  'add post': (page) => clickIfThere(page, 'Add post'),
  delete: (page) => clickIfThere(page, 'Delete selection'),
  retitle: async (page, random) => {
    const title = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Title', { exact: true });
    if (!(await title.count())) return;
    await title.fill(`Walked post ${Math.floor(random() * 1000)}`);
    await title.press('Enter');
  },
  retag: async (page, random) => {
    const tag = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Organisation', { exact: true });
    if (!(await tag.count())) return;
    const values = await tag.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    await tag.selectOption((await pick(random, values)) ?? '');
  },
  'drop onto another manager': async (page, random) => {
    const nodes = (await page.locator('.react-flow__node-post').all()).slice(0, 60);
    const [a, b] = [await pick(random, nodes), await pick(random, nodes)];
    if (!a || !b || a === b) return;
    const [ra, rb] = [await a.boundingBox(), await b.boundingBox()];
    if (!ra || !rb) return;
    await page.mouse.move(ra.x + 14, ra.y + 14);
    await page.mouse.down();
    await page.mouse.move(rb.x + rb.width / 2, rb.y + rb.height / 2, { steps: 8 });
    await page.mouse.up();
  },
  undo: (page) => clickIfThere(page, 'Undo'),
  redo: (page) => clickIfThere(page, 'Redo'),
  compare: async (page, random) => {
    await clickIfThere(page, 'Compare structures');
    const modes = ['Side by side', 'Before', 'After', 'Changes only', 'Overlay'];
    await page.getByRole('button', { name: (await pick(random, modes))!, exact: true }).click(QUICK);
    await page.getByRole('button', { name: 'Back to editor' }).click(QUICK);
  },
  'export, then cancel': async (page) => {
    await clickIfThere(page, 'Export…');
    await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Export' })).toHaveCount(0);
  },
  'present, then Escape': async (page) => {
    await clickIfThere(page, 'Present');
    await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('toolbar', { name: 'Main toolbar' })).toBeVisible();
  },
  collapse: async (page, random) => {
    const button = await pick(random, await page.locator('.box-collapse').all());
    if (button && (await button.isVisible())) await button.click(QUICK).catch(() => {});
  },
  fit: (page) => clickIfThere(page, 'Fit to screen'),
  'auto-layout': (page) => clickIfThere(page, 'Auto-layout'),
  compact: (page) => clickIfThere(page, 'Compact layout'),
  'resize the window': async (page, random) => {
    const sizes = [{ width: 1280, height: 720 }, { width: 1440, height: 900 }, { width: 1024, height: 700 }, { width: 1920, height: 1080 }];
    await page.setViewportSize((await pick(random, sizes))!);
  },
};
const NAMES = Object.keys(ACTIONS);

async function check(page: Page, errors: string[], trail: string[]) {
  expect(errors, `errors after: ${trail.join(' → ')}`).toEqual([]);
  const text = await documentText(page);
  const parsed = parseDocument(text);
  expect(parsed.ok, `document no longer validates after: ${trail.join(' → ')}: ${parsed.ok ? '' : JSON.stringify(parsed.errors.slice(0, 3))}`).toBe(true);
  if (!parsed.ok) return;
  const active = await page.evaluate(() => (window as unknown as { __structura: Hook }).__structura.activeChartId());
  const chart = parsed.doc.charts.find((c) => c.id === active);
  const ids = new Set(chart?.nodes.map((n) => n.id));
  const drawn = await page.locator('.canvas .react-flow__node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id') ?? ''));
  const strangers = drawn.filter((id) => !ids.has(id));
  expect(strangers, `boxes not in the document after: ${trail.join(' → ')}`).toEqual([]);
}

for (const start of ['sample', 'generated 300 posts'] as const) {
  for (const seed of seeds) {
    test(`walker from the ${start}, seed ${seed} (replay: WALKER_SEEDS=${seed})`, async ({ page }) => {
      test.setTimeout(120_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
      page.on('dialog', (d) => void d.accept());
      await page.goto('/');
      await expect(page.getByRole('toolbar', { name: 'Main toolbar' })).toBeVisible();
      if (start !== 'sample') {
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Open…' }).click();
        await (await chooser).setFiles({ name: 'generated.structura', mimeType: 'application/json', buffer: Buffer.from(serializeDocument(generateDocument(300, seed))) });
        await expect(page.getByRole('tab', { name: /Generated 300/ })).toBeVisible();
      }
      const original = await documentText(page);
      const random = seeded(seed);
      const trail: string[] = [];
      for (let step = 0; step < STEPS; step++) {
        const name = NAMES[Math.floor(random() * NAMES.length)];
        trail.push(name);
        await test.step(`${step + 1}. ${name}`, () => ACTIONS[name](page, random));
        await check(page, errors, [`seed ${seed}`, ...trail]);
      }
      const last = await documentText(page);
      const stepsToLast = await depth(page);

      // Undo everything: the original document, exactly.
      while ((await depth(page)) > 0) await page.getByRole('button', { name: 'Undo' }).click(QUICK);
      expect(await documentText(page), `seed ${seed}: undoing everything did not give back the original`).toBe(original);
      // Redo back to where the walk ended (the walk's own undos may have left more to redo).
      for (let i = 0; i < stepsToLast; i++) await page.getByRole('button', { name: 'Redo' }).click(QUICK);
      expect(await documentText(page), `seed ${seed}: redoing everything did not give back the last state`).toBe(last);
      await check(page, errors, [`seed ${seed}`, ...trail, 'undo all', 'redo all']);

      // Autosave (2 s after the last edit) offers exactly the last state after a reload.
      if (last !== original) {
        await page.waitForTimeout(2600);
        await page.reload();
        const bar = page.getByRole('alert').filter({ hasText: 'can be restored' });
        await expect(bar).toBeVisible();
        await bar.getByRole('button', { name: 'Restore' }).click();
        // The same document (the restored copy may list an object's fields in another order).
        const parsedLast = parseDocument(last);
        await expect.poll(async () => { const r = parseDocument(await documentText(page)); return r.ok && parsedLast.ok ? JSON.stringify(r.doc) === JSON.stringify(parsedLast.doc) || expect(r.doc).toEqual(parsedLast.doc) === undefined : false; }).toBe(true);
      }
      expect(errors).toEqual([]);
    });
  }
}
