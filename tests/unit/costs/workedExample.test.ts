// A worked example computed by hand, then checked figure by figure against the
// ledger. Two employers, three posts in the baseline:
//   J  Joint Director, tag "joint", funded 45 % NHS / 55 % Council, pay £100,000;
//      in the option its pay falls to £90,000: the holder is protected.
//   N  NHS Director, £60,000: removed on 2008-10-01 (Agenda for Change redundancy).
//   C  Council Director, £50,000: removed on 2009-01-01 (local-government discretionary).
// The option adds X, an NHS Head of Integration at £40,000 from 2008-10-01.
//
// On-costs (illustrative rates for the example):
//   NHS:     NI 15 % above £5,000, pension 14 %  → full(pay) = 1.14·pay + 0.15·(pay − 5,000)
//   Council: NI 15 % above £5,000, pension 20 %  → full(pay) = 1.20·pay + 0.15·(pay − 5,000)
// Years from 2008-04-01, three of them: 365 days each (no 29 February in them).
//   2008-10-01 is day 183 of year 1, so 182/365 of year 1 is after it;
//   2009-01-01 is day 275, so 90/365 is after it.
//
// Full-year costs with on-costs:
//   J baseline: NHS 0.45·(114,000 + 14,250) = 57,712.50;  Council 0.55·(120,000 + 14,250) = 73,837.50
//   J option:   NHS 0.45·(102,600 + 12,750) = 51,907.50;  Council 0.55·(108,000 + 12,750) = 66,412.50
//   N: 68,400 + 8,250 = 76,650 (NHS);  C: 60,000 + 6,750 = 66,750 (Council);  X: 45,600 + 5,250 = 50,850 (NHS)
//   baseline: NHS 134,362.50, Council 140,587.50, total 274,950
//   option:   NHS 102,757.50, Council  66,412.50, total 169,170
//   full-year saving: NHS 31,605, Council 74,175, total 105,780; by the agreed 45/55: 47,601 / 58,179
// Pay protection of J: the holder's employer is J's largest payer, the Council (3 years' protection,
//   from 2008-10-01 to 2011-10-01, so the whole of years 2 and 3). A full year of it costs each
//   partner the difference of full costs: NHS 57,712.50 − 51,907.50 = 5,805; Council 73,837.50 − 66,412.50 = 7,425.
// One-off costs:
//   N, Agenda for Change: one month's pay per year, 10 years: 60,000 / 12 · 10 = 50,000 (NHS, year 1);
//     the early-pension cost comes out of it, so no strain on top.
//   C, local government ×1.5: age 56, 20 years: years at ages 55..41 count 1½ weeks (15 · 1.5 = 22.5),
//     ages 40..36 one week (5): 27.5 weeks × 1.5 = 41.25 weeks of 50,000/52 = 39,663.46 (Council, year 1).
//     Strain (age 56 ≥ 55, none entered, so estimated): pension 50,000 · 20/49 = 20,408.16,
//     × 2.45 × (67 − 56)/(67 − 55) = 50,000 · 11/12 = 45,833.33.
//   X recruitment: 10 % of 40,000 = 4,000 (NHS, year 1).
// Year 1:
//   NHS recurring saving  = (5,805 + 76,650 − 50,850) · 182/365 = 31,605 · 182/365 = 15,759.21
//   NHS protection        = 5,805 · 182/365 = 2,894.55;  one-off 54,000
//   NHS net               = 15,759.21 − 2,894.55 − 54,000 = −41,135.34
//   Council saving        = 7,425 · 182/365 + 66,750 · 90/365 = 3,702.33 + 16,458.90 = 20,161.23
//   Council protection    = 7,425 · 182/365 = 3,702.33; one-off 39,663.46 + 45,833.33 = 85,496.79
//   Council net           = 16,458.90 − 85,496.79 = −69,037.89
// Year 2: NHS saving 31,605, protection 5,805, net 25,800, cumulative −15,335.34
//         Council saving 74,175, protection 7,425, net 66,750, cumulative −2,287.89
// Year 3: the same nets: cumulative NHS 10,464.66, Council 64,462.11: payback in year 3 for both and in total.
import { describe, expect, it } from 'vitest';
import { buildLedger } from '../../../shared/costs/ledger';
import { BUILT_IN_RULE_SETS, emptyPostInputs } from '../../../shared/costs/defaults';
import type { CostSettings, EmployerCosts } from '../../../shared/model/costTypes';
import { makeChart, makeLine, makePost } from '../../../shared/model/factory';
import type { OrgTag } from '../../../shared/model/types';
import { defined, leading } from '../../support/defined';

const tags: OrgTag[] = [
  { id: 'nhs', name: 'NHS trust', label: 'NHS', colour: '#005eb8' },
  { id: 'council', name: 'Council', label: 'Council', colour: '#00703c' },
  { id: 'joint', name: 'Joint', label: 'Joint', colour: '#7c2a90' },
];
const employer = (tagId: string, pensionRate: number, ruleSetId: string, protectionYears: number): EmployerCosts => ({
  tagId,
  niRate: 0.15,
  niThreshold: 5000,
  pensionRate,
  levyRate: 0,
  otherRate: 0,
  ruleSetId,
  protectionYears,
  ratesDate: '2025-04-06',
  source: 'worked example',
  illustrative: false,
});
const settings: CostSettings = {
  startDate: '2008-04-01',
  years: 3,
  changeDate: '2008-10-01',
  defaultSplit: [
    { tagId: 'nhs', percent: 50 },
    { tagId: 'council', percent: 50 },
  ],
  agreedSplit: [
    { tagId: 'nhs', percent: 45 },
    { tagId: 'council', percent: 55 },
  ],
  employers: [employer('nhs', 0.14, 'nhs-afc', 2), employer('council', 0.2, 'lg-discretionary', 3)],
  ruleSets: [],
  recruitmentRate: 0.1,
  posts: [
    { ...emptyPostInputs('N'), age: 50, yearsOfService: 10, estimate: false },
    { ...emptyPostInputs('C'), age: 56, yearsOfService: 20, estimate: false, effectiveDate: '2009-01-01' },
  ],
};
const named = { kind: 'named' as const, names: ['A. Holder'] };
const J = makePost({
  id: 'J',
  title: 'Joint Director',
  tagId: 'joint',
  cost: 100_000,
  holder: named,
  funding: [
    { tagId: 'nhs', percent: 45 },
    { tagId: 'council', percent: 55 },
  ],
});
const baseline = makeChart({
  id: 'a',
  title: 'Baseline',
  nodes: [
    J,
    makePost({ id: 'N', title: 'NHS Director', tagId: 'nhs', cost: 60_000, holder: named }),
    makePost({ id: 'C', title: 'Council Director', tagId: 'council', cost: 50_000, holder: named }),
  ],
  lines: [makeLine({ id: 'lJN', kind: 'management', from: 'J', to: 'N' }), makeLine({ id: 'lJC', kind: 'management', from: 'J', to: 'C' })],
});
const option = makeChart({
  id: 'b',
  title: 'Option',
  nodes: [{ ...J, cost: 90_000 }, makePost({ id: 'X', title: 'Head of Integration', tagId: 'nhs', cost: 40_000, holder: { kind: 'vacant' } })],
  lines: [makeLine({ id: 'lJX', kind: 'management', from: 'J', to: 'X' })],
});

const ledger = buildLedger(baseline, option, tags, settings);
const near = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 2);

describe('worked example: two employers, a 45/55 joint post, two redundancies, one protected post, changes part-way through year 1', () => {
  it('full-year recurring costs by partner, and the savings by who pays and by the agreed ratio', () => {
    expect(ledger.partners.map((p) => p.tagId)).toEqual(['nhs', 'council']);
    near(defined(ledger.baseline.nhs), 134_362.5);
    near(defined(ledger.baseline.council), 140_587.5);
    near(ledger.baseline.total, 274_950);
    near(defined(ledger.option.nhs), 102_757.5);
    near(defined(ledger.option.council), 66_412.5);
    near(ledger.option.total, 169_170);
    near(defined(ledger.savingByPayer.nhs), 31_605);
    near(defined(ledger.savingByPayer.council), 74_175);
    near(defined(ledger.savingByAgreedSplit.nhs), 47_601);
    near(defined(ledger.savingByAgreedSplit.council), 58_179);
  });

  it('what the joint post costs each partner', () => {
    expect(ledger.jointPosts.map((p) => p.postId)).toEqual(['J']);
    const j = defined(ledger.jointPosts[0]);
    near(defined(j.baselineByPartner.nhs), 57_712.5);
    near(defined(j.baselineByPartner.council), 73_837.5);
    near(defined(j.optionByPartner.nhs), 51_907.5);
    near(defined(j.optionByPartner.council), 66_412.5);
    expect(j.splitAssumed).toBe(false);
    expect(j.employer).toBe('council');
  });

  it('one-off costs by each employer’s rules', () => {
    const n = defined(
      ledger.posts.find((p) => p.postId === 'N'),
      "ledger.posts.find((p) => p.postId === 'N')",
    );
    const c = defined(
      ledger.posts.find((p) => p.postId === 'C'),
      "ledger.posts.find((p) => p.postId === 'C')",
    );
    const x = defined(
      ledger.posts.find((p) => p.postId === 'X'),
      "ledger.posts.find((p) => p.postId === 'X')",
    );
    near(n.redundancy, 50_000);
    expect(n.pensionStrain).toBe(0);
    near(c.redundancy, (50_000 / 52) * 41.25);
    near(c.redundancy, 39_663.46);
    near(c.pensionStrain, 45_833.33);
    expect(c.notes).toContain('pension strain estimated');
    near(x.recruitment, 4_000);
    expect(ledger.illustrative).toBe(true);
  });

  it('year 1, part-year: savings, protection, one-offs and net by partner', () => {
    const [nhs, council] = leading([defined(ledger.years[0]).byPartner.nhs, defined(ledger.years[0]).byPartner.council], 2);
    near(nhs.baselineCost, 134_362.5);
    near(nhs.recurringSaving, (31_605 * 182) / 365);
    near(nhs.protection, (5_805 * 182) / 365);
    near(nhs.redundancy, 50_000);
    near(nhs.recruitment, 4_000);
    near(nhs.oneOff, 54_000);
    near(nhs.net, -41_135.34);
    near(nhs.optionCost, 134_362.5 - (31_605 * 182) / 365 + (5_805 * 182) / 365);
    near(council.recurringSaving, (7_425 * 182) / 365 + (66_750 * 90) / 365);
    near(council.protection, (7_425 * 182) / 365);
    near(council.redundancy, 39_663.46);
    near(council.pensionStrain, 45_833.33);
    near(council.net, -69_037.89);
    near(defined(ledger.years[0]).total.net, -41_135.34 - 69_037.89);
    expect(defined(ledger.years[0]).label).toBe('Year 1 (2008/09)');
  });

  it('years 2 and 3, cumulative positions and the payback year', () => {
    const y2 = defined(ledger.years[1]).byPartner;
    near(defined(y2.nhs).recurringSaving, 31_605);
    near(defined(y2.nhs).protection, 5_805);
    near(defined(y2.nhs).net, 25_800);
    near(defined(y2.nhs).cumulative, -15_335.34);
    near(defined(y2.council).recurringSaving, 74_175);
    near(defined(y2.council).protection, 7_425);
    near(defined(y2.council).net, 66_750);
    near(defined(y2.council).cumulative, -2_287.89);
    const y3 = defined(ledger.years[2]).byPartner;
    near(defined(y3.nhs).cumulative, 10_464.66);
    near(defined(y3.council).cumulative, 64_462.11);
    near(defined(ledger.years[2]).total.cumulative, 10_464.66 + 64_462.11);
    expect(ledger.paybackYear).toBe(3);
    expect(ledger.paybackYearByPartner).toEqual({ nhs: 3, council: 3 });
  });

  it('the waterfall: baseline → removed → added → changed → option, per partner', () => {
    const w = defined(ledger.waterfall.nhs);
    near(w.baseline, 134_362.5);
    near(w.removed, -76_650);
    near(w.added, 50_850);
    near(w.changed, -5_805);
    near(w.option, 102_757.5);
    near(defined(ledger.waterfall.council).removed, -66_750);
    near(defined(ledger.waterfall.council).changed, -7_425);
    near(ledger.waterfall.total.option, 169_170);
  });

  it('pay only: the same changes without on-costs', () => {
    const pay = buildLedger(baseline, option, tags, settings, { onCosts: false });
    near(defined(pay.baseline.nhs), 45_000 + 60_000);
    near(defined(pay.baseline.council), 55_000 + 50_000);
    near(defined(pay.savingByPayer.nhs), 4_500 + 60_000 - 40_000);
    near(defined(defined(pay.years[0]).byPartner.nhs).redundancy, 50_000); // exit costs are not on-costed
  });

  it('the NHS cap and floor, and the LGPS strain example of the domain notes', () => {
    const afc = defined(
      BUILT_IN_RULE_SETS.find((r) => r.id === 'nhs-afc'),
      "BUILT_IN_RULE_SETS.find((r) => r.id === 'nhs-afc')",
    );
    const lg = defined(
      BUILT_IN_RULE_SETS.find((r) => r.id === 'lg-statutory'),
      "BUILT_IN_RULE_SETS.find((r) => r.id === 'lg-statutory')",
    );
    expect(afc.payCap).toBe(80_000);
    const big = buildLedger(
      makeChart({ id: 'a', title: 'A', nodes: [makePost({ id: 'N', title: 'N', tagId: 'nhs', cost: 200_000, holder: named })] }),
      makeChart({ id: 'b', title: 'B' }),
      tags,
      { ...settings, posts: [{ ...emptyPostInputs('N'), age: 60, yearsOfService: 30 }] },
    );
    near(defined(big.posts[0]).redundancy, (80_000 / 12) * 24); // pay capped at £80k, at most 24 months
    const strain = buildLedger(
      makeChart({ id: 'a', title: 'A', nodes: [makePost({ id: 'C', title: 'C', tagId: 'council', cost: 40_000, holder: named })] }),
      makeChart({ id: 'b', title: 'B' }),
      tags,
      { ...settings, employers: [employer('council', 0.2, lg.id, 3)], posts: [{ ...emptyPostInputs('C'), age: 55, yearsOfService: 20 }] },
    );
    near(defined(strain.posts[0]).pensionStrain, 40_000); // "about £40k for a £40k salary with 20 years' service at 55"
  });
});
