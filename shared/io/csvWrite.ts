// Writing CSV for spreadsheets. Cells that a spreadsheet would run as a formula
// (starting with = + - @, their full-width forms, tab or carriage return) are
// prefixed with an apostrophe, so a hostile post title can never execute in
// Excel (OWASP "CSV injection"). Cells holding ";" are quoted too: where the list
// separator is ";", "x;=cmd" would otherwise split into a live formula.
// Reading strips the apostrophe again (unprotectCell), so Structura's own
// exports import unchanged, post ids included.

export type CsvValue = string | number | boolean | null | undefined;

/** A formula start, after any apostrophes (so "'=x" is protected too and comes back as itself). */
const FORMULA_START = /^'*(?:[\t\r]|["\n ]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;
const PROTECTED = /^'(?='*(?:[\t\r]|["\n ]*[=+\-@\uff1d\uff0b\uff0d\uff20]))/;

// Where ";" separates cells, each ";" inside a cell starts a new cell (a quote
// opens a field only at its start), so each part after a ";" is protected as a
// cell of its own. The rule is one apostrophe more on the way out, one less on
// the way in: a round trip gives back every text exactly.
const protect = (text: string) =>
  text
    .split(';')
    .map((part) => (FORMULA_START.test(part) ? "'" + part : part))
    .join(';');

/** A cell as written before csvCell protected it. */
export function unprotectCell(text: string): string {
  if (!text.includes("'")) return text;
  return text
    .split(';')
    .map((part) => (PROTECTED.test(part) ? part.slice(1) : part))
    .join(';');
}

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  // Numbers are written as numbers (a negative number is data, not a formula).
  if (typeof value !== 'number') text = protect(text);
  return /[",;\r\n]/.test(text) || text !== text.trim() ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** RFC 4180 CSV (CRLF line ends). A byte-order mark by default, so Excel reads £ and accents as UTF-8. */
export function toCsv(rows: CsvValue[][], options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return ((options.bom ?? true) ? '\uFEFF' : '') + body;
}
