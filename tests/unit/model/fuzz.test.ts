// Fuzz: random edits (text full of hostile characters, limits and past them,
// imports of random CSV) on the sample; every edit the app accepts leaves a
// document that saves, reopens equal, and exports SVG that is well-formed XML
// and a PDF that pdf-lib reads. Fixed seed, bounded runs, in CI.
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../../shared/export/fonts.node';
import { drawChart } from '../../../shared/export/pack';
import { writePdf } from '../../../shared/export/pdf';
import { chartToSvg } from '../../../shared/export/svg';
import { CsvError } from '../../../shared/io/csvRead';
import { toCsv } from '../../../shared/io/csvWrite';
import { importMappedCsv } from '../../../shared/io/mappedCsv';
import * as cmd from '../../../shared/model/commands';
import { LIMITS } from '../../../shared/model/limits';
import { parseDocument } from '../../../shared/model/load';
import { serializeForSave } from '../../../shared/model/save';
import type { StructuraDocument } from '../../../shared/model/types';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { xmlProblem } from '../../support/xmlWellFormed';
import { defined } from '../../support/defined';

const PIECES = [
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDC00',
  '😀',
  '\u0000',
  '\u0007',
  '\u001f',
  '<',
  '&',
  '"',
  "'",
  ']]>',
  '=',
  '＝',
  ';',
  '\r\n',
  '\u2028',
  '\u202e',
  '\u200b',
  'é',
  '—',
];
const hostileText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 8 }).map((parts) => parts.join(''));
const sized = fc.oneof(
  hostileText,
  fc.constantFrom(LIMITS.shortText, LIMITS.shortText + 1, LIMITS.longText + 1).map((n) => 'w'.repeat(n)),
);

type Edit = (doc: StructuraDocument) => StructuraDocument;
const postIds = ['ceo', 'coo', 'dph', 'dir-finance'];
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.constantFrom(...postIds), fc.constantFrom('title', 'notes', 'grade', 'unit', 'inferred'), sized).map(
    ([id, field, value]) =>
      (doc: StructuraDocument) =>
        cmd.updateNode(doc, 'annex-1', id, { [field]: value }),
  ),
  fc.tuple(fc.constantFrom(...postIds), fc.array(hostileText, { minLength: 1, maxLength: 3 })).map(
    ([id, names]) =>
      (doc: StructuraDocument) =>
        cmd.updateNode(doc, 'annex-1', id, { holder: { kind: 'named', names } }),
  ),
  fc.tuple(fc.constantFrom(...postIds), fc.double({ min: -1, max: 3e12, noNaN: true })).map(
    ([id, cost]) =>
      (doc: StructuraDocument) =>
        cmd.updateNode(doc, 'annex-1', id, { cost }),
  ),
  sized.map((title) => (doc: StructuraDocument) => cmd.updateChart(doc, 'annex-1', { title, footnotes: [title] })),
  hostileText.map((label) => (doc: StructuraDocument) => cmd.updateTag(doc, 'pct', { label })),
  sized.map((title) => (doc: StructuraDocument) => cmd.updateDocumentInfo(doc, { title, description: title })),
  fc.array(fc.tuple(hostileText, hostileText, hostileText), { minLength: 1, maxLength: 6 }).map((rows) => (doc: StructuraDocument) => {
    const csv = toCsv([['Post id', 'Title', 'Holder'], ...rows.map(([id, title, holder], i) => [id || `r${i}`, title || `Post ${i}`, holder])]);
    const result = importMappedCsv({ name: 'random.csv', text: csv }, { id: 0, title: 1, holder: 2 }, doc.tags);
    return cmd.addChart(doc, result.chart, result.newTags);
  }),
);

const tryEdit = (doc: StructuraDocument, change: Edit): StructuraDocument => {
  try {
    return change(doc);
  } catch (error) {
    if (error instanceof cmd.CommandError || error instanceof CsvError) return doc; // refused: nothing changed
    throw error;
  }
};

describe('fuzz: edit → save → reopen → export', () => {
  it('every accepted sequence of edits and imports saves, reopens equal, and exports well-formed SVG and a readable PDF', async () => {
    const fonts = await loadFonts();
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        const doc = edits.reduce(tryEdit, herefordshireSample());
        const reopened = parseDocument(serializeForSave(doc));
        expect(reopened.ok ? [] : reopened.errors).toEqual([]);
        if (!reopened.ok) return;
        expect(reopened.doc).toEqual(doc);
        for (const chart of doc.charts.slice(-2)) expect(xmlProblem(chartToSvg(doc, chart.id).svg)).toBeNull();
        const pdf = await writePdf(
          drawChart(doc, defined(doc.charts.at(-1), 'doc.charts.at(-1)').id, { paper: 'a3', orientation: 'landscape' }).drawing,
          fonts,
        );
        expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThan(0);
      }),
      { numRuns: 40, seed: 20261201 },
    );
  }, 60_000);

  it('the XML check catches what breaks SVG', () => {
    expect(xmlProblem('<svg><text>a\uFFFEb</text></svg>')).toMatch(/FFFE is not an XML character/);
    expect(xmlProblem('<svg><text>a & b</text></svg>')).toMatch(/bare "&"/);
    expect(xmlProblem('<svg><g></svg>')).toMatch(/closes the wrong element/);
    expect(xmlProblem('<svg a="1" a="2"/>')).toMatch(/twice/);
    expect(xmlProblem('<?xml version="1.0"?><svg x="&amp;"><text>&#39;&lt;</text></svg>')).toBeNull();
  });
});
