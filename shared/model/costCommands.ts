// What deleting a tag does to the cost inputs: the deleted organisation's
// shares of the default and agreed splits go to the tag its posts move to (or
// are dropped), its on-cost rates move with it unless that tag has its own, and
// holders it employed are employed by the new tag.
import type { CostSettings } from './costTypes';
import type { FundingShare } from './types';

function moveShares(shares: FundingShare[], from: string, to: string | null): FundingShare[] {
  if (!shares.some((s) => s.tagId === from)) return shares;
  if (to === null) return [];
  const merged = new Map<string, number>();
  for (const share of shares) {
    const key = share.tagId === from ? to : share.tagId;
    merged.set(key, (merged.get(key) ?? 0) + share.percent);
  }
  const moved = [...merged].map(([tagId, percent]) => ({ tagId, percent }));
  return moved.length > 1 ? moved : [];
}

export function retagCostSettings(costs: CostSettings | undefined, from: string, to: string | null): CostSettings | undefined {
  if (!costs) return costs;
  const targetIsEmployer = to !== null && costs.employers.some((e) => e.tagId === to);
  return {
    ...costs,
    defaultSplit: moveShares(costs.defaultSplit, from, to),
    agreedSplit: moveShares(costs.agreedSplit, from, to),
    employers: costs.employers.flatMap((e) => (e.tagId !== from ? [e] : to === null || targetIsEmployer ? [] : [{ ...e, tagId: to }])),
    posts: costs.posts.map((p) => (p.employerTagId === from ? { ...p, employerTagId: to } : p)),
  };
}
