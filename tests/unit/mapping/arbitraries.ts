// Random baseline/option chart pairs with a random transition, for the mapping properties.
import fc from 'fast-check';
import { makeChart, makeDocument, makeLine, makePost } from '../../../shared/model/factory';
import type { Chart, Line, OrgTag, PostNode, StructuraDocument } from '../../../shared/model/types';
import type { ChartMapping, DatedChange, MappingMethod, PostMapping, TransitionPhase } from '../../../shared/model/transitionTypes';
import { methodProblem } from '../../../shared/model/transitionValidate';
import { defined } from '../../support/defined';

export const tags: OrgTag[] = [
  { id: 'pct', name: 'PCT', label: 'PCT', colour: '#005eb8' },
  { id: 'council', name: 'Council', label: 'Council', colour: '#00703c' },
];

export const arbDate = fc.integer({ min: 0, max: 900 }).map((d) => new Date(Date.UTC(2007, 8, 1) + d * 86_400_000).toISOString().slice(0, 10));

const arbRow = fc.record({
  tag: fc.constantFrom('pct', 'council'),
  title: fc.constantFrom('Director', 'Head of Service', 'Manager', 'Officer'),
  grade: fc.constantFrom('A', 'B', ''),
  holder: fc.constantFrom('vacant', 'unrecorded', 'Ann', 'Bob', 'Cy', 'Di', 'Ann+Bob'),
  manager: fc.nat(),
  keep: fc.boolean(),
  retitle: fc.boolean(),
  retag: fc.boolean(),
  remanage: fc.boolean(),
});

function chartFrom(id: string, rows: { id: string; tag: string; title: string; grade: string; holder: string; manager: number }[]): Chart {
  const nodes: PostNode[] = rows.map((r) =>
    makePost({
      id: r.id,
      title: r.title,
      tagId: r.tag,
      grade: r.grade,
      holder: r.holder === 'vacant' ? { kind: 'vacant' } : r.holder === 'unrecorded' ? { kind: 'unrecorded' } : { kind: 'named', names: r.holder.split('+') },
    }),
  );
  // Each post is managed by an earlier one (or none): always a forest.
  const lines: Line[] = rows.flatMap((r, i) =>
    i === 0 || r.manager % (i + 1) === i ? [] : [makeLine({ id: `m-${r.id}`, kind: 'management', from: defined(rows[r.manager % i]).id, to: r.id })],
  );
  return makeChart({ id, title: id, nodes, lines });
}

export interface Scenario {
  doc: StructuraDocument;
  mapping: ChartMapping;
}

const METHODS: MappingMethod[] = ['unchanged', 'slot-in', 'ring-fence', 'open-competition', 'deleted', 'moved-out'];

export const arbScenario: fc.Arbitrary<Scenario> = fc
  .record({
    old: fc.array(arbRow, { minLength: 1, maxLength: 14 }),
    added: fc.array(arbRow, { maxLength: 6 }),
    decisions: fc.array(
      fc.record({ method: fc.constantFrom(...METHODS), target: fc.nat(), pools: fc.array(fc.nat({ max: 3 }), { maxLength: 2 }), take: fc.boolean() }),
      { maxLength: 14 },
    ),
    pools: fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), { maxLength: 4 }),
    matches: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), percent: fc.integer({ min: 0, max: 100 }) }), { maxLength: 12 }),
    thresholds: fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })),
    phases: fc.array(arbDate, { maxLength: 3 }),
    dates: fc.array(fc.record({ node: fc.nat(), date: fc.option(arbDate, { nil: '' }), phase: fc.option(fc.nat(), { nil: null }) }), { maxLength: 12 }),
  })
  .map((r): Scenario => {
    const oldRows = r.old.map((row, i) => ({ ...row, id: `p${i}` }));
    const kept = oldRows.filter((row) => row.keep);
    const newRows = [
      ...kept.map((row) => ({
        ...row,
        title: row.retitle ? `${row.title} and More` : row.title,
        tag: row.retag ? (row.tag === 'pct' ? 'council' : 'pct') : row.tag,
        manager: row.remanage ? row.manager + 1 : row.manager,
      })),
      ...r.added.map((row, i) => ({ ...row, id: `q${i}` })),
    ];
    const baseline = chartFrom('base', oldRows);
    const option = chartFrom('opt', newRows);
    const newIds = option.nodes.map((n) => n.id);
    const pools = newIds.length
      ? r.pools.map((ps, i) => ({ id: `pool${i}`, name: `Pool ${i}`, postIds: [...new Set(ps.map((k) => defined(newIds[k % newIds.length])))] }))
      : [];
    const posts: PostMapping[] = [];
    r.decisions.forEach((d, i) => {
      if (i >= oldRows.length || !d.take) return;
      const postId = defined(oldRows[i]).id;
      const target = newIds.length ? newIds[d.target % newIds.length] : undefined;
      const targetPostIds = d.method === 'unchanged' ? [postId] : d.method === 'slot-in' || d.method === 'open-competition' ? (target ? [target] : []) : [];
      const poolIds = d.method === 'ring-fence' && pools.length ? [...new Set(d.pools.map((k) => defined(pools[k % pools.length]).id))] : [];
      if (methodProblem(d.method, postId, targetPostIds, poolIds, newIds.includes(postId))) return;
      posts.push({ postId, method: d.method, targetPostIds, poolIds, destination: '', reason: '', inferred: null });
    });
    const seen = new Set<string>();
    const matches = newIds.length
      ? r.matches
          .map((m) => ({
            fromPostId: defined(oldRows[m.from % oldRows.length]).id,
            toPostId: defined(newIds[m.to % newIds.length]),
            percent: m.percent,
            basis: '',
          }))
          .filter((m) => !seen.has(m.fromPostId + '|' + m.toPostId) && seen.add(m.fromPostId + '|' + m.toPostId))
      : [];
    const phases: TransitionPhase[] = r.phases.map((startDate, i) => ({
      id: `ph${i}`,
      name: `Phase ${i + 1}`,
      startDate,
      endDate: '',
      description: '',
      inferred: null,
    }));
    const allIds = [...new Set([...oldRows.map((o) => o.id), ...newIds])];
    const dated = new Set<string>();
    const changes: DatedChange[] = r.dates.flatMap((d) => {
      const nodeId = defined(allIds[d.node % allIds.length]);
      if (dated.has(nodeId)) return [];
      dated.add(nodeId);
      const phaseId = d.phase !== null && phases.length ? defined(phases[d.phase % phases.length]).id : null;
      return [{ nodeId, phaseId, effectiveDate: d.date, reason: 'because', inferred: null }];
    });
    const [a, b] = r.thresholds;
    const mapping: ChartMapping = {
      id: 'm',
      fromChartId: 'base',
      toChartId: 'opt',
      thresholds: { slotIn: Math.max(a, b), ringFence: Math.min(a, b) },
      posts,
      matches,
      pools,
      changes,
    };
    const doc = makeDocument({ tags, charts: [baseline, option], transition: { phases, mappings: [mapping] } });
    return { doc, mapping };
  });
