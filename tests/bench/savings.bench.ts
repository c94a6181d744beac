// Savings ledger of two 10,000-post charts over 5 years: a quarter of the posts
// removed or added, a tenth re-paid, exit inputs for every removed post.
import { councilEmployerDefaults, emptyPostInputs, nhsEmployerDefaults } from '../../shared/costs/defaults';
import { buildLedger } from '../../shared/costs/ledger';
import type { CostSettings } from '../../shared/model/costTypes';
import type { Chart } from '../../shared/model/types';
import { SAMPLE_TAGS } from '../../shared/sample/herefordshire';
import { generateChart, ms, time } from './generate';

export default async function () {
  const a = generateChart(10_000, 7, 'a');
  const nodes = a.nodes.map((n, i) => {
    if (n.kind !== 'post') return n;
    if (i % 8 === 0) return { ...n, id: `new-${i}` };
    if (i % 10 === 1) return { ...n, cost: (n.cost ?? 50_000) * 0.9 };
    return n;
  });
  const b: Chart = { ...a, id: 'b', nodes };
  const settings: CostSettings = {
    startDate: '2026-04-01',
    years: 5,
    changeDate: '2026-10-01',
    defaultSplit: [
      { tagId: 'a', percent: 45 },
      { tagId: 'b', percent: 55 },
    ],
    agreedSplit: [],
    employers: [nhsEmployerDefaults('a'), councilEmployerDefaults('b')],
    ruleSets: [],
    recruitmentRate: 0.1,
    posts: a.nodes.filter((_, i) => i % 8 === 0).map((n, k) => ({ ...emptyPostInputs(n.id), age: 30 + (k % 35), yearsOfService: k % 30 })),
  };
  const t = time(() => buildLedger(a, b, SAMPLE_TAGS, settings, { years: 5 }), Number(process.env.BENCH_REPEAT ?? 9));
  const l = buildLedger(a, b, SAMPLE_TAGS, settings, { years: 5 });
  console.log(
    `savings ledger, two 10,000-post charts, 5 years: ${ms(t)} (target < 50 ms); ${l.posts.length} posts, ${l.partners.length} partners, payback year ${l.paybackYear ?? 'none'}`,
  );
}
