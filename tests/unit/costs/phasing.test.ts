// The savings ledger takes its phasing from the document's dated transition:
// a change's own date, else its phase's start; a post's own ledger date
// overrides; a saving part-way through a year counts that part.
//
// Hand computation (pay only, no on-costs): the ledger's years run from
// 1 April 2008, each 365 days (no 29 February in 2008/09 or 2009/10).
// The baseline has P (Council, £60,000) and R (Council, £40,000); the option
// keeps P and removes R, so the full-year saving is £40,000.
//   R's removal dated 1 October 2008: day 183 of year 1, so 182/365 of the year
//   is after it: year 1 saving 40,000 × 182/365 = £19,945.21 (about half); year 2 £40,000.
//   Dated by its phase starting 1 January 2009 instead: 90/365 after it: £9,863.01.
//   With the post's own ledger date of 1 July 2008 (274/365): £30,027.40, whatever the transition says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyCostSettings, emptyPostInputs } from '../../../shared/costs/defaults';
import { DATE_SOURCES, ledgerInDocument } from '../../../shared/costs/ledger';
import { savingsReport } from '../../../shared/costs/savings';
import { ledgerToJson, ledgerToText } from '../../../shared/costs/report';
import type { CostSettings } from '../../../shared/model/costTypes';
import { makeChart, makeDocument, makeLine, makePost } from '../../../shared/model/factory';
import type { DatedChange, TransitionPhase } from '../../../shared/model/transitionTypes';
import type { OrgTag, StructuraDocument } from '../../../shared/model/types';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { defined } from '../../support/defined';

const tags: OrgTag[] = [
  { id: 'pct', name: 'PCT', label: 'PCT', colour: '#005eb8' },
  { id: 'council', name: 'Council', label: 'Council', colour: '#00703c' },
];
const named = { kind: 'named' as const, names: ['A. Holder'] };
const settings = (patch: Partial<CostSettings> = {}): CostSettings => ({
  ...emptyCostSettings(),
  startDate: '2008-04-01',
  years: 3,
  defaultSplit: [
    { tagId: 'pct', percent: 50 },
    { tagId: 'council', percent: 50 },
  ],
  ...patch,
});

function handDoc(changes: DatedChange[], phases: TransitionPhase[] = [], costs: CostSettings = settings()): StructuraDocument {
  const P = makePost({ id: 'P', title: 'Director', tagId: 'council', cost: 60_000, holder: named });
  const R = makePost({ id: 'R', title: 'Head of Service', tagId: 'council', cost: 40_000, holder: named });
  const baseline = makeChart({ id: 'a', title: 'Baseline', nodes: [P, R], lines: [makeLine({ id: 'l', kind: 'management', from: 'P', to: 'R' })] });
  const option = makeChart({ id: 'b', title: 'Option', nodes: [P] });
  return makeDocument({
    tags,
    charts: [baseline, option],
    costs,
    transition: {
      phases,
      mappings: [{ id: 'm', fromChartId: 'a', toChartId: 'b', thresholds: { slotIn: 65, ringFence: 50 }, posts: [], matches: [], pools: [], changes }],
    },
  });
}
const change = (nodeId: string, effectiveDate: string, phaseId: string | null = null): DatedChange => ({
  nodeId,
  phaseId,
  effectiveDate,
  reason: '',
  inferred: null,
});
const phase = (id: string, startDate: string): TransitionPhase => ({ id, name: `Phase ${id}`, startDate, endDate: '', description: '', inferred: null });
const payOnly = (doc: StructuraDocument) => ledgerInDocument(doc, 'a', 'b', { onCosts: false });
const near = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 2);

describe('the ledger takes its phasing from the transition’s dates', () => {
  it('a change dated 1 October in an April–March year counts 182/365 of the year (about half)', () => {
    const l = payOnly(handDoc([change('R', '2008-10-01')]));
    near(l.baseline.total - l.option.total, 40_000);
    near(defined(l.years[0], 'l.years[0]').total.recurringSaving, (40_000 * 182) / 365);
    near(defined(l.years[0], 'l.years[0]').total.recurringSaving, 19_945.21);
    near(defined(l.years[1], 'l.years[1]').total.recurringSaving, 40_000);
    const r = defined(
      l.posts.find((p) => p.postId === 'R'),
      "l.posts.find((p) => p.postId === 'R')",
    );
    expect(r.effectiveDate).toBe('2008-10-01');
    expect(r.dateSource).toBe('dated change');
    expect(l.phasedBy).toBe('the transition Baseline → Option');
  });

  it('a change with no date of its own takes its phase’s start', () => {
    const l = payOnly(handDoc([change('R', '', 'p3')], [phase('p3', '2009-01-01')]));
    near(defined(l.years[0], 'l.years[0]').total.recurringSaving, 9_863.01);
    expect(
      defined(
        l.posts.find((p) => p.postId === 'R'),
        "l.posts.find((p) => p.postId === 'R')",
      ).dateSource,
    ).toBe('start of Phase p3');
  });

  it('the transition’s date beats the ledger’s general change date; the post’s own ledger date beats both', () => {
    const withChangeDate = payOnly(handDoc([change('R', '2008-10-01')], [], settings({ changeDate: '2008-04-01' })));
    near(defined(withChangeDate.years[0], 'withChangeDate.years[0]').total.recurringSaving, 19_945.21);
    const own = payOnly(handDoc([change('R', '2008-10-01')], [], settings({ posts: [{ ...emptyPostInputs('R'), effectiveDate: '2008-07-01' }] })));
    near(defined(own.years[0], 'own.years[0]').total.recurringSaving, 30_027.4);
    expect(
      defined(
        own.posts.find((p) => p.postId === 'R'),
        "own.posts.find((p) => p.postId === 'R')",
      ).dateSource,
    ).toBe(DATE_SOURCES.ledger);
    expect(own.phasedBy).toBeNull();
  });

  it('a change the transition leaves undated goes with its last dated change, unless the ledger has a change date', () => {
    // P is retitled (dated 1 October 2008); R's removal is undated.
    const doc = handDoc([change('P', '2008-10-01')]);
    doc.charts[1] = {
      ...defined(doc.charts[1], 'doc.charts[1]'),
      nodes: [{ ...makePost({ id: 'P', title: 'Director of Everything', tagId: 'council', cost: 60_000, holder: named }) }],
    };
    near(defined(payOnly(doc).years[0], 'payOnly(doc).years[0]').total.recurringSaving, 19_945.21);
    expect(
      defined(
        payOnly(doc).posts.find((p) => p.postId === 'R'),
        "payOnly(doc).posts.find((p) => p.postId === 'R')",
      ).dateSource,
    ).toBe(DATE_SOURCES.undated);
    near(
      defined(
        payOnly({ ...doc, costs: settings({ changeDate: '2009-01-01' }) }).years[0],
        "payOnly({ ...doc, costs: settings({ changeDate: '2009-01-01' }) })....",
      ).total.recurringSaving,
      9_863.01,
    );
  });

  it('a document without a transition between the pair dates by the ledger alone, as before', () => {
    const doc = handDoc([change('R', '2008-10-01')]);
    const l = ledgerInDocument({ ...doc, transition: undefined }, 'a', 'b', { onCosts: false });
    near(defined(l.years[0], 'l.years[0]').total.recurringSaving, 40_000); // no change date: the ledger's start
    expect(l.phasedBy).toBeNull();
    expect(l.notes.some((n) => n.includes('transition'))).toBe(false);
  });

  it('the sample: Annex 5 → Annex 1 takes the roadmap’s dates, which the CLI text and JSON report', () => {
    const doc = herefordshireSample();
    const report = savingsReport(doc, 'annex-5', 'annex-1');
    const posts = new Map(report.withOnCosts.posts.map((p) => [p.postId, p]));
    // The single Chief Executive: 1 October 2007 (Phase 2), before the ledger starts (1 April 2008).
    expect(defined(posts.get('ceo'), "posts.get('ceo')").effectiveDate).toBe('2007-10-01');
    expect(defined(posts.get('council-ceo'), "posts.get('council-ceo')").effectiveDate).toBe('2007-10-01');
    // Provider services leave at the start of Phase 3, 1 September 2008: 5 months into year 1.
    expect(defined(posts.get('dir-provider-services'), "posts.get('dir-provider-services')").effectiveDate).toBe('2008-09-01');
    expect(defined(posts.get('dir-provider-services'), "posts.get('dir-provider-services')").dateSource).toContain('Phase 3');
    const json = ledgerToJson(report);
    expect(json.phasedBy).toBe('the transition Annex 5 → Annex 1');
    expect(
      defined(
        json.posts.find((p) => p.postId === 'dir-provider-services'),
        "json.posts.find((p) => p.postId === 'dir-provider-services')",
      ).dateSource,
    ).toContain('Phase 3');
    expect(ledgerToText(report)).toContain('When each change takes effect (dates from the transition Annex 5 → Annex 1)');
    // Year 1 is short of the full-year saving by exactly what the later changes have not yet saved.
    const l = report.withOnCosts;
    const full = l.baseline.total - l.option.total;
    const bounds = [Date.UTC(2008, 3, 1), Date.UTC(2009, 3, 1)];
    let missed = 0;
    for (const p of l.posts) {
      const day = Date.parse(`${p.effectiveDate}T00:00:00Z`);
      const before = Math.min(1, Math.max(0, (day - defined(bounds[0], 'bounds[0]')) / (defined(bounds[1], 'bounds[1]') - defined(bounds[0], 'bounds[0]'))));
      missed += (p.baselineCost - p.optionCost) * before;
    }
    near(defined(l.years[0], 'l.years[0]').total.recurringSaving, full - missed);
    expect(missed).toBeGreaterThan(0);
  });
});

// Property: when every change makes the option cheaper, moving every date earlier (the
// transition's own dates and its phases' starts, each by its own number of days) never
// reduces the cumulative saving (recurring, net of pay protection), per partner or in total.
const arbCase = fc.record({
  posts: fc.array(
    fc.record({
      tag: fc.constantFrom('pct', 'council'),
      cost: fc.integer({ min: 0, max: 200_000 }),
      /** 0: removed; otherwise the option's pay as a fraction of the baseline's (never more). */
      keep: fc.constantFrom(0, 0.5, 0.9, 1),
      date: fc.integer({ min: -400, max: 2200 }),
      phase: fc.option(fc.nat({ max: 2 }), { nil: null }),
      ownDate: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12 },
  ),
  phases: fc.array(fc.integer({ min: -400, max: 2200 }), { minLength: 3, maxLength: 3 }),
  earlier: fc.array(fc.integer({ min: 0, max: 900 }), { minLength: 15, maxLength: 15 }),
  years: fc.integer({ min: 1, max: 6 }),
  changeDate: fc.boolean(),
  onCosts: fc.boolean(),
  protection: fc.integer({ min: 0, max: 3 }),
});
type Case = typeof arbCase extends fc.Arbitrary<infer T> ? T : never;
const day = (n: number) => new Date(Date.UTC(2008, 3, 1) + n * 86_400_000).toISOString().slice(0, 10);

function caseDoc(c: Case, shift: (i: number) => number): StructuraDocument {
  const a = c.posts.map((p, i) => makePost({ id: `p${i}`, title: `Post ${i}`, tagId: p.tag, cost: p.cost, holder: named }));
  const b = c.posts.flatMap((p, i) => (p.keep ? [{ ...defined(a[i], 'a[i]'), cost: Math.round(p.cost * p.keep) }] : []));
  const phases = c.phases.map((d, i) => phase(`ph${i}`, day(d - shift(12 + i))));
  const changes = c.posts.map((p, i) => change(`p${i}`, p.ownDate || p.phase === null ? day(p.date - shift(i)) : '', p.phase === null ? null : `ph${p.phase}`));
  const employer = (tagId: string) => ({
    tagId,
    niRate: 0.138,
    niThreshold: 9_100,
    pensionRate: 0.2,
    levyRate: 0.005,
    otherRate: 0,
    ruleSetId: '',
    protectionYears: c.protection,
    ratesDate: '2025-04-06',
    source: 'test',
    illustrative: false,
  });
  const costs = settings({ years: c.years, changeDate: c.changeDate ? '2009-06-01' : '', employers: [employer('pct'), employer('council')] });
  const doc = handDoc(changes, phases, costs);
  return { ...doc, charts: [makeChart({ id: 'a', title: 'Baseline', nodes: a }), makeChart({ id: 'b', title: 'Option', nodes: b })] };
}

describe('moving dates earlier (seeded)', () => {
  it('never reduces the cumulative saving when every change makes the option cheaper', () => {
    let gained = 0;
    fc.assert(
      fc.property(arbCase, (c) => {
        const later = ledgerInDocument(
          caseDoc(c, () => 0),
          'a',
          'b',
          { onCosts: c.onCosts },
        );
        const sooner = ledgerInDocument(
          caseDoc(c, (i) => defined(c.earlier[i % c.earlier.length], 'c.earlier[i % c.earlier.length]')),
          'a',
          'b',
          { onCosts: c.onCosts },
        );
        const cumulative = (l: typeof later, id: string | null) =>
          l.years.reduce((s, y) => {
            const f = id === null ? y.total : defined(y.byPartner[id], 'y.byPartner[id]');
            return s + f.recurringSaving - f.protection;
          }, 0);
        for (const id of [null, ...later.partners.map((p) => p.tagId)]) expect(cumulative(sooner, id)).toBeGreaterThanOrEqual(cumulative(later, id) - 1e-6);
        if (cumulative(sooner, null) > cumulative(later, null) + 1) gained++;
      }),
      { seed: 1815, numRuns: 150 },
    );
    // The dates really move the figures: a ledger that ignored the transition would never gain.
    expect(gained).toBeGreaterThan(20);
  });

  it('and moving one date later never increases it (the same property, the other way round)', () => {
    fc.assert(
      fc.property(arbCase, fc.nat({ max: 11 }), (c, which) => {
        const base = ledgerInDocument(
          caseDoc(c, () => 0),
          'a',
          'b',
          { onCosts: c.onCosts },
        );
        const delayed = ledgerInDocument(
          caseDoc(c, (i) => (i === which ? -defined(c.earlier[i], 'c.earlier[i]') : 0)),
          'a',
          'b',
          { onCosts: c.onCosts },
        );
        expect(delayed.years.reduce((s, y) => s + y.total.recurringSaving - y.total.protection, 0)).toBeLessThanOrEqual(
          base.years.reduce((s, y) => s + y.total.recurringSaving - y.total.protection, 0) + 1e-6,
        );
      }),
      { seed: 1818, numRuns: 100 },
    );
  });
});
