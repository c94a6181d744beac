// A joint post is paid by the partners in agreed shares: without a split, what
// each partner pays is an assumption, and the board should see that.
import { postTitle, tagLabel } from '../context';
import type { Rule } from './rule';

const SOURCE = 'Partnership agreement: every joint post funded in full (s113 Local Government Act 1972; s75 NHS Act 2006)';

export const jointPostFunded: Rule = {
  id: 'partnership.joint-post-funded',
  title: 'Every joint post has a funding split',
  check(ctx) {
    // Without organisations set up, no tag is known to be a partnership's.
    if (ctx.organisationTags.size === 0) return [];
    return ctx.posts.flatMap((post) => {
      const { tagId } = post;
      if (tagId === null || ctx.organisationTags.has(tagId) || post.funding.length) return [];
      return [
        {
          ruleId: this.id,
          severity: 'warning' as const,
          postIds: [post.id],
          message: `${postTitle(ctx, post.id)} is a ${tagLabel(ctx, tagId)} post with no funding split: what each partner pays for it is assumed, not agreed.`,
          source: SOURCE,
          fix: { label: 'Set its funding split', action: { kind: 'set-funding-split' as const, postId: post.id } },
        },
      ];
    });
  },
};
