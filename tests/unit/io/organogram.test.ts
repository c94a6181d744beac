// Import of the real published organograms. The expected counts were computed
// independently of the importer, with Python's csv module over the same files
// (posts = distinct Post Unique References not marked Eliminated; undisclosed =
// names "N/D", "ND" or "Not disclosed"; top posts = those reporting to XX, to
// themselves or to a reference not among them; junior FTE = sum of
// "Number of Posts in FTE" for rows whose senior post exists).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compareCharts } from '../../../shared/compare/compare';
import { CsvError } from '../../../shared/io/csvRead';
import { importOrganogram } from '../../../shared/io/organogram';
import { exportOrganogramCsv } from '../../../shared/io/organogramExport';
import { exportPostsCsv } from '../../../shared/io/postsCsv';
import { makeDocument } from '../../../shared/model/factory';
import { parseDocument, serializeDocument } from '../../../shared/model/load';
import { defined } from '../../support/defined';

const dir = join(__dirname, '../../fixtures/organograms');
const file = (name: string) => ({ name, text: readFileSync(join(dir, name), 'utf8') });
const load = (base: string, suffix = '') => importOrganogram({ senior: file(`${base}-senior${suffix}.csv`), junior: file(`${base}-junior${suffix}.csv`) });

const EXPECTED = [
  { base: 'audit_commission-2011-03-31', suffix: '', posts: 25, vacant: 0, undisclosed: 12, eliminated: 0, tops: 1, teams: 166, juniorFte: 1342.56 },
  { base: 'audit_commission-2011-09-30', suffix: '', posts: 21, vacant: 0, undisclosed: 9, eliminated: 2, tops: 1, teams: 114, juniorFte: 1117.36 },
  {
    base: 'department_for_international_development-2013-03-31',
    suffix: '',
    posts: 75,
    vacant: 0,
    undisclosed: 6,
    eliminated: 0,
    tops: 2,
    teams: 303,
    juniorFte: 1464.5,
  },
  {
    base: 'department_for_international_development-2013-09-30',
    suffix: '',
    posts: 89,
    vacant: 0,
    undisclosed: 0,
    eliminated: 0,
    tops: 4,
    teams: 371,
    juniorFte: 1815,
  },
  { base: 'hse-2013-09-30', suffix: '-as-published', posts: 40, vacant: 2, undisclosed: 27, eliminated: 5, tops: 2, teams: 561, juniorFte: 3086.23 },
];

describe('organogram import of published files', () => {
  for (const e of EXPECTED) {
    it(`${e.base}${e.suffix}: ${e.posts} posts, ${e.tops} top posts, ${e.juniorFte} junior FTE`, () => {
      const { chart, report } = load(e.base, e.suffix);
      const posts = chart.nodes.filter((n) => n.kind === 'post');
      expect(posts).toHaveLength(e.posts);
      expect(posts.filter((p) => p.kind === 'post' && p.holder.kind === 'vacant')).toHaveLength(e.vacant);
      expect(posts.filter((p) => p.kind === 'post' && p.holder.kind === 'undisclosed')).toHaveLength(e.undisclosed);
      expect(report).toMatchObject({ postsCreated: e.posts, eliminatedSkipped: e.eliminated, topPosts: e.tops, teamsAggregated: e.teams });
      expect(report.juniorFte).toBeCloseTo(e.juniorFte, 6);
      const managed = new Set(chart.lines.filter((l) => l.kind === 'management').map((l) => l.to));
      expect(posts.filter((p) => !managed.has(p.id))).toHaveLength(e.tops);
      // Every eliminated row is in the report: nothing dropped silently.
      expect(report.issues.filter((i) => /Eliminated/.test(i.message))).toHaveLength(e.eliminated);
      // The result is a valid document.
      const { newTags } = load(e.base, e.suffix);
      const parsed = parseDocument(
        serializeDocument(makeDocument({ charts: [{ ...chart, nodes: chart.nodes.map((n) => ({ ...n, tagId: newTags[0]?.id ?? null })) }], tags: newTags })),
      );
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    });
  }

  it('merges repeated rows of the same holder and reports them with file and row', () => {
    const { report } = load('department_for_international_development-2013-03-31');
    expect(report.duplicateRowsSkipped).toBe(2);
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        file: 'department_for_international_development-2013-03-31-senior.csv',
        row: 71,
        column: 'Post Unique Reference',
        value: 'B72',
      }),
    );
  });

  it('reads the messy as-published files: index column, blank-named column, "Grade" header, multi-line quoted fields', () => {
    const { chart } = load('hse-2013-09-30', '-as-published');
    const director = chart.nodes.find((n) => n.id === 'CCIDDIRB201');
    expect(director).toMatchObject({ title: 'Director of Cross Cutting Interventions', grade: 'SCS2', holder: { kind: 'named', names: ['Willis, Jane'] } });
  });
});

describe('round trip', () => {
  for (const e of EXPECTED) {
    it(`${e.base}${e.suffix}: import → export → import gives the same posts, fields, lines and junior teams`, () => {
      const first = load(e.base, e.suffix);
      const doc = makeDocument({ tags: first.newTags, charts: [first.chart] });
      const { senior, junior } = exportOrganogramCsv(doc, first.chart.id);
      const second = importOrganogram({ senior: { name: 's.csv', text: senior }, junior: { name: 'j.csv', text: junior }, existingTags: first.newTags });
      const strip = (c: typeof first.chart) => c.nodes.map(({ position: _p, ...rest }) => rest).sort((a, b) => a.id.localeCompare(b.id));
      expect(strip(second.chart)).toEqual(strip(first.chart));
      expect(second.chart.lines.map((l) => `${l.from}>${l.to}`).sort()).toEqual(first.chart.lines.map((l) => `${l.from}>${l.to}`).sort());
      expect(second.newTags).toEqual([]);
      // The export is clean: re-reading it adjusts nothing.
      expect(second.report.issues.filter((i) => !/no holder name/.test(i.message))).toEqual([]);
      expect(second.report.juniorFte).toBeCloseTo(first.report.juniorFte, 6);
    });
  }

  it('writes a flat posts CSV with formula injection guarded', () => {
    const first = load('audit_commission-2011-03-31');
    const chart = { ...first.chart, nodes: first.chart.nodes.map((n, i) => (i === 0 && n.kind === 'post' ? { ...n, title: '=HYPERLINK("http://x")' } : n)) };
    const csv = exportPostsCsv(makeDocument({ tags: first.newTags, charts: [chart] }), chart.id);
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(26);
    expect(defined(rows[1])[1]).toBe('\'=HYPERLINK("http://x")');
  });
});

describe('comparing real snapshots', () => {
  const setCompare = (a: string, b: string) => {
    const refs = (name: string) => {
      const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, ''), {
        header: true,
        skipEmptyLines: true,
      }).data;
      const kept = rows.filter((r) => !/eliminated/i.test(r.Name ?? ''));
      const manager = new Map<string, string>();
      for (const r of kept)
        if (!manager.has(defined(r['Post Unique Reference']))) manager.set(defined(r['Post Unique Reference']), defined(r['Reports to Senior Post']));
      return manager;
    };
    const ra = refs(a);
    const rb = refs(b);
    const added = [...rb.keys()].filter((k) => !ra.has(k)).sort();
    const removed = [...ra.keys()].filter((k) => !rb.has(k)).sort();
    const norm = (m: Map<string, string>, k: string) => (m.get(k) === 'XX' || !m.has(defined(m.get(k), 'm.get(k)')) ? null : m.get(k));
    const moved = [...ra.keys()].filter((k) => rb.has(k) && norm(ra, k) !== norm(rb, k)).sort();
    return { added, removed, moved };
  };

  for (const [body, a, b] of [
    ['Audit Commission', 'audit_commission-2011-03-31', 'audit_commission-2011-09-30'],
    ['DFID', 'department_for_international_development-2013-03-31', 'department_for_international_development-2013-09-30'],
  ] as const) {
    it(`${body}: added, removed and moved posts match a plain set comparison of references`, () => {
      const expected = setCompare(`${a}-senior.csv`, `${b}-senior.csv`);
      const c = compareCharts(load(a).chart, load(b).chart);
      expect(c.added).toEqual(expected.added);
      expect(c.removed).toEqual(expected.removed);
      expect(c.reportingLineChanged.map((x) => x.id)).toEqual(expected.moved);
      expect(expected.added.length + expected.removed.length).toBeGreaterThan(0);
    });
  }
});

describe('malformed input', () => {
  const senior =
    (text: string, name = 'bad.csv') =>
    () =>
      importOrganogram({ senior: { name, text } });
  const good = file('audit_commission-2011-03-31-senior.csv').text;

  it('a file cut inside a quoted field imports the rows before it and names the cut row', () => {
    const cut = good.slice(0, good.indexOf('"33732"') + 3);
    const cutRow = good.slice(0, good.indexOf('"33732"')).split('\n').length; // file line the cut row starts on
    const rowsBefore = cutRow - 2;
    const { report } = importOrganogram({ senior: { name: 'cut.csv', text: cut } });
    expect(report.postsCreated).toBe(rowsBefore);
    expect(report.issues).toContainEqual({
      file: 'cut.csv',
      row: cutRow,
      column: '',
      value: '',
      message: expect.stringContaining('a quoted field opened on this row never closes'),
    });
  });

  it('a file cut inside its first row has no posts, and says where', () => {
    expect(senior(good.slice(0, good.indexOf('Roy Irwin') + 3))).toThrow(
      /^bad\.csv, row 2: a quoted field opened on this row never closes.*no posts could be read\.$/,
    );
  });

  it('a file cut part way through a row (between fields) drops that row and names it', () => {
    const cut = good.slice(0, good.indexOf('"Not disclosed"', good.indexOf('"33732"')) - 1);
    const cutRow = good.slice(0, good.indexOf('"33732"')).split('\n').length;
    const { report } = importOrganogram({ senior: { name: 'cut.csv', text: cut } });
    expect(report.postsCreated).toBe(cutRow - 2);
    expect(report.issues).toContainEqual({
      file: 'cut.csv',
      row: cutRow,
      column: 'Name',
      value: '33732',
      message: expect.stringContaining('the file ends part way through this row (1 of 22 columns)'),
    });
  });

  it('a header-only file says it has no data rows', () => {
    expect(senior(good.split('\n')[0] + '\n', 'headers.csv')).toThrow('headers.csv has a header row but no data rows: there are no posts to import.');
  });

  it('the two files swapped are named for what they are', () => {
    const juniorText = file('audit_commission-2011-03-31-junior.csv').text;
    expect(senior(juniorText, 'j.csv')).toThrow(
      'j.csv is an organogram junior file (it has "Reporting Senior Post"), not a senior file: choose it as the junior file.',
    );
    expect(() => importOrganogram({ senior: { name: 's.csv', text: good }, junior: { name: 's2.csv', text: good } })).toThrow(
      's2.csv is an organogram senior file (it has "Post Unique Reference"), not a junior file: choose it as the senior file.',
    );
  });

  it('a junior file that is not CSV is refused by name', () => {
    expect(() => importOrganogram({ senior: { name: 's.csv', text: good }, junior: { name: 'junior.csv', text: 'PK\u0003\u0004\u0014\u0000' } })).toThrow(
      /^junior\.csv is not a CSV file: it looks like an Excel workbook/,
    );
  });

  it('wrong file types are named', () => {
    expect(senior('PK\u0003\u0004 workbook', 'staff.xlsx')).toThrow(/staff\.xlsx is not a CSV file: it looks like an Excel workbook/);
    expect(senior('%PDF-1.7 ...', 'staff.pdf')).toThrow(/it looks like a PDF document/);
    expect(senior('\u0089PNG\r\n', 'photo.csv')).toThrow(/it looks like a PNG image/);
  });

  it('binary data and empty files are refused', () => {
    const binary = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(i % 32)).join('');
    expect(senior(binary)).toThrow(/bad\.csv is not a CSV file: it contains binary data/);
    expect(senior('')).toThrow(/bad\.csv is empty/);
  });

  it('a CSV that is not an organogram names the missing columns', () => {
    expect(senior('Name,Age\nAda,36\n', 'people.csv')).toThrow(
      /people\.csv is not an organogram senior file: it has no "Post Unique Reference", "Job Title", "Reports to Senior Post" column/,
    );
  });

  it('a 50 MB file gets a clear message, not a crash or a hang', () => {
    const big = good + 'x'.repeat(50 * 1024 * 1024);
    const started = Date.now();
    expect(senior(big, 'huge.csv')).toThrow(CsvError);
    expect(senior(big, 'huge.csv')).toThrow(/huge\.csv is 50 MB; Structura imports CSV files up to 40 MB/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a manager that does not exist makes a top post, and is reported', () => {
    const text = 'Post Unique Reference,Name,Job Title,Reports to Senior Post,FTE\nA,Ann,Chief,XX,1\nB,Bob,Deputy,Z9,N/D\n';
    const { report } = importOrganogram({ senior: { name: 'x.csv', text } });
    expect(report.topPosts).toBe(2);
    expect(report.issues).toContainEqual({
      file: 'x.csv',
      row: 3,
      column: 'Reports to Senior Post',
      value: 'Z9',
      message: 'post B reports to "Z9", which is not in the file: made a top post',
    });
    expect(report.issues).toContainEqual(expect.objectContaining({ row: 3, column: 'FTE', value: 'N/D' }));
  });
});
