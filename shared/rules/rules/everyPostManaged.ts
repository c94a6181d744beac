// A post with no line manager is either the top of the structure, declared as
// such, or a line someone forgot to draw.
import { postTitle } from '../context';
import type { Rule } from './rule';

export const everyPostManaged: Rule = {
  id: 'partnership.line-manager',
  title: 'Every post has a line manager or is a declared top post',
  check(ctx) {
    const declared = new Set(ctx.settings.topPosts);
    return ctx.posts
      .filter((post) => !ctx.managerOf.has(post.id) && !declared.has(post.id))
      .map((post) => ({
        ruleId: this.id,
        severity: 'warning' as const,
        postIds: [post.id],
        message: `${postTitle(ctx, post.id)} has no line manager. Draw its management line, or declare it a top post.`,
        source: 'Design principle: every post is accountable to someone',
        fix: { label: 'Declare it a top post', action: { kind: 'declare-top-post' as const, postId: post.id } },
      }));
  },
};
