// The statutory roles Structura knows out of the box, the sets an English
// council and an NHS body must fill, and the design limits, each with where it
// comes from (../shared/domain-notes.md beside the repo). All of it is data:
// a document can add roles, change the sets and the limits.
import type { DesignLimits, RoleDefinition, RuleSettings } from '../model/ruleTypes';

export const ROLE = {
  headOfPaidService: 'head-of-paid-service',
  chiefFinanceOfficer: 'chief-finance-officer',
  monitoringOfficer: 'monitoring-officer',
  directorChildrens: 'director-childrens-services',
  directorAdults: 'director-adult-social-services',
  directorPublicHealth: 'director-public-health',
  accountableOfficer: 'nhs-accountable-officer',
  nhsFinanceDirector: 'nhs-finance-director',
} as const;

export const DEFAULT_ROLES: readonly RoleDefinition[] = [
  { id: ROLE.headOfPaidService, name: 'Head of Paid Service', source: 'Local Government and Housing Act 1989 s4' },
  {
    id: ROLE.chiefFinanceOfficer,
    name: 'Chief Finance Officer (s151 officer)',
    source: 'Local Government Act 1972 s151; CIPFA statement on the role of the chief finance officer',
  },
  { id: ROLE.monitoringOfficer, name: 'Monitoring Officer', source: 'Local Government and Housing Act 1989 s5' },
  { id: ROLE.directorChildrens, name: "Director of Children's Services", source: 'Children Act 2004 s18' },
  { id: ROLE.directorAdults, name: 'Director of Adult Social Services', source: 'Local Authority Social Services Act 1970 s6' },
  { id: ROLE.directorPublicHealth, name: 'Director of Public Health', source: 'NHS Act 2006 s73A' },
  { id: ROLE.accountableOfficer, name: 'NHS Accountable Officer', source: 'NHS Act 2006 (accountable officer of an NHS body)' },
  { id: ROLE.nhsFinanceDirector, name: 'NHS Director of Finance', source: 'NHS Act 2006 (the board’s director of finance)' },
];

/** What an upper-tier English council must designate. */
export const LOCAL_GOVERNMENT_ROLES: readonly string[] = [
  ROLE.headOfPaidService,
  ROLE.chiefFinanceOfficer,
  ROLE.monitoringOfficer,
  ROLE.directorChildrens,
  ROLE.directorAdults,
  ROLE.directorPublicHealth,
];

/** What an NHS body (a PCT, a trust) must designate. */
export const NHS_BODY_ROLES: readonly string[] = [ROLE.accountableOfficer, ROLE.nhsFinanceDirector];

export const DEFAULT_LIMITS: DesignLimits = {
  minSpan: 3,
  maxSpan: 10,
  maxLayers: 7,
  source:
    'Guidance, not law: councils have cut from as many as 10 tiers to about 7; reviews put the ideal at 5–7 layers; benchmarks give average spans of 6–7 (domain notes §3).',
};

/** The settings of a document that has none: the roles known, no organisation required to fill any yet. */
export function defaultRuleSettings(): RuleSettings {
  return {
    roles: DEFAULT_ROLES.map((r) => ({ ...r })),
    designations: [],
    organisations: [],
    limits: { ...DEFAULT_LIMITS },
    crossOrganisationThroughJointOnly: true,
    topPosts: [],
    acknowledgements: [],
  };
}
