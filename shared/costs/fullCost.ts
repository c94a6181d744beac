// What one post costs its employers in full: pay plus each paying employer's
// on-costs, by its funding split (the same sum the savings ledger makes). Every
// figure shown to users says which it is, "with on-costs" or "pay only", so a
// box, the inspector and a table never leave a finance director guessing.
import type { CostSettings, EmployerCosts } from '../model/costTypes';
import type { Chart, PostNode, StructuraDocument } from '../model/types';
import { isNoReportingPost } from '../io/noReportingPost';
import { postCost } from '../compare/compare';
import { costSettingsOf } from './defaults';
import { payersOf, UNTAGGED, withOnCosts } from './payers';

export type CostBasis = 'with on-costs' | 'pay only';

export interface PostFullCost {
  /** Pay as entered on the post, else the midpoint of its pay band (as the ledger counts it). */
  pay: number;
  fromPayBand: boolean;
  /** Pay plus the on-costs of every paying employer that has them set. */
  full: number;
  /** "with on-costs" when at least one payer's on-costs are counted. */
  basis: CostBasis;
  /** Some payers have no on-costs set: their share counts as pay only. */
  partlyPayOnly: boolean;
  /** The pay or a counted on-cost rate is marked illustrative. */
  illustrative: boolean;
}

interface CostIndex {
  settings: CostSettings;
  employers: ReadonlyMap<string, EmployerCosts>;
}

// Built once per cost-settings object: documents are immutable, so a new
// settings object is the only way rates change.
const indexes = new WeakMap<object, CostIndex>();
const NO_SETTINGS = {};

function costIndex(doc: StructuraDocument): CostIndex {
  const key = doc.costs ?? NO_SETTINGS;
  let index = indexes.get(key);
  if (!index) {
    const settings = costSettingsOf(doc);
    index = { settings, employers: new Map(settings.employers.map((e) => [e.tagId, e])) };
    indexes.set(key, index);
  }
  return index;
}

/** The post's full annual cost, or null when it has neither a cost nor a pay band. */
export function postFullCost(post: PostNode, doc: StructuraDocument): PostFullCost | null {
  const { value: pay, fromPayBand } = postCost(post);
  if (pay === null) return null;
  const { settings, employers } = costIndex(doc);
  let full = 0;
  let counted = 0;
  let missing = 0;
  let illustrative = post.costIllustrative;
  for (const share of payersOf(post, settings, employers).shares) {
    const employer = employers.get(share.tagId);
    if (employer) {
      counted++;
      if (employer.illustrative) illustrative = true;
    } else if (share.tagId !== UNTAGGED || pay > 0) missing++;
    full += share.fraction * withOnCosts(pay, employer);
  }
  return { pay, fromPayBand, full, basis: counted > 0 ? 'with on-costs' : 'pay only', partlyPayOnly: counted > 0 && missing > 0, illustrative };
}

export interface FullCostTotal {
  pay: number;
  full: number;
  /** "with on-costs" when any post's on-costs are counted. */
  basis: CostBasis;
  /** Some of the posts (or of their payers) count as pay only. */
  partlyPayOnly: boolean;
  illustrative: boolean;
}

/** Posts grouped by where they sit (their tag, "untagged" for none), each group's full cost summed. */
export function fullCostByTag(posts: Iterable<PostNode>, doc: StructuraDocument): Map<string, FullCostTotal> {
  const groups = new Map<string, PostNode[]>();
  for (const post of posts) {
    const key = post.tagId ?? UNTAGGED;
    const group = groups.get(key);
    if (group) group.push(post);
    else groups.set(key, [post]);
  }
  return new Map([...groups].map(([tagId, group]) => [tagId, totalFullCost(group, doc)]));
}

/** A chart's posts as the comparison counts them (each id once; an organogram's "no reporting post" holder is not a post), full cost by where they sit. */
export function chartFullCostByTag(chart: Chart, doc: StructuraDocument): Map<string, FullCostTotal> {
  const seen = new Set<string>();
  const posts: PostNode[] = [];
  for (const node of chart.nodes) {
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    if (node.kind === 'post' && !isNoReportingPost(node)) posts.push(node);
  }
  const byTag = fullCostByTag(posts, doc);
  byTag.set(ALL_POSTS, totalFullCost(posts, doc));
  return byTag;
}

/** The key of chartFullCostByTag's total over every post. */
export const ALL_POSTS = 'all';

/** The sum of full costs of some posts, and the basis that covers all of them. */
export function totalFullCost(posts: Iterable<PostNode>, doc: StructuraDocument): FullCostTotal {
  let pay = 0;
  let full = 0;
  let withOnCosts = 0;
  let payOnly = 0;
  let illustrative = false;
  for (const post of posts) {
    const cost = postFullCost(post, doc);
    if (!cost) continue;
    pay += cost.pay;
    full += cost.full;
    if (cost.basis === 'with on-costs') withOnCosts++;
    else payOnly++;
    if (cost.partlyPayOnly) payOnly++;
    if (cost.illustrative) illustrative = true;
  }
  return { pay, full, basis: withOnCosts > 0 ? 'with on-costs' : 'pay only', partlyPayOnly: withOnCosts > 0 && payOnly > 0, illustrative };
}
