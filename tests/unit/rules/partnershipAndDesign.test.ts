import { describe, expect, it } from 'vitest';
import { makeLine } from '../../../shared/model/factory';
import { acknowledge, checkChart } from '../../../shared/rules/check';
import { chartDoc, findingsOf } from './helpers';
import { defined } from '../../support/defined';

const partners = {
  organisations: [
    { tagId: 'council', requiredRoles: [] },
    { tagId: 'pct', requiredRoles: [] },
  ],
};

describe('partnership.joint-post-funded', () => {
  it('warns on a joint post with no split, not on one with a split nor on an employer’s own post', () => {
    const doc = chartDoc(
      [
        {
          id: 'ce',
          tagId: 'joint',
          funding: [
            { tagId: 'pct', percent: 45 },
            { tagId: 'council', percent: 55 },
          ],
        },
        { id: 'coo', tagId: 'joint', manager: 'ce' },
        { id: 'dir', tagId: 'council', manager: 'ce' },
      ],
      partners,
    );
    expect(findingsOf(doc, 'partnership.joint-post-funded')).toMatchObject([
      { severity: 'warning', postIds: ['coo'], fix: { action: { kind: 'set-funding-split', postId: 'coo' } } },
    ]);
  });

  it('says nothing until the document says which tags are employers', () => {
    expect(findingsOf(chartDoc([{ id: 'coo', tagId: 'joint' }]), 'partnership.joint-post-funded')).toEqual([]);
  });
});

describe('partnership.cross-organisation', () => {
  const posts = [
    { id: 'pct-ce', tagId: 'pct' },
    { id: 'dir', tagId: 'council', manager: 'pct-ce' },
  ];

  it('warns when a post of one employer reports straight into the other’s', () => {
    expect(findingsOf(chartDoc(posts, partners), 'partnership.cross-organisation')).toMatchObject([{ postIds: ['dir', 'pct-ce'] }]);
  });

  it('is silent through a joint post, or when the partners have agreed otherwise', () => {
    const through = chartDoc(
      [
        { id: 'pct-ce', tagId: 'pct' },
        { id: 'coo', tagId: 'joint', manager: 'pct-ce' },
        { id: 'dir', tagId: 'council', manager: 'coo' },
      ],
      partners,
    );
    expect(findingsOf(through, 'partnership.cross-organisation')).toEqual([]);
    expect(findingsOf(chartDoc(posts, { ...partners, crossOrganisationThroughJointOnly: false }), 'partnership.cross-organisation')).toEqual([]);
  });
});

describe('partnership.line-manager', () => {
  it('asks for a line manager or a declared top post', () => {
    const doc = chartDoc([{ id: 'ce' }, { id: 'lost' }, { id: 'dir', manager: 'ce' }]);
    expect(findingsOf(doc, 'partnership.line-manager').map((f) => f.postIds)).toEqual([['ce'], ['lost']]);
    const declared = chartDoc([{ id: 'ce' }, { id: 'dir', manager: 'ce' }], { topPosts: ['ce'] });
    expect(findingsOf(declared, 'partnership.line-manager')).toEqual([]);
  });
});

describe('design limits', () => {
  const limits = { minSpan: 3, maxSpan: 4, maxLayers: 2, source: 'test limits' };
  const reports = (manager: string, n: number, prefix = manager) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, manager }));

  it('span: too many reports is a warning, too few a note, within the limits nothing', () => {
    const doc = chartDoc(
      [
        { id: 'wide' },
        ...reports('wide', 5),
        { id: 'narrow', manager: 'wide-0' },
        ...reports('narrow', 2),
        { id: 'fine', manager: 'wide-1' },
        ...reports('fine', 3),
      ],
      { limits, topPosts: ['wide'] },
    );
    const findings = findingsOf(doc, 'design.span');
    expect(findings.map((f) => [f.severity, f.postIds[0]])).toEqual([
      ['warning', 'wide'],
      ['note', 'narrow'],
    ]);
    expect(defined(findings[0], 'findings[0]').message).toBe('wide has 5 direct reports, more than the agreed 4.');
  });

  it('single-report managers are noted, managers of two are not', () => {
    const doc = chartDoc([{ id: 'a' }, { id: 'b', manager: 'a' }, { id: 'c', manager: 'b' }, { id: 'd', manager: 'b' }], { limits });
    expect(findingsOf(doc, 'design.single-report')).toMatchObject([{ severity: 'note', postIds: ['a', 'b'] }]);
  });

  it('layers: posts deeper than the limit below the top are named in one finding', () => {
    const chain = [{ id: 'l0' }, { id: 'l1', manager: 'l0' }, { id: 'l2', manager: 'l1' }, { id: 'l3', manager: 'l2' }, { id: 'l4', manager: 'l3' }];
    const [finding, ...rest] = findingsOf(chartDoc(chain, { limits }), 'design.layers');
    expect(rest).toEqual([]);
    expect(defined(finding, 'finding').postIds).toEqual(['l3', 'l4']);
    expect(defined(finding, 'finding').message).toMatch(/^The structure runs to 4 layers below the top, more than the agreed 2: 2 posts beyond the limit/);
    expect(findingsOf(chartDoc(chain.slice(0, 3), { limits }), 'design.layers')).toEqual([]);
  });

  it('assistant chains: an assistant with reports of its own', () => {
    const doc = chartDoc([
      { id: 'ce' },
      { id: 'pa', assistant: true, manager: 'ce' },
      { id: 'pa2', assistant: true, manager: 'pa' },
      { id: 'pa3', assistant: true, manager: 'ce' },
    ]);
    expect(findingsOf(doc, 'design.assistant-chain')).toMatchObject([{ postIds: ['pa', 'pa2'] }]);
  });
});

describe('acknowledged findings', () => {
  it('stay acknowledged until a post they concern changes', () => {
    const doc = chartDoc([{ id: 'ce' }, { id: 'lost' }], { topPosts: ['ce'] });
    const chart = defined(doc.charts[0], 'doc.charts[0]');
    const [finding] = checkChart(doc, chart).findings.filter((f) => f.ruleId === 'partnership.line-manager');
    const ack = acknowledge(doc, chart, defined(finding, 'finding'), 'Reports to the partnership board, outside this chart');
    const acknowledged = { ...doc, rules: { ...defined(doc.rules, 'doc.rules'), acknowledgements: [ack] } };
    const again = checkChart(acknowledged, chart);
    expect(
      defined(
        again.findings.find((f) => f.ruleId === 'partnership.line-manager'),
        "again.findings.find((f) => f.ruleId === 'partnership.line-manager')",
      ).acknowledged?.reason,
    ).toBe('Reports to the partnership board, outside this chart');
    expect(again.counts.warning).toBe(0);
    // Retitle the post: the acknowledgement no longer applies.
    const changed = {
      ...acknowledged,
      charts: [{ ...chart, nodes: chart.nodes.map((n) => (n.id === 'lost' && n.kind === 'post' ? { ...n, title: 'Renamed' } : n)) }],
    };
    expect(checkChart(changed, defined(changed.charts[0], 'changed.charts[0]')).counts.warning).toBe(1);
    // Give it a manager: the finding is gone, acknowledged or not.
    const managed = { ...acknowledged, charts: [{ ...chart, lines: [makeLine({ id: 'm', kind: 'management', from: 'ce', to: 'lost' })] }] };
    expect(checkChart(managed, defined(managed.charts[0], 'managed.charts[0]')).findings.filter((f) => f.ruleId === 'partnership.line-manager')).toEqual([]);
  });
});
