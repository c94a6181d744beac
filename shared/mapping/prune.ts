// Kept apart from ./commands so shared/model/commands can import it without a cycle.
import type { ChartMapping, PostMapping, TransitionSettings } from '../model/transitionTypes';

/**
 * The transition without what no longer exists: mappings of deleted charts,
 * and mappings, matches, pool posts and dated changes of deleted posts. Called
 * by the commands that delete nodes and charts, so the document stays valid.
 */
export function pruneTransition(
  transition: TransitionSettings | undefined,
  charts: readonly { id: string; nodes: readonly { id: string; kind: string }[] }[],
): TransitionSettings | undefined {
  if (!transition) return transition;
  const byId = new Map(charts.map((c) => [c.id, c]));
  const mappings = transition.mappings.flatMap((m): ChartMapping[] => {
    const from = byId.get(m.fromChartId);
    const to = byId.get(m.toChartId);
    if (!from || !to) return [];
    const oldPosts = new Set(from.nodes.filter((n) => n.kind === 'post').map((n) => n.id));
    const newPosts = new Set(to.nodes.filter((n) => n.kind === 'post').map((n) => n.id));
    const nodes = new Set([...from.nodes, ...to.nodes].map((n) => n.id));
    const pools = m.pools.map((p) => ({ ...p, postIds: p.postIds.filter((id) => newPosts.has(id)) })).filter((p) => p.postIds.length > 0);
    const poolIds = new Set(pools.map((p) => p.id));
    const posts = m.posts.flatMap((p): PostMapping[] => {
      if (!oldPosts.has(p.postId)) return [];
      const kept = { ...p, targetPostIds: p.targetPostIds.filter((id) => newPosts.has(id)), poolIds: p.poolIds.filter((id) => poolIds.has(id)) };
      const lostAll = (p.targetPostIds.length > 0 && kept.targetPostIds.length === 0) || (p.poolIds.length > 0 && kept.poolIds.length === 0);
      const lostSlot = p.method === 'slot-in' && kept.targetPostIds.length !== 1;
      return lostAll || lostSlot ? [] : [kept];
    });
    return [
      {
        ...m,
        pools,
        posts,
        matches: m.matches.filter((x) => oldPosts.has(x.fromPostId) && newPosts.has(x.toPostId)),
        changes: m.changes.filter((c) => nodes.has(c.nodeId)),
      },
    ];
  });
  return { ...transition, mappings };
}
