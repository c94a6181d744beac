// When an organisation tag is deleted, the cost inputs must stop naming it, or
// the document would not reopen: its on-costs go, splits move to the tag that
// takes its posts (or are cleared), holders' employers are forgotten.
import type { CostSettings } from '../model/costTypes';
import type { FundingShare } from '../model/types';

function moveSplit(split: FundingShare[], tagId: string, to: string | null): FundingShare[] {
  if (!split.some((s) => s.tagId === tagId)) return split;
  if (to === null) return [];
  const merged = new Map<string, number>();
  for (const s of split) merged.set(s.tagId === tagId ? to : s.tagId, (merged.get(s.tagId === tagId ? to : s.tagId) ?? 0) + s.percent);
  const shares = [...merged].map(([id, percent]) => ({ tagId: id, percent }));
  return shares.length > 1 ? shares : [];
}

export function forgetTagInCosts(costs: CostSettings | undefined, tagId: string, to: string | null): CostSettings | undefined {
  if (!costs) return costs;
  return {
    ...costs,
    defaultSplit: moveSplit(costs.defaultSplit, tagId, to),
    agreedSplit: moveSplit(costs.agreedSplit, tagId, to),
    employers: costs.employers.filter((e) => e.tagId !== tagId),
    posts: costs.posts.map((p) => (p.employerTagId === tagId ? { ...p, employerTagId: null } : p)),
  };
}
