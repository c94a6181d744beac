// Properties of the ledger over random charts and random cost inputs (seeded):
// partners sum to totals; a chart against itself saves nothing and costs nothing
// once; swapping baseline and option negates the recurring saving.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLedger, type Ledger, type YearFigures } from '../../../shared/costs/ledger';
import { councilEmployerDefaults, emptyPostInputs, nhsEmployerDefaults } from '../../../shared/costs/defaults';
import type { CostSettings } from '../../../shared/model/costTypes';
import { makeChart, makePost } from '../../../shared/model/factory';
import type { Chart, OrgTag, PostNode } from '../../../shared/model/types';
import { defined } from '../../support/defined';

const tags: OrgTag[] = [
  { id: 'pct', name: 'PCT', label: 'PCT', colour: '#005eb8' },
  { id: 'council', name: 'Council', label: 'Council', colour: '#00703c' },
  { id: 'joint', name: 'Joint', label: 'Joint', colour: '#7c2a90' },
];
const date = fc.integer({ min: 0, max: 2000 }).map((d) => new Date(Date.UTC(2008, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const arbPost = fc.record({
  id: fc.integer({ min: 0, max: 30 }).map((i) => `p${i}`),
  tagId: fc.constantFrom('pct', 'council', 'joint', null),
  cost: fc.option(fc.integer({ min: 0, max: 250_000 }), { nil: null }),
  pct: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  vacant: fc.boolean(),
});
const arbChart = (id: string) =>
  fc.uniqueArray(arbPost, { selector: (p) => p.id, maxLength: 20 }).map((rows): Chart =>
    makeChart({
      id,
      title: id,
      nodes: rows.map((r): PostNode =>
        makePost({
          id: r.id,
          title: r.id,
          tagId: r.tagId,
          cost: r.cost,
          holder: r.vacant ? { kind: 'vacant' } : { kind: 'named', names: ['X'] },
          funding:
            r.pct === null
              ? []
              : [
                  { tagId: 'pct', percent: r.pct },
                  { tagId: 'council', percent: 100 - r.pct },
                ],
        }),
      ),
    }),
  );
const arbSettings: fc.Arbitrary<CostSettings> = fc
  .record({
    startDate: date,
    years: fc.integer({ min: 1, max: 6 }),
    changeDate: date,
    split: fc.integer({ min: 0, max: 100 }),
    recruitmentRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
    posts: fc.array(
      fc.record({
        id: fc.integer({ min: 0, max: 30 }),
        age: fc.integer({ min: 18, max: 66 }),
        years: fc.integer({ min: 0, max: 45 }),
        date,
        slot: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
      }),
      { maxLength: 20 },
    ),
  })
  .map((s) => ({
    startDate: s.startDate,
    years: s.years,
    changeDate: s.changeDate,
    defaultSplit: [
      { tagId: 'pct', percent: s.split },
      { tagId: 'council', percent: 100 - s.split },
    ],
    agreedSplit: [],
    employers: [nhsEmployerDefaults('pct'), councilEmployerDefaults('council')],
    ruleSets: [],
    recruitmentRate: s.recruitmentRate,
    posts: [
      ...new Map(
        s.posts.map((p) => [
          p.id,
          { ...emptyPostInputs(`p${p.id}`), age: p.age, yearsOfService: p.years, effectiveDate: p.date, slottedInto: p.slot === null ? null : `p${p.slot}` },
        ]),
      ).values(),
    ],
  }));

const KEYS: (keyof YearFigures)[] = [
  'baselineCost',
  'optionCost',
  'recurringSaving',
  'protection',
  'redundancy',
  'pensionStrain',
  'recruitment',
  'oneOff',
  'net',
  'cumulative',
];
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

function partnersSumToTotals(l: Ledger): void {
  const ids = l.partners.map((p) => p.tagId);
  for (const year of l.years)
    for (const k of KEYS)
      expect(
        close(
          ids.reduce((s, id) => s + defined(year.byPartner[id])[k], 0),
          year.total[k],
        ),
      ).toBe(true);
  expect(
    close(
      ids.reduce((s, id) => s + defined(l.baseline[id]), 0),
      l.baseline.total,
    ),
  ).toBe(true);
  expect(
    close(
      ids.reduce((s, id) => s + defined(l.option[id]), 0),
      l.option.total,
    ),
  ).toBe(true);
  for (const post of l.posts) {
    expect(
      close(
        Object.values(post.baselineByPartner).reduce((s, v) => s + v, 0),
        post.baselineCost,
      ),
    ).toBe(true);
    expect(
      close(
        Object.values(post.optionByPartner).reduce((s, v) => s + v, 0),
        post.optionCost,
      ),
    ).toBe(true);
  }
  for (const w of [l.waterfall.total, ...ids.map((id) => defined(l.waterfall[id]))])
    expect(close(w.baseline + w.removed + w.added + w.changed, w.option)).toBe(true);
  const agreed = Object.values(l.savingByAgreedSplit).reduce((s, v) => s + v, 0);
  expect(close(agreed, l.baseline.total - l.option.total)).toBe(true);
}

describe('savings ledger properties', () => {
  it('by-partner figures always sum to the totals', () => {
    fc.assert(
      fc.property(arbChart('a'), arbChart('b'), arbSettings, fc.boolean(), (a, b, s, onCosts) => partnersSumToTotals(buildLedger(a, b, tags, s, { onCosts }))),
      { seed: 15, numRuns: 300 },
    );
  });

  it('a chart compared with itself has zero saving and zero one-off cost', () => {
    fc.assert(
      fc.property(arbChart('a'), arbSettings, (a, s) => {
        const l = buildLedger(a, a, tags, s);
        for (const year of l.years)
          for (const k of ['recurringSaving', 'protection', 'oneOff', 'net', 'cumulative'] as const) expect(year.total[k]).toBeCloseTo(0, 6);
        expect(l.paybackYear).toBeNull();
      }),
      { seed: 16, numRuns: 300 },
    );
  });

  it('swapping baseline and option negates the recurring saving', () => {
    fc.assert(
      fc.property(arbChart('a'), arbChart('b'), arbSettings, (a, b, s) => {
        const ab = buildLedger(a, b, tags, s);
        const ba = buildLedger(b, a, tags, s);
        const saving = (l: Ledger) => l.baseline.total - l.option.total;
        expect(close(saving(ab), -saving(ba))).toBe(true);
        for (const p of ab.partners) expect(close(defined(ab.savingByPayer[p.tagId]), -(ba.savingByPayer[p.tagId] ?? 0))).toBe(true);
      }),
      { seed: 17, numRuns: 300 },
    );
  });
});
