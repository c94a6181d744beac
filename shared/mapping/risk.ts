// People at risk of redundancy and the collective-consultation duty (s188
// TULRCA 1992): the numbers proposed for dismissal by employer, grade and unit,
// with the total employed in each (what s188(4) asks the employer to disclose),
// and, per employer, whether 20 or more (30 days' consultation) or 100 or more
// (45 days) dismissals are proposed within any 90 days.
//
// Counted as proposed dismissals: every holder at risk (post deleted, in a
// ring-fenced pool, or in open competition), the cautious count HR advisers
// use, since any of them may be dismissed. Staff moved out with their service
// transfer (TUPE) and are not counted. A dismissal happens on the date its
// post's change takes effect (./transition.ts); undated ones are assumed to
// fall together.
import { isPost } from '../model/query';
import type { PostNode } from '../model/types';
import { isAtRisk, type MappingContext, type MatrixRow } from './assimilation';
import { addDays, dayNumber } from './dates';
import { employerOf, peopleIn } from './people';
import { effectiveDates } from './transition';
import { at } from '../must';

export interface RiskGroup {
  key: string;
  /** People employed in the group (in the baseline chart). */
  employed: number;
  atRisk: number;
}

export interface RiskBreakdown {
  byEmployer: RiskGroup[];
  byGrade: RiskGroup[];
  byUnit: RiskGroup[];
  totalEmployed: number;
  totalAtRisk: number;
}

export const S188_THRESHOLDS = [
  { dismissals: 100, days: 45 },
  { dismissals: 20, days: 30 },
] as const;
export const S188_WINDOW_DAYS = 90;

export interface ConsultationDuty {
  employerTagId: string | null;
  /** Proposed dismissals at this employer, all dates. */
  proposed: number;
  /** The most falling within any one 90-day period. */
  mostWithin90Days: number;
  /** When that period starts (empty if undated). */
  windowStart: string;
  /** 0 (no collective duty), 30 or 45 days. */
  minimumDays: 0 | 30 | 45;
  /** Consultation must start this many days before the first dismissal of that period: that date, if known. */
  consultBy: string;
  undated: number;
}

function groupBy(
  posts: readonly { post: PostNode; atRisk: boolean; employer: string | null }[],
  keyOf: (p: { post: PostNode; employer: string | null }) => string,
): RiskGroup[] {
  const groups = new Map<string, RiskGroup>();
  for (const p of posts) {
    const key = keyOf(p);
    const g = groups.get(key) ?? { key, employed: 0, atRisk: 0 };
    const people = peopleIn(p.post);
    g.employed += people;
    if (p.atRisk) g.atRisk += people;
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.atRisk - a.atRisk || a.key.localeCompare(b.key));
}

export function riskBreakdown(ctx: MappingContext, rows: readonly MatrixRow[]): RiskBreakdown {
  const risk = new Map(rows.map((r) => [r.post.id, isAtRisk(r.method)]));
  const posts = ctx.baseline.nodes.filter(isPost).map((post) => ({ post, atRisk: risk.get(post.id) ?? false, employer: employerOf(ctx.doc, post) }));
  const blank = (s: string) => s.trim() || '(not given)';
  return {
    byEmployer: groupBy(posts, (p) => p.employer ?? ''),
    byGrade: groupBy(posts, (p) => blank(p.post.grade)),
    byUnit: groupBy(posts, (p) => blank(p.post.unit)),
    totalEmployed: posts.reduce((s, p) => s + peopleIn(p.post), 0),
    totalAtRisk: posts.reduce((s, p) => s + (p.atRisk ? peopleIn(p.post) : 0), 0),
  };
}

/** The largest number of dated dismissals within any `window` consecutive days, and where that window starts. */
export function mostWithinWindow(dates: readonly string[], window = S188_WINDOW_DAYS): { count: number; start: string } {
  const sorted = [...dates].sort();
  const days = sorted.map(dayNumber);
  let best = { count: 0, start: '' };
  let lo = 0;
  for (const [hi, day] of days.entries()) {
    while (day - at(days, lo, 'date') >= window) lo++;
    if (hi - lo + 1 > best.count) best = { count: hi - lo + 1, start: at(sorted, lo, 'date') };
  }
  return best;
}

export function minimumConsultationDays(dismissals: number): 0 | 30 | 45 {
  for (const t of S188_THRESHOLDS) if (dismissals >= t.dismissals) return t.days;
  return 0;
}

/** Per employer with anyone at risk: the s188 minimum consultation period. */
export function consultationDuties(ctx: MappingContext, rows: readonly MatrixRow[]): ConsultationDuty[] {
  const dates = effectiveDates(ctx.doc, ctx.mapping);
  const byEmployer = new Map<string | null, { dated: string[]; undated: number }>();
  for (const row of rows) {
    if (!isAtRisk(row.method)) continue;
    const people = peopleIn(row.post);
    if (people === 0) continue;
    const entry = byEmployer.get(row.employerTagId) ?? { dated: [], undated: 0 };
    const date = dates.get(row.post.id) ?? null;
    for (let i = 0; i < people; i++) {
      if (date) entry.dated.push(date);
      else entry.undated++;
    }
    byEmployer.set(row.employerTagId, entry);
  }
  return [...byEmployer.entries()].map(([employerTagId, { dated, undated }]) => {
    const window = mostWithinWindow(dated);
    // Undated dismissals could fall in any period: count them into the busiest one.
    const most = window.count + undated;
    const minimumDays = minimumConsultationDays(most);
    return {
      employerTagId,
      proposed: dated.length + undated,
      mostWithin90Days: most,
      windowStart: window.start,
      minimumDays,
      consultBy: minimumDays && window.start ? addDays(window.start, -minimumDays) : '',
      undated,
    };
  });
}
