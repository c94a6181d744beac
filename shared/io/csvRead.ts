// Reading CSV as publishers really write it, with papaparse: byte-order mark,
// Windows line ends, quoted multi-line fields. Input that is not CSV at all
// (a spreadsheet, a PDF, binary data) is refused with a message that says so.
import Papa from 'papaparse';

export const MAX_CSV_BYTES = 40 * 1024 * 1024;

export class CsvError extends Error {}

export interface CsvTable {
  name: string;
  headers: string[];
  /** Data rows, each with the file line number it starts on (the header is line 1). */
  rows: { line: number; cells: string[] }[];
}

const MAGIC: [RegExp, string][] = [
  [/^PK\u0003\u0004/, 'an Excel workbook or another ZIP file (.xlsx)'],
  [/^\u00d0\u00cf\u0011\u00e0/, 'an old Excel workbook (.xls)'],
  [/^%PDF/, 'a PDF document'],
  [/^\u0089PNG/, 'a PNG image'],
  [/^\u00ff\u00d8\u00ff/, 'a JPEG image'],
  [/^\s*<(\?xml|!doctype|html)/i, 'an HTML or XML file'],
  [/^\s*[{[]/, 'a JSON file'],
];

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

export function readCsv(name: string, text: string): CsvTable {
  if (text.length > MAX_CSV_BYTES) {
    throw new CsvError(`${name} is ${(text.length / 1048576).toFixed(0)} MB; Structura imports CSV files up to ${MAX_CSV_BYTES / 1048576} MB (the largest published organograms are under 5 MB).`);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (const [pattern, what] of MAGIC) if (pattern.test(body.slice(0, 16))) throw new CsvError(`${name} is not a CSV file: it looks like ${what}. Save it as CSV (comma-separated values) first.`);
  if (looksBinary(body)) throw new CsvError(`${name} is not a CSV file: it contains binary data.`);
  if (!body.trim()) throw new CsvError(`${name} is empty.`);
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', delimiter: '' });
  const data = parsed.data;
  if (!data.length) throw new CsvError(`${name} has no rows.`);
  const quoteError = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (quoteError) {
    throw new CsvError(`${name} is cut short or malformed: a quoted field opened near row ${(quoteError.row ?? 0) + 1} never closes (the file may be truncated).`);
  }
  // Line numbers: papaparse gives rows, and quoted fields may span lines; count them.
  const rows: CsvTable['rows'] = [];
  let line = 1 + countNewlines(data[0]);
  for (let i = 1; i < data.length; i++) {
    line += 1;
    rows.push({ line, cells: data[i].map((c) => c ?? '') });
    line += countNewlines(data[i]);
  }
  return { name, headers: data[0].map((h) => h ?? ''), rows };
}

function countNewlines(cells: string[]): number {
  let n = 0;
  for (const cell of cells) for (let i = 0; i < cell.length; i++) if (cell.charCodeAt(i) === 10) n++;
  return n;
}

/** Header text reduced to its words: case, spacing, "(£)" and punctuation do not matter. */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/£/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** "£1,234", " 12.5 ", "N/D", "" → number or null. */
export function parseNumber(value: string): number | null {
  const cleaned = value.replace(/[£,\s]/g, '');
  if (!cleaned || /^(n\/?d|n\/?a|-|null|not applicable)$/i.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : Number.NaN;
}
