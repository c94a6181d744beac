// Two published organogram snapshots of one body, each imported into its own
// file as a user would (`structura import organogram`), then compared with
// `structura compare a.structura b.structura` and no --from/--to.
//
// The expected counts are the output of
//   python3 tests/support/organogram_counts.py A_BASE B_BASE
// which reads the same CSV files with Python's csv module and none of
// Structura's code (its docstring states the counting rules).
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareCharts } from '../../../shared/compare/compare';
import { changeRows, comparisonToCsv, comparisonToText, describeChange } from '../../../shared/compare/report';
import { importOrganogram } from '../../../shared/io/organogram';
import { makeChart, makeDocument, makeLine, makePost } from '../../../shared/model/factory';
import type { StructuraDocument } from '../../../shared/model/types';
import { runCli } from '../../support/cliHarness';
import { defined } from '../../support/defined';

const dir = join(__dirname, '../../fixtures/organograms');

const PAIRS = [
  {
    a: 'audit_commission-2011-03-31',
    b: 'audit_commission-2011-09-30',
    // python3 tests/support/organogram_counts.py audit_commission-2011-03-31 audit_commission-2011-09-30
    expected: {
      from: { posts: 25, seniorFte: 24.95, juniorFte: 1342.56, costKnown: 24, organisations: ['Audit Commission'] },
      to: { posts: 21, seniorFte: 20.8, juniorFte: 1117.36, costKnown: 21, organisations: ['Audit Commission'] },
      added: 0,
      removed: 4,
      moved: 3,
      retitled: 4,
      retagged: 0,
    },
  },
  {
    a: 'department_for_international_development-2013-03-31',
    b: 'department_for_international_development-2013-09-30',
    // python3 tests/support/organogram_counts.py department_for_international_development-2013-03-31 department_for_international_development-2013-09-30
    expected: {
      from: { posts: 75, seniorFte: 74.92, juniorFte: 1464.5, costKnown: 75, organisations: ['Department for International Development'] },
      to: { posts: 89, seniorFte: 88.0, juniorFte: 1815.0, costKnown: 89, organisations: ['Department for International Development'] },
      added: 40,
      removed: 26,
      moved: 39,
      retitled: 47,
      retagged: 0,
    },
  },
];

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'structura-snapshots-'));
});

async function importSnapshot(base: string): Promise<string> {
  const out = join(work, `${base}.structura`);
  const run = await runCli(['import', 'organogram', '--senior', join(dir, `${base}-senior.csv`), '--junior', join(dir, `${base}-junior.csv`), '-o', out]);
  expect(run.code).toBe(0);
  return out;
}

describe('comparing two snapshots imported into separate files', () => {
  for (const { a, b, expected } of PAIRS) {
    it(`${a} → ${b}: counts as the csv module counts them, one organisation, no retagging`, async () => {
      const [fileA, fileB] = [await importSnapshot(a), await importSnapshot(b)];
      const run = await runCli(['compare', fileA, fileB, '--format', 'json']);
      expect(run.stderr).toBe('');
      const json = JSON.parse(run.stdout);
      for (const side of ['from', 'to'] as const) {
        expect(json[side]).toMatchObject({ posts: expected[side].posts, costKnown: expected[side].costKnown });
        expect(json[side].seniorFte).toBeCloseTo(expected[side].seniorFte, 6);
        expect(json[side].juniorFte).toBeCloseTo(expected[side].juniorFte, 6);
        // One row per organisation, in both snapshots under the same tag.
        expect(Object.keys(json[side].byTag)).toHaveLength(expected[side].organisations.length);
      }
      expect(Object.keys(json.from.byTag)).toEqual(Object.keys(json.to.byTag));
      expect(json.added).toHaveLength(expected.added);
      expect(json.removed).toHaveLength(expected.removed);
      expect(json.reportingLineChanged).toHaveLength(expected.moved);
      expect(json.retitled).toHaveLength(expected.retitled);
      expect(json.retagged).toHaveLength(expected.retagged);
      expect(json.tagsMatchedByName).toEqual([]);
    });

    it(`${a} → ${b}: every line of the text report names its post by title and reference`, async () => {
      const [fileA, fileB] = [await importSnapshot(a), await importSnapshot(b)];
      const text = (await runCli(['compare', fileA, fileB])).stdout;
      const changes = text.slice(text.indexOf(' changes: '));
      const counts = changes.split('\n')[0];
      expect(counts).toContain(`post removed ${expected.removed}`);
      expect(counts).toContain(`reporting line moved ${expected.moved}`);
      const lines = changes.split('\n').filter((l) => l.startsWith('    '));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/\(ref [^)]+\)/);
      expect(text).not.toMatch(/ {2}→|→ {2}|→ *$/m);
      expect(text).toContain('senior FTE');
      expect(text).toMatch(/cost known for \d+ of \d+ posts/);
    });
  }

  it('names the old manager by its old title and reference, the new by its new', () => {
    const A = makeChart({
      id: 'a',
      title: 'A',
      nodes: [
        makePost({ id: 'ceo1', title: 'Chief Executive Officer' }),
        makePost({ id: 'dir', title: 'Director of Evidence', holder: { kind: 'named', names: ['Jo Bloggs'] } }),
      ],
      lines: [makeLine({ id: 'l', kind: 'management', from: 'ceo1', to: 'dir' })],
    });
    const B = makeChart({
      id: 'b',
      title: 'B',
      nodes: [
        makePost({ id: 'ceo1', title: 'Permanent Secretary' }),
        makePost({ id: 'ceo2', title: 'Chief Executive Officer' }),
        makePost({ id: 'dir', title: 'Director of Evidence', holder: { kind: 'undisclosed' } }),
      ],
      lines: [makeLine({ id: 'l', kind: 'management', from: 'ceo2', to: 'dir' })],
    });
    const rows = changeRows(compareCharts(A, B));
    const moved = defined(
      rows.find((r) => r.change === 'Reporting line moved'),
      "rows.find((r) => r.change === 'Reporting line moved')",
    );
    expect(describeChange(moved)).toBe(
      'Director of Evidence (ref dir, Not disclosed): line manager Chief Executive Officer (ref ceo1) → Chief Executive Officer (ref ceo2)',
    );
    // A holder that was never recorded shows as "(blank)", not as nothing.
    const C = makeChart({ ...A, nodes: [defined(A.nodes[0]), makePost({ id: 'dir', title: 'Director of Evidence' })] });
    const holder = defined(
      changeRows(compareCharts(C, B)).find((r) => r.change === 'Holder changed'),
      "changeRows(compareCharts(C, B)).find((r) => r.change === 'Holder ch...",
    );
    expect(describeChange(holder)).toBe('Director of Evidence (ref dir): holder (blank) → Not disclosed');
    const csv = Papa.parse<string[]>(comparisonToCsv(compareCharts(C, B)).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(csv[0]).toEqual(['Change', 'Unit', 'Post id', 'Post title', 'Holder', 'Field', 'Before', 'After']);
    expect(csv).toContainEqual(['Holder changed', '', 'dir', 'Director of Evidence', 'Not disclosed', 'holder', '(blank)', 'Not disclosed']);
    expect(csv).toContainEqual([
      'Reporting line moved',
      '',
      'dir',
      'Director of Evidence',
      'Not disclosed',
      'line manager',
      'Chief Executive Officer (ref ceo1)',
      'Chief Executive Officer (ref ceo2)',
    ]);
  });

  it('groups changes by kind, then by unit, with the counts per kind first', () => {
    const post = (id: string, unit: string) => makePost({ id, title: `Head of ${id}`, unit });
    const A = makeChart({ id: 'a', title: 'A', nodes: [post('x', 'Finance'), post('y', 'Audit')] });
    const B = makeChart({ id: 'b', title: 'B', nodes: [post('z', 'Finance'), post('w', 'Audit'), post('v', '')] });
    const text = comparisonToText(compareCharts(A, B));
    expect(text).toContain('5 changes: post added 3, post removed 2.');
    const list = text.slice(text.indexOf('Post added (3)')).split('\n');
    expect(list.slice(0, 7)).toEqual([
      'Post added (3)',
      '  Audit',
      '    Head of w (ref w)',
      '  Finance',
      '    Head of z (ref z)',
      '  (no unit)',
      '    Head of v (ref v)',
    ]);
    expect(list).toContain('Post removed (2)');
  });
});

describe('organisation tags across files', () => {
  const senior = (org: string, ref = '1') =>
    `Post Unique Reference,Name,Job Title,Organisation,Reports to Senior Post,FTE\n${ref},Ann,Chief Executive,${org},XX,1\n2,Bob,Director,${org},${ref},1\n`;

  it('two files imported apart give one organisation the same tag id', () => {
    const one = importOrganogram({ senior: { name: 'a.csv', text: senior('Audit Commission') } });
    const two = importOrganogram({ senior: { name: 'b.csv', text: senior('Audit Commission') } });
    expect(defined(one.newTags[0]).id).toBe(defined(two.newTags[0]).id);
    const c = compareCharts(one.chart, two.chart, two.newTags, { fromTags: one.newTags });
    expect(c.retagged).toEqual([]);
    expect(Object.keys(c.from.byTag)).toEqual(Object.keys(c.to.byTag));
  });

  it('charts imported one after the other into one open document share the tag', () => {
    const one = importOrganogram({ senior: { name: 'a.csv', text: senior('Audit Commission') } });
    const two = importOrganogram({ senior: { name: 'b.csv', text: senior('AUDIT  COMMISSION') }, existingTags: one.newTags });
    expect(two.newTags).toEqual([]);
    expect(two.chart.nodes.every((n) => n.tagId === defined(one.newTags[0]).id)).toBe(true);
    expect(compareCharts(one.chart, two.chart, one.newTags).retagged).toEqual([]);
  });

  it('older files whose tags have made-up ids are matched by name, and the report says so', async () => {
    const one = importOrganogram({ senior: { name: 'a.csv', text: senior('Audit Commission') } });
    const two = importOrganogram({ senior: { name: 'b.csv', text: senior('Audit Commission') } });
    // As files imported before tag ids came from names: a random id in each.
    const old = (r: typeof one, id: string): StructuraDocument =>
      makeDocument({ tags: [{ ...defined(r.newTags[0]), id }], charts: [{ ...r.chart, nodes: r.chart.nodes.map((n) => ({ ...n, tagId: id })) }] });
    const fileA = join(work, 'old-a.structura');
    const fileB = join(work, 'old-b.structura');
    await writeFile(fileA, JSON.stringify(old(one, 'tag-0a1b2c3d4e5f')));
    await writeFile(fileB, JSON.stringify(old(two, 'tag-998877665544')));
    const json = JSON.parse((await runCli(['compare', fileA, fileB, '--format', 'json'])).stdout);
    expect(json.retagged).toEqual([]);
    expect(Object.keys(json.from.byTag)).toEqual(['tag-998877665544']);
    expect(json.tagsMatchedByName).toEqual([{ from: 'tag-0a1b2c3d4e5f', to: 'tag-998877665544', by: 'name', text: 'Audit Commission' }]);
    const text = (await runCli(['compare', fileA, fileB])).stdout;
    expect(text).toContain('Organisation matched by name: A\'s tag "tag-0a1b2c3d4e5f" and B\'s tag "tag-998877665544" are both "Audit Commission"');
  });

  it('a baseline and an option file made from it keep their tags, a real move of organisation still shows', () => {
    const base = importOrganogram({ senior: { name: 'a.csv', text: senior('Herefordshire Council') } });
    const other = importOrganogram({
      senior: { name: 'b.csv', text: senior('Herefordshire PCT').replace(/^(2,.*),Herefordshire PCT,/m, '$1,Herefordshire Council,') },
      existingTags: base.newTags,
    });
    const tags = [...base.newTags, ...other.newTags];
    const c = compareCharts(base.chart, other.chart, tags, { fromTags: base.newTags });
    expect(c.retagged).toEqual([{ id: '1', from: 'org-herefordshire-council', to: 'org-herefordshire-pct' }]);
  });

  it('random pairs of tag lists: matching never pairs two tags with different names and ids, nor one tag twice', async () => {
    const fc = (await import('fast-check')).default;
    const { matchTags } = await import('../../../shared/compare/compare');
    const arbTag = fc.record({
      id: fc.constantFrom('t1', 't2', 't3', 't4'),
      name: fc.constantFrom('Council', 'PCT', 'Joint', 'council'),
      label: fc.constantFrom('C', 'P', 'J'),
      colour: fc.constant('#005eb8'),
    });
    const arbTags = fc.uniqueArray(arbTag, { selector: (t) => t.id, maxLength: 4 });
    fc.assert(
      fc.property(arbTags, arbTags, (a, b) => {
        const { map, byName } = matchTags(a, b);
        const targets = [...map.values()];
        expect(new Set(targets).size).toBe(targets.length);
        for (const [from, to] of map) {
          const x = defined(
            a.find((t) => t.id === from),
            'a.find((t) => t.id === from)',
          );
          const y = defined(
            b.find((t) => t.id === to),
            'b.find((t) => t.id === to)',
          );
          expect(b.some((t) => t.id === from)).toBe(false);
          expect(x.name.toLowerCase() === y.name.toLowerCase() || x.label.toLowerCase() === y.label.toLowerCase()).toBe(true);
        }
        expect(byName).toHaveLength(map.size);
      }),
      { seed: 13, numRuns: 300 },
    );
  });
});

describe('structura compare on the command line', () => {
  it('names the charts to choose from when a file holds more than one', async () => {
    const one = importOrganogram({ senior: { name: 'a.csv', text: 'Post Unique Reference,Job Title,Reports to Senior Post\n1,Chief,XX\n' } });
    const file = join(work, 'two-charts.structura');
    await writeFile(
      file,
      JSON.stringify(
        makeDocument({
          charts: [
            { ...one.chart, id: 'c1', title: 'March' },
            { ...one.chart, id: 'c2', title: 'September', annex: '2' },
          ],
        }),
      ),
    );
    const single = join(work, 'one-chart.structura');
    await writeFile(single, JSON.stringify(makeDocument({ charts: [{ ...one.chart, id: 'c1', title: 'March' }] })));
    const run = await runCli(['compare', file, single]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `structura compare: ${file} holds 2 structure charts: say which with --from CHART (id, annex number or title). Its charts: "March" (id c1), annex 2 "September" (id c2)\n`,
    );
    expect((await runCli(['compare', file, single, '--from', '2'])).code).toBe(0);
    const same = await runCli(['compare', file]);
    expect(same.stderr).toMatch(/name both with --from CHART --to CHART .*"March" \(id c1\), annex 2 "September" \(id c2\)/);
  });

  it('stops quietly when its output is piped into a reader that closes early, as `| head` does', async () => {
    // The executable users run: the bundle, built inside the checkout so it finds its packages.
    const { mkdirSync, mkdtempSync } = await import('node:fs');
    const { buildCli } = await import('../../../build/build-cli.mjs');
    mkdirSync(join(__dirname, '../../../.tmp'), { recursive: true });
    const launcher = await buildCli(mkdtempSync(join(__dirname, '../../../.tmp/cli-')));
    const child = spawn(process.execPath, [launcher, 'compare', 'sample', '--from', '5', '--to', '1', '--format', 'json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // The reader is gone before the command writes anything, as `head` is once it has its lines.
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('lists import csv in --help', async () => {
    const help = await runCli(['--help']);
    expect(help.stdout).toMatch(/^ {2}import csv FILE/m);
    expect(help.stdout).toMatch(/--from\/--to may be left out/);
  });
});
