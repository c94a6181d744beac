// A statutory role in a vacant post is a duty nobody is discharging today.
import { postTitle, roleName, tagLabel } from '../context';
import type { Finding } from '../finding';
import type { Rule } from './rule';

export const vacantStatutoryPost: Rule = {
  id: 'statutory.vacant',
  title: 'Statutory roles are held by filled posts',
  check(ctx) {
    const findings: Finding[] = [];
    for (const post of ctx.posts) {
      if (post.holder.kind !== 'vacant') continue;
      for (const d of ctx.rolesOf.get(post.id) ?? []) {
        findings.push({
          ruleId: this.id,
          severity: 'warning',
          postIds: [post.id],
          message: `${postTitle(ctx, post.id)} is vacant but holds the ${tagLabel(ctx, d.tagId)}'s ${roleName(ctx, d.roleId)}: until it is filled, an interim designation is needed.`,
          source: ctx.settings.roles.find((r) => r.id === d.roleId)?.source ?? '',
        });
      }
    }
    return findings;
  },
};
