// Reading CSV as publishers really write it, with papaparse: byte-order mark,
// Windows line ends, quoted multi-line fields. Input that is not CSV at all
// (a spreadsheet, a PDF, binary data) is refused with a message that says so;
// rows that are damaged (cut short, stray quotes) are kept and listed as problems.
import Papa from 'papaparse';
import { unprotectCell } from './csvWrite';
import { decodeWindows1252 } from './windows1252';
import { at } from '../must';

/** Far above the largest published organogram (under 5 MB); parsing 40 MB takes a few seconds. */
export const MAX_CSV_BYTES = 40 * 1024 * 1024;

export class CsvError extends Error {}

/** Something wrong with one row, found while reading: the importer adds it to its report. */
export interface CsvProblem {
  line: number;
  column: string;
  value: string;
  message: string;
}

export interface CsvTable {
  name: string;
  headers: string[];
  /** Data rows, each with the file line number it starts on (the header is line 1). */
  rows: { line: number; cells: string[] }[];
  problems: CsvProblem[];
  /** True when the bytes were not UTF-8 (a "£" read as U+FFFD): worth telling the user. */
  replacementCharacters: boolean;
}

// Files read as UTF-8 turn bytes >= 0x80 of a binary signature into U+FFFD, so
// each signature is matched both as raw code units and as decoded text.
const MAGIC: [RegExp, string][] = [
  [/^PK\u0003\u0004/, 'an Excel workbook (.xlsx) or another ZIP file'],
  [/^(\u00d0\u00cf\u0011\u00e0|\ufffd\ufffd\u0011)/, 'an old Excel workbook (.xls)'],
  [/^%PDF/, 'a PDF document'],
  [/^[\u0089\ufffd\u2030]PNG/, 'a PNG image'],
  [/^(\u00ff\u00d8\u00ff|\ufffd\ufffd\ufffd)/, 'a JPEG image'],
  [/^GIF8[79]a/, 'a GIF image'],
  [/^\s*<(\?xml|!doctype|html)/i, 'an HTML or XML file'],
  [/^\s*[{[]\s*["{[\]}]/, 'a JSON file'],
];

/** UTF-16 text (Excel's "Unicode Text" export) read as UTF-8: every other byte is NUL. */
function looksUtf16(sample: string): boolean {
  if (/^(\ufffd\ufffd|\u00ff\u00fe|\u00fe\u00ff)/.test(sample) && sample.slice(2, 40).includes('\u0000')) return true;
  let alternating = 0;
  for (let i = 1; i < Math.min(sample.length, 200); i += 2) if (sample.charCodeAt(i) === 0 && sample.charCodeAt(i - 1) !== 0) alternating++;
  return alternating > 20;
}

function looksBinary(sample: string): boolean {
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

/** Refuses what cannot be a CSV file; returns the text without its byte-order mark. */
export function checkCsvText(name: string, text: string): string {
  if (text.length > MAX_CSV_BYTES) {
    throw new CsvError(
      `${name} is ${(text.length / 1048576).toFixed(0)} MB; Structura imports CSV files up to ${MAX_CSV_BYTES / 1048576} MB (the largest published organograms are under 5 MB).`,
    );
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const head = body.slice(0, 4096);
  for (const [pattern, what] of MAGIC) {
    if (pattern.test(head.slice(0, 32)))
      throw new CsvError(`${name} is not a CSV file: it looks like ${what}. Open it in its program and save it as CSV (comma-separated values) first.`);
  }
  if (looksUtf16(head))
    throw new CsvError(`${name} is not a CSV file Structura can read: it is UTF-16 ("Unicode text"). Save it as "CSV UTF-8 (comma delimited)" instead.`);
  if (looksBinary(head)) throw new CsvError(`${name} is not a CSV file: it contains binary data.`);
  if (!body.trim()) throw new CsvError(`${name} is empty.`);
  return body;
}

/** `delimiter` forces one where the guess could go wrong (the organogram header); by default it is guessed from the header row. */
export function readCsv(name: string, text: string, options: { delimiter?: string } = {}): CsvTable {
  const body = oneLineEnd(checkCsvText(name, text));
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false, delimiter: options.delimiter ?? headerDelimiter(body), newline: '\n' });
  const data = parsed.data;
  // Line numbers: papaparse gives rows, and quoted fields may span lines; count them.
  let headerIndex = 0;
  let line = 1;
  let headerRow = data[headerIndex];
  while (headerRow?.every((c) => !c?.trim())) {
    line += 1 + countNewlines(headerRow);
    headerRow = data[++headerIndex];
  }
  if (!headerRow) throw new CsvError(`${name} has no rows.`);
  const headers = headerRow.map((h) => (h ?? '').trim());
  const rowLines: number[] = [];
  const rows: CsvTable['rows'] = [];
  line += countNewlines(headerRow);
  for (let i = headerIndex + 1; i < data.length; i++) {
    const row = at(data, i, 'CSV row');
    line += 1;
    rowLines[i] = line;
    const cells = row.map((c) => unprotectCell(c ?? ''));
    if (cells.some((c) => c.trim())) rows.push({ line, cells });
    line += countNewlines(row);
  }
  const problems: CsvProblem[] = [];
  const lineOf = (row: number | undefined) => (row === undefined ? line : (rowLines[row] ?? line));
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    const at = lineOf(unclosed.row);
    const last = rows.at(-1);
    const swallowed = last ? countNewlines(last.cells) : 0;
    // A stray quote early in the file swallows everything after it: importing the
    // few rows before it would look like success, so refuse and say where.
    if (swallowed > 10) {
      throw new CsvError(
        `${name}, row ${at}: a quoted field opens here and never closes, so the remaining ${swallowed} lines of the file are inside it. Fix the quote marks on that row and import again.`,
      );
    }
    // The rest of the file went into one field: the row holding it is not data.
    if (last && last.line === at) rows.pop();
    problems.push({
      line: at,
      column: '',
      value: '',
      message: `a quoted field opened on this row never closes: the file is cut short or damaged, so this row was not imported`,
    });
  }
  for (const error of parsed.errors) {
    if (error.code === 'InvalidQuotes')
      problems.push({ line: lineOf(error.row), column: '', value: '', message: 'stray quote mark in a field: the row was read as well as possible, check it' });
  }
  // A short last row with no line end after it is where a truncated file stops: not data.
  const last = rows.at(-1);
  if (!unclosed && last && last.cells.length < headers.length && !/[\r\n]\s*$/.test(body)) {
    rows.pop();
    problems.push({
      line: last.line,
      column: headers[last.cells.length] || `column ${last.cells.length + 1}`,
      value: last.cells.at(-1) ?? '',
      message: `the file ends part way through this row (${last.cells.length} of ${headers.length} columns), so it is cut short: row not imported`,
    });
  }
  for (const row of rows) {
    if (row.cells.length < headers.length) {
      const missing = headers[row.cells.length] || `column ${row.cells.length + 1}`;
      problems.push({
        line: row.line,
        column: missing,
        value: '',
        message: `row has ${row.cells.length} of ${headers.length} columns (the file may be cut short here): the missing ones were read as blank`,
      });
    } else if (row.cells.length > headers.length && row.cells.slice(headers.length).some((c) => c.trim())) {
      const extra = row.cells.slice(headers.length).find((c) => c.trim()) ?? '';
      problems.push({
        line: row.line,
        column: `column ${headers.length + 1}`,
        value: extra,
        message: `row has ${row.cells.length} cells but the header names ${headers.length} columns: the extra cells were ignored`,
      });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { name, headers, rows, problems, replacementCharacters: body.includes('\ufffd') };
}

/**
 * File bytes to text: UTF-8 (byte-order mark dropped), or Windows-1252 when the
 * bytes are not UTF-8, as Excel on Windows saves "CSV (comma delimited)".
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * Row ends made LF, line ends inside quoted fields kept as written. Papaparse
 * takes the first line end it sees for all of them, so a file mixing CRLF, LF
 * and CR (rows pasted from several sources) lost every row after a change.
 */
function oneLineEnd(text: string): string {
  if (!text.includes('\r')) return text;
  let out = '';
  let from = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (c === 0x0d && !quoted) {
      out += text.slice(from, i) + '\n';
      from = text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      if (from === i + 2) i++;
    }
  }
  return out + text.slice(from);
}

/**
 * The separator the header row uses most (",", ";" or tab), or papaparse's guess
 * when it has none. Papaparse guesses from field counts, and a row of cells
 * holding "|" or tabs could make it split Structura's own comma exports wrongly.
 */
function headerDelimiter(body: string): string {
  const header = body.slice(0, body.indexOf('\n') < 0 ? body.length : body.indexOf('\n'));
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const).sort((a, b) => b[1] - a[1]);
  const [most] = counts;
  return most && most[1] > 0 ? most[0] : '';
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
    .replace(/[£\ufffd]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** "£1,234", " 12.5 ", "N/D", "" → number or null; anything else → NaN. A "£" read as U+FFFD still counts. */
export function parseNumber(value: string): number | null {
  const cleaned = value.replace(/[£\ufffd,\s]/g, '');
  if (!cleaned || /^(n\/?d|n\/?a|-|null|notapplicable|notdisclosed)$/i.test(cleaned)) return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}
