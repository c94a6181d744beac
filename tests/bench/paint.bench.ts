// Time to first paint in Chromium: open a document with a 650-post chart (the
// largest published organogram) and a 10,000-post chart in the built web app,
// and time until the canvas shows its boxes. Needs `npx vite build` first and
// Debian's Chromium; says so and skips otherwise.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { autoLayoutChart } from '../../shared/layout/layout';
import { serializeDocument } from '../../shared/model/load';
import { generateDocument } from './generate';

export default async function () {
  if (!existsSync('/usr/bin/chromium') || !existsSync('dist/renderer/index.html')) {
    console.log('skipped: needs /usr/bin/chromium and a built renderer (npx vite build)');
    return;
  }
  const server = await preview({ preview: { port: 4391, host: '127.0.0.1', strictPort: true }, logLevel: 'silent' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const dir = mkdtempSync(join(tmpdir(), 'structura-paint-'));
    for (const posts of [650, 10_000]) {
      const doc = generateDocument(posts);
      const laidOut = { ...doc, charts: doc.charts.map((c) => autoLayoutChart(doc, c)) };
      const file = join(dir, `chart-${posts}.structura`);
      writeFileSync(file, serializeDocument(laidOut));
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto('http://127.0.0.1:4391/');
      await page.getByRole('group', { name: 'Chief Executive' }).waitFor();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Open…' }).click();
      const started = Date.now();
      await (await chooser).setFiles(file);
      await page.getByRole('tab', { name: `Generated ${posts}` }).waitFor();
      await page.locator('.react-flow__node').first().waitFor();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const firstPaint = Date.now() - started;
      const drawn = await page.locator('.react-flow__node').count();
      console.log(`${posts.toLocaleString('en-GB')}-post chart: first paint ${firstPaint} ms after opening the file (${drawn} boxes drawn in view)`);
      await page.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
