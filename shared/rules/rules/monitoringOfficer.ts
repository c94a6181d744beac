// The Monitoring Officer reports on the lawfulness of the authority's actions,
// including its head's and its finance officer's: so the same person may not
// hold either of those roles.
import { postTitle, tagLabel } from '../context';
import { ROLE } from '../defaults';
import type { Finding } from '../finding';
import type { Rule } from './rule';

const SOURCE = 'Local Government and Housing Act 1989 s5(1) and s5(1A)';

export const monitoringOfficerSeparate: Rule = {
  id: 'statutory.monitoring-officer-separate',
  title: 'The Monitoring Officer is neither the Head of Paid Service nor the chief finance officer',
  check(ctx) {
    const findings: Finding[] = [];
    for (const [postId, roles] of ctx.rolesOf) {
      for (const mo of roles.filter((r) => r.roleId === ROLE.monitoringOfficer)) {
        const clash = roles.filter((r) => r.tagId === mo.tagId && (r.roleId === ROLE.headOfPaidService || r.roleId === ROLE.chiefFinanceOfficer));
        for (const other of clash) {
          const what = other.roleId === ROLE.headOfPaidService ? 'Head of Paid Service' : 'chief finance officer';
          findings.push({
            ruleId: this.id,
            severity: 'error',
            postIds: [postId],
            message: `${postTitle(ctx, postId)} is both the ${tagLabel(ctx, mo.tagId)}'s Monitoring Officer and its ${what}; the law says the Monitoring Officer may not be either (${SOURCE}).`,
            source: SOURCE,
          });
        }
      }
    }
    return findings;
  },
};
