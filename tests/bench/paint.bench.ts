// The editor in Chromium, on the production build: time to first paint after
// opening a document with a 650-post chart (the largest published organogram)
// and a 10,000-post chart; then, at 10,000 posts, selecting a post until the
// inspector shows it, and dropping a post onto another until the re-laid-out
// chart is painted. Each of those three times, on a fresh page, as ranges.
// Needs `npx vite build` first and Debian's Chromium; says so and skips otherwise.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { preview } from 'vite';
import { autoLayoutChart } from '../../shared/layout/layout';
import { serializeDocument } from '../../shared/model/load';
import type { Chart, StructuraDocument } from '../../shared/model/types';
import { benchPort, generateDocument, median } from './generate';
import { defined } from '../support/defined';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = benchPort(0);
/** A select or drop not seen done by then is reported as not taken (NaN), not waited for. */
const GIVE_UP_MS = 20_000;
function range(values: number[]): string {
  const taken = values.filter((v) => !Number.isNaN(v));
  const missed = values.length - taken.length;
  if (taken.length === 0) return 'not seen done in any run';
  return `${Math.min(...taken).toFixed(0)}–${Math.max(...taken).toFixed(0)} ms (median ${median(taken).toFixed(0)})${missed ? `, ${missed} not seen done` : ''}`;
}

async function openFile(browser: Browser, file: string, title: string): Promise<{ page: Page; firstPaint: number }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // The functions handed to page.evaluate are compiled by tsx, which names them through a helper the page lacks.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('group', { name: 'Chief Executive' }).waitFor();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  const started = Date.now();
  await (await chooser).setFiles(file);
  await page.getByRole('tab', { name: title }).waitFor();
  await page.locator('.react-flow__node').first().waitFor();
  await afterNextPaint(page);
  return { page, firstPaint: Date.now() - started };
}

const afterNextPaint = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

interface DrawnBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes drawn wholly inside the canvas pane, top row first. */
async function boxesInView(page: Page): Promise<DrawnBox[]> {
  return page.evaluate(() => {
    const flow = document.querySelector('.react-flow');
    if (!flow) throw new Error('expected the canvas (.react-flow) to be drawn');
    const pane = flow.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
      .map((el) => {
        const r = el.getBoundingClientRect();
        const id = el.dataset.id;
        if (id === undefined) throw new Error('expected every drawn box to carry data-id');
        return { id, x: r.x, y: r.y, width: r.width, height: r.height };
      })
      .filter((b) => b.x >= pane.x + 10 && b.y >= pane.y + 10 && b.x + b.width <= pane.right - 10 && b.y + b.height <= pane.bottom - 10)
      .sort((a, b) => a.y - b.y || a.x - b.x);
  });
}

/** Clicks a box; time from the press until the inspector's form for it is painted. */
async function selectLatency(page: Page, box: DrawnBox, title: string): Promise<number> {
  const done = page.evaluate(
    ({ label, GIVE_UP_MS }) =>
      new Promise<number>((resolve) => {
        let start = 0;
        const check = () => {
          if (document.querySelector(`form[aria-label="${CSS.escape(label)}"]`))
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
          else if (performance.now() - start > GIVE_UP_MS) resolve(NaN);
          else requestAnimationFrame(check);
        };
        addEventListener(
          'pointerdown',
          () => {
            start = performance.now();
            requestAnimationFrame(check);
          },
          { capture: true, once: true },
        );
      }),
    { label: `Post: ${title}`, GIVE_UP_MS },
  );
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return done;
}

/**
 * Drags `dragged` onto `target`; time from the release until the edit is in the
 * document (the undo depth grew) and the frame after it is painted. The box's
 * drawn position is not compared with a layout computed here: the editor's
 * display layout (collapsed branches, compact rows, culling) may place it
 * elsewhere, which made every drop read "not seen done". Whether the manager
 * really changed is checked afterwards from the saved document text.
 */
async function dropLatency(page: Page, dragged: DrawnBox, target: DrawnBox): Promise<number> {
  const done = page.evaluate(
    ({ GIVE_UP_MS }) =>
      new Promise<number>((resolve) => {
        const hook = (window as unknown as { __structura: { undoDepth(): number } }).__structura;
        const before = hook.undoDepth();
        let start = 0;
        const check = () => {
          if (hook.undoDepth() > before) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
          else if (performance.now() - start > GIVE_UP_MS) resolve(NaN);
          else requestAnimationFrame(check);
        };
        addEventListener(
          'pointerup',
          () => {
            start = performance.now();
            requestAnimationFrame(check);
          },
          { capture: true, once: true },
        );
      }),
    { GIVE_UP_MS },
  );
  await page.mouse.move(dragged.x + dragged.width / 2, dragged.y + 12);
  await page.mouse.down();
  await page.mouse.move(dragged.x + dragged.width / 2 - 20, dragged.y + 20, { steps: 3 });
  await page.mouse.move(target.x + target.width / 2, target.y + 12, { steps: 6 });
  await page.mouse.up();
  return done;
}

/** The post's line manager in the document as it would be saved (read after timing, never during it). */
async function managerOf(page: Page, id: string): Promise<string | undefined> {
  const text = await page.evaluate(() => (window as unknown as { __structura: { documentText(): string } }).__structura.documentText());
  const saved = JSON.parse(text) as StructuraDocument;
  return saved.charts.flatMap((c) => c.lines).find((l) => l.kind === 'management' && l.to === id)?.from;
}

function subtreeOf(chart: Chart, id: string): Set<string> {
  const reports = new Map<string, string[]>();
  for (const l of chart.lines) if (l.kind === 'management') reports.set(l.from, [...(reports.get(l.from) ?? []), l.to]);
  const seen = new Set([id]);
  const queue = [id];
  for (let k = 0; k < queue.length; k++)
    for (const r of reports.get(defined(queue[k])) ?? [])
      if (!seen.has(r)) {
        seen.add(r);
        queue.push(r);
      }
  return seen;
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
    const dir = mkdtempSync(join(tmpdir(), 'structura-paint-'));
    const docs = new Map<number, { file: string; doc: StructuraDocument }>();
    for (const posts of [650, 10_000]) {
      const doc = generateDocument(posts);
      const laidOut = { ...doc, charts: doc.charts.map((c) => autoLayoutChart(doc, c)) };
      const file = join(dir, `chart-${posts}.structura`);
      writeFileSync(file, serializeDocument(laidOut));
      docs.set(posts, { file, doc: laidOut });
      const { page, firstPaint } = await openFile(browser, file, `Generated ${posts}`);
      const drawn = await page.locator('.react-flow__node').count();
      console.log(`${posts.toLocaleString('en-GB')}-post chart: first paint ${firstPaint} ms after opening the file (${drawn} boxes drawn in view)`);
      await page.close();
    }

    const { file, doc } = defined(docs.get(10_000), 'docs.get(10_000)');
    const chart = defined(doc.charts[0]);
    const titles = new Map(chart.nodes.map((n) => [n.id, n.kind === 'post' ? n.title : n.name]));
    const selects: number[] = [];
    const drops: number[] = [];
    let inspectorNodes = 0;
    for (let run = 0; run < RUNS; run++) {
      const { page } = await openFile(browser, file, 'Generated 10000');
      const inView = await boxesInView(page);
      // Select a different post each run, then drop another post of the second row onto a neighbour.
      const picked = defined(inView[Math.min(inView.length - 1, 1 + run)]);
      selects.push(await selectLatency(page, picked, defined(titles.get(picked.id), 'titles.get(picked.id)')));
      inspectorNodes = await page.evaluate(() => {
        const inspector = document.querySelector('.inspector');
        if (!inspector) throw new Error('expected the inspector to be open after selecting a post');
        return inspector.querySelectorAll('*').length;
      });
      await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
      // Below the top box, onto a box in view outside its own subtree (a neighbour in its row when there is one).
      const dragged = defined(inView[1 + (run % (inView.length - 1))]);
      const subtree = subtreeOf(chart, dragged.id);
      const candidates = inView.filter((b) => b !== inView[0] && !subtree.has(b.id));
      const target = candidates.find((b) => Math.abs(b.y - dragged.y) < 2) ?? candidates[0] ?? defined(inView[0]);
      const latency = await dropLatency(page, dragged, target);
      const manager = Number.isNaN(latency) ? undefined : await managerOf(page, dragged.id);
      if (manager !== undefined && manager !== target.id)
        console.log(`  run ${run + 1}: the drop made an edit but the post does not report to the target; not counted`);
      drops.push(manager === target.id ? latency : NaN);
      await page.close();
    }
    console.log(
      `10,000-post chart, select a post until the inspector is painted: ${range(selects)} over ${RUNS} runs (target < 50 ms); inspector ${inspectorNodes} elements`,
    );
    console.log(`10,000-post chart, drop a post onto another until the re-laid-out chart is painted: ${range(drops)} over ${RUNS} runs (target < 100 ms)`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
