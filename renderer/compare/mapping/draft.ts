// The decision being edited for one baseline post, before it is saved: starts
// from the post's decision, else its suggestion, else nothing picked.
import type { MatrixRow } from '../../../shared/mapping/assimilation';
import type { PostDecision } from '../../../shared/mapping/commands';
import type { ChartMapping, MappingMethod } from '../../../shared/model/transitionTypes';

export interface Draft {
  postId: string;
  method: MappingMethod | null;
  /** Option posts picked; for a ring-fence, those its own pool competes for. */
  targets: string[];
  alsoInPoolIds: string[];
  destination: string;
  reason: string;
  /** As typed: empty means no match entered. */
  percent: string;
  basis: string;
}

/** Methods naming new posts, and whether they take more than one. */
export const TAKES_TARGETS: Record<MappingMethod, 'none' | 'one' | 'many'> = {
  unchanged: 'none',
  'slot-in': 'one',
  'ring-fence': 'many',
  'open-competition': 'many',
  deleted: 'none',
  'moved-out': 'none',
};

export function draftFrom(row: MatrixRow, mapping: ChartMapping): Draft {
  // A ring-fenced post's first pool is "its" pool, picked as the posts it competes for; the others are listed apart.
  const [own, ...others] = row.pools;
  const targets = row.method === 'ring-fence' ? (own?.postIds ?? []) : row.method === 'unchanged' ? [] : row.targets.map((t) => t.id);
  const matchTo = row.method === 'unchanged' ? row.post.id : targets[0];
  const match = matchTo ? mapping.matches.find((m) => m.fromPostId === row.post.id && m.toPostId === matchTo) : undefined;
  return {
    postId: row.post.id,
    method: row.method,
    targets,
    alsoInPoolIds: row.method === 'ring-fence' ? others.filter((p) => mapping.pools.some((q) => q.id === p.id)).map((p) => p.id) : [],
    destination: row.destination,
    reason: row.source === 'decided' ? row.reason : '',
    percent: match ? String(match.percent) : '',
    basis: match?.basis ?? '',
  };
}

/** Picks or unpicks an option post as the method allows (a slot-in names one). */
export function toggleTarget(draft: Draft, postId: string): Draft {
  const takes = draft.method ? TAKES_TARGETS[draft.method] : 'none';
  if (takes === 'none') return draft;
  const picked = draft.targets.includes(postId);
  if (takes === 'one') return { ...draft, targets: picked ? [] : [postId] };
  return { ...draft, targets: picked ? draft.targets.filter((t) => t !== postId) : [...draft.targets, postId] };
}

/**
 * Another method. The saved decision's reason explained that decision, not this one: left untouched by the
 * user, it is emptied, so an override is not saved under the old reason.
 */
export function withMethod(draft: Draft, method: MappingMethod, savedReason = ''): Draft {
  const takes = TAKES_TARGETS[method];
  const reason = savedReason && draft.reason === savedReason && method !== draft.method ? '' : draft.reason;
  return { ...draft, method, reason, targets: takes === 'none' ? [] : takes === 'one' ? draft.targets.slice(0, 1) : draft.targets };
}

/** The decision to save, or what is missing, in words. */
export function decisionOf(draft: Draft): { decision: PostDecision } | { problem: string } {
  if (!draft.method) return { problem: 'Pick a method.' };
  const text = draft.percent.trim();
  const percent = text === '' ? null : Number(text);
  if (percent !== null && !Number.isFinite(percent)) return { problem: `The match % "${text}" is not a number.` };
  return {
    decision: {
      postId: draft.postId,
      method: draft.method,
      targetPostIds: draft.targets,
      alsoInPoolIds: draft.method === 'ring-fence' ? draft.alsoInPoolIds : [],
      destination: draft.destination,
      reason: draft.reason,
      match: percent === null ? null : { percent, basis: draft.basis },
    },
  };
}
