// Spans of control: too many reports and a manager cannot manage them; too few
// and the layer adds cost without adding management. Guidance, not law.
import { postTitle } from '../context';
import type { Finding } from '../finding';
import type { Rule } from './rule';

function postReports(ctx: Parameters<Rule['check']>[0], id: string): number {
  return ctx.postReportsOf.get(id)?.length ?? 0;
}

export const spanOfControl: Rule = {
  id: 'design.span',
  title: 'Spans of control within the agreed limits',
  check(ctx) {
    const { minSpan, maxSpan, source } = ctx.settings.limits;
    const findings: Finding[] = [];
    for (const post of ctx.posts) {
      const span = postReports(ctx, post.id);
      if (span > maxSpan) {
        findings.push({
          ruleId: this.id,
          severity: 'warning',
          postIds: [post.id],
          message: `${post.title} has ${span} direct reports, more than the agreed ${maxSpan}.`,
          source,
        });
      } else if (span > 1 && span < minSpan) {
        findings.push({
          ruleId: this.id,
          severity: 'note',
          postIds: [post.id],
          message: `${post.title} has ${span} direct reports, fewer than the agreed ${minSpan}.`,
          source,
        });
      }
    }
    return findings;
  },
};

export const singleReportManager: Rule = {
  id: 'design.single-report',
  title: 'No manager of a single report',
  check(ctx) {
    const findings: Finding[] = [];
    for (const post of ctx.posts) {
      const reports = ctx.postReportsOf.get(post.id);
      const [only] = reports ?? [];
      if (reports?.length !== 1 || only === undefined) continue;
      findings.push({
        ruleId: this.id,
        severity: 'note',
        postIds: [post.id, only],
        message: `${post.title} manages one post only (${postTitle(ctx, only)}): a layer that may not be needed.`,
        source: ctx.settings.limits.source,
      });
    }
    return findings;
  },
};
