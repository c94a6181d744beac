// A decision from the mapping view: following the suggestion needs no reason,
// overriding it does; ring-fencing onto posts finds or makes the one pool for
// them; the result always validates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assimilationMatrix, findMapping, mappingContext } from '../../../shared/mapping/assimilation';
import { decidePostMapping, suggestionFor, type PostDecision } from '../../../shared/mapping/commands';
import { CommandError } from '../../../shared/model/commands';
import type { MappingMethod } from '../../../shared/model/transitionTypes';
import { validateDocument } from '../../../shared/model/validate';
import { arbScenario } from './arbitraries';
import { defined } from '../../support/defined';

const ref = { fromChartId: 'base', toChartId: 'opt' };
const decision = (postId: string, method: MappingMethod, targetPostIds: string[], reason = ''): PostDecision => ({
  postId,
  method,
  targetPostIds,
  alsoInPoolIds: [],
  destination: '',
  reason,
  match: null,
});
const rowOf = (doc: Parameters<typeof findMapping>[0], postId: string) =>
  defined(
    assimilationMatrix(mappingContext(doc, findMapping(doc, 'base', 'opt'))).find((r) => r.post.id === postId),
    "assimilationMatrix(mappingContext(doc, findMapping(doc, 'base', 'op...",
  );

describe('deciding one post', () => {
  it('taking the suggestion needs no reason, and the post is then decided exactly so', () => {
    let checked = 0;
    fc.assert(
      fc.property(arbScenario, fc.nat(), (s, pick) => {
        const posts = defined(s.doc.charts[0], 's.doc.charts[0]').nodes;
        const postId = defined(posts[pick % posts.length], 'posts[pick % posts.length]').id;
        const suggestion = suggestionFor(s.doc, ref, postId);
        if (!suggestion) return;
        checked++;
        const { method, targetPostIds } = suggestion.mapping;
        const next = decidePostMapping(s.doc, ref, decision(postId, method, targetPostIds));
        expect(validateDocument(next)).toEqual([]);
        const row = rowOf(next, postId);
        expect(row.source).toBe('decided');
        expect(row.method).toBe(method);
        const named = method === 'ring-fence' ? row.pools.flatMap((p) => p.postIds) : row.targets.map((t) => t.id);
        expect(new Set(named)).toEqual(new Set(targetPostIds));
      }),
      { seed: 1801, numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(30);
  });

  it('overriding a suggestion is refused without a reason and taken with one', () => {
    let checked = 0;
    fc.assert(
      fc.property(arbScenario, fc.nat(), fc.constantFrom<MappingMethod>('deleted', 'moved-out', 'open-competition'), (s, pick, method) => {
        const posts = defined(s.doc.charts[0], 's.doc.charts[0]').nodes;
        const postId = defined(posts[pick % posts.length], 'posts[pick % posts.length]').id;
        const suggestion = suggestionFor(s.doc, ref, postId);
        const optionIds = defined(s.doc.charts[1], 's.doc.charts[1]').nodes.map((n) => n.id);
        if (!suggestion || (method === 'open-competition' && optionIds.length === 0)) return;
        checked++;
        // Suggestions are never deletions, moves out or competitions, so each of these differs from it.
        const targets = method === 'open-competition' ? [defined(optionIds[pick % optionIds.length], 'optionIds[pick % optionIds.length]')] : [];
        expect(() => decidePostMapping(s.doc, ref, decision(postId, method, targets, '  '))).toThrow(CommandError);
        expect(() => decidePostMapping(s.doc, ref, decision(postId, method, defined(targets, 'targets')))).toThrow(/give the reason for deciding otherwise/);
        const next = decidePostMapping(s.doc, ref, decision(postId, method, targets, 'Service ends'));
        expect(validateDocument(next)).toEqual([]);
        expect(rowOf(next, postId)).toMatchObject({ method, source: 'decided', reason: 'Service ends' });
      }),
      { seed: 1802, numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(30);
  });

  it('a post with no suggestion is decided without a reason', () => {
    let checked = 0;
    fc.assert(
      fc.property(arbScenario, fc.nat(), (s, pick) => {
        const posts = defined(s.doc.charts[0], 's.doc.charts[0]').nodes;
        const postId = defined(posts[pick % posts.length], 'posts[pick % posts.length]').id;
        if (suggestionFor(s.doc, ref, postId)) return;
        checked++;
        expect(validateDocument(decidePostMapping(s.doc, ref, decision(postId, 'deleted', [])))).toEqual([]);
      }),
      { seed: 1803, numRuns: 200 },
    );
    expect(checked).toBeGreaterThan(20);
  });

  it('ring-fencing two posts onto the same posts puts them in one pool, made once', () => {
    fc.assert(
      fc.property(arbScenario, fc.nat(), fc.nat(), (s, a, b) => {
        const posts = defined(s.doc.charts[0], 's.doc.charts[0]').nodes;
        const optionIds = defined(s.doc.charts[1], 's.doc.charts[1]').nodes.map((n) => n.id);
        if (posts.length < 2 || optionIds.length === 0) return;
        const first = defined(posts[a % posts.length], 'posts[a % posts.length]').id;
        const second = defined(posts[(a + 1 + (b % (posts.length - 1))) % posts.length], 'posts[(a + 1 + (b % (posts.length - 1))) % posts.length]').id;
        const targets = [
          ...new Set([
            defined(optionIds[a % optionIds.length], 'optionIds[a % optionIds.length]'),
            defined(optionIds[b % optionIds.length], 'optionIds[b % optionIds.length]'),
          ]),
        ];
        const before = findMapping(s.doc, 'base', 'opt').pools.length;
        let doc = decidePostMapping(s.doc, ref, decision(first, 'ring-fence', targets, 'Pool agreed with the unions'));
        doc = decidePostMapping(doc, ref, decision(second, 'ring-fence', [...targets].reverse(), 'Pool agreed with the unions'));
        expect(validateDocument(doc)).toEqual([]);
        const pools = findMapping(doc, 'base', 'opt').pools;
        expect(pools.length - before).toBeLessThanOrEqual(1);
        const [p1, p2] = [rowOf(doc, first).pools, rowOf(doc, second).pools];
        expect(p1.map((p) => p.id)).toEqual(p2.map((p) => p.id));
        expect(new Set(defined(p1[0], 'p1[0]').postIds)).toEqual(new Set(targets));
      }),
      { seed: 1804, numRuns: 200 },
    );
  });

  it('records the job match with its basis, and refuses one outside 0–100', () => {
    fc.assert(
      fc.property(arbScenario, fc.nat(), fc.integer({ min: -50, max: 150 }), (s, pick, percent) => {
        const posts = defined(s.doc.charts[0], 's.doc.charts[0]').nodes;
        const optionIds = defined(s.doc.charts[1], 's.doc.charts[1]').nodes.map((n) => n.id);
        if (optionIds.length === 0) return;
        const postId = defined(posts[pick % posts.length], 'posts[pick % posts.length]').id;
        const target = defined(optionIds[pick % optionIds.length], 'optionIds[pick % optionIds.length]');
        const d = { ...decision(postId, 'open-competition', [target], 'Competed for'), match: { percent, basis: ' Job descriptions compared ' } };
        if (percent < 0 || percent > 100) {
          expect(() => decidePostMapping(s.doc, ref, d)).toThrow(/a job match is a percentage from 0 to 100/);
          return;
        }
        const next = decidePostMapping(s.doc, ref, d);
        const matches = findMapping(next, 'base', 'opt').matches.filter((m) => m.fromPostId === postId && m.toPostId === target);
        expect(matches).toEqual([{ fromPostId: postId, toPostId: target, percent, basis: 'Job descriptions compared' }]);
      }),
      { seed: 1805, numRuns: 200 },
    );
  });
});
