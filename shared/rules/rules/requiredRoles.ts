// Each organisation the chart claims designates each statutory role it must
// have, exactly once: none leaves a legal duty with nobody; two make it unclear
// who holds it.
import { holdersOf, listOf, postTitle, roleName, roleSource, tagLabel } from '../context';
import type { Finding } from '../finding';
import type { Rule } from './rule';

export const requiredRoles: Rule = {
  id: 'statutory.required-role',
  title: 'Each statutory role is held by exactly one post',
  check(ctx) {
    const findings: Finding[] = [];
    for (const organisation of ctx.settings.organisations) {
      if (!ctx.claimed.has(organisation.tagId)) continue;
      const org = tagLabel(ctx, organisation.tagId);
      for (const roleId of organisation.requiredRoles) {
        const holders = holdersOf(ctx, roleId, organisation.tagId);
        const role = roleName(ctx, roleId);
        if (holders.length === 0) {
          findings.push({
            ruleId: this.id,
            severity: 'error',
            postIds: [],
            message: `No post in this structure is the ${org}'s ${role}. The ${org} must designate one (${roleSource(ctx, roleId)}).`,
            source: roleSource(ctx, roleId),
            fix: { label: `Designate the ${org}'s ${role}`, action: { kind: 'designate-role', roleId, tagId: organisation.tagId } },
          });
        } else if (holders.length > 1) {
          findings.push({
            ruleId: this.id,
            severity: 'error',
            postIds: holders,
            message: `${listOf(holders.map((id) => postTitle(ctx, id)))} are each designated the ${org}'s ${role}; the role is held by one post (${roleSource(ctx, roleId)}).`,
            source: roleSource(ctx, roleId),
          });
        }
      }
    }
    return findings;
  },
};
