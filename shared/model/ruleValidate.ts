// Referential checks of the rule-check inputs: every designation names a role
// the document defines and an organisation tag it has; role ids are unique.
// (A designation may name a post no chart holds any more: it simply applies nowhere.)
import type { RuleSettings } from './ruleTypes';
import type { DocumentIssue } from './validate';

export function validateRuleSettings(rules: RuleSettings | undefined, tagIds: Set<string>, issues: DocumentIssue[]): void {
  if (!rules) return;
  const roleIds = new Set<string>();
  rules.roles.forEach((role, i) => {
    if (roleIds.has(role.id)) issues.push({ path: `rules.roles[${i}].id`, message: `role id "${role.id}" is used twice` });
    roleIds.add(role.id);
  });
  rules.designations.forEach((d, i) => {
    if (!roleIds.has(d.roleId))
      issues.push({ path: `rules.designations[${i}].roleId`, message: `designates role "${d.roleId}", which the document does not define` });
    if (!tagIds.has(d.tagId))
      issues.push({ path: `rules.designations[${i}].tagId`, message: `names organisation tag "${d.tagId}", which the document does not define` });
  });
  rules.organisations.forEach((o, i) => {
    if (!tagIds.has(o.tagId))
      issues.push({ path: `rules.organisations[${i}].tagId`, message: `names organisation tag "${o.tagId}", which the document does not define` });
    o.requiredRoles.forEach((roleId, j) => {
      if (!roleIds.has(roleId))
        issues.push({ path: `rules.organisations[${i}].requiredRoles[${j}]`, message: `requires role "${roleId}", which the document does not define` });
    });
  });
  if (rules.limits.minSpan > rules.limits.maxSpan) {
    issues.push({ path: 'rules.limits.minSpan', message: `the smallest span (${rules.limits.minSpan}) is larger than the largest (${rules.limits.maxSpan})` });
  }
}
