// Imports never lose text without a word and never yield a chart the document
// cannot save: each value beyond a limit is cut or replaced and its row says
// so; a file with more posts than a chart holds is refused at the row.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentFile } from '../../../electron/fileService';
import { decodeCsvBytes, readCsv } from '../../../shared/io/csvRead';
import { importMappedCsv } from '../../../shared/io/mappedCsv';
import { importOrganogram } from '../../../shared/io/organogram';
import { decodeWindows1252 } from '../../../shared/io/windows1252';
import { addChart } from '../../../shared/model/commands';
import { LIMITS } from '../../../shared/model/limits';
import { parseDocument } from '../../../shared/model/load';
import { serializeForSave } from '../../../shared/model/save';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import type { ImportResult } from '../../../shared/io/organogram';
import { defined } from '../../support/defined';

const savesAndReopens = (result: ImportResult) => {
  const doc = addChart(herefordshireSample(), result.chart, result.newTags);
  const reopened = parseDocument(serializeForSave(doc));
  expect(reopened.ok ? [] : reopened.errors).toEqual([]);
  if (reopened.ok) expect(reopened.doc).toEqual(doc);
};

describe('CSV line ends', () => {
  it('a file mixing CRLF, LF and CR line ends keeps every row (12 rows, 12 posts)', () => {
    const ends = ['\r\n', '\n', '\r', '\n', '\r\n', '\r', '\r', '\n', '\r\n', '\r\n', '\n', '\r'];
    const text = 'id,title,manager\r\n' + ends.map((end, i) => `p${i},Post ${i},${i ? 'p0' : ''}${end}`).join('');
    expect(readCsv('mixed.csv', text).rows).toHaveLength(12);
    const result = importMappedCsv({ name: 'mixed.csv', text }, { id: 0, title: 1, managerId: 2 });
    expect(result.report.rowsRead).toBe(12);
    expect(result.report.postsCreated).toBe(12);
    expect(result.chart.lines).toHaveLength(11);
    expect(readCsv('mixed.csv', text).rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('a quoted field spanning lines keeps its text, with the line numbers after it right', () => {
    const table = readCsv('notes.csv', 'id,notes\r\np1,"first\r\nsecond"\rp2,x\n');
    expect(table.rows).toEqual([
      { line: 2, cells: ['p1', 'first\r\nsecond'] },
      { line: 4, cells: ['p2', 'x'] },
    ]);
  });
});

describe('Windows-1252', () => {
  // “Director’s – €100” … • ™ as Excel on Windows saves them.
  const bytes = new Uint8Array([0x93, 0x44, 0x92, 0x73, 0x94, 0x20, 0x96, 0x20, 0x80, 0x31, 0x20, 0x85, 0x20, 0x95, 0x20, 0x99, 0x20, 0xa3, 0xe9, 0x97]);
  const expected = '“D’s” – €1 … • ™ £é—';

  it('decodes curly quotes, dashes, € and ’ with the right table', () => {
    expect(decodeWindows1252(bytes)).toBe(expected);
    for (let b = 0xa0; b <= 0xff; b++) expect(decodeWindows1252(new Uint8Array([b])).charCodeAt(0)).toBe(b);
  });

  it('in the command line path (decodeCsvBytes) and the Electron main process (readDocumentFile as text)', async () => {
    expect(decodeCsvBytes(bytes)).toBe(expected);
    const dir = mkdtempSync(join(tmpdir(), 'structura-1252-'));
    const path = join(dir, 'staff.csv');
    writeFileSync(path, bytes);
    expect((await readDocumentFile(path, LIMITS.fileBytes, 'text')).text).toBe(expected);
  });

  it('keeps UTF-8 as UTF-8', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('“D’s” – €'))).toBe('“D’s” – €');
  });
});

describe('generic CSV import at the limits', () => {
  const long = 'x'.repeat(LIMITS.idLength + 1);
  const holder = 'N'.repeat(1024 * 1024);
  const text =
    [
      'id,title,holder,cost,fte,notes',
      `${long},Long id,Ann,100,1,`,
      `"a\u0001b",Control id,Bob,100,1,`,
      `p3,Huge holder,${holder},100,1,`,
      `p4,Huge cost,Cy,1e15,1,`,
      `p5,${'T'.repeat(LIMITS.shortText + 1)},Di,100,2e6,`,
      `p6,Bad \uFFFE char,Ed,100,1,`,
    ].join('\n') + '\n';
  const result = importMappedCsv({ name: 'staff.csv', text }, { id: 0, title: 1, holder: 2, cost: 3, fte: 4 });
  const issuesOf = (row: number) => result.report.issues.filter((i) => i.row === row).map((i) => `${i.column}: ${i.message}`);

  it('an id over 200 characters or holding control characters gets a new id, and the row says why', () => {
    expect(issuesOf(2)).toEqual(['id: post id is 201 characters long; an id has at most 200: this row got a new id']);
    expect(issuesOf(3)).toEqual(['id: post id holds control characters: this row got a new id']);
    expect(result.chart.nodes.some((n) => n.id === long)).toBe(false);
  });

  it('a 1 MB holder name is cut to the limit and the row says so; a cost of 1e15 is left blank, said so', () => {
    expect(issuesOf(4)).toEqual(['holder: is 1,048,576 characters long; a document keeps 500: the rest was cut off']);
    const post = result.chart.nodes.find((n) => n.id === 'p3');
    expect(post?.kind === 'post' && post.holder.kind === 'named' && defined(post.holder.names[0]).length).toBe(LIMITS.shortText);
    expect(issuesOf(5)).toEqual(['cost: is more than £1,000,000,000,000, not a plausible amount: left blank']);
  });

  it('a title over the limit and an implausible FTE are reported on their row', () => {
    expect(issuesOf(6)).toEqual([
      'title: is 501 characters long; a document keeps 500: the rest was cut off', // Above 1.5 an FTE is read as hours a week (issue #13), and 2e6 hours is not a week.
      'fte: more hours than a week has: taken as FTE 1',
    ]);
    expect(issuesOf(7)).toEqual(['title: holds the non-character U+FFFE, which is not text: removed']);
  });

  it('the result is added, saved and reopened unchanged', () => savesAndReopens(result));
});

describe('organogram import at the limits', () => {
  const header = 'Post Unique Reference,Name,Job Title,Reports to Senior Post,FTE,Notes\n';

  it(`a 200,000-row file stops at the chart's ${LIMITS.nodesPerChart.toLocaleString('en-GB')} posts with the row, instead of an unsavable document`, () => {
    const rows: string[] = [];
    for (let i = 0; i < 200_000; i++) rows.push(`P${i},N/D,Officer,XX,1,\n`);
    expect(() => importOrganogram({ senior: { name: 'big-senior.csv', text: header + rows.join('') } })).toThrow(
      `big-senior.csv, row ${LIMITS.nodesPerChart + 2}: this file has more than 100,000 posts, the most a chart holds.`,
    );
  });

  it('notes and names over the limit are cut and reported per row; the chart saves and reopens', () => {
    const text = header + `P1,${'A'.repeat(600)},Chief,XX,1,${'n'.repeat(LIMITS.longText + 5)}\nP${'9'.repeat(199)},Bo,Deputy,P1,1,\n`;
    const result = importOrganogram({ senior: { name: 's.csv', text } });
    expect(result.report.issues.filter((i) => i.row === 2).map((i) => `${i.column}: ${i.message}`)).toEqual([
      'Name: is 600 characters long; a document keeps 500: the rest was cut off',
      'Notes: is 20,005 characters long; a document keeps 20,000: the rest was cut off',
    ]);
    // A 200-character reference is a valid id; its management line id would not be, so it gets another.
    expect(result.chart.lines).toHaveLength(1);
    savesAndReopens(result);
  });
});
