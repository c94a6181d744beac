// Organogram rows that are not plain posts: "Not in Post" people, junior staff
// whose reporting senior post is blank, missing or Eliminated, and small files
// whose job descriptions make the delimiter guess go wrong. Small files written
// for each case; the expected figures are worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { compareCharts } from '../../../shared/compare/compare';
import { exportOrganogramCsv } from '../../../shared/io/organogramExport';
import { formatReport, importOrganogram, NO_REPORTING_POST } from '../../../shared/io/organogram';
import { makeDocument } from '../../../shared/model/factory';
import { parseDocument, serializeDocument } from '../../../shared/model/load';
import { defined } from '../../support/defined';

const SENIOR = `Post Unique Reference,Name,Grade (or equivalent),Job Title,Organisation,Unit,Reports to Senior Post,FTE
1,Ann Smith,SCS3,Chief Executive,Health Body,Board,XX,1
2,Bob Jones,SCS2,Director of Finance,Health Body,Finance,1,1
3,Eliminated,SCS1,Director of Estates,Health Body,Estates,1,1
0,Cara Lee,SCS1,Not in Post,Health Body,Finance,2,1
0,Dev Patel,SCS1,Not in Post,Health Body,Estates,2,1
`;

const JUNIOR = `Parent Department,Organisation,Unit,Reporting Senior Post,Grade,Payscale Minimum (£),Payscale Maximum (£),Generic Job Title,Number of Posts in FTE,Professional/Occupational Group
,Health Body,Finance,2,Band 5,25000,30000,Accountant,10.5,Finance
,Health Body,Estates,3,Band 4,20000,24000,Porter,7,Estates
,Health Body,Board,,Band 3,18000,21000,Administrator,2.5,Admin
,Health Body,Board,99,Band 6,30000,36000,Analyst,4,Analysis
,Health Body,Board,1,Band 7,38000,45000,Manager,1,Management
`;

describe('"Not in Post" rows', () => {
  it('are not posts: both rows of reference 0 are listed in the report, neither becomes a post', () => {
    const { chart, report } = importOrganogram({ senior: { name: 's.csv', text: SENIOR } });
    // Posts 1 and 2; 3 is Eliminated; the two reference-0 rows are people, not posts.
    expect(chart.nodes.map((n) => n.id).sort()).toEqual(['1', '2']);
    expect(report).toMatchObject({ postsCreated: 2, notInPost: 2, eliminatedSkipped: 1 });
    const listed = report.issues.filter((i) => /Not in Post/.test(i.message));
    expect(listed.map((i) => [i.row, i.value])).toEqual([
      [5, '0'],
      [6, '0'],
    ]);
    expect(defined(listed[0]).message).toContain('Cara Lee');
    expect(formatReport(report)).toContain('"Not in Post" rows (people without a post, not counted as posts): 2');
  });
});

describe('junior staff with no reporting senior post to go under', () => {
  it('are kept under "reporting post not given", so junior FTE is the file\'s total', () => {
    const { chart, report } = importOrganogram({ senior: { name: 's.csv', text: SENIOR }, junior: { name: 'j.csv', text: JUNIOR } });
    // File total: 10.5 + 7 + 2.5 + 4 + 1 = 25. Under no post: 7 (Eliminated 3) + 2.5 (blank) + 4 (99, not in the file) = 13.5.
    expect(report.juniorFte).toBe(25);
    expect(report).toMatchObject({ teamsAggregated: 5, juniorTeamsWithoutPost: 3, juniorFteWithoutPost: 13.5, postsCreated: 2 });
    const holder = chart.nodes.find((n) => n.id === NO_REPORTING_POST);
    expect(holder).toMatchObject({ kind: 'post', title: 'Reporting post not given', fte: 0 });
    expect(holder?.kind === 'post' && holder.juniorTeams.map((t) => t.fte)).toEqual([7, 2.5, 4]);
    const why = report.issues.filter((i) => i.file === 'j.csv').map((i) => [i.row, i.message]);
    expect(why).toEqual([
      [3, 'junior staff report to "3", a senior post marked Eliminated: counted under "Reporting post not given" (7 FTE)'],
      [4, 'row names no reporting senior post: counted under "Reporting post not given" (2.5 FTE)'],
      [5, 'junior staff report to "99", which is not a senior post of this file: counted under "Reporting post not given" (4 FTE)'],
    ]);
    expect(formatReport(report)).toContain(
      'of which under "Reporting post not given" (reporting senior post blank, not in the file or Eliminated): 3 rows, 13.5 FTE',
    );
  });

  it('compare counts their FTE as junior FTE but the holder not as a post', () => {
    const { chart, newTags } = importOrganogram({ senior: { name: 's.csv', text: SENIOR }, junior: { name: 'j.csv', text: JUNIOR } });
    const c = compareCharts(chart, chart, newTags);
    expect(c.from).toMatchObject({ posts: 2, juniorFte: 25, fte: 27 });
    expect(c.from.topPosts).toEqual(['1']);
    expect(Object.values(c.from.byTag)).toEqual([expect.objectContaining({ posts: 2, juniorFte: 25 })]);
  });

  it('round-trips: the export writes them with no senior post, and they come back under it', () => {
    const first = importOrganogram({ senior: { name: 's.csv', text: SENIOR }, junior: { name: 'j.csv', text: JUNIOR } });
    const doc = makeDocument({ tags: first.newTags, charts: [first.chart] });
    expect(parseDocument(serializeDocument(doc)).ok).toBe(true);
    const { senior, junior } = exportOrganogramCsv(doc, first.chart.id);
    expect(senior).not.toContain(NO_REPORTING_POST);
    const second = importOrganogram({ senior: { name: 's2.csv', text: senior }, junior: { name: 'j2.csv', text: junior }, existingTags: first.newTags });
    expect(second.report).toMatchObject({ juniorFte: 25, juniorFteWithoutPost: 13.5, postsCreated: 2 });
  });
});

describe('delimiter guess on small files', () => {
  it('reads a comma file whose job descriptions are full of ";" (papaparse alone guesses ";")', () => {
    const text = `Post Unique Reference,Name,Job Title,Job/Team Function,Reports to Senior Post,FTE
1,Ann Smith,Chief Executive,Leads the body; chairs the board; accounts to ministers,XX,1
2,Bob Jones,Director of Finance,Budgets; audit; payroll,1,1
3,N/D,Director of People,HR; learning; wellbeing,1,1
`;
    const { chart } = importOrganogram({ senior: { name: 'semi.csv', text } });
    expect(chart.nodes.map((n) => n.kind === 'post' && [n.id, n.title, n.jobFunction])).toEqual([
      ['1', 'Chief Executive', 'Leads the body; chairs the board; accounts to ministers'],
      ['2', 'Director of Finance', 'Budgets; audit; payroll'],
      ['3', 'Director of People', 'HR; learning; wellbeing'],
    ]);
    expect(chart.lines).toHaveLength(2);
  });

  it('still reads a file that really is separated by ";"', () => {
    const text = 'Post Unique Reference;Name;Job Title;Reports to Senior Post;FTE\n1;Ann;Chief Executive;XX;1\n2;Bob;Director, Finance and Audit;1;1\n';
    const { chart } = importOrganogram({ senior: { name: 'semi.csv', text } });
    expect(chart.nodes.map((n) => n.kind === 'post' && n.title)).toEqual(['Chief Executive', 'Director, Finance and Audit']);
  });
});
