// The comparison of the sample's Annex 5 (2007) with Annex 1 (2008), pinned to
// figures worked out by hand from ../shared/herefordshire-annexes.md and the
// sample's illustrative costs (chief executives £150,000, COO £120,000,
// directors £95,000; the joint Chief Executive's advertised £170,000).
import { describe, expect, it } from 'vitest';
import { changeMarks, compareInDocument } from '../../../shared/compare/compare';
import { comparisonToJson } from '../../../shared/compare/report';
import { herefordshireSample } from '../../../shared/sample/herefordshire';

const c = compareInDocument(herefordshireSample(), 'annex-5', 'annex-1');

describe('Annex 5 → Annex 1', () => {
  it('counts posts, FTE and cost in each model', () => {
    // Annex 5: 2 chief executives + COO + 11 directors = 14 posts;
    // 2 × 150,000 + 120,000 + 11 × 95,000 = 1,465,000.
    expect(c.from).toMatchObject({ posts: 14, vacant: 0, fte: 14, cost: 1_465_000, costIllustrative: true });
    // Annex 1: Chief Executive + COO + 10 directors = 12 posts; 170,000 + 120,000 + 10 × 95,000 = 1,240,000.
    expect(c.to).toMatchObject({ posts: 12, vacant: 0, fte: 12, cost: 1_240_000, costIllustrative: true });
  });

  it('splits headcount and cost by organisation tag', () => {
    // Annex 5 Council: Council CE, Children's, Adult Social Care, Environment, Customer Services, Resources, Regeneration.
    expect(c.from.byTag.council).toMatchObject({ posts: 7, fte: 7, cost: 150_000 + 6 * 95_000 });
    // Annex 5 PCT: PCT CE, Public Health, Commissioning, Finance, Clinical Leadership, Provider Services.
    expect(c.from.byTag.pct).toMatchObject({ posts: 6, fte: 6, cost: 150_000 + 5 * 95_000 });
    expect(c.from.byTag.joint).toMatchObject({ posts: 1, fte: 1, cost: 120_000 });
    // Annex 1 Joint: Chief Executive, COO, Public Health, Commissioning, Resources and Shared Services.
    expect(c.to.byTag.joint).toMatchObject({ posts: 5, fte: 5, cost: 170_000 + 120_000 + 3 * 95_000 });
    expect(c.to.byTag.pct).toMatchObject({ posts: 2, fte: 2, cost: 2 * 95_000 });
    expect(c.to.byTag.council).toMatchObject({ posts: 5, fte: 5, cost: 5 * 95_000 });
  });

  it('splits the joint Chief Executive by its 45/55 funding split', () => {
    // PCT: Finance, Clinical Leadership + 45 % of the Chief Executive.
    expect(c.to.funded.pct).toEqual({ fte: 2.45, cost: 190_000 + 0.45 * 170_000 });
    expect(c.to.funded.council).toEqual({ fte: 5.55, cost: 475_000 + 0.55 * 170_000 });
    expect(c.to.funded.joint).toEqual({ fte: 4, cost: 120_000 + 3 * 95_000 });
  });

  it('finds the two chief executives replaced by one joint Chief Executive', () => {
    expect(c.added).toEqual(['ceo']);
    expect(c.removed).toEqual(['council-ceo', 'dir-provider-services', 'pct-ceo']);
    expect(c.retitled).toEqual([{ id: 'dir-resources', from: 'Director of Resources', to: 'Director of Resources and Shared Services' }]);
    expect(c.retagged).toEqual([
      { id: 'dir-commissioning', from: 'pct', to: 'joint' },
      { id: 'dir-resources', from: 'council', to: 'joint' },
      { id: 'dph', from: 'pct', to: 'joint' },
    ]);
  });

  it('finds the reporting lines that move', () => {
    expect(c.reportingLineChanged).toEqual([
      { id: 'coo', from: 'council-ceo', to: 'ceo' },
      { id: 'dir-clinical-leadership', from: 'pct-ceo', to: 'ceo' },
      { id: 'dir-commissioning', from: 'coo', to: 'ceo' },
      { id: 'dir-finance', from: 'pct-ceo', to: 'ceo' },
      { id: 'dir-regeneration', from: 'council-ceo', to: 'coo' },
      { id: 'dir-resources', from: 'council-ceo', to: 'coo' },
      { id: 'dph', from: 'coo', to: 'ceo' },
    ]);
    expect(c.accountabilityRemoved).toContainEqual({ from: 'pct-ceo', to: 'dph' });
    expect(c.accountabilityAdded).toContainEqual({ from: 'pct-board', to: 'ceo' });
  });

  it('marks removed posts on A and added ones on B, and what changed on both', () => {
    const before = changeMarks(c, 'from');
    const after = changeMarks(c, 'to');
    expect(before.get('pct-ceo')).toEqual(['removed']);
    expect(before.has('ceo')).toBe(false);
    expect(after.get('ceo')).toEqual(['added']);
    expect(after.has('pct-ceo')).toBe(false);
    // The Director of Resources moves under the COO, joins the joint organisation and gains Shared Services.
    expect(after.get('dir-resources')).toEqual(['moved', 'retagged', 'retitled']);
    expect(before.get('dir-resources')).toEqual(['moved', 'retagged', 'retitled']);
    expect(after.get('dir-environment')).toBeUndefined();
    expect([...after.keys()].sort()).toEqual([
      'ceo',
      'coo',
      'dir-clinical-leadership',
      'dir-commissioning',
      'dir-finance',
      'dir-regeneration',
      'dir-resources',
      'dph',
    ]);
  });

  it('measures layers, spans and top posts', () => {
    // Annex 5: the two chief executives on top; COO, Finance, Clinical, Provider, Resources, Regeneration; then six under the COO.
    expect(c.from).toMatchObject({ layers: 3, postsPerLayer: [2, 6, 6], maxSpan: 6, meanSpan: 4, topPosts: ['council-ceo', 'pct-ceo'] });
    expect(c.from.spanDistribution).toEqual({ 3: 2, 6: 1 });
    expect(c.to).toMatchObject({ layers: 3, postsPerLayer: [1, 5, 6], maxSpan: 6, meanSpan: 5.5, topPosts: ['ceo'] });
  });

  it('writes the JSON the command line documents', () => {
    const json = comparisonToJson(c);
    expect(Object.keys(json.from)).toEqual(expect.arrayContaining(['posts', 'vacant', 'fte', 'cost', 'byTag', 'layers', 'maxSpan', 'topPosts']));
    expect(json).toMatchObject({
      added: ['ceo'],
      retitled: ['dir-resources'],
      retagged: ['dir-commissioning', 'dir-resources', 'dph'],
      responsibilitiesMoved: [],
    });
    expect(json.reportingLineChanged).toHaveLength(7);
    expect(json.difference).toEqual({ posts: -2, vacant: 0, fte: -2, cost: -225_000 });
  });
});
