// Comparing two structure charts: headcount, FTE and cost by organisation, the
// posts added, removed and changed, reporting lines moved, and the shape of
// each structure. Posts are matched by id; everything is one pass over maps,
// linear in the size of the charts, and safe on broken input (missing
// managers, cycles, posts in one chart only).
import type { Chart, ChartNode, Holder, OrgTag, PostNode, StructuraDocument } from '../model/types';

export interface Figures {
  posts: number;
  vacant: number;
  /** Posts' FTE plus junior staff FTE. */
  fte: number;
  juniorFte: number;
  cost: number;
  /** Some of the cost is an illustrative figure. */
  costIllustrative: boolean;
  /** Some of the cost is estimated from a pay band's midpoint. */
  costFromPayBand: boolean;
  /** Posts whose cost is unknown (not in `cost`). */
  unknownCost: number;
}

export interface ChartSummary extends Figures {
  chartId: string;
  title: string;
  /** Figures by the posts' organisation tag (key: tag id, or "untagged"). */
  byTag: Record<string, Figures>;
  /** Joint posts' FTE and cost split by their funding split. */
  funded: Record<string, { fte: number; cost: number }>;
  /** Number of posts in each layer of line management, top first. */
  postsPerLayer: number[];
  layers: number;
  meanSpan: number;
  maxSpan: number;
  /** span → number of managers with that many direct post reports. */
  spanDistribution: Record<number, number>;
  /** Posts with more direct reports than the wide-span threshold. */
  widePosts: string[];
  topPosts: string[];
}

export interface FieldChange<T> {
  id: string;
  from: T;
  to: T;
}

export interface ResponsibilityMove {
  responsibility: string;
  fromPost: string;
  toPost: string;
}

export interface LineKey {
  from: string;
  to: string;
}

export interface Comparison {
  from: ChartSummary;
  to: ChartSummary;
  added: string[];
  removed: string[];
  retitled: FieldChange<string>[];
  retagged: FieldChange<string | null>[];
  holderChanged: FieldChange<string>[];
  gradeChanged: FieldChange<string>[];
  fteChanged: FieldChange<number>[];
  costChanged: FieldChange<number | null>[];
  reportingLineChanged: FieldChange<string | null>[];
  accountabilityAdded: LineKey[];
  accountabilityRemoved: LineKey[];
  responsibilitiesMoved: ResponsibilityMove[];
  responsibilitiesAdded: { post: string; responsibility: string }[];
  responsibilitiesRemoved: { post: string; responsibility: string }[];
  /** id → title (from B, else A), for showing the changes. */
  titles: Record<string, string>;
  /** tag id → label, for both charts' tags. */
  tagLabels: Record<string, string>;
}

export interface CompareOptions {
  /** Posts with more direct reports than this are listed as wide spans (default 8). */
  wideSpan?: number;
}

const UNTAGGED = 'untagged';

function emptyFigures(): Figures {
  return { posts: 0, vacant: 0, fte: 0, juniorFte: 0, cost: 0, costIllustrative: false, costFromPayBand: false, unknownCost: 0 };
}

/** A post's annual cost: its cost, else the midpoint of its pay band. */
export function postCost(post: PostNode): { value: number | null; fromPayBand: boolean } {
  if (post.cost !== null) return { value: post.cost, fromPayBand: false };
  if (post.payFloor !== null && post.payCeiling !== null) return { value: (post.payFloor + post.payCeiling) / 2, fromPayBand: true };
  const one = post.payFloor ?? post.payCeiling;
  return one === null ? { value: null, fromPayBand: false } : { value: one, fromPayBand: true };
}

function addPost(figures: Figures, post: PostNode): void {
  figures.posts += 1;
  if (post.holder.kind === 'vacant') figures.vacant += 1;
  const junior = post.juniorTeams.reduce((sum, t) => sum + t.fte, 0);
  figures.juniorFte += junior;
  figures.fte += post.fte + junior;
  const cost = postCost(post);
  if (cost.value === null) figures.unknownCost += 1;
  else {
    figures.cost += cost.value;
    if (cost.fromPayBand) figures.costFromPayBand = true;
    else if (post.costIllustrative) figures.costIllustrative = true;
  }
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

function roundFigures(f: Figures): Figures {
  return { ...f, fte: round(f.fte), juniorFte: round(f.juniorFte), cost: round(f.cost) };
}

interface Indexed {
  chart: Chart;
  posts: Map<string, PostNode>;
  nodes: Map<string, ChartNode>;
  /** report id → manager id (any node kind), from management lines. */
  manager: Map<string, string>;
}

function index(chart: Chart): Indexed {
  const posts = new Map<string, PostNode>();
  const nodes = new Map<string, ChartNode>();
  for (const node of chart.nodes) {
    if (nodes.has(node.id)) continue;
    nodes.set(node.id, node);
    if (node.kind === 'post') posts.set(node.id, node);
  }
  const manager = new Map<string, string>();
  for (const line of chart.lines) if (line.kind === 'management' && !manager.has(line.to) && nodes.has(line.from)) manager.set(line.to, line.from);
  return { chart, posts, nodes, manager };
}

function summarise(ix: Indexed, options: Required<CompareOptions>): ChartSummary {
  const total = emptyFigures();
  const byTag: Record<string, Figures> = {};
  const funded: Record<string, { fte: number; cost: number }> = {};
  for (const post of ix.posts.values()) {
    addPost(total, post);
    const key = post.tagId ?? UNTAGGED;
    addPost((byTag[key] ??= emptyFigures()), post);
    const junior = post.juniorTeams.reduce((sum, t) => sum + t.fte, 0);
    const cost = postCost(post).value ?? 0;
    const shares = post.funding.length ? post.funding : [{ tagId: key, percent: 100 }];
    for (const share of shares) {
      const entry = (funded[share.tagId] ??= { fte: 0, cost: 0 });
      entry.fte += ((post.fte + junior) * share.percent) / 100;
      entry.cost += (cost * share.percent) / 100;
    }
  }

  // Layers: depth in the line-management tree counting posts only. A post whose
  // manager is a body, missing or in a cycle is a top post (layer 1).
  const depth = new Map<string, number>();
  const postManager = (id: string) => {
    const m = ix.manager.get(id);
    return m !== undefined && ix.posts.has(m) ? m : undefined;
  };
  // Each walk up the chain of managers stamps the posts it visits, so a cycle is
  // seen without allocating a set per walk.
  const stamp = new Map<string, number>();
  let walk = 0;
  const chain: string[] = [];
  for (const start of ix.posts.keys()) {
    if (depth.has(start)) continue;
    walk++;
    chain.length = 0;
    let current: string | undefined = start;
    while (current !== undefined && !depth.has(current) && stamp.get(current) !== walk) {
      chain.push(current);
      stamp.set(current, walk);
      current = postManager(current);
    }
    // A cycle: its first post found again becomes a top post.
    let base = current !== undefined && depth.has(current) ? depth.get(current)! : 0;
    if (current !== undefined && stamp.get(current) === walk && !depth.has(current)) base = 0;
    for (let i = chain.length - 1; i >= 0; i--) depth.set(chain[i], ++base);
  }
  const postsPerLayer: number[] = [];
  const topPosts: string[] = [];
  for (const [id, d] of depth) {
    postsPerLayer[d - 1] = (postsPerLayer[d - 1] ?? 0) + 1;
    if (d === 1) topPosts.push(id);
  }
  for (let i = 0; i < postsPerLayer.length; i++) postsPerLayer[i] ??= 0;

  const reports = new Map<string, number>();
  for (const id of ix.posts.keys()) {
    const m = postManager(id);
    if (m !== undefined && depth.get(id) !== 1) reports.set(m, (reports.get(m) ?? 0) + 1);
  }
  const spanDistribution: Record<number, number> = {};
  let spanSum = 0;
  let maxSpan = 0;
  const widePosts: string[] = [];
  for (const [id, span] of reports) {
    spanDistribution[span] = (spanDistribution[span] ?? 0) + 1;
    spanSum += span;
    maxSpan = Math.max(maxSpan, span);
    if (span > options.wideSpan) widePosts.push(id);
  }
  for (const key of Object.keys(funded)) funded[key] = { fte: round(funded[key].fte), cost: round(funded[key].cost) };
  return {
    chartId: ix.chart.id,
    title: ix.chart.title,
    ...roundFigures(total),
    byTag: Object.fromEntries(Object.entries(byTag).map(([k, v]) => [k, roundFigures(v)])),
    funded,
    postsPerLayer,
    layers: postsPerLayer.length,
    meanSpan: reports.size ? round(spanSum / reports.size) : 0,
    maxSpan,
    spanDistribution,
    widePosts: widePosts.sort(),
    topPosts: topPosts.sort(),
  };
}

export function holderLabel(holder: Holder): string {
  switch (holder.kind) {
    case 'named':
      return holder.names.join(' / ');
    case 'vacant':
      return 'Vacant';
    case 'undisclosed':
      return 'Not disclosed';
    default:
      return '';
  }
}

function sameHolder(a: Holder, b: Holder): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind !== 'named' || b.kind !== 'named') return true;
  return a.names.length === b.names.length && a.names.every((n, i) => n === b.names[i]);
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function compareCharts(a: Chart, b: Chart, tags: readonly OrgTag[] = [], options: CompareOptions = {}): Comparison {
  const opts = { wideSpan: options.wideSpan ?? 8 };
  const A = index(a);
  const B = index(b);
  const c: Comparison = {
    from: summarise(A, opts),
    to: summarise(B, opts),
    added: [],
    removed: [],
    retitled: [],
    retagged: [],
    holderChanged: [],
    gradeChanged: [],
    fteChanged: [],
    costChanged: [],
    reportingLineChanged: [],
    accountabilityAdded: [],
    accountabilityRemoved: [],
    responsibilitiesMoved: [],
    responsibilitiesAdded: [],
    responsibilitiesRemoved: [],
    titles: {},
    tagLabels: Object.fromEntries(tags.map((t) => [t.id, t.label])),
  };
  for (const [id, post] of A.posts) {
    c.titles[id] = post.title;
    const other = B.posts.get(id);
    if (!other) {
      c.removed.push(id);
      continue;
    }
    if (post.title !== other.title) c.retitled.push({ id, from: post.title, to: other.title });
    if (post.tagId !== other.tagId) c.retagged.push({ id, from: post.tagId, to: other.tagId });
    if (!sameHolder(post.holder, other.holder)) c.holderChanged.push({ id, from: holderLabel(post.holder), to: holderLabel(other.holder) });
    if (post.grade !== other.grade) c.gradeChanged.push({ id, from: post.grade, to: other.grade });
    if (post.fte !== other.fte) c.fteChanged.push({ id, from: post.fte, to: other.fte });
    if (post.cost !== other.cost) c.costChanged.push({ id, from: post.cost, to: other.cost });
    const was = A.manager.get(id) ?? null;
    const now = B.manager.get(id) ?? null;
    if (was !== now) c.reportingLineChanged.push({ id, from: was, to: now });
  }
  for (const [id, post] of B.posts) {
    c.titles[id] = post.title;
    if (!A.posts.has(id)) c.added.push(id);
  }
  // Managers and line ends may be bodies: name them too.
  for (const ix of [A, B]) for (const [id, node] of ix.nodes) c.titles[id] ??= node.kind === 'post' ? node.title : node.name;

  const accountability = (ix: Indexed) => {
    const keys = new Map<string, LineKey>();
    for (const line of ix.chart.lines) if (line.kind === 'accountability') keys.set(`${line.from}\u0000${line.to}`, { from: line.from, to: line.to });
    return keys;
  };
  const accA = accountability(A);
  const accB = accountability(B);
  for (const [key, line] of accB) if (!accA.has(key)) c.accountabilityAdded.push(line);
  for (const [key, line] of accA) if (!accB.has(key)) c.accountabilityRemoved.push(line);

  // Responsibilities: where each text sits in A and in B.
  const holders = (ix: Indexed) => {
    const map = new Map<string, string[]>();
    for (const post of ix.posts.values()) {
      post.responsibilities.forEach((r, k) => {
        if (k > 0 && post.responsibilities.indexOf(r) < k) return; // a duplicate within the post
        const holders = map.get(r);
        if (holders) holders.push(post.id);
        else map.set(r, [post.id]);
      });
    }
    return map;
  };
  const inA = holders(A);
  const inB = holders(B);
  for (const r of new Set([...inA.keys(), ...inB.keys()])) {
    const before = new Set(inA.get(r) ?? []);
    const after = new Set(inB.get(r) ?? []);
    const left = [...before].filter((p) => !after.has(p)).sort();
    const arrived = [...after].filter((p) => !before.has(p)).sort();
    const pairs = Math.min(left.length, arrived.length);
    for (let i = 0; i < pairs; i++) c.responsibilitiesMoved.push({ responsibility: r, fromPost: left[i], toPost: arrived[i] });
    for (const p of arrived.slice(pairs)) c.responsibilitiesAdded.push({ post: p, responsibility: r });
    for (const p of left.slice(pairs)) c.responsibilitiesRemoved.push({ post: p, responsibility: r });
  }

  c.added.sort();
  c.removed.sort();
  for (const list of [c.retitled, c.retagged, c.holderChanged, c.gradeChanged, c.fteChanged, c.costChanged, c.reportingLineChanged]) list.sort(byId);
  const lineOrder = (x: LineKey, y: LineKey) => (x.from + '\u0000' + x.to < y.from + '\u0000' + y.to ? -1 : 1);
  c.accountabilityAdded.sort(lineOrder);
  c.accountabilityRemoved.sort(lineOrder);
  const resOrder = (x: { responsibility: string }, y: { responsibility: string }) => (x.responsibility < y.responsibility ? -1 : x.responsibility > y.responsibility ? 1 : 0);
  c.responsibilitiesMoved.sort(resOrder);
  c.responsibilitiesAdded.sort(resOrder);
  c.responsibilitiesRemoved.sort(resOrder);
  return c;
}

/** Compares two charts of a document by id. Throws a readable error for a missing or diagram chart. */
export function compareInDocument(doc: StructuraDocument, fromId: string, toId: string, options?: CompareOptions): Comparison {
  const find = (id: string) => {
    const chart = doc.charts.find((c) => c.id === id);
    if (!chart) throw new Error(`There is no chart "${id}".`);
    if (chart.kind !== 'structure') throw new Error(`"${chart.title}" is a diagram: only structure charts can be compared.`);
    return chart;
  };
  return compareCharts(find(fromId), find(toId), doc.tags, options);
}

export function totalChanges(c: Comparison): number {
  return (
    c.added.length +
    c.removed.length +
    c.retitled.length +
    c.retagged.length +
    c.holderChanged.length +
    c.gradeChanged.length +
    c.fteChanged.length +
    c.costChanged.length +
    c.reportingLineChanged.length +
    c.accountabilityAdded.length +
    c.accountabilityRemoved.length +
    c.responsibilitiesMoved.length +
    c.responsibilitiesAdded.length +
    c.responsibilitiesRemoved.length
  );
}
