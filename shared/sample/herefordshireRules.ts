// The statutory roles in the Herefordshire sample, as far as the papers allow.
// The papers name posts, not designations: every designation here is inferred
// from the post's title and the law of the time, and says so. No post is shown
// as the Council's Monitoring Officer (legal services sit under the Director
// of Resources, who is also the finance officer and so may not hold it): the
// checks report that gap, as a reader of the papers would.
import type { RoleDesignation, RuleSettings } from '../model/ruleTypes';
import { defaultRuleSettings, LOCAL_GOVERNMENT_ROLES, NHS_BODY_ROLES, ROLE } from '../rules/defaults';

const BY_TITLE = 'Inferred from the post title: the papers do not name statutory designations.';
const CHIEF_EXECUTIVE = 'Inferred: a chief executive is normally the Head of Paid Service (Council) or Accountable Officer (PCT); the papers do not say.';
const JOINT_DPH = 'Inferred: the papers propose a joint Director of Public Health for both bodies.';
const FINANCE = 'Inferred: the Director of Resources holds Finance; the papers do not name the s151 officer.';

function designate(postId: string, roleId: string, tagId: string, inferred: string, chartId: string | null = null): RoleDesignation {
  return { postId, roleId, tagId, chartId, inferred };
}

export function herefordshireRules(): RuleSettings {
  return {
    ...defaultRuleSettings(),
    organisations: [
      { tagId: 'council', requiredRoles: [...LOCAL_GOVERNMENT_ROLES] },
      { tagId: 'pct', requiredRoles: [...NHS_BODY_ROLES] },
    ],
    designations: [
      // Annex 1: one Chief Executive for both bodies.
      designate('ceo', ROLE.headOfPaidService, 'council', CHIEF_EXECUTIVE),
      designate('ceo', ROLE.accountableOfficer, 'pct', CHIEF_EXECUTIVE),
      // Annex 5: each body keeps its own chief executive.
      designate('council-ceo', ROLE.headOfPaidService, 'council', CHIEF_EXECUTIVE),
      designate('pct-ceo', ROLE.accountableOfficer, 'pct', CHIEF_EXECUTIVE),
      // Posts standing in both annexes.
      designate('dir-childrens', ROLE.directorChildrens, 'council', BY_TITLE),
      designate('dir-adult-social-care', ROLE.directorAdults, 'council', BY_TITLE),
      designate('dph', ROLE.directorPublicHealth, 'council', JOINT_DPH),
      designate('dir-finance', ROLE.nhsFinanceDirector, 'pct', BY_TITLE),
      designate('dir-resources', ROLE.chiefFinanceOfficer, 'council', FINANCE),
    ],
  };
}
