// Editing several posts at once (shared/commands/bulk.ts): every selected box
// the field applies to gets the value, nothing else changes, undo restores the
// very document, and a value the loader would refuse refuses the whole step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BULK_FIELDS, bulkLabel, bulkTargets, setField, sharedValue, type BulkField } from '../../../shared/commands/bulk';
import { CommandError } from '../../../shared/model/commands';
import { makeBody, makeChart, makeDocument, makePost } from '../../../shared/model/factory';
import { parseDocument, serializeDocument } from '../../../shared/model/load';
import { LIMITS } from '../../../shared/model/limits';
import type { FundingShare, Holder, PostNode, StructuraDocument } from '../../../shared/model/types';
import { createEditorState } from '../../../renderer/store/editorStore';
import { defined, present } from '../../support/defined';

const TAGS = [
  { id: 'pct', label: 'PCT', name: 'Herefordshire Primary Care Trust', colour: '#005eb8' },
  { id: 'hc', label: 'HC', name: 'Herefordshire Council', colour: '#00703c' },
  { id: 'joint', label: 'Joint', name: 'Joint appointment', colour: '#7c2a90' },
];

const grade = fc.string({ minLength: 0, maxLength: 12 }).filter((s) => !/[\u0000-\u001f\ud800-\udfff\ufffe\uffff]/.test(s));
const tagId = fc.constantFrom<string | null>(null, 'pct', 'hc', 'joint');
const holder = fc.constantFrom<Holder>({ kind: 'vacant' }, { kind: 'unrecorded' }, { kind: 'undisclosed' }, { kind: 'named', names: ['A. Smith'] });
/** A split that adds up to 100 % over distinct organisations. */
const funding: fc.Arbitrary<FundingShare[]> = fc.oneof(
  fc.constant<FundingShare[]>([]),
  fc.integer({ min: 0, max: 100 }).map((p) => [
    { tagId: 'pct', percent: p },
    { tagId: 'hc', percent: 100 - p },
  ]),
  fc.constant<FundingShare[]>([{ tagId: 'joint', percent: 100 }]),
);

/** A valid value for each field. */
const VALID: { [F in BulkField]: fc.Arbitrary<PostNode[F]> } = {
  tagId,
  holder,
  funding,
  fte: fc.double({ min: 0, max: 5, noNaN: true }),
  grade,
  cost: fc.option(fc.integer({ min: 0, max: 250_000 })),
  costIllustrative: fc.boolean(),
  unit: grade,
  assistant: fc.boolean(),
};

const edit = fc.constantFrom(...BULK_FIELDS).chain((field) => VALID[field].map((value) => ({ field, value }) as { field: BulkField; value: unknown }));

const arbCase = fc
  .record({
    posts: fc.array(fc.record({ tagId, grade, fte: fc.double({ min: 0, max: 2, noNaN: true }), funding }), { minLength: 1, maxLength: 10 }),
    bodies: fc.nat({ max: 2 }),
    picks: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    edit,
  })
  .map(({ posts, bodies, picks, edit }) => {
    const nodes = [
      ...posts.map((p, i) => makePost({ id: `p${i}`, title: `Post ${i}`, ...p })),
      ...Array.from({ length: bodies }, (_, i) => makeBody({ id: `b${i}`, name: `Board ${i}` })),
    ];
    const doc = makeDocument({
      tags: TAGS,
      charts: [makeChart({ id: 'c1', title: 'Proposed', nodes }), makeChart({ id: 'c2', title: 'Other', nodes: [makePost({ id: 'p0', title: 'Post 0' })] })],
    });
    const selected = nodes.filter((_, i) => picks[i % picks.length] || i === 0).map((n) => n.id);
    return { doc, selected, ...edit };
  });

const RUNS = { seed: 16, numRuns: 200 };

describe('setting one field on several selected boxes', () => {
  it('gives every selected box it applies to the value, and changes nothing else', () => {
    fc.assert(
      fc.property(arbCase, ({ doc, selected, field, value }) => {
        const after = setField(doc, 'c1', selected, field, value as never);
        const before = defined(doc.charts[0], 'before');
        const chart = defined(after.charts[0], 'chart');
        const chosen = new Set(selected);
        for (const [i, node] of chart.nodes.entries()) {
          const old = before.nodes[i];
          if (chosen.has(node.id) && (field === 'tagId' || node.kind === 'post')) {
            expect((node as PostNode)[field]).toEqual(value);
            // Only that field changed.
            expect({ ...node, [field]: undefined }).toEqual({ ...old, [field]: undefined });
          } else {
            expect(node).toBe(old);
          }
        }
        expect(chart.lines).toBe(before.lines);
        expect(after.charts[1]).toBe(doc.charts[1]);
        expect(after.tags).toBe(doc.tags);
        // What it makes, the loader accepts.
        expect(parseDocument(serializeDocument(after)).ok).toBe(true);
        // And the inspector would now show the value, not Mixed.
        expect(sharedValue(chart, selected, field)).toEqual({ mixed: false, value });
      }),
      RUNS,
    );
  });

  it('is one undo step through the store, named for the field and the count, and undo restores the very document', () => {
    fc.assert(
      fc.property(arbCase, ({ doc, selected, field, value }) => {
        const store = createEditorState(doc);
        const label = bulkLabel(defined(doc.charts[0], 'doc.charts[0]'), selected, field);
        expect(store.getState().apply((d) => setField(d, 'c1', selected, field, value as never), label)).toBe(true);
        const changed = store.getState().doc !== doc;
        expect(store.getState().past.length).toBe(changed ? 1 : 0);
        if (changed) expect(store.getState().pastLabels).toEqual([label]);
        store.getState().undo();
        expect(store.getState().doc).toBe(doc);
        if (changed) {
          store.getState().redo();
          expect(sharedValue(defined(store.getState().doc.charts[0], 'store.getState().doc.charts[0]'), selected, field)).toEqual({ mixed: false, value });
        }
      }),
      RUNS,
    );
  });

  it('says Mixed exactly when the boxes it applies to differ', () => {
    fc.assert(
      fc.property(arbCase, ({ doc, selected, field }) => {
        const chart = defined(doc.charts[0], 'chart');
        const targets = bulkTargets(chart, selected, field) as PostNode[];
        const shared = sharedValue(chart, selected, field);
        if (targets.length === 0) return expect(shared).toBeUndefined();
        const distinct = new Set(targets.map((t) => JSON.stringify(t[field] ?? null)));
        expect(defined(shared, 'shared').mixed).toBe(distinct.size > 1);
      }),
      RUNS,
    );
  });

  it('refuses a value the loader would refuse for the whole step, in the loader’s words, naming a post', () => {
    const refused: { field: BulkField; value: unknown; words: RegExp }[] = [
      { field: 'fte', value: -1, words: /FTE must be 0 or more/ },
      { field: 'fte', value: LIMITS.fte + 1, words: /fte/i },
      { field: 'grade', value: 'G'.repeat(LIMITS.shortText + 1), words: /grade is longer than/ },
      { field: 'funding', value: [{ tagId: 'pct', percent: 60 }], words: /add up to 100%/ },
      { field: 'funding', value: [{ tagId: 'nowhere', percent: 100 }], words: /no organisation tag "nowhere"/ },
      { field: 'tagId', value: 'nowhere', words: /no organisation tag "nowhere"/ },
      { field: 'cost', value: -5, words: /Cost must be 0 or more/ },
    ];
    fc.assert(
      fc.property(arbCase, fc.constantFrom(...refused), ({ doc, selected }, bad) => {
        if (bulkTargets(defined(doc.charts[0], 'doc.charts[0]'), selected, bad.field).length === 0) return;
        const store = createEditorState(doc);
        expect(
          store.getState().apply((d) => setField(d, 'c1', selected, bad.field, bad.value as never), 'Set'),
          bad.field,
        ).toBe(false);
        expect(store.getState().doc).toBe(doc);
        expect(store.getState().past).toEqual([]);
        const notice = present(store.getState().notice, 'store.getState().notice');
        expect(notice.refused).toBe(true);
        expect(notice.text).toMatch(bad.words);
        expect(notice.text).toMatch(/^(Post|Box) "/);
      }),
      { seed: 16, numRuns: 100 },
    );
  });

  it('refuses for all when one post would refuse: the loader’s message for that post', () => {
    // A post under its limit that a longer unit pushes over: the loader's own message, naming that post.
    const doc = makeDocument({
      tags: TAGS,
      charts: [makeChart({ id: 'c1', title: 'Proposed', nodes: [makePost({ id: 'a', title: 'Head of HR' }), makePost({ id: 'b', title: 'Head of IT' })] })],
    });
    const over = {
      ...doc,
      charts: [{ ...doc.charts[0], nodes: defined(doc.charts[0], 'doc.charts[0]').nodes.map((n) => ({ ...n, unit: 'U'.repeat(LIMITS.shortText + 1) })) }],
    } as StructuraDocument;
    const loader = parseDocument(serializeDocument(over));
    expect(loader.ok).toBe(false);
    const loaderMessage = loader.ok ? '' : defined(loader.errors[0], 'loader.errors[0]').message;
    expect(() => setField(doc, 'c1', ['a', 'b'], 'unit', 'U'.repeat(LIMITS.shortText + 1))).toThrow(CommandError);
    expect(() => setField(doc, 'c1', ['a', 'b'], 'unit', 'U'.repeat(LIMITS.shortText + 1))).toThrow(`Post "Head of HR": unit ${loaderMessage}.`);
  });

  it('names its step for the boxes it changes: posts, boxes when bodies take an organisation, one box by name', () => {
    const chart = makeChart({
      id: 'c1',
      title: 'Proposed',
      nodes: [makePost({ id: 'a', title: 'Head of HR' }), makePost({ id: 'b', title: 'Head of IT' }), makeBody({ id: 'x', name: 'PST Board' })],
    });
    expect(bulkLabel(chart, ['a', 'b', 'x'], 'grade')).toBe('Set grade of 2 posts');
    expect(bulkLabel(chart, ['a', 'b', 'x'], 'tagId')).toBe('Set organisation of 3 boxes');
    expect(bulkLabel(chart, ['a', 'x'], 'fte')).toBe('Set FTE of Head of HR');
  });
});
