// Layers below the top: each adds distance between the top and the front line.
import type { PostNode } from '../../model/types';
import { postTitle } from '../context';
import type { Rule } from './rule';

export const layersBelowTop: Rule = {
  id: 'design.layers',
  title: 'Layers of management within the agreed limit',
  check(ctx) {
    const { maxLayers, source } = ctx.settings.limits;
    const deep: PostNode[] = [];
    let deepest = 0;
    for (const post of ctx.posts) {
      const depth = ctx.depth.get(post.id) ?? 0;
      if (depth <= maxLayers) continue;
      deep.push(post);
      if (depth > deepest) deepest = depth;
    }
    if (deep.length === 0) return [];
    const named = deep.slice(0, 3).map((post) => postTitle(ctx, post.id));
    return [
      {
        ruleId: this.id,
        severity: 'warning',
        postIds: deep.map((post) => post.id),
        message: `The structure runs to ${deepest} layers below the top, more than the agreed ${maxLayers}: ${deep.length} post${deep.length === 1 ? '' : 's'} beyond the limit (${named.join(', ')}${deep.length > 3 ? ', …' : ''}).`,
        source,
      },
    ];
  },
};
