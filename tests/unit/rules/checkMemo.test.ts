// The rule checks reuse the line structure (managers, reports, depths) derived
// for a chart's lines array while its nodes keep their ids and kinds. After any
// sequence of edits, what they find must be what a check of the same document
// with nothing remembered finds (a structured clone has new arrays, so no memo
// applies), and findings must come in severity order, rule order within one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addNode, deleteNodes, setManager, updateNode } from '../../../shared/model/commands';
import { makeBody, makePost } from '../../../shared/model/factory';
import type { StructuraDocument } from '../../../shared/model/types';
import { checkChart, RULES } from '../../../shared/rules/check';
import { ROLE } from '../../../shared/rules/defaults';
import { chartDoc, type PostSpec } from './helpers';
import { defined } from '../../support/defined';

const TAGS = ['council', 'pct', 'joint', null] as const;

function startingDoc(size: number, pick: (n: number) => number): StructuraDocument {
  const posts: PostSpec[] = [];
  for (let i = 0; i < size; i++) {
    posts.push({
      id: `p${i}`,
      title: `Post ${i}`,
      tagId: defined(TAGS[pick(TAGS.length)], 'TAGS[pick(TAGS.length)]'),
      assistant: pick(6) === 0,
      ...(i > 0 && pick(8) !== 0 ? { manager: `p${pick(i)}` } : {}),
    });
  }
  return chartDoc(
    posts,
    {
      organisations: [
        { tagId: 'council', requiredRoles: [ROLE.headOfPaidService, ROLE.chiefFinanceOfficer] },
        { tagId: 'pct', requiredRoles: [ROLE.accountableOfficer] },
      ],
      limits: { ...defined(chartDoc([]).rules, 'chartDoc([]).rules').limits, minSpan: 3, maxSpan: 4, maxLayers: 3 },
    },
    [
      ['p0', ROLE.headOfPaidService, 'council'],
      ['p1', ROLE.chiefFinanceOfficer, 'council'],
    ],
  );
}

/** One edit a user might make; an edit the model refuses (a cycle) leaves the document as it was. */
function edit(doc: StructuraDocument, choice: number, a: number, b: number): StructuraDocument {
  const chart = defined(doc.charts[0], 'doc.charts[0]');
  const ids = chart.nodes.map((n) => n.id);
  if (ids.length === 0) return addNode(doc, chart.id, makePost({ id: `n${a}`, title: 'New' }));
  const id = defined(ids[a % ids.length], 'ids[a % ids.length]');
  const other = defined(ids[b % ids.length], 'ids[b % ids.length]');
  const node = defined(chart.nodes[a % ids.length], 'chart.nodes[a % ids.length]');
  try {
    switch (choice) {
      case 0:
        return node.kind === 'post' ? updateNode(doc, chart.id, id, { title: `Retitled ${b}` }) : doc;
      case 1:
        return node.kind === 'post' ? updateNode(doc, chart.id, id, { tagId: defined(TAGS[b % TAGS.length], 'TAGS[b % TAGS.length]') }) : doc;
      case 2:
        return node.kind === 'post' ? updateNode(doc, chart.id, id, { assistant: !node.assistant }) : doc;
      case 3:
        return setManager(doc, chart.id, id, b % 5 === 0 ? null : other);
      case 4:
        return deleteNodes(doc, chart.id, [id]);
      case 5: {
        const added = addNode(doc, chart.id, makePost({ id: `n${a}-${b}`, title: `New ${b}` }));
        return setManager(added, chart.id, `n${a}-${b}`, other);
      }
      case 6:
        // A node added with no line: the lines array stays the very same.
        return addNode(doc, chart.id, makePost({ id: `lone-${a}-${b}`, title: `Lone ${b}`, tagId: defined(TAGS[b % TAGS.length], 'TAGS[b % TAGS.length]') }));
      default: {
        // A body where a post was, same id, lines untouched (as a whole-chart replace can do): same ids, a different kind.
        const body = makeBody({ id, name: `Board ${b}` });
        return { ...doc, charts: [{ ...chart, nodes: chart.nodes.map((n) => (n.id === id ? body : n)) }, ...doc.charts.slice(1)] };
      }
    }
  } catch {
    return doc;
  }
}

describe('rule checks with the line structure remembered', () => {
  it('find after random edits exactly what a check with nothing remembered finds, in severity then rule order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 2, max: 40 }),
        fc.array(fc.tuple(fc.nat(7), fc.nat(1000), fc.nat(1000)), { minLength: 1, maxLength: 25 }),
        (seed, size, edits) => {
          let s = seed;
          const pick = (n: number) => (s = (Math.imul(s, 48271) + 11) >>> 0) % n;
          let doc = startingDoc(size, pick);
          checkChart(doc, defined(doc.charts[0], 'doc.charts[0]'));
          for (const [choice, a, b] of edits) {
            doc = edit(doc, choice, a, b);
            const remembered = checkChart(doc, defined(doc.charts[0], 'doc.charts[0]'));
            const fresh = structuredClone(doc);
            expect(remembered).toEqual(checkChart(fresh, defined(fresh.charts[0], 'fresh.charts[0]')));
            const rank = { error: 0, warning: 1, note: 2 } as const;
            const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
            const keys = remembered.findings.map((f) => rank[f.severity] * 100 + defined(ruleIndex.get(f.ruleId), 'ruleIndex.get(f.ruleId)'));
            expect(keys).toEqual([...keys].sort((x, y) => x - y));
          }
        },
      ),
      { seed: 1217, numRuns: 120 },
    );
  });
});
