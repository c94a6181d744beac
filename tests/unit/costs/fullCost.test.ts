// The full cost of one post (pay plus its payers' on-costs), as boxes, the
// inspector and the compare table show it, must be the very figure the
// savings ledger counts for that post, and say which basis it is on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { councilEmployerDefaults, emptyCostSettings, nhsEmployerDefaults } from '../../../shared/costs/defaults';
import { postFullCost, totalFullCost } from '../../../shared/costs/fullCost';
import { buildLedger } from '../../../shared/costs/ledger';
import { makeChart, makeDocument, makePost } from '../../../shared/model/factory';
import type { CostSettings } from '../../../shared/model/costTypes';
import type { OrgTag, PostNode } from '../../../shared/model/types';
import { present } from '../../support/defined';

const tags: OrgTag[] = [
  { id: 'pct', name: 'PCT', label: 'PCT', colour: '#005eb8' },
  { id: 'council', name: 'Council', label: 'Council', colour: '#00703c' },
  { id: 'joint', name: 'Joint', label: 'Joint', colour: '#7c2a90' },
];
const arbPosts = fc
  .uniqueArray(
    fc.record({
      id: fc.integer({ min: 0, max: 40 }).map((i) => `p${i}`),
      tagId: fc.constantFrom('pct', 'council', 'joint', null),
      cost: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: null }),
      pct: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      band: fc.option(fc.integer({ min: 20_000, max: 120_000 }), { nil: null }),
    }),
    { selector: (p) => p.id, maxLength: 25 },
  )
  .map((rows) =>
    rows.map((r): PostNode =>
      makePost({
        id: r.id,
        title: r.id,
        tagId: r.tagId,
        cost: r.cost,
        payFloor: r.band,
        payCeiling: r.band === null ? null : r.band + 10_000,
        funding:
          r.pct === null
            ? []
            : [
                { tagId: 'pct', percent: r.pct },
                { tagId: 'council', percent: 100 - r.pct },
              ],
      }),
    ),
  );
const arbSettings = fc.record({ split: fc.integer({ min: 0, max: 100 }), employers: fc.subarray(['pct', 'council']) }).map((s): CostSettings => ({
  ...emptyCostSettings(),
  startDate: '2008-04-01',
  defaultSplit: [
    { tagId: 'pct', percent: s.split },
    { tagId: 'council', percent: 100 - s.split },
  ],
  employers: s.employers.map((id) => (id === 'pct' ? nhsEmployerDefaults(id) : councilEmployerDefaults(id))),
}));
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('the full cost of a post', () => {
  it('is pay only, and says so, when no employer has on-costs set', () => {
    const doc = makeDocument({ tags });
    expect(postFullCost(makePost({ id: 'a', title: 'A', tagId: 'pct', cost: 50_000 }), doc)).toEqual({
      pay: 50_000,
      fromPayBand: false,
      full: 50_000,
      basis: 'pay only',
      partlyPayOnly: false,
      illustrative: false,
    });
    expect(postFullCost(makePost({ id: 'a', title: 'A', tagId: 'pct', cost: null }), doc)).toBeNull();
  });

  it('marks a joint post whose second payer has no rates as partly pay only', () => {
    const doc = makeDocument({ tags, costs: { ...emptyCostSettings(), employers: [nhsEmployerDefaults('pct')] } });
    const cost = present(
      postFullCost(
        makePost({
          id: 'a',
          title: 'A',
          tagId: 'joint',
          cost: 100_000,
          funding: [
            { tagId: 'pct', percent: 50 },
            { tagId: 'council', percent: 50 },
          ],
        }),
        doc,
      ),
      "postFullCost( makePost({ id: 'a', title: 'A', tagId: 'joint', cost:...",
    );
    // 50 % × (100,000 × 1.1488 + 14,250) + 50 % × 100,000 = 64,565 + 50,000.
    expect(cost.full).toBeCloseTo(114_565, 6);
    expect(cost).toMatchObject({ basis: 'with on-costs', partlyPayOnly: true });
  });

  it('is illustrative when a counted employer’s rates are', () => {
    const doc = makeDocument({ tags, costs: { ...emptyCostSettings(), employers: [{ ...councilEmployerDefaults('council'), illustrative: true }] } });
    expect(
      present(
        postFullCost(makePost({ id: 'a', title: 'A', tagId: 'council', cost: 10_000 }), doc),
        "postFullCost(makePost({ id: 'a', title: 'A', tagId: 'council', cost...",
      ).illustrative,
    ).toBe(true);
    expect(
      present(
        postFullCost(makePost({ id: 'a', title: 'A', tagId: 'pct', cost: 10_000 }), doc),
        "postFullCost(makePost({ id: 'a', title: 'A', tagId: 'pct', cost: 10...",
      ).illustrative,
    ).toBe(false);
  });

  it('equals what the savings ledger counts for each post, and the total is the sum (seeded)', () => {
    let compared = 0;
    fc.assert(
      fc.property(arbPosts, arbSettings, (posts, settings) => {
        const chart = makeChart({ id: 'a', title: 'A', nodes: posts });
        const doc = makeDocument({ tags, charts: [chart], costs: settings });
        const ledger = buildLedger(chart, chart, tags, settings);
        const byPost = new Map(ledger.posts.map((line) => [line.postId, line]));
        let sum = 0;
        for (const post of posts) {
          const cost = postFullCost(post, doc);
          if (!cost) continue;
          expect(cost.full).toBeGreaterThanOrEqual(cost.pay - 1e-9);
          const line = byPost.get(post.id);
          if (line) compared++;
          if (line) expect(close(line.baselineCost, cost.full), `${post.id}: ledger ${line.baselineCost}, box ${cost.full}`).toBe(true);
          sum += cost.full;
        }
        expect(close(totalFullCost(posts, doc).full, sum)).toBe(true);
      }),
      { seed: 15, numRuns: 200 },
    );
    expect(compared, 'posts the ledger also priced').toBeGreaterThan(500);
  });
});
