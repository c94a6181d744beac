// One definition of a valid document: every edit at a limit is accepted and the
// document saves and reopens; one step past it, the command refuses with the
// message the loader gives for the same document, and the save gate refuses to
// write it.
import { describe, expect, it } from 'vitest';
import * as cmd from '../../../shared/model/commands';
import { makeChart, makePost } from '../../../shared/model/factory';
import { LIMITS } from '../../../shared/model/limits';
import { parseDocument, serializeDocument } from '../../../shared/model/load';
import { SaveRefusedError, serializeForSave } from '../../../shared/model/save';
import type { Chart, StructuraDocument } from '../../../shared/model/types';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { defined } from '../../support/defined';

const A1 = 'annex-1';
const x = (n: number) => 'x'.repeat(n);
const withCharts = (doc: StructuraDocument, count: number): StructuraDocument => ({
  ...doc,
  charts: [...doc.charts, ...Array.from({ length: count - doc.charts.length }, (_, i) => makeChart({ id: `extra-${i}`, title: `Extra ${i}` }))],
});
const withTags = (doc: StructuraDocument, count: number): StructuraDocument => ({
  ...doc,
  tags: [...doc.tags, ...Array.from({ length: count - doc.tags.length }, (_, i) => ({ id: `t${i}`, name: `Tag ${i}`, label: `T${i}`, colour: '#123456' }))],
});

interface Edge {
  name: string;
  /** The edit with the value at the limit (`over` false) or one step past it. */
  edit: (doc: StructuraDocument, over: boolean) => StructuraDocument;
  /** The same change made behind the commands' back, as a hand-edited file would. */
  raw: (doc: StructuraDocument, over: boolean) => StructuraDocument;
}

const node = (field: string, atLimit: unknown, overLimit: unknown, nodeId = 'ceo'): Edge => ({
  name: `post ${field}`,
  edit: (doc, over) => cmd.updateNode(doc, A1, nodeId, { [field]: over ? overLimit : atLimit }),
  raw: (doc, over) =>
    ({
      ...doc,
      charts: doc.charts.map((c) =>
        c.id !== A1 ? c : { ...c, nodes: c.nodes.map((n) => (n.id === nodeId ? { ...n, [field]: over ? overLimit : atLimit } : n)) },
      ),
    }) as StructuraDocument,
});
const chartField = (field: string, atLimit: unknown, overLimit: unknown): Edge => ({
  name: `chart ${field}`,
  edit: (doc, over) => cmd.updateChart(doc, A1, { [field]: over ? overLimit : atLimit }),
  raw: (doc, over) => ({ ...doc, charts: doc.charts.map((c) => (c.id === A1 ? { ...c, [field]: over ? overLimit : atLimit } : c)) }),
});
const docField = (field: 'title' | 'description', limit: number): Edge => ({
  name: `document ${field}`,
  edit: (doc, over) => cmd.updateDocumentInfo(doc, { [field]: x(limit + (over ? 1 : 0)) }),
  raw: (doc, over) => ({ ...doc, [field]: x(limit + (over ? 1 : 0)) }),
});
const names = (n: number) => ({ kind: 'named', names: Array.from({ length: n }, (_, i) => `Holder ${i}`) });
const lineId = (doc: StructuraDocument) => defined(defined(doc.charts[0]).lines[0]).id;

const EDGES: Edge[] = [
  node('title', x(LIMITS.shortText), x(LIMITS.shortText + 1)),
  node('notes', x(LIMITS.longText), x(LIMITS.longText + 1)),
  node('grade', x(LIMITS.shortText), x(LIMITS.shortText + 1)),
  node('unit', x(LIMITS.shortText), x(LIMITS.shortText + 1)),
  node('jobFunction', x(LIMITS.shortText), x(LIMITS.shortText + 1)),
  node('profession', x(LIMITS.shortText), x(LIMITS.shortText + 1)),
  node('inferred', x(LIMITS.shortText), x(LIMITS.shortText + 1)),
  node('cost', LIMITS.money, 2e12),
  node('payFloor', LIMITS.money / 2, 2e12),
  node('fte', LIMITS.fte, 2e6),
  node('responsibilities', Array(LIMITS.listItems).fill('r'), Array(LIMITS.listItems + 1).fill('r')),
  node('responsibilities', [x(LIMITS.shortText)], [x(LIMITS.shortText + 1)]),
  node('holder', names(LIMITS.holderNames), names(LIMITS.holderNames + 1)),
  node('holder', { kind: 'named', names: [x(LIMITS.shortText)] }, { kind: 'named', names: [x(LIMITS.shortText + 1)] }),
  node('title', 'Chief Executive', 'Chief \uFFFE Executive'),
  node('notes', 'fine', 'broken \uD800 surrogate'),
  node('name', x(LIMITS.shortText), x(LIMITS.shortText + 1), 'pst-board'),
  chartField('title', x(LIMITS.shortText), x(LIMITS.shortText + 1)),
  chartField('subtitle', x(LIMITS.shortText), x(LIMITS.shortText + 1)),
  chartField('annex', x(LIMITS.annex), x(LIMITS.annex + 1)),
  chartField('footnotes', [x(LIMITS.longText)], [x(LIMITS.longText + 1)]),
  chartField('footnotes', Array(LIMITS.listItems).fill('f'), Array(LIMITS.listItems + 1).fill('f')),
  docField('title', LIMITS.shortText),
  docField('description', LIMITS.longText),
  {
    name: 'document author',
    edit: (doc, over) => cmd.updateDocumentInfo(doc, { meta: { author: x(LIMITS.shortText + (over ? 1 : 0)) } }),
    raw: (doc, over) => ({ ...doc, meta: { ...doc.meta, author: x(LIMITS.shortText + (over ? 1 : 0)) } }),
  },
  {
    name: 'line label',
    edit: (doc, over) => cmd.updateLine(doc, A1, lineId(doc), { label: x(LIMITS.shortText + (over ? 1 : 0)) }),
    raw: (doc, over) => ({
      ...doc,
      charts: doc.charts.map((c) =>
        c.id !== A1 ? c : { ...c, lines: c.lines.map((l, i) => (i === 0 ? { ...l, label: x(LIMITS.shortText + (over ? 1 : 0)) } : l)) },
      ),
    }),
  },
  {
    name: 'tag label',
    edit: (doc, over) => cmd.updateTag(doc, 'pct', { label: x(LIMITS.tagLabel + (over ? 1 : 0)) }),
    raw: (doc, over) => ({ ...doc, tags: doc.tags.map((t) => (t.id === 'pct' ? { ...t, label: x(LIMITS.tagLabel + (over ? 1 : 0)) } : t)) }),
  },
  {
    name: 'tag name',
    edit: (doc, over) => cmd.updateTag(doc, 'pct', { name: x(LIMITS.shortText + (over ? 1 : 0)) }),
    raw: (doc, over) => ({ ...doc, tags: doc.tags.map((t) => (t.id === 'pct' ? { ...t, name: x(LIMITS.shortText + (over ? 1 : 0)) } : t)) }),
  },
  {
    name: 'number of tags',
    edit: (doc, over) => cmd.addTag(withTags(doc, LIMITS.tags - 1 + (over ? 1 : 0)), { id: 'last', name: 'Last', label: 'L', colour: '#000000' }),
    raw: (doc, over) => withTags(doc, LIMITS.tags + (over ? 1 : 0)),
  },
  {
    name: 'number of charts',
    edit: (doc, over) => cmd.addChart(withCharts(doc, LIMITS.charts - 1 + (over ? 1 : 0)), makeChart({ id: 'last', title: 'Last' })),
    raw: (doc, over) => withCharts(doc, LIMITS.charts + (over ? 1 : 0)),
  },
  {
    name: 'a duplicated chart past the chart count',
    edit: (doc, over) => cmd.duplicateChart(withCharts(doc, LIMITS.charts - 1 + (over ? 1 : 0)), A1).doc,
    raw: (doc, over) => withCharts(doc, LIMITS.charts + (over ? 1 : 0)),
  },
  {
    name: 'box position',
    edit: (doc, over) => cmd.moveNodes(doc, A1, new Map([['ceo', { x: LIMITS.coordinate + (over ? 1 : 0), y: 0 }]])),
    raw: (doc, over) => ({
      ...doc,
      charts: doc.charts.map((c) =>
        c.id !== A1 ? c : { ...c, nodes: c.nodes.map((n) => (n.id === 'ceo' ? { ...n, position: { x: LIMITS.coordinate + (over ? 1 : 0), y: 0 } } : n)) },
      ),
    }),
  },
];

describe('one definition of a valid document', () => {
  for (const edge of EDGES) {
    it(`${edge.name}: accepted at the limit and reopens; past it, refused with the loader's message`, () => {
      const doc = herefordshireSample();
      const atLimit = edge.edit(doc, false);
      const reopened = parseDocument(serializeForSave(atLimit));
      expect(reopened.ok ? [] : reopened.errors).toEqual([]);
      if (reopened.ok) expect(reopened.doc).toEqual(atLimit);

      const loaded = parseDocument(serializeDocument(edge.raw(doc, true)));
      expect(loaded.ok).toBe(false);
      if (loaded.ok) return;
      const message = defined(loaded.errors[0]).message;
      let refusal: unknown;
      try {
        edge.edit(doc, true);
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(cmd.CommandError);
      expect((refusal as Error).message).toContain(message);
      // The save gate refuses the hand-made document too, saying where.
      expect(() => serializeForSave(edge.raw(doc, true))).toThrow(SaveRefusedError);
    });
  }

  it('an imported chart that breaks a limit is refused whole, saying which field', () => {
    const doc = herefordshireSample();
    const chart: Chart = makeChart({ id: 'imported', title: 'Imported', nodes: [makePost({ id: 'p'.repeat(LIMITS.idLength + 1), title: 'Head' })] });
    expect(() => cmd.addChart(doc, chart)).toThrow(/nodes\[0\]\.id is longer than 200 characters/);
    const named = makeChart({
      id: 'imported',
      title: 'Imported',
      nodes: [makePost({ id: 'p', title: 'Head', holder: { kind: 'named', names: [x(1_000_000)] } })],
    });
    expect(() => cmd.addChart(doc, named)).toThrow(/holder\.names\[0\] is longer than 500 characters/);
  });

  it('the save gate refuses a document over the file size limit, before writing anything', () => {
    const doc = herefordshireSample();
    // Each chart within every limit, 3,100 footnotes of 20,000 characters in all: 62 MB.
    const footnotes = Array(LIMITS.listItems).fill(x(LIMITS.longText));
    const huge = withCharts(doc, 7);
    huge.charts = huge.charts.map((c, i) => ({ ...c, footnotes: i === 0 ? footnotes.slice(0, 100) : footnotes }));
    expect(() => serializeForSave(huge)).toThrow(/would be \d+\.\d MB; Structura opens documents up to 50 MB/);
    expect(() => cmd.duplicateChart(huge, A1)).toThrow(/would be \d+\.\d MB/);
  });
});
