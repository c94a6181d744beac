// Properties of post mapping over random baseline/option pairs (fixed seeds):
// every baseline post is in the matrix exactly once, whatever is decided or
// suggested; accepting all suggestions keeps the document valid and decides
// each post once; pools count people and posts; the s188 thresholds are per
// employer within 90 days; the chart as on a date is the baseline before the
// first change and the option from the last, and a valid chart in between.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assimilationMatrix, mappingContext } from '../../../shared/mapping/assimilation';
import { acceptAllSuggestions } from '../../../shared/mapping/commands';
import { peopleInTwoPools, poolSummaries } from '../../../shared/mapping/pools';
import { consultationDuties, minimumConsultationDays, mostWithinWindow } from '../../../shared/mapping/risk';
import { dayNumber } from '../../../shared/mapping/dates';
import { chartAsOn, nodeChanges, transitionSpan } from '../../../shared/mapping/transition';
import { isPost } from '../../../shared/model/query';
import { validateChart, validateDocument, type DocumentIssue } from '../../../shared/model/validate';
import { CommandError } from '../../../shared/model/commands';
import { personKeys } from '../../../shared/mapping/people';
import { arbDate, arbScenario } from './arbitraries';
import { defined, leading } from '../../support/defined';

const ctxOf = (s: { doc: Parameters<typeof mappingContext>[0]; mapping: Parameters<typeof mappingContext>[1] }) => mappingContext(s.doc, s.mapping);

describe('assimilation matrix', () => {
  it('generated scenarios are valid documents (so the properties below test real inputs)', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        expect(validateDocument(s.doc)).toEqual([]);
      }),
      { seed: 180, numRuns: 200 },
    );
  });

  it('maps every baseline post exactly once, decided, suggested or unmapped, in either order', () => {
    fc.assert(
      fc.property(arbScenario, fc.boolean(), (s, unmappedFirst) => {
        const rows = assimilationMatrix(ctxOf(s), { unmappedFirst });
        const ids = rows.map((r) => r.post.id).sort();
        expect(ids).toEqual(
          defined(s.doc.charts[0])
            .nodes.filter(isPost)
            .map((n) => n.id)
            .sort(),
        );
        // A decided post shows its decision, never a suggestion.
        for (const p of s.mapping.posts)
          expect(
            defined(
              rows.find((r) => r.post.id === p.postId),
              'rows.find((r) => r.post.id === p.postId)',
            ).method,
          ).toBe(p.method);
        // Unmapped ones first: no unmapped row after a mapped one.
        if (unmappedFirst) {
          const firstMapped = rows.findIndex((r) => r.source !== 'unmapped');
          if (firstMapped >= 0) expect(rows.slice(firstMapped).every((r) => r.source !== 'unmapped')).toBe(true);
        }
      }),
      { seed: 181, numRuns: 300 },
    );
  });

  it('accepting all suggestions decides each baseline post at most once, keeps the document valid, and changes nothing already decided', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        let doc;
        try {
          doc = acceptAllSuggestions(s.doc, s.mapping);
        } catch (e) {
          if (e instanceof CommandError && /no suggestions/.test(e.message)) return;
          throw e;
        }
        const issues: DocumentIssue[] = validateDocument(doc);
        expect(issues).toEqual([]);
        const m = defined(defined(doc.transition, 'doc.transition').mappings[0]);
        const ids = m.posts.map((p) => p.postId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const p of s.mapping.posts) expect(m.posts.find((x) => x.postId === p.postId)).toEqual(p);
        // No option post receives two slot-ins or unchanged holders.
        const filled = m.posts.filter((p) => p.method === 'slot-in' || p.method === 'unchanged').flatMap((p) => p.targetPostIds);
        const before = s.mapping.posts.filter((p) => p.method === 'slot-in' || p.method === 'unchanged').flatMap((p) => p.targetPostIds);
        expect(filled.length - new Set(filled).size).toBeLessThanOrEqual(before.length - new Set(before).size);
      }),
      { seed: 182, numRuns: 300 },
    );
  });

  it('same id maps to itself; same title and grade is a suggested slot-in', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const rows = assimilationMatrix(ctxOf({ ...s, mapping: { ...s.mapping, posts: [], matches: [] } }));
        const optionIds = new Set(defined(s.doc.charts[1]).nodes.map((n) => n.id));
        for (const r of rows) {
          if (optionIds.has(r.post.id)) expect([r.method, r.targets.map((t) => t.id)]).toEqual(['unchanged', [r.post.id]]);
          else if (r.method === 'slot-in') expect([defined(r.targets[0]).title, defined(r.targets[0]).grade]).toEqual([r.post.title, r.post.grade]);
        }
      }),
      { seed: 183, numRuns: 200 },
    );
  });
});

describe('pools', () => {
  it("count each pool's distinct people and posts; the pools add up to more people than there are only when someone is in two", () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const rows = assimilationMatrix(ctxOf(s));
        const pools = poolSummaries(rows);
        const fenced = rows.filter((r) => r.method === 'ring-fence');
        for (const p of pools) {
          const members = fenced.filter((r) => r.pools.some((x) => x.id === p.pool.id));
          expect(p.memberPostIds.sort()).toEqual(members.map((m) => m.post.id).sort());
          expect(p.posts).toBe(new Set(p.pool.postIds).size);
          expect(p.surplus).toBe(Math.max(0, p.people - p.posts));
        }
        const distinctPeople = new Set(fenced.flatMap((r) => personKeys(r.post))).size;
        const summed = pools.reduce((n, p) => n + p.people, 0);
        expect(summed).toBeGreaterThanOrEqual(distinctPeople);
        expect(peopleInTwoPools(rows).length > 0).toBe(summed > distinctPeople);
      }),
      { seed: 184, numRuns: 300 },
    );
  });
});

describe('s188 thresholds', () => {
  it('the 20 and 100 boundaries', () => {
    expect([0, 19, 20, 99, 100, 250].map(minimumConsultationDays)).toEqual([0, 0, 30, 30, 45, 45]);
  });

  it('the busiest 90 days is what counting every 90-day period by hand gives', () => {
    fc.assert(
      fc.property(fc.array(arbDate, { maxLength: 40 }), (dates) => {
        const days = dates.map(dayNumber);
        let most = 0;
        for (const start of days) most = Math.max(most, days.filter((d) => d >= start && d < start + 90).length);
        expect(mostWithinWindow(dates).count).toBe(most);
      }),
      { seed: 185, numRuns: 300 },
    );
  });

  it('dismissals 89 days apart fall in one period, 90 days apart do not', () => {
    const twenty = (gap: number) => [
      ...Array(10).fill('2008-01-01'),
      ...Array(10).fill(new Date(Date.UTC(2008, 0, 1) + gap * 86_400_000).toISOString().slice(0, 10)),
    ];
    expect(mostWithinWindow(twenty(89)).count).toBe(20);
    expect(mostWithinWindow(twenty(90)).count).toBe(10);
  });

  it("each employer's duty counts its own proposed dismissals only", () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const ctx = ctxOf(s);
        const rows = assimilationMatrix(ctx);
        const duties = consultationDuties(ctx, rows);
        for (const duty of duties) {
          const own = rows.filter((r) => r.employerTagId === duty.employerTagId);
          const alone = consultationDuties(ctx, own).find((d) => d.employerTagId === duty.employerTagId);
          expect(alone).toEqual(duty);
          expect(duty.minimumDays).toBe(minimumConsultationDays(duty.mostWithin90Days));
          expect(duty.mostWithin90Days).toBeLessThanOrEqual(duty.proposed);
        }
      }),
      { seed: 186, numRuns: 200 },
    );
  });
});

describe('the chart as on a date', () => {
  it('is the baseline before the first change, the option from the last, and a valid chart holding only their nodes in between', () => {
    fc.assert(
      fc.property(arbScenario, arbDate, (s, date) => {
        const [baseline, option] = leading(s.doc.charts, 2);
        const span = transitionSpan(nodeChanges(s.doc, s.mapping, baseline, option));
        if (span) {
          const before = new Date(dayNumber(span.first) * 86_400_000 - 86_400_000).toISOString().slice(0, 10);
          expect(chartAsOn(s.doc, s.mapping, before)).toEqual(baseline);
          expect(chartAsOn(s.doc, s.mapping, span.last)).toEqual(option);
        } else {
          expect(chartAsOn(s.doc, s.mapping, date)).toEqual(option);
        }
        const on = chartAsOn(s.doc, s.mapping, date);
        const issues: DocumentIssue[] = [];
        validateChart(on, 'asOn', new Set(['pct', 'council']), issues);
        expect(issues).toEqual([]);
        const known = new Set([...baseline.nodes, ...option.nodes]);
        for (const n of on.nodes) expect(known.has(n)).toBe(true);
      }),
      { seed: 187, numRuns: 400 },
    );
  });

  it('shows each changed node in its option form exactly from the day its change takes effect', () => {
    fc.assert(
      fc.property(arbScenario, arbDate, (s, date) => {
        const [baseline, option] = leading(s.doc.charts, 2);
        const changes = nodeChanges(s.doc, s.mapping, baseline, option);
        const span = transitionSpan(changes);
        if (!span || date >= span.last) return;
        const on = new Map(chartAsOn(s.doc, s.mapping, date).nodes.map((n) => [n.id, n]));
        for (const c of changes) {
          const effective = (c.effectiveDate ?? span.last) <= date;
          const expected = (effective ? option : baseline).nodes.find((n) => n.id === c.nodeId);
          expect(on.get(c.nodeId)).toBe(expected);
        }
      }),
      { seed: 188, numRuns: 400 },
    );
  });
});
