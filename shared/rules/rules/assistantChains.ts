// An assistant supports its manager; an assistant with reports of its own, or
// assistants to assistants, hide a layer of management in the support line.
import { postTitle } from '../context';
import type { Rule } from './rule';

export const assistantChain: Rule = {
  id: 'design.assistant-chain',
  title: 'Assistants have no reports of their own',
  check(ctx) {
    return ctx.posts.flatMap((post) => {
      const reports = post.assistant ? ctx.postReportsOf.get(post.id) : undefined;
      if (!reports) return [];
      return [
        {
          ruleId: this.id,
          severity: 'warning' as const,
          postIds: [post.id, ...reports],
          message: `${postTitle(ctx, post.id)} is an assistant post with reports of its own: a hidden layer of management.`,
          source: ctx.settings.limits.source,
        },
      ];
    });
  },
};
