// The compare view in Chromium: open a document with two charts of 1,000 and of
// 10,000 posts a side (one post in ten changed), press Compare, and time until
// both sides show their boxes; then drag one side and time the frames while it
// pans (both sides follow). Three runs each; figures beside the targets of
// issue #12. Needs `npx vite build` first and Debian's Chromium; says so and
// skips otherwise.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { autoLayoutChart } from '../../shared/layout/layout';
import { serializeDocument } from '../../shared/model/load';
import { benchPort, changedChart, generateDocument } from './generate';
import { defined, present } from '../support/defined';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = benchPort(1);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const range = (values: number[], unit = 'ms') => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))} ${unit}`;

async function openFile(page: Page, file: string, posts: number) {
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('group', { name: 'Chief Executive' }).waitFor();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('tab', { name: `Generated ${posts}`, exact: true }).waitFor();
}

/** Frame intervals while the mouse drags the Before side across, as a user pans. */
async function panFrames(page: Page): Promise<number[]> {
  const pane = page.getByRole('region', { name: /^Before \(A\)/ }).locator('.react-flow__pane');
  const box = present(await pane.boundingBox(), 'pane.boundingBox()');
  // A string, so the bundler's helpers (tsx adds __name to named functions) stay out of the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(x - i * 6, y - i * 4);
  await page.mouse.up();
  return page.evaluate('window.__recording = false, window.__frames.slice(1)') as Promise<number[]>;
}

export default async function () {
  if (!existsSync('/usr/bin/chromium') || !existsSync('dist/renderer/index.html')) {
    console.log('skipped: needs /usr/bin/chromium and a built renderer (npx vite build)');
    return;
  }
  const server = await preview({ preview: { port: PORT, host: '127.0.0.1', strictPort: true }, logLevel: 'silent' });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const dir = mkdtempSync(join(tmpdir(), 'structura-compare-'));
    for (const posts of [1_000, 10_000]) {
      const doc = generateDocument(posts);
      const a = defined(doc.charts[0]);
      const b = changedChart(a);
      const laidOut = { ...doc, charts: [a, b].map((c) => autoLayoutChart(doc, c)) };
      const file = join(dir, `compare-${posts}.structura`);
      writeFileSync(file, serializeDocument(laidOut));
      const opens: number[] = [];
      const p95s: number[] = [];
      const lates: number[] = [];
      let drawn = 0;
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await openFile(page, file, posts);
        const started = Date.now();
        await page.getByRole('button', { name: 'Compare structures' }).click({ timeout: 120_000 });
        for (const side of [/^Before \(A\)/, /^After \(B\)/])
          await page.getByRole('region', { name: side }).locator('.react-flow__node').first().waitFor({ timeout: 120_000 });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        opens.push(Date.now() - started);
        drawn = await page.locator('.compare .react-flow__node').count();
        const frames = await panFrames(page);
        p95s.push(percentile(frames, 95));
        lates.push((100 * frames.filter((f) => f > 20).length) / Math.max(1, frames.length));
        await page.close();
      }
      const label = posts.toLocaleString('en-GB');
      const target = posts <= 1_000 ? '< 300 ms' : '< 1.5 s to first paint';
      console.log(`compare ${label} posts a side: open ${range(opens)} (target ${target}); ${drawn} boxes drawn in view`);
      console.log(`compare ${label} posts a side: pan frame p95 ${range(p95s)} (target < 20 ms); frames over 20 ms ${range(lates, '%')}`);
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
