// CIPFA's statement: the chief finance officer reports directly to the chief
// executive (the Head of Paid Service) and sits on the leadership team, or the
// authority explains why not.
import { holdersOf, postTitle, tagLabel } from '../context';
import { ROLE } from '../defaults';
import type { Finding } from '../finding';
import type { Rule } from './rule';

const SOURCE = 'CIPFA statement on the role of the chief finance officer in local government ("comply or explain")';

export const financeOfficerReportsToHead: Rule = {
  id: 'statutory.cfo-reports-to-head',
  title: 'The chief finance officer reports directly to the Head of Paid Service',
  check(ctx) {
    const findings: Finding[] = [];
    for (const cfo of ctx.designations.filter((d) => d.roleId === ROLE.chiefFinanceOfficer)) {
      const heads = holdersOf(ctx, ROLE.headOfPaidService, cfo.tagId);
      const [head] = heads;
      if (heads.length !== 1 || head === undefined || head === cfo.postId) continue;
      if (ctx.managerOf.get(cfo.postId) === head) continue;
      const manager = ctx.managerOf.get(cfo.postId);
      findings.push({
        ruleId: this.id,
        severity: 'warning',
        postIds: [cfo.postId, head],
        message: `${postTitle(ctx, cfo.postId)}, the ${tagLabel(ctx, cfo.tagId)}'s chief finance officer, reports to ${manager ? postTitle(ctx, manager) : 'nobody'}, not directly to the Head of Paid Service (${postTitle(ctx, head)}): CIPFA asks authorities to comply or explain.`,
        source: SOURCE,
      });
    }
    return findings;
  },
};
