// Search finds exactly the boxes a plain scan of their fields finds, best first, on random charts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeChart, makePost, makeBody } from '../../../shared/model/factory';
import { updateNode } from '../../../shared/model/commands';
import { makeDocument } from '../../../shared/model/factory';
import { searchChart } from '../../../shared/search/postSearch';
import { defined } from '../../support/defined';

const word = fc.constantFrom('Director', 'of', 'Finance', 'Head', 'Adult', 'Social', 'Care', 'ICT', 'Ann', 'Smith', 'JNCHES', 'Band 8a', 'Unit', 'Ω');
const text = fc.array(word, { maxLength: 3 }).map((w) => w.join(' '));
const post = fc.record({ title: text, holder: fc.option(text, { nil: null }), grade: text, unit: text });

describe('searchChart', () => {
  it('hits are the boxes with every query word in a field, titles starting with the query first', () => {
    fc.assert(
      fc.property(fc.array(post, { maxLength: 30 }), fc.array(word, { minLength: 1, maxLength: 2 }), (posts, query) => {
        const nodes = posts.map((p, i) =>
          makePost({
            id: `post-${i}`,
            title: p.title,
            grade: p.grade,
            unit: p.unit,
            holder: p.holder ? { kind: 'named', names: [p.holder] } : { kind: 'unrecorded' },
          }),
        );
        const chart = makeChart({ id: 'c', title: 'C', nodes: [...nodes, makeBody({ id: 'board', name: 'Finance Board' })] });
        const q = query.join(' ').toLowerCase();
        const expected = chart.nodes
          .filter((n) => {
            const fields =
              n.kind === 'post' ? [n.title, n.holder.kind === 'named' ? n.holder.names.join(' / ') : '', n.grade, n.unit, n.id] : [n.name, '', '', '', n.id];
            const all = fields.join('\n').toLowerCase();
            return q.split(/\s+/).every((w) => all.includes(w));
          })
          .map((n) => n.id);
        const { hits, total } = searchChart(chart, q);
        expect(total).toBe(expected.length);
        expect([...hits.map((h) => h.id)].sort()).toEqual([...expected].sort());
        const rank = (title: string) => (title.toLowerCase().startsWith(q) ? 0 : title.toLowerCase().includes(q) ? 1 : 2);
        for (let i = 1; i < hits.length; i++) expect(rank(defined(hits[i - 1]).title)).toBeLessThanOrEqual(rank(defined(hits[i]).title));
      }),
      { seed: 1616, numRuns: 300 },
    );
  });

  it('finds by holder, grade, unit and id, and sees a new version of the chart at once', () => {
    const chart = makeChart({
      id: 'c',
      title: 'C',
      nodes: [
        makePost({ id: 'coo', title: 'Chief Operating Officer', grade: 'JNC Director', unit: 'Corporate', holder: { kind: 'named', names: ['Ann Smith'] } }),
      ],
    });
    expect(searchChart(chart, 'smith').hits[0]).toMatchObject({ id: 'coo', field: 'holder', matched: 'Ann Smith' });
    expect(searchChart(chart, 'jnc').hits[0]).toMatchObject({ field: 'grade' });
    expect(searchChart(chart, 'corporate').hits[0]).toMatchObject({ field: 'unit' });
    expect(searchChart(chart, 'COO').hits[0]).toMatchObject({ field: 'id' });
    expect(searchChart(chart, '   ').hits).toEqual([]);
    const doc = makeDocument({ charts: [chart] });
    const renamed = defined(updateNode(doc, 'c', 'coo', { title: 'Director of Operations' }).charts[0]);
    expect(searchChart(renamed, 'operations').hits.map((h) => h.field)).toEqual(['title']);
    expect(searchChart(chart, 'operations').hits).toEqual([]); // the old version keeps its own index
  });
});
