// Suggested mappings for baseline posts not yet decided, in this order:
//  1. the option has a post with the same id: the same post, unchanged;
//  2. an option post with the same title and grade: slot-in;
//  3. the entered job matches against the document's thresholds (local policy):
//     the best match at or above the slot-in threshold suggests slot-in, matches
//     from the ring-fence threshold a ring-fenced pool for those posts.
// A suggestion never takes an option post another decision or suggestion
// already fills by slot-in, so two people are never suggested into one post.
import { formatShare } from '../format';
import { isPost } from '../model/query';
import type { PostNode } from '../model/types';
import type { MappingPool, PostMapping } from '../model/transitionTypes';
import type { MappingContext } from './assimilation';

export interface Suggestion {
  mapping: PostMapping;
  /** Why it is suggested, shown beside it. */
  why: string;
}

export interface Suggestions {
  byPost: Map<string, Suggestion>;
  /** Pools the ring-fence suggestions need that the mapping does not have yet (created when accepted). */
  newPools: MappingPool[];
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

export function suggestMapping(ctx: MappingContext): Suggestions {
  const { mapping, baseline, option } = ctx;
  const decided = new Set(mapping.posts.map((p) => p.postId));
  const optionPosts = option.nodes.filter(isPost);
  const optionIds = new Set(optionPosts.map((p) => p.id));
  const taken = new Set<string>();
  for (const p of mapping.posts) if (p.method === 'slot-in' || p.method === 'unchanged') for (const t of p.targetPostIds) taken.add(t);
  const open = (baseline.nodes.filter(isPost) as PostNode[]).filter((p) => !decided.has(p.id));
  const out = new Map<string, Suggestion>();
  const newPools = new Map<string, MappingPool>();
  const make = (post: PostNode, m: Partial<PostMapping> & Pick<PostMapping, 'method'>, why: string) =>
    out.set(post.id, { mapping: { postId: post.id, targetPostIds: [], poolIds: [], destination: '', reason: '', inferred: null, ...m }, why });

  for (const post of open) {
    if (optionIds.has(post.id) && !taken.has(post.id)) {
      taken.add(post.id);
      make(post, { method: 'unchanged', targetPostIds: [post.id] }, 'The same post stands in both charts.');
    }
  }
  for (const post of open) {
    if (out.has(post.id)) continue;
    const same = optionPosts.find(
      (o) => !taken.has(o.id) && !optionIds.has(post.id) && norm(o.title) === norm(post.title) && norm(o.grade) === norm(post.grade),
    );
    if (same) {
      taken.add(same.id);
      make(post, { method: 'slot-in', targetPostIds: [same.id] }, `Same title and grade as "${same.title}".`);
    }
  }
  const { slotIn, ringFence } = mapping.thresholds;
  for (const post of open) {
    if (out.has(post.id)) continue;
    const matches = mapping.matches.filter((m) => m.fromPostId === post.id && optionIds.has(m.toPostId)).sort((a, b) => b.percent - a.percent);
    const best = matches.find((m) => m.percent >= slotIn && !taken.has(m.toPostId));
    if (best) {
      taken.add(best.toPostId);
      make(post, { method: 'slot-in', targetPostIds: [best.toPostId] }, `Job match ${formatShare(best.percent)} (slot-in from ${formatShare(slotIn)}).`);
      continue;
    }
    const fenced = matches.filter((m) => (m.percent >= ringFence && m.percent < slotIn) || (m.percent >= slotIn && taken.has(m.toPostId)));
    const [closest] = fenced;
    if (closest) {
      const pool = poolFor(fenced.map((m) => m.toPostId));
      make(
        post,
        { method: 'ring-fence', poolIds: [pool.id] },
        `Job match ${formatShare(closest.percent)}: ring-fenced from ${formatShare(ringFence)} (slot-in from ${formatShare(slotIn)}).`,
      );
    }
  }
  return { byPost: out, newPools: [...newPools.values()] };

  /** The pool competing for exactly these posts: an existing one, else a new one shared by every post fenced onto them. */
  function poolFor(postIds: string[]): MappingPool {
    const key = [...new Set(postIds)].sort().join('\u0000');
    const existing = mapping.pools.find((p) => [...new Set(p.postIds)].sort().join('\u0000') === key);
    if (existing) return existing;
    let pool = newPools.get(key);
    if (!pool) {
      const titles = [...new Set(postIds)].map((id) => optionPosts.find((o) => o.id === id)?.title ?? id);
      let id = `pool-${newPools.size + mapping.pools.length + 1}`;
      for (let n = 2; mapping.pools.some((p) => p.id === id); n++) id = `pool-${newPools.size + mapping.pools.length + n}`;
      pool = { id, name: `Pool for ${titles.join(', ')}`, postIds: [...new Set(postIds)] };
      newPools.set(key, pool);
    }
    return pool;
  }
}
