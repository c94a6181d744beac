// Who holds a baseline post, as the consultation figures count people: a job
// share is two people, a vacant post nobody, a post whose holder is not
// recorded or not disclosed one person (it is filled, only unnamed).
import { describeHolder } from '../model/query';
import type { PostNode, StructuraDocument } from '../model/types';

export function peopleIn(post: PostNode): number {
  if (post.holder.kind === 'named') return post.holder.names.length;
  return post.holder.kind === 'vacant' ? 0 : 1;
}

/** Keys identifying each person: their name when named (so one person holding two posts is one), else the post. */
export function personKeys(post: PostNode): string[] {
  if (post.holder.kind === 'named') return post.holder.names.map((n) => `name:${n.trim().toLowerCase()}`);
  return post.holder.kind === 'vacant' ? [] : [`post:${post.id}`];
}

export function holderText(post: PostNode): string {
  return describeHolder(post, { join: ' / ', vacant: 'Vacant', undisclosed: 'N/D', unrecorded: 'Not recorded' });
}

/** The employer of a post's holder: the one entered in the cost inputs, else the post's tag. */
export function employerOf(doc: StructuraDocument, post: PostNode): string | null {
  return doc.costs?.posts.find((p) => p.postId === post.id)?.employerTagId ?? post.tagId;
}

export function tagLabel(doc: StructuraDocument, tagId: string | null): string {
  if (tagId === null) return 'Untagged';
  return doc.tags.find((t) => t.id === tagId)?.label ?? tagId;
}
