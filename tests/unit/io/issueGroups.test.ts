// An import report groups rows that share one problem: found by hand on a
// 600-post organogram whose holder names were all blank, where the report
// listed the same line 600 times and the one bad pay row could not be found.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRows, groupImportIssues, type ImportIssue } from '../../../shared/io/issueGroups';
import { formatReport, importOrganogram } from '../../../shared/io/organogram';

/** The rows a description names, read back ("rows 3–5, 9 (4 rows)" → 3, 4, 5, 9). */
function rowsNamed(description: string): number[] {
  const list = description.replace(/^rows? /, '').replace(/ \(.*\)$/, '');
  return list.split(', ').flatMap((part) => {
    const [from, to] = part.split('–').map(Number);
    if (from === undefined || Number.isNaN(from)) throw new Error(`not a row: ${part}`);
    return to === undefined ? [from] : Array.from({ length: to - from + 1 }, (_, k) => from + k);
  });
}

const issue = fc.record({
  file: fc.constantFrom('senior.csv', 'junior.csv'),
  row: fc.integer({ min: 2, max: 60 }),
  column: fc.constantFrom('Name', 'FTE', 'Job Title'),
  value: fc.constantFrom('', 'x', '2.5'),
  message: fc.constantFrom('no holder name: recorded as not known', 'FTE is blank: taken as 1.0', 'pay floor is above pay ceiling: the two were swapped'),
});

describe('grouping an import report by what happened', () => {
  it('every issue is in exactly the group of its file, column, value and message, and its row is named there', () => {
    fc.assert(
      fc.property(fc.array(issue, { maxLength: 80 }), (issues: ImportIssue[]) => {
        const groups = groupImportIssues(issues);
        const keys = groups.map((g) => JSON.stringify([g.file, g.column, g.value, g.message]));
        expect(new Set(keys).size).toBe(groups.length);
        for (const i of issues) {
          const mine = groups.filter((g) => g.file === i.file && g.column === i.column && g.value === i.value && g.message === i.message);
          expect(mine).toHaveLength(1);
          expect(rowsNamed(describeRows(mine[0]?.rows ?? []))).toContain(i.row);
        }
        // No row invented: the groups name exactly the rows given, each once per group.
        for (const g of groups) {
          const given = [
            ...new Set(issues.filter((i) => i.message === g.message && i.file === g.file && i.column === g.column && i.value === g.value).map((i) => i.row)),
          ];
          expect(rowsNamed(describeRows(g.rows))).toEqual(given.sort((a, b) => a - b));
        }
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('writes consecutive rows as ranges and counts them', () => {
    expect(describeRows([7])).toBe('row 7');
    expect(describeRows([12, 13, 14, 15, 18])).toBe('rows 12–15, 18 (5 rows)');
  });

  it('a 600-post organogram with every holder name blank reports one line for the blanks, and still shows the one odd row', () => {
    const rows = [
      'Post Unique Reference,Name,Grade (or equivalent),Job Title,Organisation,Unit,Reports to Senior Post,FTE,Actual Pay Floor (£),Actual Pay Ceiling (£)',
    ];
    rows.push('1,,SCS3,Chief Executive,Body,Board,XX,1,100000,120000');
    for (let ref = 2; ref <= 600; ref++) rows.push(`${ref},,SCS1,Deputy Director ${ref},Body,Unit,1,1,${ref === 300 ? '90000,80000' : '70000,80000'}`);
    const { report } = importOrganogram({ senior: { name: 'senior.csv', text: rows.join('\n') } });
    expect(report.postsCreated).toBe(600);
    const text = formatReport(report);
    const blankNames = text.split('\n').filter((l) => l.includes('no holder name'));
    expect(blankNames).toEqual(['    senior.csv, rows 2–601 (600 rows), Name: no holder name: recorded as not known']);
    expect(text).toMatch(/senior\.csv, row 301, .*pay floor is above pay ceiling/);
  });
});
