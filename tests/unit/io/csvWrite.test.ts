// Formula protection holds whichever list separator the spreadsheet uses, and
// Structura's own exports read back exactly, post ids included.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../shared/io/csvRead';
import { csvCell, toCsv } from '../../../shared/io/csvWrite';
import { exportOrganogramCsv } from '../../../shared/io/organogramExport';
import { importOrganogram } from '../../../shared/io/organogram';
import { updateNode } from '../../../shared/model/commands';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { defined } from '../../support/defined';

const STARTERS = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
const live = (cell: string) => /^\s*[=+\-@＝＋－＠]/.test(cell);
const hostile = fc
  .tuple(fc.constantFrom('', ...STARTERS, "'", "'=", 'x;', 'x,'), fc.constantFrom('', ...STARTERS), fc.string({ maxLength: 12 }))
  .map(([a, b, c]) => a + b + c);

describe('formula protection', () => {
  it('no cell starts a formula, read with "," or ";" as the list separator', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 4 }), (cells) => {
        const csv = toCsv([cells], { bom: false });
        for (const delimiter of [',', ';']) {
          for (const cell of Papa.parse<string[]>(csv, { delimiter, newline: '\r\n' }).data.flat()) expect(live(cell)).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the examples of the report: "x;=cmd|\' /C calc\'!A0" and full-width ＝', () => {
    expect(Papa.parse<string[]>(csvCell("x;=cmd|' /C calc'!A0"), { delimiter: ';' }).data[0]).toEqual(["x;'=cmd|' /C calc'!A0"]);
    expect(Papa.parse<string[]>(toCsv([['a', "x;=cmd|' /C calc'!A0"]], { bom: false }), { delimiter: ';', newline: '\r\n' }).data[0]).toEqual([
      'a,"x',
      "'=cmd|' /C calc'!A0\"",
    ]);
    expect(csvCell('＝HYPERLINK("http://evil")')).toBe('"\'＝HYPERLINK(""http://evil"")"');
  });

  it('what Structura writes, it reads back unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(
          hostile.filter((s) => s.trim() !== '' && !/[\u0000-\u0008\u000e-\u001f]/.test(s)),
          { minLength: 4, maxLength: 4 },
        ),
        (cells) => {
          const table = readCsv('round.csv', toCsv([['Post id', 'Title', 'Holder', 'Notes'], cells]));
          expect(defined(table.rows[0]).cells).toEqual(cells);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('post ids that look like formulas survive an organogram export and import', () => {
    let doc = herefordshireSample();
    doc = updateNode(doc, 'annex-1', 'ceo', { title: '=SUM(A1)', notes: "'-quoted", grade: '＋1' });
    const chart = defined(doc.charts[0]);
    const renamed = {
      ...doc,
      charts: [
        {
          ...chart,
          nodes: chart.nodes.map((n) => (n.id === 'coo' ? { ...n, id: '=coo' } : n)),
          lines: chart.lines.map((l) => ({ ...l, from: l.from === 'coo' ? '=coo' : l.from, to: l.to === 'coo' ? '=coo' : l.to })),
        },
        ...doc.charts.slice(1),
      ],
    };
    const { senior } = exportOrganogramCsv(renamed, 'annex-1');
    const back = importOrganogram({ senior: { name: 'senior.csv', text: senior } });
    const coo = back.chart.nodes.find((n) => n.id === '=coo');
    expect(coo).toBeDefined();
    const ceo = back.chart.nodes.find((n) => n.id === 'ceo');
    expect(ceo?.kind === 'post' && [ceo.title, ceo.notes, ceo.grade]).toEqual(['=SUM(A1)', "'-quoted", '＋1']);
    expect(back.chart.lines.some((l) => l.from === '=coo')).toBe(true);
  });
});
