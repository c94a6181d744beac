// The inputs of the rule checks, kept in the document so that a structure is
// checked against the same rules wherever it is opened: which statutory roles
// each post holds, which roles each organisation must fill, the design limits,
// the declared top posts, and the findings acknowledged with a reason.

/** A role the law (or the user) requires to be designated, e.g. the Monitoring Officer. */
export interface RoleDefinition {
  id: string;
  name: string;
  /** The statute or guidance, e.g. "Local Government and Housing Act 1989 s5". */
  source: string;
}

/** A post holds a role for one organisation: the joint Chief Executive is the Council's Head of Paid Service and the PCT's Accountable Officer. */
export interface RoleDesignation {
  postId: string;
  roleId: string;
  /** The organisation (tag id) the role is held for. */
  tagId: string;
  /** Only in this chart; null: in every chart the post stands in. */
  chartId: string | null;
  /** Null when stated; otherwise why the designation was inferred. */
  inferred: string | null;
}

/** An organisation that must fill statutory roles, and which. */
export interface OrganisationRules {
  tagId: string;
  requiredRoles: string[];
}

/** Design principles: guidance, not law, so every limit is a setting with its source. */
export interface DesignLimits {
  /** A manager with fewer direct reports than this (but at least one) is flagged. */
  minSpan: number;
  maxSpan: number;
  /** Layers of management below the top post. */
  maxLayers: number;
  source: string;
}

export interface Acknowledgement {
  ruleId: string;
  chartId: string;
  /** The posts the finding concerned, sorted. */
  postIds: string[];
  reason: string;
  /** What the concerned posts looked like when acknowledged: a change re-opens the finding. */
  fingerprint: string;
}

export interface RuleSettings {
  roles: RoleDefinition[];
  designations: RoleDesignation[];
  organisations: OrganisationRules[];
  limits: DesignLimits;
  /** A post of one organisation reports into another only through a joint post. */
  crossOrganisationThroughJointOnly: boolean;
  /** Posts declared to have no line manager on purpose (post ids). */
  topPosts: string[];
  acknowledgements: Acknowledgement[];
}
