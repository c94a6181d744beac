// Reading CSV text: what a user sees when a file is odd, damaged or not CSV at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvError, decodeCsvBytes, parseNumber, readCsv } from '../../../shared/io/csvRead';
import { defined } from '../../support/defined';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/organograms', name), 'utf8');

describe('readCsv', () => {
  it('strips the byte-order mark, reads Windows line ends and numbers rows by the line they start on', () => {
    const text = '\uFEFFId,Title,Notes\r\n1,Chief,"two\r\nlines"\r\n2,Deputy,\r\n\r\n3,Head,x\r\n';
    const table = readCsv('t.csv', text);
    expect(table.headers).toEqual(['Id', 'Title', 'Notes']);
    expect(table.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, '1'],
      [4, '2'],
      [6, '3'],
    ]);
    expect(defined(table.rows[0]).cells[2]).toBe('two\r\nlines');
    expect(table.problems).toEqual([]);
  });

  it('gives the file line of rows after multi-line fields in a real published file', () => {
    const text = fixture('hse-2013-09-30-senior-as-published.csv');
    const table = readCsv('hse.csv', text);
    // Each published row starts with its index ("0,", "1,"...): the line a row is said to start on must begin with it.
    const lines = text.split('\n');
    expect(table.rows).toHaveLength(45);
    table.rows.forEach((row, i) => expect(defined(lines[row.line - 1]).startsWith(`${i},`)).toBe(true));
    expect(defined(table.rows.at(-1), 'table.rows.at(-1)').line).toBeGreaterThan(46); // some fields span lines, so line and row numbers part
  });

  it('refuses files that are not CSV, saying what they look like', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    // However the bytes were decoded (Node's utf8, the host's UTF-8-or-Windows-1252), the file is named for what it is.
    expect(() => readCsv('photo.csv', png.toString('utf8'))).toThrow('photo.csv is not a CSV file: it looks like a PNG image');
    expect(() => readCsv('photo.csv', decodeCsvBytes(png))).toThrow('photo.csv is not a CSV file: it looks like a PNG image');
    const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0]);
    expect(() => readCsv('audit.csv', xlsx.toString('utf8'))).toThrow('audit.csv is not a CSV file: it looks like an Excel workbook (.xlsx)');
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(() => readCsv('old.csv', xls.toString('utf8'))).toThrow('it looks like an old Excel workbook (.xls)');
    expect(() => readCsv('old.csv', decodeCsvBytes(xls))).toThrow('it looks like an old Excel workbook (.xls)');
    expect(() => readCsv('paper.csv', '%PDF-1.7\n%âãÏÓ\n1 0 obj')).toThrow('paper.csv is not a CSV file: it looks like a PDF document');
    expect(() => readCsv('plan.csv', '{"schemaVersion": 1}')).toThrow('it looks like a JSON file');
  });

  it('refuses UTF-16 text with the way to fix it', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Post Unique Reference,Name\r\nA1,Ann\r\n', 'utf16le')]);
    expect(() => readCsv('unicode.csv', utf16.toString('utf8'))).toThrow(/unicode\.csv .* UTF-16 .*Save it as "CSV UTF-8/);
  });

  it('refuses binary data, empty files and blank files', () => {
    const noise = Buffer.alloc(3000);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 256;
    expect(() => readCsv('noise.csv', decodeCsvBytes(noise))).toThrow('noise.csv is not a CSV file: it contains binary data');
    expect(() => readCsv('empty.csv', '')).toThrow('empty.csv is empty');
    expect(() => readCsv('blank.csv', '\uFEFF \r\n\r\n  ')).toThrow('blank.csv is empty');
  });

  it('reads Windows-1252 files (Excel "CSV (comma delimited)") with their pound signs', () => {
    const bytes = Buffer.from('Title,Cost (\xa3)\r\nChief,\xa3150,000\r\n', 'latin1');
    const table = readCsv('cp1252.csv', decodeCsvBytes(bytes));
    expect(table.headers[1]).toBe('Cost (£)');
    expect(defined(table.rows[0]).cells).toEqual(['Chief', '£150', '000']);
    expect(decodeCsvBytes(Buffer.from('\uFEFFé', 'utf8'))).toBe('é');
  });

  it('drops a last row the file stops in the middle of, and says so', () => {
    const table = readCsv('cut.csv', 'A,B,C\n1,2,3\n4,5');
    expect(table.rows.map((r) => r.cells)).toEqual([['1', '2', '3']]);
    expect(table.problems).toEqual([
      { line: 3, column: 'C', value: '5', message: expect.stringContaining('the file ends part way through this row (2 of 3 columns)') },
    ]);
  });

  it('keeps a short row in the middle of the file and reports the missing column', () => {
    const table = readCsv('short.csv', 'A,B,C\n1,2\n4,5,6\n');
    expect(table.rows).toHaveLength(2);
    expect(table.problems).toEqual([{ line: 2, column: 'C', value: '', message: expect.stringContaining('row has 2 of 3 columns') }]);
  });

  it('reports extra non-blank cells that have no column', () => {
    const table = readCsv('wide.csv', 'A,B\n1,2,surprise\n3,4,\n');
    expect(table.problems).toEqual([{ line: 2, column: 'column 3', value: 'surprise', message: expect.stringContaining('the extra cells were ignored') }]);
  });

  it('a file cut inside a quoted field at its end loses only that row, reported', () => {
    const table = readCsv('cut.csv', 'A,B\n1,"one"\n2,"tw');
    expect(table.rows.map((r) => r.cells[0])).toEqual(['1']);
    expect(table.problems).toEqual([{ line: 3, column: '', value: '', message: expect.stringContaining('a quoted field opened on this row never closes') }]);
  });

  it('a stray quote early in a file is refused with its row, not imported as a few rows', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `${i},Post ${i}`);
    rows[3] = '3,"Post 3';
    expect(() => readCsv('stray.csv', 'Id,Title\n' + rows.join('\n'))).toThrow(
      /^stray\.csv, row 5: a quoted field opens here and never closes, so the remaining 36 lines/,
    );
  });

  it('a 50 MB file is refused quickly with its size and the limit', () => {
    const row = '"A1","Ann Example","SCS1","Director of Things","Function","Dept","Org","Unit","","","XX","","1","100000","104999"\n';
    const big =
      'Post Unique Reference,Name,Grade,Job Title,Function,Parent Department,Organisation,Unit,Phone,Email,Reports to Senior Post,Cost,FTE,Floor,Ceiling\n' +
      row.repeat(Math.ceil((50 * 1024 * 1024) / row.length));
    const started = performance.now();
    expect(() => readCsv('huge.csv', big)).toThrow(
      new CsvError('huge.csv is 50 MB; Structura imports CSV files up to 40 MB (the largest published organograms are under 5 MB).'),
    );
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('parseNumber', () => {
  it('reads amounts as publishers write them', () => {
    expect(parseNumber('£1,234')).toBe(1234);
    expect(parseNumber(' 12.5 ')).toBe(12.5);
    expect(parseNumber('\ufffd70,000')).toBe(70000);
    for (const blank of ['', 'N/D', 'n/a', 'ND', '-', 'Not disclosed']) expect(parseNumber(blank)).toBeNull();
    for (const bad of ['one', '1.2.3', 'http://x#tenure48', '0x10', 'Infinity']) expect(parseNumber(bad)).toBeNaN();
  });
});
