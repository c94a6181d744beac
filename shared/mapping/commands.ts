// Edits of the transition, as undoable commands like those of shared/model/commands:
// pure (doc, ...) => doc, refusing with a CommandError whatever would make the
// document one the loader refuses (the same schema and checks).
import { CommandError } from '../model/commands';
import { schemaIssues } from '../model/check';
import { transitionSettingsSchema } from '../model/transitionSchema';
import type {
  ChartMapping,
  DatedChange,
  JobMatch,
  MappingPool,
  MatchThresholds,
  PostMapping,
  TransitionPhase,
  TransitionSettings,
} from '../model/transitionTypes';
import { validateTransition } from '../model/transitionValidate';
import type { StructuraDocument } from '../model/types';
import type { DocumentIssue } from '../model/validate';
import { emptyMapping, mappingContext } from './assimilation';
import { planDecision, type PostDecision } from './decide';
import { suggestMapping } from './suggest';

export { pruneTransition } from './prune';
export { overridesSuggestion, suggestionFor, type PostDecision } from './decide';

export interface MappingRef {
  fromChartId: string;
  toChartId: string;
}

export function transitionOf(doc: StructuraDocument): TransitionSettings {
  return doc.transition ?? { phases: [], mappings: [] };
}

function withTransition(doc: StructuraDocument, transition: TransitionSettings): StructuraDocument {
  const [issue] = schemaIssues(transitionSettingsSchema, transition, 'transition');
  if (issue) throw new CommandError(`${issue.path}: ${issue.message}.`);
  const issues: DocumentIssue[] = [];
  validateTransition(transition, doc.charts, issues);
  const [problem] = issues;
  if (problem) throw new CommandError(`${problem.message}.`);
  return { ...doc, transition };
}

function withMapping(doc: StructuraDocument, ref: MappingRef, edit: (m: ChartMapping) => ChartMapping): StructuraDocument {
  const t = transitionOf(doc);
  const current = t.mappings.find((m) => m.fromChartId === ref.fromChartId && m.toChartId === ref.toChartId);
  const next = edit(current ?? emptyMapping(ref.fromChartId, ref.toChartId));
  const mappings = current ? t.mappings.map((m) => (m === current ? next : m)) : [...t.mappings, next];
  return withTransition(doc, { ...t, mappings });
}

const replaceBy = <T>(list: readonly T[], same: (x: T) => boolean, item: T | null): T[] => {
  const rest = list.filter((x) => !same(x));
  if (item === null) return rest;
  const at = list.findIndex(same);
  if (at < 0) return [...rest, item];
  const out = list.slice();
  out[at] = item;
  return out;
};

/** Decides how a baseline post is mapped (replacing any decision). */
export function setPostMapping(doc: StructuraDocument, ref: MappingRef, mapping: PostMapping): StructuraDocument {
  return withMapping(doc, ref, (m) => ({ ...m, posts: replaceBy(m.posts, (p) => p.postId === mapping.postId, mapping) }));
}

/** Forgets the decision: the post goes back to its suggestion, or unmapped. */
export function clearPostMapping(doc: StructuraDocument, ref: MappingRef, postId: string): StructuraDocument {
  return withMapping(doc, ref, (m) => ({ ...m, posts: m.posts.filter((p) => p.postId !== postId) }));
}

export function setJobMatch(doc: StructuraDocument, ref: MappingRef, match: JobMatch): StructuraDocument {
  return withMapping(doc, ref, (m) => ({
    ...m,
    matches: replaceBy(m.matches, (x) => x.fromPostId === match.fromPostId && x.toPostId === match.toPostId, match),
  }));
}

export function removeJobMatch(doc: StructuraDocument, ref: MappingRef, fromPostId: string, toPostId: string): StructuraDocument {
  return withMapping(doc, ref, (m) => ({ ...m, matches: m.matches.filter((x) => !(x.fromPostId === fromPostId && x.toPostId === toPostId)) }));
}

export function setThresholds(doc: StructuraDocument, ref: MappingRef, thresholds: MatchThresholds): StructuraDocument {
  return withMapping(doc, ref, (m) => ({ ...m, thresholds }));
}

export function setPool(doc: StructuraDocument, ref: MappingRef, pool: MappingPool): StructuraDocument {
  return withMapping(doc, ref, (m) => ({ ...m, pools: replaceBy(m.pools, (p) => p.id === pool.id, pool) }));
}

/** Removes a pool; posts ring-fenced only into it lose their decision (they are unmapped again). */
export function removePool(doc: StructuraDocument, ref: MappingRef, poolId: string): StructuraDocument {
  return withMapping(doc, ref, (m) => ({
    ...m,
    pools: m.pools.filter((p) => p.id !== poolId),
    posts: m.posts.flatMap((p) => {
      if (!p.poolIds.includes(poolId)) return [p];
      const poolIds = p.poolIds.filter((id) => id !== poolId);
      return poolIds.length || p.method !== 'ring-fence' ? [{ ...p, poolIds }] : [];
    }),
  }));
}

/** Dates (or undates, with `change` null) the change to one node. */
export function setDatedChange(doc: StructuraDocument, ref: MappingRef, nodeId: string, change: Omit<DatedChange, 'nodeId'> | null): StructuraDocument {
  return withMapping(doc, ref, (m) => ({ ...m, changes: replaceBy(m.changes, (c) => c.nodeId === nodeId, change && { ...change, nodeId }) }));
}

export function setPhase(doc: StructuraDocument, phase: TransitionPhase): StructuraDocument {
  const t = transitionOf(doc);
  return withTransition(doc, { ...t, phases: replaceBy(t.phases, (p) => p.id === phase.id, phase) });
}

/** Removes a phase; its changes keep their own dates, or become undated. */
export function removePhase(doc: StructuraDocument, phaseId: string): StructuraDocument {
  const t = transitionOf(doc);
  return withTransition(doc, {
    phases: t.phases.filter((p) => p.id !== phaseId),
    mappings: t.mappings.map((m) => ({ ...m, changes: m.changes.map((c) => (c.phaseId === phaseId ? { ...c, phaseId: null } : c)) })),
  });
}

/** Every suggestion becomes a decision in one step (and the pools they need are created). */
export function acceptAllSuggestions(doc: StructuraDocument, ref: MappingRef): StructuraDocument {
  return withMapping(doc, ref, (m) => {
    const { byPost, newPools } = suggestMapping(mappingContext(doc, m));
    if (byPost.size === 0) throw new CommandError('There are no suggestions to accept.');
    const accepted = [...byPost.values()].map((s) => ({ ...s.mapping, reason: s.mapping.reason || `Accepted suggestion: ${s.why}` }));
    return { ...m, pools: [...m.pools, ...newPools], posts: [...m.posts, ...accepted] };
  });
}

/** A decision from the mapping view: the post's mapping, any pool it needs and its job match, as one step. */
export function decidePostMapping(doc: StructuraDocument, ref: MappingRef, decision: PostDecision): StructuraDocument {
  const plan = planDecision(doc, ref, decision);
  const { match } = plan;
  return withMapping(doc, ref, (m) => ({
    ...m,
    pools: plan.newPool ? [...m.pools, plan.newPool] : m.pools,
    posts: replaceBy(m.posts, (p) => p.postId === plan.mapping.postId, plan.mapping),
    matches: match ? replaceBy(m.matches, (x) => x.fromPostId === match.fromPostId && x.toPostId === match.toPostId, match) : m.matches,
  }));
}
