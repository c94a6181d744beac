// The assimilation matrix: every baseline post once, with how its holder goes
// into the option (the decided mapping, else the suggestion, else unmapped),
// the match percentage of the pairing, and the pools; and for every option
// post, how it is filled. Pure: the app, the pack and the CLI all read this.
import { isPost } from '../model/query';
import type { Chart, PostNode, StructuraDocument } from '../model/types';
import type { ChartMapping, JobMatch, MappingMethod, MappingPool, PostMapping } from '../model/transitionTypes';
import { employerOf } from './people';
import { suggestMapping } from './suggest';

export type MappingSource = 'decided' | 'suggested' | 'unmapped';

export interface MatrixRow {
  post: PostNode;
  employerTagId: string | null;
  /** Null when neither decided nor suggested. */
  method: MappingMethod | null;
  targets: PostNode[];
  pools: MappingPool[];
  /** The match % of the pairing with the (first) target, or the best entered match. */
  match: JobMatch | null;
  source: MappingSource;
  /** Why a suggestion was made, or the reason entered with the decision. */
  reason: string;
  destination: string;
  inferred: string | null;
}

export type FillMethod = 'unchanged' | 'slot-in' | 'pool' | 'open-recruitment';

export interface NewPostFill {
  post: PostNode;
  fill: FillMethod;
  /** Baseline posts whose holders are slotted in or compete for it. */
  fromPostIds: string[];
}

export interface MappingContext {
  doc: StructuraDocument;
  mapping: ChartMapping;
  baseline: Chart;
  option: Chart;
}

export function mappingContext(doc: StructuraDocument, mapping: ChartMapping): MappingContext {
  const baseline = doc.charts.find((c) => c.id === mapping.fromChartId);
  const option = doc.charts.find((c) => c.id === mapping.toChartId);
  if (!baseline || !option) throw new Error(`chart mapping "${mapping.id}" names a chart the document does not have`);
  return { doc, mapping, baseline, option };
}

/** The mapping between two charts, or an empty one with the default thresholds. */
export function findMapping(doc: StructuraDocument, fromChartId: string, toChartId: string): ChartMapping {
  return doc.transition?.mappings.find((m) => m.fromChartId === fromChartId && m.toChartId === toChartId) ?? emptyMapping(fromChartId, toChartId);
}

export const DEFAULT_THRESHOLDS = { slotIn: 65, ringFence: 50 } as const;

export function emptyMapping(fromChartId: string, toChartId: string): ChartMapping {
  return {
    id: `map-${fromChartId}-${toChartId}`,
    fromChartId,
    toChartId,
    thresholds: { ...DEFAULT_THRESHOLDS },
    posts: [],
    matches: [],
    pools: [],
    changes: [],
  };
}

function matchOf(mapping: ChartMapping, fromId: string, toId: string | undefined): JobMatch | null {
  const mine = mapping.matches.filter((m) => m.fromPostId === fromId);
  if (toId !== undefined) {
    const exact = mine.find((m) => m.toPostId === toId);
    if (exact) return exact;
  }
  return mine.reduce<JobMatch | null>((best, m) => (best === null || m.percent > best.percent ? m : best), null);
}

/** Rows of the matrix, one per baseline post in chart order; `unmappedFirst` puts those needing a decision on top. */
export function assimilationMatrix(ctx: MappingContext, options: { unmappedFirst?: boolean } = {}): MatrixRow[] {
  const { mapping, baseline, option } = ctx;
  const decided = new Map(mapping.posts.map((p) => [p.postId, p]));
  const optionPosts = new Map(option.nodes.filter(isPost).map((n) => [n.id, n]));
  const suggested = suggestMapping(ctx);
  const suggestions = suggested.byPost;
  const pools = new Map([...mapping.pools, ...suggested.newPools].map((p) => [p.id, p]));
  const rows = baseline.nodes.filter(isPost).map((post): MatrixRow => {
    const chosen: PostMapping | undefined = decided.get(post.id);
    const suggestion = chosen ? undefined : suggestions.get(post.id);
    const m = chosen ?? suggestion?.mapping;
    const targets = (m?.targetPostIds ?? []).map((id) => optionPosts.get(id)).filter((n): n is PostNode => n !== undefined);
    const inPools = (m?.poolIds ?? []).map((id) => pools.get(id)).filter((p): p is MappingPool => p !== undefined);
    const firstTarget = targets[0]?.id ?? inPools[0]?.postIds[0];
    return {
      post,
      employerTagId: employerOf(ctx.doc, post),
      method: m?.method ?? null,
      targets,
      pools: inPools,
      match: matchOf(mapping, post.id, firstTarget),
      source: chosen ? 'decided' : suggestion ? 'suggested' : 'unmapped',
      reason: chosen ? chosen.reason : (suggestion?.why ?? ''),
      destination: m?.destination ?? '',
      inferred: m?.inferred ?? null,
    };
  });
  if (!options.unmappedFirst) return rows;
  const rank = (r: MatrixRow) => (r.source === 'unmapped' ? 0 : r.source === 'suggested' ? 1 : 2);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }) => r);
}

/** How each option post is filled, from the matrix: an unchanged or slotted holder, a pool, or open recruitment. */
export function newPostFills(ctx: MappingContext, rows: readonly MatrixRow[] = assimilationMatrix(ctx)): NewPostFill[] {
  const fills = new Map<string, { fill: FillMethod; from: string[] }>();
  const note = (postId: string, fill: FillMethod, from: string) => {
    const current = fills.get(postId);
    // A post a holder keeps or is slotted into is filled that way, whoever else applies.
    const strength: Record<FillMethod, number> = { unchanged: 3, 'slot-in': 2, pool: 1, 'open-recruitment': 0 };
    if (!current) fills.set(postId, { fill, from: [from] });
    else {
      current.from.push(from);
      if (strength[fill] > strength[current.fill]) current.fill = fill;
    }
  };
  for (const row of rows) {
    if (row.method === 'unchanged' || row.method === 'slot-in') for (const t of row.targets) note(t.id, row.method, row.post.id);
    if (row.method === 'ring-fence') for (const pool of row.pools) for (const id of pool.postIds) note(id, 'pool', row.post.id);
    if (row.method === 'open-competition') for (const t of row.targets) note(t.id, 'open-recruitment', row.post.id);
  }
  return ctx.option.nodes.filter(isPost).map((post) => {
    const f = fills.get(post.id);
    return { post, fill: f?.fill ?? 'open-recruitment', fromPostIds: f?.from ?? [] };
  });
}

export const METHOD_LABELS: Record<MappingMethod, string> = {
  unchanged: 'Unchanged',
  'slot-in': 'Slotted in',
  'ring-fence': 'Ring-fenced pool',
  'open-competition': 'Open competition',
  deleted: 'Deleted (at risk)',
  'moved-out': 'Moved out',
};

export const FILL_LABELS: Record<FillMethod, string> = {
  unchanged: 'Holder continues',
  'slot-in': 'Slot-in',
  pool: 'Ring-fenced pool',
  'open-recruitment': 'Open recruitment',
};

/** Holders of these mappings are at risk of redundancy (moved-out staff transfer with their work). */
export function isAtRisk(method: MappingMethod | null): boolean {
  return method === 'deleted' || method === 'ring-fence' || method === 'open-competition';
}
