// What a rule says about a chart: one finding per thing wrong, naming the posts
// it concerns, in a sentence that says what is wrong, why, and on what authority.
export type Severity = 'error' | 'warning' | 'note';

export interface QuickFix {
  /** Shown on the button, e.g. "Designate a Monitoring Officer". */
  label: string;
  /** What the fix does: designate a role (the user picks the post), or declare a top post. */
  action:
    { kind: 'designate-role'; roleId: string; tagId: string } | { kind: 'declare-top-post'; postId: string } | { kind: 'set-funding-split'; postId: string };
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Posts (and bodies) concerned, in chart order; empty for a finding about the whole chart. */
  postIds: string[];
  message: string;
  /** The statute or guidance behind the rule. */
  source: string;
  fix?: QuickFix;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };
