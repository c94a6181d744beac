// An import report lists what was skipped or adjusted, row by row. A real
// export often repeats one problem hundreds of times (600 posts with no holder
// name, every FTE blank); listed one per line, the one row that matters drowns.
// Rows with the same file, column, value and message are shown as one group
// naming every row, in ranges ("rows 12–15, 18"), so nothing is hidden.
import { formatCount } from '../format';
import type { ImportIssueSink } from './importLimits';

export type ImportIssue = ImportIssueSink['issues'][number];

export interface ImportIssueGroup {
  file: string;
  column: string;
  value: string;
  message: string;
  /** The rows, ascending, each once. */
  rows: number[];
}

/** The issues grouped by what happened, in the order each kind first appears. */
export function groupImportIssues(issues: readonly ImportIssue[]): ImportIssueGroup[] {
  const groups = new Map<string, ImportIssueGroup>();
  for (const issue of issues) {
    const key = JSON.stringify([issue.file, issue.column, issue.value, issue.message]);
    const group = groups.get(key);
    if (group) group.rows.push(issue.row);
    else groups.set(key, { file: issue.file, column: issue.column, value: issue.value, message: issue.message, rows: [issue.row] });
  }
  for (const group of groups.values()) group.rows = [...new Set(group.rows)].sort((a, b) => a - b);
  return [...groups.values()];
}

/** "row 7", or "rows 12–15, 18 (5 rows)": consecutive rows as ranges. */
export function describeRows(rows: readonly number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  const parts: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  const close = () => {
    if (start === undefined || previous === undefined) return;
    parts.push(start === previous ? String(start) : `${start}–${previous}`);
  };
  for (const row of rows) {
    if (previous !== undefined && row === previous + 1) {
      previous = row;
      continue;
    }
    close();
    start = row;
    previous = row;
  }
  close();
  return `rows ${parts.join(', ')} (${formatCount(rows.length)} rows)`;
}
