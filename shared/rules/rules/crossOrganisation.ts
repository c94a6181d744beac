// A post employed by one partner that is line-managed by the other's post
// crosses employers without the joint arrangement that makes it lawful and
// clear (a joint post, or an s113 agreement): flag it unless the chart routes
// it through a joint post.
import { tagLabel } from '../context';
import type { Finding } from '../finding';
import type { Rule } from './rule';

const SOURCE = 'Partnership agreement (configurable): cross-employer line management only through a joint post (s113 Local Government Act 1972)';

export const crossOrganisationReporting: Rule = {
  id: 'partnership.cross-organisation',
  title: 'A post reports into the other organisation only through a joint post',
  check(ctx) {
    if (!ctx.settings.crossOrganisationThroughJointOnly) return [];
    const findings: Finding[] = [];
    for (const post of ctx.posts) {
      if (post.tagId === null || !ctx.organisationTags.has(post.tagId)) continue;
      const managerId = ctx.managerOf.get(post.id);
      const manager = managerId === undefined ? undefined : ctx.nodes.get(managerId);
      if (manager?.kind !== 'post' || manager.tagId === null || !ctx.organisationTags.has(manager.tagId)) continue;
      if (manager.tagId === post.tagId) continue;
      findings.push({
        ruleId: this.id,
        severity: 'warning',
        postIds: [post.id, manager.id],
        message: `${post.title} (${tagLabel(ctx, post.tagId)}) is line-managed by ${manager.title} (${tagLabel(ctx, manager.tagId)}) directly, not through a joint post.`,
        source: SOURCE,
      });
    }
    return findings;
  },
};
