// A Director of Public Health is appointed jointly with the Secretary of State,
// who must be consulted before a dismissal: the board paper should say so.
import { postTitle } from '../context';
import { ROLE } from '../defaults';
import type { Rule } from './rule';

const SOURCE = 'NHS Act 2006 s73A';

const whoIs = (title: string) =>
  title.toLowerCase() === 'director of public health' ? 'The Director of Public Health is' : `${title}, as Director of Public Health, is`;

export const publicHealthJointAppointment: Rule = {
  id: 'statutory.dph-joint-appointment',
  title: 'The Director of Public Health is a joint appointment with the Secretary of State',
  check(ctx) {
    const ids = new Set(ctx.designations.filter((d) => d.roleId === ROLE.directorPublicHealth).map((d) => d.postId));
    return [...ids].map((postId) => ({
      ruleId: this.id,
      severity: 'note' as const,
      postIds: [postId],
      message: `${whoIs(postTitle(ctx, postId))} appointed jointly with the Secretary of State, who must be consulted before any dismissal (${SOURCE}).`,
      source: SOURCE,
    }));
  },
};
