// Web recovery survives the browser being killed: Chromium is started with its
// own profile, an edit is made, the whole browser is SIGKILLed one second later,
// and a new browser on the same profile offers exactly the last state.
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDocument } from '../bench/generate';
import { parseDocument, serializeDocument } from '../../shared/model/load';
import type { StructuraDocument } from '../../shared/model/types';
import { defined } from '../support/defined';

type Hook = { documentText(): string };
const documentText = (page: Page) => page.evaluate(() => (window as unknown as { __structura: Hook }).__structura.documentText());
/** The document a page holds, parsed (a restored copy may list an object's fields in another order). */
const documentOf = async (page: Page): Promise<StructuraDocument> => {
  const parsed = parseDocument(await documentText(page));
  if (!parsed.ok) throw new Error(`the page's document does not validate: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return parsed.doc;
};

/**
 * A document of about 10 MB as a real one gets big: 1,500 posts, each with notes of several thousand characters
 * (some not ASCII, so characters and bytes differ), in one structure chart.
 */
function tenMegabyteDocument(): string {
  const doc = generateDocument(1500, 7);
  const paragraph = 'Consultation response from the Joint Staff Partnership Forum – the post’s duties, £ budget and line management were reviewed. ';
  defined(doc.charts[0]).nodes = defined(doc.charts[0]).nodes.map((node, i) =>
    node.kind === 'post' ? { ...node, notes: `${i}: ${paragraph.repeat(52)}` } : node,
  );
  return serializeDocument(doc);
}

async function startBrowser(profile: string): Promise<{ browser: Browser; process: ChildProcess }> {
  const child = spawn(
    '/usr/bin/chromium',
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-sync',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    defined(child.stderr, 'child.stderr').on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (match) resolve(defined(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`chromium exited with ${code}: ${text}`)));
  });
  return { browser: await chromium.connectOverCDP(endpoint), process: child };
}

/** Kills the browser and all its processes at once, as a crash or a power cut of the app would. */
async function killBrowser(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-defined(child.pid, 'child.pid'), 'SIGKILL');
  await exited;
}

test('killed one second after an edit, the browser offers exactly the last state on restart', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'structura-profile-'));
  try {
    const first = await startBrowser(profile);
    const page = await defined(first.browser.contexts()[0]).newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(defined(baseURL, 'baseURL'));
    await page.getByRole('group', { name: 'Chief Operating Officer', exact: true }).click();
    const title = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Title');
    await title.fill('First edit');
    await title.press('Enter');
    await title.fill('Last edit before the crash');
    await title.press('Enter');
    await expect(page.getByRole('group', { name: 'Last edit before the crash', exact: true })).toBeVisible();
    await page.waitForTimeout(1000);
    await killBrowser(first.process);

    const second = await startBrowser(profile);
    const again = await defined(second.browser.contexts()[0]).newPage();
    await again.setViewportSize({ width: 1440, height: 900 });
    await again.goto(defined(baseURL, 'baseURL'));
    const offers = again.locator('.recovery-bar');
    await expect(offers).toHaveCount(1);
    await expect(offers).toContainText('Unsaved work on Herefordshire sample.structura from');
    await offers.getByRole('button', { name: 'Restore' }).click();
    await expect(again.getByRole('group', { name: 'Last edit before the crash', exact: true })).toBeVisible();
    await expect(again.getByLabel('unsaved changes')).toBeVisible();
    await second.browser.close().catch(() => undefined);
    await killBrowser(second.process).catch(() => undefined);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a 10 MB document: killed one second after an edit, the restarted browser offers exactly the edited document', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const text = tenMegabyteDocument();
  expect(Buffer.byteLength(text)).toBeGreaterThan(10 * 1024 * 1024);
  const profile = mkdtempSync(join(tmpdir(), 'structura-profile-'));
  try {
    const first = await startBrowser(profile);
    const page = await defined(first.browser.contexts()[0]).newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(defined(baseURL, 'baseURL'));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    await (await chooser).setFiles({ name: 'Ten megabytes.structura', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByLabel('Document', { exact: true })).toContainText('Ten megabytes.structura', { timeout: 60_000 });

    // Edit as a user does: select the top post, retitle it.
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    const top = page.locator('.canvas .react-flow__node[data-id="p0"]');
    await top.click({ position: { x: 12, y: 12 } });
    const title = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Title', { exact: true });
    await title.fill('Chief Executive, edited before the crash');
    await title.press('Enter');
    await expect(page.getByLabel('unsaved changes')).toBeVisible();
    const edited = await documentOf(page);
    expect(defined(edited.charts[0]).nodes.find((n) => n.id === 'p0')).toMatchObject({ title: 'Chief Executive, edited before the crash' });
    await page.waitForTimeout(1000);
    await killBrowser(first.process);

    const second = await startBrowser(profile);
    const again = await defined(second.browser.contexts()[0]).newPage();
    await again.setViewportSize({ width: 1440, height: 900 });
    await again.goto(defined(baseURL, 'baseURL'));
    const offers = again.locator('.recovery-bar');
    await expect(offers).toHaveCount(1, { timeout: 30_000 });
    await expect(offers).toContainText('Unsaved work on Ten megabytes.structura from');
    await expect(again.getByText(/could not be kept for recovery/)).toHaveCount(0);
    await offers.getByRole('button', { name: 'Restore' }).click();
    await expect(again.getByLabel('Document', { exact: true })).toContainText('Ten megabytes.structura', { timeout: 60_000 });
    expect(await documentOf(again)).toEqual(edited);
    await expect(again.getByLabel('unsaved changes')).toBeVisible();
    await second.browser.close().catch(() => undefined);
    await killBrowser(second.process).catch(() => undefined);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a snapshot left in localStorage by an earlier version is moved to IndexedDB and offered once, by its own document', async ({ page }) => {
  const LEGACY_KEY = 'structura.recovery.v1';
  await page.goto('/');
  await expect(page.getByRole('toolbar', { name: 'Main toolbar' })).toBeVisible();
  const sample = await documentText(page);
  const legacyDoc = JSON.parse(sample) as { title: string };
  legacyDoc.title = 'Board options, January';
  const legacyText = JSON.stringify(legacyDoc);
  const savedAt = Date.UTC(2025, 0, 31, 9, 30);
  // What the earlier web build wrote (renderer/host/webBridge.ts before IndexedDB): one key for every tab and document.
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key ?? '', value ?? ''),
    [LEGACY_KEY, JSON.stringify({ text: legacyText, name: 'Board options.structura', handle: null, savedAt })],
  );
  await page.reload();

  const offers = page.locator('.recovery-bar');
  await expect(offers).toHaveCount(1);
  await expect(offers).toContainText(`Unsaved work on Board options.structura from 31 January 2025`);
  // Moved, not copied: localStorage no longer has it.
  expect(await page.evaluate((key) => localStorage.getItem(key), LEGACY_KEY)).toBeNull();
  // Offered, never taken for the open document: the sample is still what is open, unchanged and saved.
  await expect(page.getByLabel('Document', { exact: true })).toContainText('Herefordshire sample');
  await expect(page.getByLabel('unsaved changes')).toHaveCount(0);
  expect(await documentText(page)).toBe(sample);

  // Offered once: a reload offers the same single snapshot, not a second copy.
  await page.reload();
  await expect(page.locator('.recovery-bar')).toHaveCount(1);

  // Restored, it is its own document, unsaved.
  await page.locator('.recovery-bar').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByLabel('Document', { exact: true })).toContainText('Board options.structura');
  await expect(page.getByLabel('unsaved changes')).toBeVisible();
  expect((await documentOf(page)).title).toBe('Board options, January');
  // Discarded after a reload, it is gone for good.
  await page.reload();
  await expect(page.locator('.recovery-bar')).toHaveCount(1);
  await page.locator('.recovery-bar').getByRole('button', { name: 'Discard' }).click();
  await page.reload();
  await expect(page.getByRole('toolbar', { name: 'Main toolbar' })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.locator('.recovery-bar')).toHaveCount(0);
});
