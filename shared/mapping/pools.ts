// Ring-fenced pools as the unions see them: N people for M posts, the ratio,
// and anyone who stands in two pools (flagged: they must be told which they
// are in, and they cannot be selected out of both).
import type { MappingPool } from '../model/transitionTypes';
import type { MatrixRow } from './assimilation';
import { peopleIn, personKeys } from './people';

export interface PoolSummary {
  pool: MappingPool;
  /** Baseline posts ring-fenced into the pool. */
  memberPostIds: string[];
  people: number;
  posts: number;
  /** "3 : 1" — people to posts. */
  ratio: string;
  /** At least this many of the pool are not appointed from it. */
  surplus: number;
}

export interface PersonInTwoPools {
  /** The name, or the post's title when the holder is not named. */
  who: string;
  postIds: string[];
  poolIds: string[];
}

function ratioText(people: number, posts: number): string {
  if (posts === 0) return `${people} : 0`;
  const r = people / posts;
  return Number.isInteger(r) ? `${r} : 1` : `${people} : ${posts}`;
}

export function poolSummaries(rows: readonly MatrixRow[]): PoolSummary[] {
  const byPool = new Map<string, { pool: MappingPool; members: MatrixRow[] }>();
  for (const row of rows) {
    if (row.method !== 'ring-fence') continue;
    for (const pool of row.pools) {
      const entry = byPool.get(pool.id) ?? { pool, members: [] };
      entry.members.push(row);
      byPool.set(pool.id, entry);
    }
  }
  return [...byPool.values()].map(({ pool, members }) => {
    const people = new Set(members.flatMap((m) => personKeys(m.post))).size;
    const posts = new Set(pool.postIds).size;
    return { pool, memberPostIds: members.map((m) => m.post.id), people, posts, ratio: ratioText(people, posts), surplus: Math.max(0, people - posts) };
  });
}

/** Everyone ring-fenced into more than one pool, by any of the posts they hold. */
export function peopleInTwoPools(rows: readonly MatrixRow[]): PersonInTwoPools[] {
  const byPerson = new Map<string, { who: string; postIds: Set<string>; poolIds: Set<string> }>();
  for (const row of rows) {
    if (row.method !== 'ring-fence' || peopleIn(row.post) === 0) continue;
    const names = row.post.holder.kind === 'named' ? row.post.holder.names : [row.post.title];
    personKeys(row.post).forEach((key, i) => {
      const entry = byPerson.get(key) ?? { who: names[i] ?? row.post.title, postIds: new Set<string>(), poolIds: new Set<string>() };
      entry.postIds.add(row.post.id);
      for (const p of row.pools) entry.poolIds.add(p.id);
      byPerson.set(key, entry);
    });
  }
  return [...byPerson.values()].filter((e) => e.poolIds.size > 1).map((e) => ({ who: e.who, postIds: [...e.postIds], poolIds: [...e.poolIds] }));
}
