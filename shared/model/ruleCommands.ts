// Edits of the rule-check inputs that other commands need, kept beside the types.
import type { RuleSettings } from './ruleTypes';

/**
 * A tag is deleted and its posts move to `to` (or become untagged): roles held
 * for it move to `to` as well, as does its list of required roles unless `to`
 * has one of its own; with nowhere to go, they are dropped.
 */
export function retagRuleSettings(rules: RuleSettings | undefined, from: string, to: string | null): RuleSettings | undefined {
  if (!rules) return rules;
  const designations = rules.designations.flatMap((d) => (d.tagId !== from ? [d] : to === null ? [] : [{ ...d, tagId: to }]));
  const target = to !== null && rules.organisations.some((o) => o.tagId === to);
  const organisations = rules.organisations.flatMap((o) => (o.tagId !== from ? [o] : to === null || target ? [] : [{ ...o, tagId: to }]));
  return { ...rules, designations, organisations };
}
