// Writing CSV for spreadsheets. Cells that a spreadsheet would run as a formula
// (starting with = + - @, tab or carriage return) are prefixed with an apostrophe,
// so a hostile post title can never execute in Excel (OWASP "CSV injection").

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  // Numbers are written as numbers (a negative number is data, not a formula).
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = "'" + text;
  return /[",\r\n]/.test(text) || text !== text.trim() ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** RFC 4180 CSV (CRLF line ends). A byte-order mark by default, so Excel reads £ and accents as UTF-8. */
export function toCsv(rows: CsvValue[][], options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return (options.bom ?? true ? '\uFEFF' : '') + body;
}
