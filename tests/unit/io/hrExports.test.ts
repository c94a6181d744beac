// Generic CSV import of HR-system exports. One export per system, written by
// hand from that system's documented column names (tests/fixtures/hr-exports),
// all describing the same small structure, worked out by hand:
//   Chief Executive (Ann Smith)
//   ├ Director of Finance (Bob Jones)
//   │ ├ Head of Payroll (Dev Patel, 0.6)   ┐ one person, two posts,
//   │ ├ Pensions Lead (Dev Patel, 0.4)     ┘ where the system can say so
//   │ └ Head of Audit (Eve Khan)
//   └ Director of People (Cara Lee)
//     ├ HR Business Partner (Fay Wong, 0.8)
//     └ Learning Lead (vacant position, where the system lists positions)
// Then small files for each rule: manager by name, ambiguity, percentages, hours, warnings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../shared/io/csvRead';
import { guessMapping, importMappedCsv } from '../../../shared/io/mappedCsv';
import type { Chart, PostNode } from '../../../shared/model/types';
import { runCli } from '../../support/cliHarness';
import { defined } from '../../support/defined';

const dir = join(__dirname, '../../fixtures/hr-exports');

function importGuessed(text: string, name = 'export.csv', options = {}) {
  const headers = readCsv(name, text).headers;
  return importMappedCsv({ name, text }, guessMapping(headers), [], undefined, options);
}

const posts = (chart: Chart) => chart.nodes.filter((n): n is PostNode => n.kind === 'post');
/** "Post title > its manager's title" for every post, sorted. */
function tree(chart: Chart): string[] {
  const title = new Map(posts(chart).map((p) => [p.id, p.title]));
  const manager = new Map(chart.lines.filter((l) => l.kind === 'management').map((l) => [l.to, l.from]));
  return posts(chart)
    .map((p) => `${p.title} > ${manager.has(p.id) ? title.get(defined(manager.get(p.id), 'manager.get(p.id)')) : '(top)'}`)
    .sort();
}

const TREE = [
  'Chief Executive > (top)',
  'Director of Finance > Chief Executive',
  'Director of People > Chief Executive',
  'HR Business Partner > Director of People',
  'Head of Audit > Director of Finance',
  'Head of Payroll > Director of Finance',
  'Learning Lead > Director of People',
  'Pensions Lead > Director of Finance',
];

const SYSTEMS = [
  { system: 'Workday (worker report)', file: 'workday-workers.csv', without: [] as string[] },
  { system: 'SAP SuccessFactors (basic user import)', file: 'successfactors-users.csv', without: ['Learning Lead'] },
  { system: 'Oracle HCM Cloud (assignments extract)', file: 'oracle-hcm-assignments.csv', without: ['Learning Lead'] },
  { system: 'ESR, NHS Electronic Staff Record (staff in post)', file: 'esr-staff-in-post.csv', without: ['Learning Lead'] },
  { system: 'MHR iTrent (posts report)', file: 'itrent-posts.csv', without: [] },
  { system: 'BambooHR (employee report)', file: 'bamboohr-employees.csv', without: ['Learning Lead', 'Pensions Lead'] },
];

describe('exports of HR systems import as charts with their reporting lines', () => {
  for (const { system, file, without } of SYSTEMS) {
    it(`${system}: ${file}`, () => {
      const { chart, report } = importGuessed(readFileSync(join(dir, file), 'utf8'), file);
      expect(tree(chart)).toEqual(TREE.filter((t) => !without.some((w) => t.startsWith(`${w} >`))));
      expect(report).toMatchObject({ topPosts: 1, warnings: [] });
      // ESR writes "Surname, Forename": kept as written, matched either way.
      const person = (name: string) => name.replace(/^([^,]+), (.+)$/, '$2 $1');
      const holder = (p: PostNode | undefined) => (p?.holder.kind === 'named' ? p.holder.names.map(person) : p?.holder.kind);
      expect(holder(posts(chart).find((p) => p.title === 'Director of Finance'))).toEqual(['Bob Jones']);
      expect(posts(chart).find((p) => p.title === 'HR Business Partner')?.fte).toBe(file.startsWith('bamboohr') ? 1 : 0.8);
      if (!without.includes('Pensions Lead')) {
        // The person with two posts keeps both, each with its own FTE.
        expect(
          posts(chart)
            .filter((p) => holder(p)?.[0] === 'Dev Patel')
            .map((p) => [p.title, p.fte]),
        ).toEqual([
          ['Head of Payroll', 0.6],
          ['Pensions Lead', 0.4],
        ]);
      }
    });
  }
});

describe('manager named by a person', () => {
  it('the flat Workday-style sheet of the issue now has its reporting lines', () => {
    const text =
      'Worker,Position,Supervisory Organization,Manager,FTE\nAnn Smith,Chief Executive,Exec,,1\nBob Jones,Director,Finance,Ann Smith,1\nCara Lee,Head of Payroll,Finance,Bob Jones,1\n';
    const { chart, report } = importGuessed(text);
    expect(tree(chart)).toEqual(['Chief Executive > (top)', 'Director > Chief Executive', 'Head of Payroll > Director']);
    expect(posts(chart).map((p) => p.unit)).toEqual(['Exec', 'Finance', 'Finance']);
    expect(report.notes[0]).toMatch(/^the "Manager" column was read as the manager's name \(matched to holders\)/);
  });

  it('"Smith, Ann" and "ann smith" are the same person', () => {
    const text = 'Name,Job Title,Manager Name\nAnn Smith,Chief Executive,\nBob Jones,Director,"Smith, Ann"\nCara Lee,Director of People,ann  smith\n';
    expect(tree(importGuessed(text).chart)).toEqual(['Chief Executive > (top)', 'Director > Chief Executive', 'Director of People > Chief Executive']);
  });

  it('a name two posts hold is ambiguous: the report gives the rows of both', () => {
    const text =
      'Name,Job Title,Manager Name\nAnn Smith,Chief Executive,\nBob Jones,Director of Finance,Ann Smith\nBob Jones,Interim Director of People,Ann Smith\nCara Lee,Head of Payroll,Bob Jones\n';
    const { chart, report } = importGuessed(text, 'two.csv');
    expect(tree(chart)).toContain('Head of Payroll > (top)');
    expect(report.issues).toContainEqual({
      file: 'two.csv',
      row: 5,
      column: 'Manager Name',
      value: 'Bob Jones',
      message: '2 posts have this holder (rows 3 and 4): cannot tell which is the manager, made a top post',
    });
  });

  it('a person id on two rows keeps both posts, and their reports go to the first', () => {
    const text =
      'Employee ID,Name,Job Title,Manager ID\nE1,Ann Smith,Chief Executive,\nE2,Bob Jones,Director of Finance,E1\nE2,Bob Jones,Interim Director of People,E1\nE3,Cara Lee,Head of Payroll,E2\n';
    const { chart, report } = importGuessed(text, 'ids.csv');
    expect(posts(chart).map((p) => p.id)).toEqual(['E1', 'E2', 'E2-2', 'E3']);
    expect(tree(chart)).toContain('Head of Payroll > Director of Finance');
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        row: 4,
        value: 'E2',
        message: 'id E2 is on an earlier row too (a person with two posts, or a repeated id): this row is kept as post E2-2',
      }),
    );
  });
});

describe('FTE as percentages and hours', () => {
  const sheet = (fte: string[]) => `Name,Job Title,Manager Name,FTE\nAnn,Chief Executive,,${fte[0]}\nBob,Director,Ann,${fte[1]}\nCara,Officer,Bob,${fte[2]}\n`;

  it('reads "100%" and "80%" as 1 and 0.8', () => {
    const { chart, report } = importGuessed(sheet(['100%', '80%', '50 %']));
    expect(posts(chart).map((p) => p.fte)).toEqual([1, 0.8, 0.5]);
    expect(report.issues).toEqual([]);
  });

  it('reads values above 1.5 as hours of a 37-hour week by default, and says so', () => {
    const { chart, report } = importGuessed(sheet(['37', '18.5', '0.5']));
    expect(posts(chart).map((p) => p.fte)).toEqual([1, 0.5, 0.5]);
    expect(report.warnings).toEqual([
      '2 FTE values were hours per week (rows 2 and 3): FTE = hours ÷ 37, the default full-time week of 37 hours; give yours with --full-time-hours',
    ]);
  });

  it('takes the full-time week it is given', () => {
    const { chart, report } = importGuessed(sheet(['35', '28', '1']), 'x.csv', { fullTimeHours: 35 });
    expect(posts(chart).map((p) => p.fte)).toEqual([1, 0.8, 1]);
    expect(report.warnings[0]).toContain('FTE = hours ÷ 35, the full-time week given');
  });

  it('an "Hours per week" column alone gives FTE from hours', async () => {
    const text = 'Name,Job Title,Manager Name,Hours per week\nAnn,Chief Executive,,37\nBob,Director,Ann,29.6\n';
    const { chart } = importGuessed(text);
    expect(posts(chart).map((p) => p.fte)).toEqual([1, 0.8]);
  });
});

describe('loud warnings for charts that are probably wrong', () => {
  it('no reporting lines: the chart is flat, said on the error stream too', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const work = await mkdtemp(join(tmpdir(), 'structura-hr-'));
    const file = join(work, 'flat.csv');
    await writeFile(file, 'Name,Job Title,Line Manager\nAnn,Chief Executive,\nBob,Director,Someone Else\nCara,Officer,Nobody\n');
    const run = await runCli(['import', 'csv', file, '-o', join(work, 'flat.structura')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^structura import: WARNING: no reporting lines: all 3 posts are top posts, so the chart is flat\./m);
  });

  it('more than a handful of top posts', () => {
    const rows = Array.from({ length: 8 }, (_, i) => `P${i},Officer ${i},${i < 7 ? '' : 'P99'}`).join('\n');
    const { report } = importGuessed(`Post ID,Job Title,Manager ID\nP99,Chief,\n${rows}\nPX,Deputy,P99\n`);
    expect(report.topPosts).toBe(8);
    expect(report.warnings).toEqual([
      expect.stringMatching(/^8 of 10 posts have no manager in the file \(top posts\); a structure usually has one or a handful/),
    ]);
  });

  it('a clean import with one top post warns of nothing', () => {
    const { report } = importGuessed('Post ID,Job Title,Manager ID\n1,Chief,\n2,Director,1\n');
    expect(report.warnings).toEqual([]);
  });
});
