// The app's export path and the CLI's give the same files: SVG and PNG byte
// for byte, PDF too once its creation date is fixed. The app's side is the
// export worker's own function (runExportJob) with its real asset loader,
// whose fetches are answered from the repository as Vite would serve them; the
// CLI's side is the esbuild bundle, built into a folder outside the checkout
// (so it cannot lean on node_modules), run as users run it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCli } from '../../../build/build-cli.mjs';
import { runExportJob } from '../../../renderer/export/exportWorker';
import { DEFAULT_EXPORT } from '../../../shared/export/chartPages';
import type { ExportFormat } from '../../../shared/export/pipeline';
import { serializeDocument } from '../../../shared/model/load';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { defined } from '../../support/defined';

const root = join(__dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'structura-same-'));
let launcher = '';

beforeAll(async () => {
  launcher = await buildCli(join(scratch, 'cli'));
  // The browser fetches Vite asset URLs ("/shared/fonts/…", "/node_modules/…"): serve them from the checkout.
  vi.stubGlobal('fetch', async (url: string) => new Response(await readFile(join(root, decodeURIComponent(new URL(url, 'http://app/').pathname)))));
}, 120_000);
afterAll(() => {
  vi.unstubAllGlobals();
  rmSync(scratch, { recursive: true, force: true });
});

const CREATED = '2026-01-31T09:00:00.000Z';
const doc = herefordshireSample();
/** The sample with the Council Chief Executive's holder named, so redaction has a name to leave out. */
const named = {
  ...doc,
  charts: doc.charts.map((c) =>
    c.id !== 'annex-5'
      ? c
      : {
          ...c,
          nodes: c.nodes.map((n) => (n.id === 'council-ceo' && n.kind === 'post' ? { ...n, holder: { kind: 'named' as const, names: ['Ada Example'] } } : n)),
        },
  ),
};

function cliFiles(args: string[], name: string, source = doc): Map<string, Uint8Array> {
  const dir = mkdtempSync(join(scratch, 'out-'));
  const file = join(dir, 'plan.structura');
  writeFileSync(file, serializeDocument(source));
  const run = spawnSync(process.execPath, [launcher, 'export', file, ...args, '-o', join(dir, name)], { encoding: 'utf8' });
  expect(run.stderr.replace(/^warning: .*\n/gm, '')).toBe('');
  expect(run.status).toBe(0);
  return new Map(
    readdirSync(dir)
      .filter((f) => f !== 'plan.structura')
      .map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))]),
  );
}

async function appFiles(
  format: ExportFormat,
  target: Parameters<typeof runExportJob>[0]['target'],
  extra = {},
  source = doc,
): Promise<Map<string, Uint8Array>> {
  const result = await runExportJob({ doc: source, target, format, options: { ...DEFAULT_EXPORT, creationDate: new Date(CREATED), ...extra } });
  return new Map(result.files.map((f) => [f.suffix, f.bytes]));
}

/** The CLI's files keyed by the pipeline's suffix ('' or -pN), for comparing with the app's. */
function bySuffix(files: Map<string, Uint8Array>, base: string): Map<string, Uint8Array> {
  return new Map([...files].map(([name, bytes]) => [name.slice(base.length).replace(/\.[a-z]+$/, ''), bytes]));
}

describe('the app and the CLI write the same files', () => {
  it.each([
    ['svg', ['--chart', '1', '--format', 'svg']],
    ['png', ['--chart', '1', '--format', 'png', '--dpi', '96']],
    ['pdf', ['--chart', '1', '--format', 'pdf', '--created', CREATED]],
  ] as const)(
    '%s of a chart split over pages',
    async (format, args) => {
      const app = await appFiles(format, { kind: 'chart', chartId: 'annex-1' }, { dpi: 96 });
      const cli = bySuffix(cliFiles([...args], `annex1.${format}`), 'annex1');
      if (format !== 'pdf') expect([...app.keys()]).toEqual(['-p1', '-p2']);
      expect([...cli.keys()].sort()).toEqual([...app.keys()].sort());
      for (const [suffix, bytes] of app)
        expect(Buffer.from(defined(cli.get(suffix), 'cli.get(suffix)')).equals(Buffer.from(bytes)), `${format}${suffix}`).toBe(true);
    },
    120_000,
  );

  it('PDF of the board pack with its comparison; another creation date gives other bytes, so the date is what was fixed', async () => {
    const app = await appFiles('pdf', { kind: 'pack', comparison: { fromChartId: 'annex-5', toChartId: 'annex-1' } });
    const cli = cliFiles(['--pack', '--compare', '5:1', '--format', 'pdf', '--created', CREATED], 'pack.pdf');
    expect(Buffer.from(defined(cli.get('pack.pdf'), "cli.get('pack.pdf')")).equals(Buffer.from(defined(app.get(''), "app.get('')")))).toBe(true);
    const unfixed = await runExportJob({
      doc,
      target: { kind: 'pack', comparison: { fromChartId: 'annex-5', toChartId: 'annex-1' } },
      format: 'pdf',
      options: { ...DEFAULT_EXPORT, creationDate: new Date('2030-06-01T00:00:00Z') },
    });
    expect(Buffer.from(defined(unfixed.files[0], 'unfixed.files[0]').bytes).equals(Buffer.from(defined(app.get(''), "app.get('')")))).toBe(false);
  }, 120_000);

  it.each([
    ['pdf', false, ['--format', 'pdf', '--created', CREATED]],
    ['pdf', true, ['--format', 'pdf', '--created', CREATED, '--redact']],
    ['posts-csv', false, ['--format', 'csv']],
    ['posts-csv', true, ['--format', 'csv', '--redact']],
  ] as const)(
    'the consultation pack as %s (redacted: %s), as the export dialog writes it',
    async (format, redact, args) => {
      const app = await appFiles(format, { kind: 'consultation', pair: { fromChartId: 'annex-5', toChartId: 'annex-1' }, redact }, {}, named);
      const name = `consultation.${format === 'pdf' ? 'pdf' : 'csv'}`;
      const cli = cliFiles(['--consultation', '5:1', ...args], name, named);
      expect([...app.keys()]).toEqual(['']);
      expect(Buffer.from(defined(cli.get(name), 'cli.get(name)')).equals(Buffer.from(defined(app.get(''), "app.get('')")))).toBe(true);
      // The redaction is in the bytes: the holder's name is there only when not redacted.
      if (format === 'posts-csv') {
        const text = new TextDecoder().decode(defined(app.get(''), "app.get('')"));
        expect(text.includes('Ada Example')).toBe(!redact);
        expect(text.includes('Withheld')).toBe(redact);
      }
    },
    120_000,
  );
});
