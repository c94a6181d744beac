// Referential checks of the transition section: the charts, posts, pools and
// phases it names exist, each baseline post is mapped at most once, and each
// method has the targets it needs. Every issue names its JSON path and the
// post by its title, so users can find it.
import { formatShare } from '../format';
import type { Chart, ChartNode } from './types';
import type { ChartMapping, TransitionSettings } from './transitionTypes';
import type { DocumentIssue } from './validate';

const postTitle = (node: ChartNode | undefined, id: string) => (node && node.kind === 'post' ? `"${node.title}"` : `"${id}"`);

export function validateTransition(transition: TransitionSettings | undefined, charts: readonly Chart[], issues: DocumentIssue[]): void {
  if (!transition) return;
  const phaseIds = new Set<string>();
  transition.phases.forEach((p, i) => {
    if (phaseIds.has(p.id)) issues.push({ path: `transition.phases[${i}].id`, message: `phase id "${p.id}" is used twice` });
    phaseIds.add(p.id);
    if (p.endDate && p.endDate < p.startDate)
      issues.push({ path: `transition.phases[${i}].endDate`, message: `phase "${p.name}" ends (${p.endDate}) before it starts (${p.startDate})` });
  });
  const mappingIds = new Set<string>();
  transition.mappings.forEach((m, i) => {
    const at = `transition.mappings[${i}]`;
    if (mappingIds.has(m.id)) issues.push({ path: `${at}.id`, message: `chart mapping id "${m.id}" is used twice` });
    mappingIds.add(m.id);
    validateChartMapping(m, at, charts, phaseIds, issues);
  });
}

function validateChartMapping(m: ChartMapping, at: string, charts: readonly Chart[], phaseIds: ReadonlySet<string>, issues: DocumentIssue[]): void {
  const from = charts.find((c) => c.id === m.fromChartId);
  const to = charts.find((c) => c.id === m.toChartId);
  if (!from) issues.push({ path: `${at}.fromChartId`, message: `maps from chart "${m.fromChartId}", which the document does not have` });
  if (!to) issues.push({ path: `${at}.toChartId`, message: `maps to chart "${m.toChartId}", which the document does not have` });
  if (m.fromChartId === m.toChartId) issues.push({ path: `${at}.toChartId`, message: 'maps a chart onto itself' });
  if (m.thresholds.ringFence > m.thresholds.slotIn)
    issues.push({
      path: `${at}.thresholds.ringFence`,
      message: `the ring-fence threshold (${formatShare(m.thresholds.ringFence)}) is above the slot-in threshold (${formatShare(m.thresholds.slotIn)})`,
    });
  if (!from || !to) return;
  const oldPosts = new Map(from.nodes.filter((n) => n.kind === 'post').map((n) => [n.id, n]));
  const newPosts = new Map(to.nodes.filter((n) => n.kind === 'post').map((n) => [n.id, n]));
  const where = (chart: Chart) => `chart "${chart.title}"`;

  const poolIds = new Set<string>();
  m.pools.forEach((pool, p) => {
    const path = `${at}.pools[${p}]`;
    if (poolIds.has(pool.id)) issues.push({ path: `${path}.id`, message: `pool id "${pool.id}" is used twice` });
    poolIds.add(pool.id);
    if (pool.postIds.length === 0) issues.push({ path: `${path}.postIds`, message: `pool "${pool.name}" competes for no post` });
    pool.postIds.forEach((id, k) => {
      if (!newPosts.has(id))
        issues.push({ path: `${path}.postIds[${k}]`, message: `pool "${pool.name}" competes for post "${id}", which is not a post of ${where(to)}` });
    });
  });

  const mapped = new Set<string>();
  m.posts.forEach((pm, p) => {
    const path = `${at}.posts[${p}]`;
    const old = oldPosts.get(pm.postId);
    if (!old) issues.push({ path: `${path}.postId`, message: `maps post "${pm.postId}", which is not a post of ${where(from)}` });
    if (mapped.has(pm.postId)) issues.push({ path: `${path}.postId`, message: `post ${postTitle(old, pm.postId)} is mapped twice; a post is mapped once` });
    mapped.add(pm.postId);
    pm.targetPostIds.forEach((id, k) => {
      if (!newPosts.has(id))
        issues.push({ path: `${path}.targetPostIds[${k}]`, message: `${postTitle(old, pm.postId)} is mapped to "${id}", which is not a post of ${where(to)}` });
    });
    pm.poolIds.forEach((id, k) => {
      if (!poolIds.has(id))
        issues.push({ path: `${path}.poolIds[${k}]`, message: `${postTitle(old, pm.postId)} is in pool "${id}", which this mapping does not define` });
    });
    const problem = methodProblem(pm.method, pm.postId, pm.targetPostIds, pm.poolIds, newPosts.has(pm.postId));
    if (problem) issues.push({ path, message: `${postTitle(old, pm.postId)}: ${problem}` });
  });

  const matched = new Set<string>();
  m.matches.forEach((match, k) => {
    const path = `${at}.matches[${k}]`;
    if (!oldPosts.has(match.fromPostId))
      issues.push({ path: `${path}.fromPostId`, message: `job match from "${match.fromPostId}", which is not a post of ${where(from)}` });
    if (!newPosts.has(match.toPostId))
      issues.push({ path: `${path}.toPostId`, message: `job match to "${match.toPostId}", which is not a post of ${where(to)}` });
    const key = `${match.fromPostId}\u0000${match.toPostId}`;
    if (matched.has(key)) issues.push({ path, message: `the match of "${match.fromPostId}" with "${match.toPostId}" is given twice` });
    matched.add(key);
  });

  const nodeIds = new Set([...from.nodes, ...to.nodes].map((n) => n.id));
  const dated = new Set<string>();
  m.changes.forEach((c, k) => {
    const path = `${at}.changes[${k}]`;
    if (!nodeIds.has(c.nodeId)) issues.push({ path: `${path}.nodeId`, message: `dates a change to "${c.nodeId}", which is in neither chart` });
    if (dated.has(c.nodeId)) issues.push({ path: `${path}.nodeId`, message: `the change to "${c.nodeId}" is dated twice` });
    dated.add(c.nodeId);
    if (c.phaseId !== null && !phaseIds.has(c.phaseId))
      issues.push({ path: `${path}.phaseId`, message: `belongs to phase "${c.phaseId}", which the transition does not define` });
  });
}

/** What a mapping of this method lacks or has too much of, or null. */
export function methodProblem(method: string, postId: string, targets: readonly string[], pools: readonly string[], sameIdInOption: boolean): string | null {
  switch (method) {
    case 'unchanged':
      if (!sameIdInOption) return 'is "unchanged", but the option has no post with its id';
      if (targets.length !== 1 || targets[0] !== postId) return 'an unchanged post maps to itself only';
      break;
    case 'slot-in':
      if (targets.length !== 1) return `a slot-in names exactly one new post (it names ${targets.length})`;
      break;
    case 'ring-fence':
      if (pools.length === 0) return 'a ring-fenced post names at least one pool';
      break;
    case 'open-competition':
      if (targets.length === 0) return 'open competition names the post(s) competed for';
      break;
    case 'deleted':
    case 'moved-out':
      if (targets.length > 0) return `a ${method === 'deleted' ? 'deleted' : 'moved-out'} post maps to no new post`;
      break;
  }
  if (method !== 'ring-fence' && pools.length > 0) return 'only a ring-fenced post is in a pool';
  return null;
}
