// Referential checks of the document's cost inputs: tags and rule sets named
// must exist, splits add up to 100 %, each employer and post is listed once.
import { BUILT_IN_RULE_SET_IDS } from './costRuleSetIds';
import type { CostSettings } from './costTypes';
import { fundingIssue, type DocumentIssue } from './validate';

export function validateCosts(costs: CostSettings | undefined, tagIds: ReadonlySet<string>, issues: DocumentIssue[]): void {
  if (!costs) return;
  const ruleSetIds = new Set([...BUILT_IN_RULE_SET_IDS, ...costs.ruleSets.map((r) => r.id)]);
  for (const name of ['defaultSplit', 'agreedSplit'] as const) {
    const problem = fundingIssue(costs[name]);
    if (problem) issues.push({ path: `costs.${name}`, message: problem.replace('funding split', 'the split') });
    costs[name].forEach((share, i) => {
      if (!tagIds.has(share.tagId)) issues.push({ path: `costs.${name}[${i}].tagId`, message: `there is no organisation tag "${share.tagId}"` });
    });
  }
  const employers = new Set<string>();
  costs.employers.forEach((e, i) => {
    if (!tagIds.has(e.tagId)) issues.push({ path: `costs.employers[${i}].tagId`, message: `there is no organisation tag "${e.tagId}"` });
    if (employers.has(e.tagId)) issues.push({ path: `costs.employers[${i}].tagId`, message: `the on-costs of "${e.tagId}" are given twice` });
    employers.add(e.tagId);
    if (!ruleSetIds.has(e.ruleSetId)) issues.push({ path: `costs.employers[${i}].ruleSetId`, message: `there is no redundancy rule set "${e.ruleSetId}"` });
  });
  const posts = new Set<string>();
  costs.posts.forEach((p, i) => {
    if (posts.has(p.postId)) issues.push({ path: `costs.posts[${i}].postId`, message: `the cost inputs of post "${p.postId}" are given twice` });
    posts.add(p.postId);
    if (p.employerTagId && !tagIds.has(p.employerTagId))
      issues.push({ path: `costs.posts[${i}].employerTagId`, message: `there is no organisation tag "${p.employerTagId}"` });
  });
}
