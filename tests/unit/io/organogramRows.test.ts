// Organogram rows as publishers write them: job shares, drifting headers, odd
// values, eliminated posts. Small hand-written files, so each expectation is
// read straight off the file above it.
import { describe, expect, it } from 'vitest';
import { importOrganogram, TAG_PALETTE } from '../../../shared/io/organogram';
import { exportOrganogramCsv } from '../../../shared/io/organogramExport';
import { makeDocument } from '../../../shared/model/factory';
import { parseDocument, serializeDocument } from '../../../shared/model/load';
import type { PostNode } from '../../../shared/model/types';
import { defined } from '../../support/defined';

const HEADER =
  'Post Unique Reference,Name,Grade (or equivalent),Job Title,Organisation,Unit,Reports to Senior Post,FTE,Actual Pay Floor (£),Actual Pay Ceiling (£)';
const seniorOf = (...rows: string[]) => ({ name: 'senior.csv', text: [HEADER, ...rows].join('\n') + '\n' });
const post = (chart: { nodes: unknown[] }, id: string) => chart.nodes.find((n) => (n as PostNode).id === id) as PostNode;

describe('job shares and repeated rows', () => {
  const { chart, report } = importOrganogram({
    senior: seniorOf(
      'CEO,Ann Chief,SCS4,Chief Executive,Org,Board,XX,1,150000,154999',
      'D1,Bob Share,SCS2,Director,Org,Ops,CEO,0.6,90000,94999',
      'D1,Cat Share,SCS2,Director,Org,Ops,CEO,0.4,90000,94999',
      'D2,N/D,SCS2,Director of Policy,Org,Policy,CEO,0.5,90000,94999',
      'D2,N/D,SCS2,Director of Policy,Org,Policy,CEO,0.5,90000,94999',
      'D3,Dan Repeat,SCS2,Director of Finance,Org,Finance,CEO,1,90000,94999',
      'D3,Dan Repeat,SCS2,Director of Finance,Org,Finance,CEO,http://example/#tenure48,90000,94999',
      'D4,Eve Half,SCS1,Deputy Director,Org,Ops,D1,0.5,70000,74999',
      'D4,Vacant,SCS1,Deputy Director,Org,Ops,D1,0.5,70000,74999',
    ),
  });

  it('two named holders become one post with both names and the FTE added up', () => {
    expect(post(chart, 'D1')).toMatchObject({ holder: { kind: 'named', names: ['Bob Share', 'Cat Share'] }, fte: 1 });
  });

  it('two undisclosed half-time holders are a job share, not a duplicate', () => {
    expect(post(chart, 'D2')).toMatchObject({ holder: { kind: 'undisclosed' }, fte: 1 });
  });

  it('the same holder twice is a repeated row: skipped, FTE unchanged, reported with its row', () => {
    expect(post(chart, 'D3').fte).toBe(1);
    expect(report.issues).toContainEqual({
      file: 'senior.csv',
      row: 8,
      column: 'Post Unique Reference',
      value: 'D3',
      message: 'repeats post D3 with the same holder (Dan Repeat): skipped as a duplicate row',
    });
  });

  it('a share with a vacant half keeps the named holder and says the other half is vacant', () => {
    expect(post(chart, 'D4')).toMatchObject({ holder: { kind: 'named', names: ['Eve Half'] }, fte: 1 });
    expect(report.issues).toContainEqual(
      expect.objectContaining({ row: 10, value: 'D4', message: expect.stringContaining('this holder is vacant, the post shows Eve Half') }),
    );
  });

  it('counts the shares in the report', () => {
    expect(report).toMatchObject({
      rowsRead: 9,
      postsCreated: 5,
      jobSharesMerged: 3,
      duplicateRowsSkipped: 1,
      topPosts: 1,
      undisclosedHolders: 1,
      vacantPosts: 0,
    });
  });

  it('exports a job share as one row per holder whose FTEs add back up', () => {
    const three = importOrganogram({
      senior: seniorOf('P,Ann,G,Head,Org,U,XX,1,,', 'P,Bob,G,Head,Org,U,XX,0,,', 'P,Cat,G,Head,Org,U,XX,0,,'),
    });
    const { senior } = exportOrganogramCsv(makeDocument({ tags: three.newTags, charts: [three.chart] }), three.chart.id);
    const ftes = senior
      .trim()
      .split('\r\n')
      .slice(1)
      .map((row) => Number(row.split(',')[12]));
    expect(ftes).toEqual([0.333, 0.333, 0.334]);
    const again = importOrganogram({ senior: { name: 'again.csv', text: senior }, existingTags: three.newTags });
    expect(post(again.chart, 'P')).toMatchObject({ fte: 1, holder: { kind: 'named', names: ['Ann', 'Bob', 'Cat'] } });
  });
});

describe('header drift and odd values', () => {
  const messy = [
    '\uFEFF,post unique reference ,NAME,Grade,  Job Title,Job / Team Function,organisation,Unit,Reports To Senior Post,fte,Actual Pay Floor £,Actual Pay Ceiling,,Professional/Occupational Group,URI,source_file,source_line',
    '0,T1,Top One,SCS3,Director General,Leads,Dept A,HQ,XX,1.0,"£120,000","£124,999",,Policy,http://x,f.xls,1',
    '1,T2,Top Two,SCS3,Chief Scientist,Science,Dept B,Science,xx,n/a,N/D,N/D,,Science,http://x,f.xls,2',
    '2,C1,N/D,SCS1,Deputy Director,Delivery,dept a,HQ,T1,,,,,Operational Delivery,http://x,f.xls,3',
    '3,C2,Vacant,SCS1,Deputy Director,Delivery,Dept A,HQ,T9,0.8,80000,70000,,,http://x,f.xls,4',
  ].join('\r\n');
  const { chart, report, newTags } = importOrganogram({ senior: { name: 'messy.csv', text: messy } });

  it('finds every column whatever its case, spacing, £ sign or neighbours', () => {
    expect(post(chart, 'T1')).toMatchObject({
      title: 'Director General',
      grade: 'SCS3',
      jobFunction: 'Leads',
      unit: 'HQ',
      profession: 'Policy',
      payFloor: 120000,
      payCeiling: 124999,
      fte: 1,
      cost: null,
      holder: { kind: 'named', names: ['Top One'] },
    });
  });

  it('keeps N/D pay as unknown and reads N/D names as undisclosed, Vacant as vacant', () => {
    expect(post(chart, 'T2')).toMatchObject({ payFloor: null, payCeiling: null, fte: 1 });
    expect(post(chart, 'C1').holder).toEqual({ kind: 'undisclosed' });
    expect(post(chart, 'C2').holder).toEqual({ kind: 'vacant' });
  });

  it('several top posts, and a manager missing from the file, are top posts with the reason reported', () => {
    const managed = new Set(chart.lines.map((l) => l.to));
    expect(
      chart.nodes
        .filter((n) => !managed.has(n.id))
        .map((n) => n.id)
        .sort(),
    ).toEqual(['C2', 'T1', 'T2']);
    expect(report.topPosts).toBe(3);
    expect(report.issues).toContainEqual({
      file: 'messy.csv',
      row: 5,
      column: 'Reports To Senior Post',
      value: 'T9',
      message: 'post C2 reports to "T9", which is not in the file: made a top post',
    });
  });

  it('reports every adjusted value with its row, column and value', () => {
    expect(report.issues).toEqual(
      expect.arrayContaining([
        { file: 'messy.csv', row: 3, column: 'fte', value: 'n/a', message: 'FTE is not given: taken as 1.0' },
        { file: 'messy.csv', row: 4, column: 'fte', value: '', message: 'FTE is blank: taken as 1.0' },
        { file: 'messy.csv', row: 5, column: 'Actual Pay Floor £', value: '80000', message: 'pay floor is above pay ceiling: the two were swapped' },
      ]),
    );
    expect(post(chart, 'C2')).toMatchObject({ payFloor: 70000, payCeiling: 80000, fte: 0.8 });
  });

  it('makes one tag per organisation, matched case-insensitively, each a different colour', () => {
    expect(newTags.map((t) => t.name)).toEqual(['Dept A', 'Dept B']);
    expect(post(chart, 'C1').tagId).toBe(defined(newTags[0]).id);
    expect(new Set(newTags.map((t) => t.colour)).size).toBe(2);
  });

  it("uses the document's existing tags by name or label, and picks colours they do not use", () => {
    const existing = [{ id: 'a', name: 'Department A', label: 'Dept A', colour: defined(TAG_PALETTE[0]) }];
    const again = importOrganogram({ senior: { name: 'messy.csv', text: messy }, existingTags: existing });
    expect(post(again.chart, 'T1').tagId).toBe('a');
    expect(again.newTags.map((t) => [t.name, t.colour])).toEqual([['Dept B', TAG_PALETTE[1]]]);
  });

  it('is a valid document', () => {
    const parsed = parseDocument(serializeDocument(makeDocument({ tags: newTags, charts: [chart] })));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });
});

describe('eliminated posts', () => {
  const senior = seniorOf('A,Ann,G,Chief,Org,U,XX,1,,', "B,'Eliminated',G,Old Director,Org,U,A,1,,", 'C,Cat,G,Head,Org,U,B,1,,');
  const junior = {
    name: 'junior.csv',
    text: 'Reporting Senior Post,Grade,Generic Job Title,Number of Posts in FTE,Payscale Minimum (£),Payscale Maximum (£),Unit\nA,EO,Officer,3.5,"£25,000",30000,U\nB,EO,Officer,2,25000,30000,U\nZ,EO,Officer,1,25000,30000,U\nA,HEO,Adviser,N/D,,,U\n',
  };
  const { chart, report } = importOrganogram({ senior, junior });

  it('are not imported, and each is reported', () => {
    // Junior staff left without a senior post are held by the "reporting post not given" node, which is no post.
    expect(chart.nodes.map((n) => n.id)).toEqual(['A', 'C', 'reporting-post-not-given']);
    expect(report.eliminatedSkipped).toBe(1);
    expect(report.issues).toContainEqual({
      file: 'senior.csv',
      row: 3,
      column: 'Name',
      value: "'Eliminated'",
      message: 'post B is marked Eliminated: not imported',
    });
  });

  it('posts reporting to them become top posts, saying why', () => {
    expect(report.issues).toContainEqual(
      expect.objectContaining({ row: 4, value: 'B', message: 'post C reports to "B", which is marked Eliminated: made a top post' }),
    );
  });

  it('junior rows under them or under unknown posts are counted under "reporting post not given"; rows without a number are listed, not counted', () => {
    expect(post(chart, 'A').juniorTeams).toEqual([{ grade: 'EO', title: 'Officer', fte: 3.5, payMin: 25000, payMax: 30000, unit: 'U', profession: '' }]);
    expect(post(chart, 'reporting-post-not-given').juniorTeams.map((t) => t.fte)).toEqual([2, 1]);
    expect(report).toMatchObject({
      teamsAggregated: 3,
      juniorFte: 6.5,
      juniorFteWithoutPost: 3,
      postsCreated: 2,
      files: ['senior.csv', 'junior.csv'],
      rowsRead: 7,
    });
    expect(report.issues.filter((i) => i.file === 'junior.csv')).toEqual([
      {
        file: 'junior.csv',
        row: 3,
        column: 'Reporting Senior Post',
        value: 'B',
        message: 'junior staff report to "B", a senior post marked Eliminated: counted under "Reporting post not given" (2 FTE)',
      },
      {
        file: 'junior.csv',
        row: 4,
        column: 'Reporting Senior Post',
        value: 'Z',
        message: 'junior staff report to "Z", which is not a senior post of this file: counted under "Reporting post not given" (1 FTE)',
      },
      { file: 'junior.csv', row: 5, column: 'Number of Posts in FTE', value: 'N/D', message: 'number of posts in FTE is not a number: row not counted' },
    ]);
  });
});
