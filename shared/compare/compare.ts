// Comparing two structure charts: headcount, FTE and cost by organisation, the
// posts added, removed and changed, reporting lines moved, and the shape of
// each structure. Posts are matched by id; everything is one pass over maps,
// linear in the size of the charts, and safe on broken input (missing
// managers, cycles, posts in one chart only).
import { isNoReportingPost } from '../io/noReportingPost';
import type { Chart, ChartNode, Holder, OrgTag, PostNode, StructuraDocument } from '../model/types';
import { at, InternalError } from '../must';

/** `array[index]` of a post-indexed typed array; only Int32Arrays pass here, so the read stays monomorphic in the hot loops. */
function slot(array: Int32Array, index: number): number {
  const value = array[index];
  if (value === undefined) throw new InternalError(`Internal error: post position ${index} is outside the ${array.length} posts.`);
  return value;
}

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
  /** id → title (from B, else A) of every post and node the comparison mentions, for showing the changes. */
  titles: Record<string, string>;
  /** tag id → label, for both charts' tags. */
  tagLabels: Record<string, string>;
  /**
   * A's organisation tags that are B's under another id, matched by name or
   * label (charts from two files whose tags were made apart). Their figures and
   * posts count under B's tag id; a tag with the same id is the same tag.
   */
  tagsMatchedByName: TagMatch[];
  /** id → what A and B say about each post and node the comparison mentions: the report names posts by these. */
  facts: Record<string, { from?: NodeFacts; to?: NodeFacts }>;
}

export interface TagMatch {
  /** A's tag id and B's. */
  from: string;
  to: string;
  by: 'name' | 'label';
  /** The name (or label) they share. */
  text: string;
}

/** How a post (or a body, by its name) shows in one chart. */
export interface NodeFacts {
  title: string;
  /** holderLabel of the post; empty for bodies and unrecorded holders. */
  holder: string;
  unit: string;
}

export interface CompareOptions {
  /** Posts with more direct reports than this are listed as wide spans (default 8). */
  wideSpan?: number;
  /** The tags of chart A's document when A comes from another file than B; `tags` are then B's. */
  fromTags?: readonly OrgTag[];
}

/**
 * Pairs A's tags with B's: the same id first, then the same name, then the
 * same label (case and spacing aside), each only when it picks one tag on each
 * side. Returns A id → B id for the pairs made by name or label, and the list of them.
 */
export function matchTags(fromTags: readonly OrgTag[], toTags: readonly OrgTag[]): { map: Map<string, string>; byName: TagMatch[] } {
  const map = new Map<string, string>();
  const byName: TagMatch[] = [];
  const toIds = new Set(toTags.map((t) => t.id));
  const taken = new Set(fromTags.filter((t) => toIds.has(t.id)).map((t) => t.id));
  const key = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  for (const by of ['name', 'label'] as const) {
    const unmatchedA = fromTags.filter((t) => !toIds.has(t.id) && !map.has(t.id));
    const unmatchedB = toTags.filter((t) => !taken.has(t.id));
    const count = (list: readonly OrgTag[], k: string) => list.filter((t) => key(t[by]) === k).length;
    for (const a of unmatchedA) {
      const k = key(a[by]);
      if (!k || count(unmatchedA, k) !== 1 || count(unmatchedB, k) !== 1) continue;
      // count(unmatchedB, k) is 1, so there is one to find.
      const b = unmatchedB.find((t) => key(t[by]) === k);
      if (!b || taken.has(b.id)) continue;
      map.set(a.id, b.id);
      taken.add(b.id);
      byName.push({ from: a.id, to: b.id, by, text: a[by].trim() });
    }
  }
  return { map, byName };
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
  /** Distinct posts (the first of a repeated id), in chart order, and id → position in that list. */
  posts: PostNode[];
  postIndex: Map<string, number>;
  nodes: Map<string, ChartNode>;
  /** report id → manager id (any node kind), from management lines. */
  manager: Map<string, string>;
  /** Each post's manager as a position in `posts`; -1 when it has none or it is not a post. */
  postManager: Int32Array;
  /** The organogram's holder of junior staff with no reporting senior post: their FTE counts, it is not a post. */
  unplaced: PostNode[];
}

function index(chart: Chart): Indexed {
  const posts: PostNode[] = [];
  const postIndex = new Map<string, number>();
  const nodes = new Map<string, ChartNode>();
  const unplaced: PostNode[] = [];
  for (const node of chart.nodes) {
    if (nodes.has(node.id)) continue;
    if (node.kind === 'post' && isNoReportingPost(node)) {
      unplaced.push(node);
      continue;
    }
    nodes.set(node.id, node);
    if (node.kind === 'post') postIndex.set(node.id, posts.push(node) - 1);
  }
  const manager = new Map<string, string>();
  const postManager = new Int32Array(posts.length).fill(-1);
  for (const line of chart.lines) {
    if (line.kind !== 'management' || manager.has(line.to) || !nodes.has(line.from)) continue;
    manager.set(line.to, line.from);
    const report = postIndex.get(line.to);
    const boss = postIndex.get(line.from);
    if (report !== undefined && boss !== undefined) postManager[report] = boss;
  }
  return { chart, posts, postIndex, nodes, manager, postManager, unplaced };
}

function summarise(ix: Indexed, options: { wideSpan: number }, tagOf: (id: string | null) => string | null = (id) => id): ChartSummary {
  const total = emptyFigures();
  const byTag: Record<string, Figures> = {};
  const funded: Record<string, { fte: number; cost: number }> = {};
  for (const post of ix.posts) {
    addPost(total, post);
    const key = tagOf(post.tagId) ?? UNTAGGED;
    addPost((byTag[key] ??= emptyFigures()), post);
    const junior = post.juniorTeams.reduce((sum, t) => sum + t.fte, 0);
    const cost = postCost(post).value ?? 0;
    const shares = post.funding.length ? post.funding : [{ tagId: key, percent: 100 }];
    for (const share of shares) {
      const entry = (funded[tagOf(share.tagId) ?? UNTAGGED] ??= { fte: 0, cost: 0 });
      entry.fte += ((post.fte + junior) * share.percent) / 100;
      entry.cost += (cost * share.percent) / 100;
    }
  }
  for (const holder of ix.unplaced) {
    const junior = holder.juniorTeams.reduce((sum, t) => sum + t.fte, 0);
    for (const figures of [total, (byTag[tagOf(holder.tagId) ?? UNTAGGED] ??= emptyFigures())]) {
      figures.juniorFte += junior;
      figures.fte += junior;
    }
  }

  // Layers: depth in the line-management tree counting posts only. A post whose
  // manager is a body, missing or in a cycle is a top post (layer 1). Each walk
  // up the chain of managers stamps the posts it visits, so a cycle is seen
  // without a set per walk; everything is by position in the post list.
  // The typed arrays below all have length n and every index read is a post
  // position (< n): `slot` says so (a bug otherwise) in one monomorphic check.
  const n = ix.posts.length;
  const up = ix.postManager;
  const depth = new Int32Array(n);
  const stamp = new Int32Array(n);
  const chain = new Int32Array(n);
  for (let start = 0; start < n; start++) {
    if (slot(depth, start) > 0) continue;
    const walk = start + 1;
    let length = 0;
    let current = start;
    while (current >= 0 && depth[current] === 0 && stamp[current] !== walk) {
      chain[length++] = current;
      stamp[current] = walk;
      current = slot(up, current);
    }
    // Above the chain: a post already placed, or nothing, or (a cycle) a post of this walk: a top post then.
    let base = current >= 0 ? slot(depth, current) : 0;
    for (let i = length - 1; i >= 0; i--) depth[slot(chain, i)] = ++base;
  }
  const postsPerLayer: number[] = [];
  const topPosts: string[] = [];
  const reports = new Int32Array(n);
  for (const [i, post] of ix.posts.entries()) {
    const d = slot(depth, i);
    postsPerLayer[d - 1] = (postsPerLayer[d - 1] ?? 0) + 1;
    if (d === 1) topPosts.push(post.id);
    else {
      const manager = slot(up, i);
      reports[manager] = slot(reports, manager) + 1;
    }
  }
  for (let i = 0; i < postsPerLayer.length; i++) postsPerLayer[i] ??= 0;

  const spanDistribution: Record<number, number> = {};
  let spanSum = 0;
  let maxSpan = 0;
  let managers = 0;
  const widePosts: string[] = [];
  for (const [i, post] of ix.posts.entries()) {
    const span = slot(reports, i);
    if (span === 0) continue;
    managers++;
    spanDistribution[span] = (spanDistribution[span] ?? 0) + 1;
    spanSum += span;
    maxSpan = Math.max(maxSpan, span);
    if (span > options.wideSpan) widePosts.push(post.id);
  }
  for (const [key, { fte, cost }] of Object.entries(funded)) funded[key] = { fte: round(fte), cost: round(cost) };
  return {
    chartId: ix.chart.id,
    title: ix.chart.title,
    ...roundFigures(total),
    byTag: Object.fromEntries(Object.entries(byTag).map(([k, v]) => [k, roundFigures(v)])),
    funded,
    postsPerLayer,
    layers: postsPerLayer.length,
    meanSpan: managers ? round(spanSum / managers) : 0,
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
  const fromTags = options.fromTags ?? tags;
  const matched = matchTags(fromTags, tags);
  // A's tag ids in B's terms, so one organisation is one row and not a retagging.
  const tagOf = (id: string | null) => (id === null ? null : (matched.map.get(id) ?? id));
  const labels: Record<string, string> = Object.create(null);
  for (const t of fromTags) labels[t.id] = t.label;
  for (const t of tags) labels[t.id] = t.label;
  const c: Comparison = {
    from: summarise(A, opts, tagOf),
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
    // No prototype: post ids such as "constructor" are plain keys.
    titles: Object.create(null) as Record<string, string>,
    tagLabels: labels,
    tagsMatchedByName: matched.byName,
    facts: Object.create(null) as Comparison['facts'],
  };
  for (const post of A.posts) {
    const id = post.id;
    const index = B.postIndex.get(id);
    if (index === undefined) {
      c.removed.push(id);
      continue;
    }
    const other = at(B.posts, index, 'post');
    if (post.title !== other.title) c.retitled.push({ id, from: post.title, to: other.title });
    if (tagOf(post.tagId) !== other.tagId) c.retagged.push({ id, from: tagOf(post.tagId), to: other.tagId });
    if (!sameHolder(post.holder, other.holder)) c.holderChanged.push({ id, from: holderLabel(post.holder), to: holderLabel(other.holder) });
    if (post.grade !== other.grade) c.gradeChanged.push({ id, from: post.grade, to: other.grade });
    if (post.fte !== other.fte) c.fteChanged.push({ id, from: post.fte, to: other.fte });
    if (post.cost !== other.cost) c.costChanged.push({ id, from: post.cost, to: other.cost });
    const was = A.manager.get(id) ?? null;
    const now = B.manager.get(id) ?? null;
    if (was !== now) c.reportingLineChanged.push({ id, from: was, to: now });
  }
  for (const post of B.posts) if (!A.postIndex.has(post.id)) c.added.push(post.id);

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
    for (const post of ix.posts) {
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
    for (const [i, fromPost] of left.slice(0, pairs).entries()) c.responsibilitiesMoved.push({ responsibility: r, fromPost, toPost: at(arrived, i) });
    for (const p of arrived.slice(pairs)) c.responsibilitiesAdded.push({ post: p, responsibility: r });
    for (const p of left.slice(pairs)) c.responsibilitiesRemoved.push({ post: p, responsibility: r });
  }

  c.added.sort();
  c.removed.sort();
  for (const list of [c.retitled, c.retagged, c.holderChanged, c.gradeChanged, c.fteChanged, c.costChanged, c.reportingLineChanged]) list.sort(byId);
  const lineOrder = (x: LineKey, y: LineKey) => (x.from + '\u0000' + x.to < y.from + '\u0000' + y.to ? -1 : 1);
  c.accountabilityAdded.sort(lineOrder);
  c.accountabilityRemoved.sort(lineOrder);
  const resOrder = (x: { responsibility: string }, y: { responsibility: string }) =>
    x.responsibility < y.responsibility ? -1 : x.responsibility > y.responsibility ? 1 : 0;
  c.responsibilitiesMoved.sort(resOrder);
  c.responsibilitiesAdded.sort(resOrder);
  c.responsibilitiesRemoved.sort(resOrder);
  nameChangedPosts(c, A, B);
  return c;
}

/**
 * Titles of every post and node the comparison mentions (changes, top and
 * wide posts): a post's title in B, else in A; managers and line ends may be
 * bodies, named by their name. Only these, so large charts stay quick.
 */
function nameChangedPosts(c: Comparison, A: Indexed, B: Indexed): void {
  const factsIn = (ix: Indexed, id: string): NodeFacts | undefined => {
    const node = ix.nodes.get(id);
    if (!node) return undefined;
    return node.kind === 'post' ? { title: node.title, holder: holderLabel(node.holder), unit: node.unit } : { title: node.name, holder: '', unit: '' };
  };
  const title = (id: string | null) => {
    if (id === null || Object.hasOwn(c.titles, id)) return;
    const from = factsIn(A, id);
    const to = factsIn(B, id);
    c.facts[id] = { ...(from && { from }), ...(to && { to }) };
    const post = B.posts[B.postIndex.get(id) ?? -1] ?? A.posts[A.postIndex.get(id) ?? -1];
    if (post) c.titles[id] = post.title;
    else {
      const node = A.nodes.get(id) ?? B.nodes.get(id);
      if (node) c.titles[id] = node.kind === 'post' ? node.title : node.name;
    }
  };
  for (const id of [...c.added, ...c.removed]) title(id);
  for (const list of [c.retitled, c.retagged, c.holderChanged, c.gradeChanged, c.fteChanged, c.costChanged]) for (const x of list) title(x.id);
  for (const x of c.reportingLineChanged) [x.id, x.from, x.to].forEach(title);
  for (const x of [...c.accountabilityAdded, ...c.accountabilityRemoved]) [x.from, x.to].forEach(title);
  for (const x of c.responsibilitiesMoved) [x.fromPost, x.toPost].forEach(title);
  for (const x of [...c.responsibilitiesAdded, ...c.responsibilitiesRemoved]) title(x.post);
  for (const summary of [c.from, c.to]) [...summary.topPosts, ...summary.widePosts].forEach(title);
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

/** A change marked on a post's box: A's side shows removed posts, B's added ones; both show the rest. */
export type ChangeMark = 'added' | 'removed' | 'moved' | 'retagged' | 'retitled';

/** Post id → the changes marked on its box in chart A (`from`) or chart B (`to`). */
export function changeMarks(c: Comparison, side: 'from' | 'to'): Map<string, ChangeMark[]> {
  const marks = new Map<string, ChangeMark[]>();
  const add = (id: string, mark: ChangeMark) => {
    const list = marks.get(id);
    if (list) list.push(mark);
    else marks.set(id, [mark]);
  };
  if (side === 'from') for (const id of c.removed) add(id, 'removed');
  else for (const id of c.added) add(id, 'added');
  for (const x of c.reportingLineChanged) add(x.id, 'moved');
  for (const x of c.retagged) add(x.id, 'retagged');
  for (const x of c.retitled) add(x.id, 'retitled');
  return marks;
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
