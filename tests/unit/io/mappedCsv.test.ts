import { describe, expect, it } from 'vitest';
import { CsvError } from '../../../shared/io/csvRead';
import { guessMapping, importMappedCsv } from '../../../shared/io/mappedCsv';
import { exportPostsCsv } from '../../../shared/io/postsCsv';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { defined } from '../../support/defined';

const csv = `Employee,Position,Reports To,Employer,FTE,Salary
Ann Smith,Chief Executive,,Council,1,150000
Bob Jones,Director of Finance,Chief Executive,PCT,0.8,"£95,000"
,Head of Audit,Director of Finance,PCT,one,
Vacant,Head of Payroll,Director of Nothing,PCT,1,40000
`;

describe('generic CSV import with a column mapping', () => {
  it('guesses the mapping from the headers', () => {
    expect(guessMapping(['Employee', 'Position', 'Reports To', 'Employer', 'FTE', 'Salary'])).toEqual({
      holder: 0,
      title: 1,
      manager: 2,
      organisation: 3,
      fte: 4,
      cost: 5,
    });
  });

  it('imports posts with managers named by title, and reports every row it changed', () => {
    const { chart, report, newTags } = importMappedCsv(
      { name: 'staff.csv', text: csv },
      { holder: 0, title: 1, managerTitle: 2, organisation: 3, fte: 4, cost: 5 },
    );
    expect(chart.nodes.map((n) => n.kind === 'post' && n.title)).toEqual(['Chief Executive', 'Director of Finance', 'Head of Audit', 'Head of Payroll']);
    expect(newTags.map((t) => t.name)).toEqual(['Council', 'PCT']);
    const finance = chart.nodes[1];
    expect(finance).toMatchObject({ fte: 0.8, cost: 95_000, holder: { kind: 'named', names: ['Bob Jones'] } });
    const manager = (id: string) => chart.lines.find((l) => l.to === id)?.from;
    expect(manager(defined(chart.nodes[1]).id)).toBe(defined(chart.nodes[0]).id);
    expect(manager(defined(chart.nodes[2]).id)).toBe(defined(chart.nodes[1]).id);
    expect(report).toMatchObject({ postsCreated: 4, vacantPosts: 1, topPosts: 2 });
    expect(report.issues).toEqual([
      { file: 'staff.csv', row: 4, column: 'FTE', value: 'one', message: 'not an FTE: taken as 1' },
      { file: 'staff.csv', row: 5, column: 'Reports To', value: 'Director of Nothing', message: 'no post has this title: made a top post' },
    ]);
  });

  it('round-trips its own posts CSV (manager by id)', () => {
    const doc = herefordshireSample();
    const text = exportPostsCsv(doc, 'annex-5');
    const { chart } = importMappedCsv({ name: 'posts.csv', text }, { id: 0, title: 1, managerId: 3 }, doc.tags);
    const posts = defined(doc.charts[4]).nodes.filter((n) => n.kind === 'post');
    expect(chart.nodes.map((n) => n.id).sort()).toEqual(posts.map((p) => p.id).sort());
    const postIds = new Set(posts.map((p) => p.id));
    const expected = defined(doc.charts[4])
      .lines.filter((l) => l.kind === 'management' && postIds.has(l.from) && postIds.has(l.to))
      .map((l) => `${l.from}>${l.to}`)
      .sort();
    expect(chart.lines.map((l) => `${l.from}>${l.to}`).sort()).toEqual(expected);
  });

  it('asks for a title column', () => {
    expect(() => importMappedCsv({ name: 'x.csv', text: csv }, { holder: 0 })).toThrow(CsvError);
  });
});
