// A user's decision on one baseline post, as the mapping view makes it: the
// method, the option post(s) it names, the job match with its basis, and the
// reason. One command, so a decision is one undo step whatever it touches
// (the mapping, the match, a pool it needs). A decision that differs from what
// the thresholds suggest must say why: an override without a reason is what
// an appeal against an assimilation finds first.
import { CommandError } from '../model/commands';
import { isPost } from '../model/query';
import type { ChartMapping, JobMatch, MappingMethod, MappingPool, PostMapping } from '../model/transitionTypes';
import type { StructuraDocument } from '../model/types';
import { findMapping, mappingContext, METHOD_LABELS } from './assimilation';
import { suggestMapping, type Suggestion } from './suggest';

export interface MappingRefLike {
  fromChartId: string;
  toChartId: string;
}

export interface PostDecision {
  postId: string;
  method: MappingMethod;
  /**
   * The option posts picked: slot-in one, open competition those competed for,
   * ring-fence those the pool competes for (a pool with exactly these posts is
   * used, or made); ignored for unchanged (the same post), deleted and moved out.
   */
  targetPostIds: string[];
  /** Ring-fence: further existing pools the holder also competes in. */
  alsoInPoolIds: string[];
  destination: string;
  reason: string;
  /** The job match with the (first) picked post, or null to leave the matches as they are. */
  match: { percent: number; basis: string } | null;
}

/** What the thresholds and titles would suggest for this post were it not decided (null: no suggestion). */
export function suggestionFor(doc: StructuraDocument, ref: MappingRefLike, postId: string): Suggestion | null {
  return suggestionIn(doc, findMapping(doc, ref.fromChartId, ref.toChartId), postId);
}

function suggestionIn(doc: StructuraDocument, mapping: ChartMapping, postId: string): Suggestion | null {
  const undecided: ChartMapping = { ...mapping, posts: mapping.posts.filter((p) => p.postId !== postId) };
  const { byPost, newPools } = suggestMapping(mappingContext(doc, undecided));
  const suggestion = byPost.get(postId);
  if (!suggestion) return null;
  // A suggested new pool is described by its posts, so compare by those.
  const pools = [...mapping.pools, ...newPools];
  const poolPosts = suggestion.mapping.poolIds.flatMap((id) => pools.find((p) => p.id === id)?.postIds ?? []);
  return suggestion.mapping.method === 'ring-fence' ? { ...suggestion, mapping: { ...suggestion.mapping, targetPostIds: poolPosts } } : suggestion;
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
};

/** The option posts a decision names, as compared with a suggestion (ring-fence: the posts of its pools). */
function namedPosts(decision: PostDecision, pools: readonly MappingPool[]): string[] {
  switch (decision.method) {
    case 'unchanged':
      return [decision.postId];
    case 'deleted':
    case 'moved-out':
      return [];
    case 'ring-fence':
      return [...decision.targetPostIds, ...decision.alsoInPoolIds.flatMap((id) => pools.find((p) => p.id === id)?.postIds ?? [])];
    default:
      return decision.targetPostIds;
  }
}

/**
 * Whether the decision is other than the suggestion (none: never an override). The suggestion is the one the
 * decision's own job match leads to: entering 70 % and slotting in is following the thresholds, not overriding them.
 */
export function overridesSuggestion(doc: StructuraDocument, ref: MappingRefLike, decision: PostDecision): Suggestion | null {
  const mapping = findMapping(doc, ref.fromChartId, ref.toChartId);
  const matchTo = decision.method === 'unchanged' ? decision.postId : decision.targetPostIds[0];
  const matches =
    decision.match && matchTo
      ? [
          ...mapping.matches.filter((m) => !(m.fromPostId === decision.postId && m.toPostId === matchTo)),
          { fromPostId: decision.postId, toPostId: matchTo, percent: decision.match.percent, basis: decision.match.basis },
        ]
      : mapping.matches;
  const suggestion = suggestionIn(doc, { ...mapping, matches }, decision.postId);
  if (!suggestion) return null;
  const same = suggestion.mapping.method === decision.method && sameSet(suggestion.mapping.targetPostIds, namedPosts(decision, mapping.pools));
  return same ? null : suggestion;
}

function describeSuggestion(doc: StructuraDocument, ref: MappingRefLike, s: Suggestion): string {
  const option = doc.charts.find((c) => c.id === ref.toChartId);
  const titles = s.mapping.targetPostIds.map((id) => option?.nodes.find((n) => n.id === id && isPost(n))).flatMap((n) => (n && isPost(n) ? [n.title] : []));
  return `${METHOD_LABELS[s.mapping.method]}${titles.length ? ` to ${titles.join(', ')}` : ''}`;
}

/** The pool competing for exactly these posts, or a new one named after them. */
function poolForPosts(mapping: ChartMapping, postIds: readonly string[], titleOf: (id: string) => string): { pool: MappingPool; isNew: boolean } {
  const wanted = [...new Set(postIds)];
  const existing = mapping.pools.find((p) => sameSet(p.postIds, wanted));
  if (existing) return { pool: existing, isNew: false };
  let n = mapping.pools.length + 1;
  while (mapping.pools.some((p) => p.id === `pool-${n}`)) n++;
  return { pool: { id: `pool-${n}`, name: `Pool for ${wanted.map(titleOf).join(', ')}`, postIds: wanted }, isNew: true };
}

export interface DecisionPlan {
  mapping: PostMapping;
  /** A pool the decision needs that the mapping does not have yet. */
  newPool: MappingPool | null;
  /** The job match to record, or null. */
  match: JobMatch | null;
}

/**
 * What a decision writes: the post's mapping, a pool it needs, its job match. Refused (CommandError) when the
 * decision overrides the suggestion without a reason or the match is not 0–100; the transition's own checks
 * refuse the rest when it is applied (decidePostMapping in ./commands).
 */
export function planDecision(doc: StructuraDocument, ref: MappingRefLike, decision: PostDecision): DecisionPlan {
  const baseline = doc.charts.find((c) => c.id === ref.fromChartId);
  const option = doc.charts.find((c) => c.id === ref.toChartId);
  if (!baseline || !option) throw new CommandError('The mapping names a chart the document does not have.');
  const post = baseline.nodes.find((n) => n.id === decision.postId);
  if (!post || !isPost(post)) throw new CommandError(`"${decision.postId}" is not a post of chart "${baseline.title}".`);
  const reason = decision.reason.trim();
  const overridden = overridesSuggestion(doc, ref, decision);
  if (overridden && !reason)
    throw new CommandError(
      `"${post.title}": the suggestion is ${describeSuggestion(doc, ref, overridden)} (${overridden.why.replace(/\.$/, '')}); give the reason for deciding otherwise.`,
    );
  const percent = decision.match?.percent;
  if (percent !== undefined && !(Number.isFinite(percent) && percent >= 0 && percent <= 100))
    throw new CommandError(`"${post.title}": a job match is a percentage from 0 to 100 (not ${percent}).`);
  const mapping = findMapping(doc, ref.fromChartId, ref.toChartId);
  const titleOf = (id: string) => {
    const n = option.nodes.find((x) => x.id === id);
    return n && isPost(n) ? n.title : id;
  };
  const targets = [...new Set(decision.targetPostIds)];
  let newPool: MappingPool | null = null;
  let poolIds: string[] = [];
  if (decision.method === 'ring-fence') {
    if (targets.length) {
      const found = poolForPosts(mapping, targets, titleOf);
      if (found.isNew) newPool = found.pool;
      poolIds = [found.pool.id];
    }
    poolIds = [...new Set([...poolIds, ...decision.alsoInPoolIds])];
    if (poolIds.length === 0) throw new CommandError(`"${post.title}": pick the post(s) its ring-fenced pool competes for.`);
  }
  const targetPostIds = decision.method === 'unchanged' ? [post.id] : decision.method === 'slot-in' || decision.method === 'open-competition' ? targets : [];
  const matchTo = decision.method === 'unchanged' ? post.id : targets[0];
  return {
    mapping: {
      postId: post.id,
      method: decision.method,
      targetPostIds,
      poolIds,
      destination: decision.method === 'moved-out' ? decision.destination.trim() : '',
      reason,
      inferred: null,
    },
    newPool,
    match: decision.match && matchTo ? { fromPostId: post.id, toPostId: matchTo, percent: decision.match.percent, basis: decision.match.basis.trim() } : null,
  };
}
