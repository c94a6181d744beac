// Boxes are cached by what they show (text, flags, tag labels), not by node
// object: whatever the edits, a box from the cache is the box a fresh
// measurement gives, and a copy of a post that differs only in position
// (what a layout makes of every post it moves) is not measured again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBoxMemo, measureNode as measureWith, measureNodeUncached, type BoxMemo } from '../../../shared/layout/nodeBox';
import { makeBody, makeDocument, makePost } from '../../../shared/model/factory';
import type { ChartNode, Holder, PostNode, StructuraDocument } from '../../../shared/model/types';

/** The boxes this file measures, remembered in one memo as one owner's layouts would be. */
let memo: BoxMemo = createBoxMemo();
const measureNode = (node: Parameters<typeof measureWith>[0], doc: Parameters<typeof measureWith>[1], options: { hiddenCount?: number } = {}) =>
  measureWith(node, doc, { ...options, memo });

const baseDoc = makeDocument({
  tags: [
    { id: 'pct', name: 'Herefordshire Primary Care Trust', label: 'PCT', colour: '#005eb8' },
    { id: 'council', name: 'Herefordshire Council', label: 'Council', colour: '#00703c' },
    { id: 'joint', name: 'Joint', label: 'Joint', colour: '#7c2a90' },
  ],
});

const words = fc.constantFrom('Director', 'of', 'Public', 'Health', 'Adult Social Care', 'Commissioning', 'and', 'Partnerships', 'Head', 'x');
const text = fc.array(words, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const holder: fc.Arbitrary<Holder> = fc.oneof(
  fc.constant({ kind: 'vacant' as const }),
  fc.constant({ kind: 'undisclosed' as const }),
  fc.constant({ kind: 'unrecorded' as const }),
  fc.array(text, { minLength: 1, maxLength: 2 }).map((names) => ({ kind: 'named' as const, names })),
);
const tagId = fc.constantFrom(null, 'pct', 'council', 'joint', 'gone');

type Edit =
  | { kind: 'title'; value: string }
  | { kind: 'holder'; value: Holder }
  | { kind: 'fte'; value: number }
  | { kind: 'grade'; value: string }
  | { kind: 'cost'; value: number | null }
  | { kind: 'illustrative' }
  | { kind: 'responsibilities'; value: string[] }
  | { kind: 'teams'; value: number[] }
  | { kind: 'inferred' }
  | { kind: 'tag'; value: string | null }
  | { kind: 'funding'; value: number }
  | { kind: 'hidden'; value: number }
  | { kind: 'relabel'; value: string }
  | { kind: 'move'; x: number }
  | { kind: 'clone' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('title' as const), value: text }),
  fc.record({ kind: fc.constant('holder' as const), value: holder }),
  fc.record({ kind: fc.constant('fte' as const), value: fc.constantFrom(0.5, 1, 2, 0.33) }),
  fc.record({ kind: fc.constant('grade' as const), value: fc.constantFrom('', 'SMT1', 'Band 8a') }),
  fc.record({ kind: fc.constant('cost' as const), value: fc.constantFrom(null, 0, 45_000, 123_456) }),
  fc.constant({ kind: 'illustrative' as const }),
  fc.record({ kind: fc.constant('responsibilities' as const), value: fc.array(text, { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('teams' as const), value: fc.array(fc.constantFrom(1, 2.5, 7), { maxLength: 3 }) }),
  fc.constant({ kind: 'inferred' as const }),
  fc.record({ kind: fc.constant('tag' as const), value: tagId }),
  fc.record({ kind: fc.constant('funding' as const), value: fc.constantFrom(0, 45, 50, 70) }),
  fc.record({ kind: fc.constant('hidden' as const), value: fc.constantFrom(0, 1, 12) }),
  fc.record({ kind: fc.constant('relabel' as const), value: fc.constantFrom('PCT', 'Primary Care Trust (Herefordshire)', 'C') }),
  fc.record({ kind: fc.constant('move' as const), x: fc.integer({ min: -500, max: 500 }) }),
  fc.constant({ kind: 'clone' as const }),
);

interface State {
  doc: StructuraDocument;
  node: ChartNode;
  hidden: number;
}

/** Applies an edit as the store does: a new object for what changed, everything else shared. */
function apply({ doc, node, hidden }: State, e: Edit): State {
  const post = (change: (p: PostNode) => PostNode): State => ({ doc, hidden, node: node.kind === 'post' ? change(node) : node });
  switch (e.kind) {
    case 'title':
      return node.kind === 'post' ? post((p) => ({ ...p, title: e.value })) : { doc, hidden, node: { ...node, name: e.value } };
    case 'holder':
      return post((p) => ({ ...p, holder: e.value }));
    case 'fte':
      return post((p) => ({ ...p, fte: e.value }));
    case 'grade':
      return post((p) => ({ ...p, grade: e.value }));
    case 'cost':
      return post((p) => ({ ...p, cost: e.value }));
    case 'illustrative':
      return post((p) => ({ ...p, costIllustrative: !p.costIllustrative }));
    case 'responsibilities':
      return post((p) => ({ ...p, responsibilities: e.value }));
    case 'teams':
      return post((p) => ({
        ...p,
        juniorTeams: e.value.map((fte) => ({ grade: 'B', title: 'Officer', fte, payMin: null, payMax: null, unit: '', profession: '' })),
      }));
    case 'inferred':
      return { doc, hidden, node: { ...node, inferred: node.inferred === null ? 'layout' : null } };
    case 'tag':
      return { doc, hidden, node: { ...node, tagId: e.value } };
    case 'funding':
      return post((p) => ({
        ...p,
        funding:
          e.value === 0
            ? []
            : [
                { tagId: 'pct', percent: e.value },
                { tagId: 'council', percent: 100 - e.value },
              ],
      }));
    case 'hidden':
      return { doc, node, hidden: e.value };
    case 'relabel':
      return { node, hidden, doc: { ...doc, tags: doc.tags.map((t) => (t.id === 'pct' ? { ...t, label: e.value } : t)) } };
    case 'move':
      return { doc, hidden, node: { ...node, position: { x: e.x, y: node.position.y } } };
    case 'clone':
      return { doc, hidden, node: structuredClone(node) };
  }
}

describe('the box cache', () => {
  it('gives the box a fresh measurement gives, after any sequence of edits to a post or body, its tags or its hidden count', () => {
    fc.assert(
      fc.property(fc.boolean(), text, fc.array(edit, { minLength: 1, maxLength: 15 }), (isBody, title, edits) => {
        let state: State = { doc: baseDoc, hidden: 0, node: isBody ? makeBody({ id: 'n', name: title }) : makePost({ id: 'n', title }) };
        for (const e of edits) {
          state = apply(state, e);
          const cached = measureNode(state.node, state.doc, { hiddenCount: state.hidden });
          expect(cached).toEqual(measureNodeUncached(state.node, state.doc, state.hidden));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('measures again when the text, a flag or a tag label changes', () => {
    const post = makePost({ id: 'a', title: 'Head of Audit', tagId: 'pct', cost: 50_000 });
    const before = measureNode(post, baseDoc);
    const changed = [
      measureNode({ ...post, title: 'Head of Internal Audit and Counter Fraud Services' }, baseDoc),
      measureNode({ ...post, costIllustrative: true }, baseDoc),
      measureNode({ ...post, inferred: 'organogram' }, baseDoc),
      measureNode(post, baseDoc, { hiddenCount: 2 }),
      measureNode(post, { ...baseDoc, tags: baseDoc.tags.map((t) => (t.id === 'pct' ? { ...t, label: 'Primary Care' } : t)) }),
    ];
    for (const box of changed) expect(box.texts.map((t) => t.text)).not.toEqual(before.texts.map((t) => t.text));
  });

  it('does not measure again a post that only moved, or a copy read back from a file', () => {
    const post = makePost({ id: 'a', title: 'Director of Adult Social Care', responsibilities: ['Safeguarding adults'] });
    const box = measureNode(post, baseDoc);
    const moved = measureNode({ ...post, position: { x: 400, y: 120 } }, baseDoc);
    const reread = measureNode(JSON.parse(JSON.stringify(post)) as PostNode, baseDoc);
    // The same texts array: taken from the cache, not measured again.
    expect(moved.texts).toBe(box.texts);
    expect(reread.texts).toBe(box.texts);
    expect(moved.id).toBe('a');
  });

  it('measures posts showing the same thing once, each box keeping its own id', () => {
    const a = measureNode(makePost({ id: 'sw1', title: 'Social Worker', tagId: 'council' }), baseDoc);
    const b = measureNode(makePost({ id: 'sw2', title: 'Social Worker', tagId: 'council' }), baseDoc);
    expect([a.id, b.id]).toEqual(['sw1', 'sw2']);
    expect(b.texts).toBe(a.texts);
  });

  it('measures again with a new memo', () => {
    const post = makePost({ id: 'f', title: 'Finance Manager' });
    const box = measureNode(post, baseDoc);
    memo = createBoxMemo();
    const again = measureNode(post, baseDoc);
    expect(again.texts).not.toBe(box.texts);
    expect(again).toEqual(box);
  });
});
