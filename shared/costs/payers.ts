// Who pays for a post, and what it costs them with on-costs. A joint post is
// paid by its funding split; a post with no split whose tag is not itself an
// employer (the "Joint" tag) is paid by the document's default partnership
// split and flagged "split assumed". Headcount stays whole; FTE and cost split.
import type { CostSettings, EmployerCosts } from '../model/costTypes';
import type { PostNode } from '../model/types';

export interface PayerShare {
  tagId: string;
  /** 0..1; the shares of one post add up to 1. */
  fraction: number;
}

export interface Payers {
  shares: PayerShare[];
  /** The default partnership split was used because the post has none. */
  splitAssumed: boolean;
}

export const UNTAGGED = 'untagged';

export function payersOf(post: PostNode, settings: CostSettings, employers: ReadonlyMap<string, EmployerCosts>): Payers {
  if (post.funding.length > 0) {
    const total = post.funding.reduce((s, f) => s + f.percent, 0) || 1;
    return { shares: post.funding.map((f) => ({ tagId: f.tagId, fraction: f.percent / total })), splitAssumed: false };
  }
  const tag = post.tagId ?? UNTAGGED;
  if (employers.has(tag) || settings.defaultSplit.length === 0 || tag === UNTAGGED) return { shares: [{ tagId: tag, fraction: 1 }], splitAssumed: false };
  const total = settings.defaultSplit.reduce((s, f) => s + f.percent, 0) || 1;
  return { shares: settings.defaultSplit.map((f) => ({ tagId: f.tagId, fraction: f.percent / total })), splitAssumed: true };
}

/** Pay plus the employer's on-costs: NI above the threshold, pension, levy and other as fractions of pay. */
export function withOnCosts(pay: number, employer: EmployerCosts | undefined): number {
  if (!employer || pay <= 0) return pay;
  return pay * (1 + employer.pensionRate + employer.levyRate + employer.otherRate) + employer.niRate * Math.max(0, pay - employer.niThreshold);
}

/** The employer of a post's holder: as entered, else the post's tag if it employs, else its largest payer. */
export function holderEmployer(post: PostNode, payers: Payers, employers: ReadonlyMap<string, EmployerCosts>, entered: string | null): string {
  if (entered) return entered;
  if (post.tagId && employers.has(post.tagId)) return post.tagId;
  let best: PayerShare | undefined;
  for (const s of payers.shares) if (!best || s.fraction > best.fraction) best = s;
  return best?.tagId ?? UNTAGGED;
}
