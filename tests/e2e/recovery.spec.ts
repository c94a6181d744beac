// Web recovery survives the browser being killed: Chromium is started with its
// own profile, an edit is made, the whole browser is SIGKILLed one second later,
// and a new browser on the same profile offers exactly the last state.
import { chromium, expect, test, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function startBrowser(profile: string): Promise<{ browser: Browser; process: ChildProcess }> {
  const child = spawn(
    '/usr/bin/chromium',
    ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-sync', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`chromium exited with ${code}: ${text}`)));
  });
  return { browser: await chromium.connectOverCDP(endpoint), process: child };
}

/** Kills the browser and all its processes at once, as a crash or a power cut of the app would. */
async function killBrowser(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGKILL');
  await exited;
}

test('killed one second after an edit, the browser offers exactly the last state on restart', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'structura-profile-'));
  try {
    const first = await startBrowser(profile);
    const page = await first.browser.contexts()[0].newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(baseURL!);
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
    const again = await second.browser.contexts()[0].newPage();
    await again.setViewportSize({ width: 1440, height: 900 });
    await again.goto(baseURL!);
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
