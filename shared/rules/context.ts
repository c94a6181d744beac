// What every rule needs to know about a chart, computed once per check in
// linear time (the line structure once per lines array): the posts, each node's line manager and reports, each post's
// depth below its top, which organisations the chart claims, and the role
// designations that apply to it.
import type { RoleDesignation, RuleSettings } from '../model/ruleTypes';
import type { Chart, ChartNode, OrgTag, PostNode, StructuraDocument } from '../model/types';
import { defaultRuleSettings } from './defaults';

export interface RuleContext {
  doc: StructuraDocument;
  chart: Chart;
  settings: RuleSettings;
  nodes: Map<string, ChartNode>;
  posts: PostNode[];
  /** node id → its line manager's id. */
  managerOf: Map<string, string>;
  /** manager id → its direct reports' ids. */
  reportsOf: Map<string, string[]>;
  /** manager id → those of its direct reports that are posts (bodies are not managed posts). */
  postReportsOf: Map<string, string[]>;
  /** post id → layers below the top of its line (a top post is 0); posts in a cycle are absent. */
  depth: Map<string, number>;
  tags: Map<string, OrgTag>;
  /** Tags of organisations that must fill statutory roles (from the settings). */
  organisationTags: Set<string>;
  /** Organisations the chart claims: they employ, fund or designate a post in it. */
  claimed: Set<string>;
  /** Designations that apply in this chart to a post that stands in it. */
  designations: RoleDesignation[];
  /** post id → the designations it holds here. */
  rolesOf: Map<string, RoleDesignation[]>;
}

export function ruleSettingsOf(doc: StructuraDocument): RuleSettings {
  return doc.rules ?? defaultRuleSettings();
}

/** What the rules derive from the lines and the nodes' ids and kinds: the part of a context an edit of a post's fields leaves unchanged. */
interface ChartStructure {
  /** Each node's id and kind, in chart order, to tell whether a later `nodes` array has the same shape. */
  ids: string[];
  kinds: ChartNode['kind'][];
  managerOf: Map<string, string>;
  reportsOf: Map<string, string[]>;
  postReportsOf: Map<string, string[]>;
  depth: Map<string, number>;
}

/**
 * The structure last derived for a lines array. Documents are immutable, so a
 * lines array is never changed in place: keyed by its identity, a memo cannot
 * be stale, and two documents never share an entry (their arrays differ).
 * Editing a post's title makes a new nodes array but keeps the lines, so the
 * Checks panel re-derives only the node index on each keystroke.
 */
const structureByLines = new WeakMap<Chart['lines'], ChartStructure>();

function sameShape(structure: ChartStructure, chartNodes: readonly ChartNode[]): boolean {
  if (structure.ids.length !== chartNodes.length) return false;
  return chartNodes.every((node, i) => structure.ids[i] === node.id && structure.kinds[i] === node.kind);
}

/** Line managers, reports and depths: linear in nodes and lines. */
export function deriveStructure(chart: Chart, nodes: ReadonlyMap<string, ChartNode>, posts: readonly PostNode[]): ChartStructure {
  const managerOf = new Map<string, string>();
  const reportsOf = new Map<string, string[]>();
  const postReportsOf = new Map<string, string[]>();
  for (const line of chart.lines) {
    if (line.kind !== 'management' || !nodes.has(line.from)) continue;
    const report = nodes.get(line.to);
    if (!report) continue;
    managerOf.set(line.to, line.from);
    const list = reportsOf.get(line.from);
    if (list) list.push(line.to);
    else reportsOf.set(line.from, [line.to]);
    if (report.kind !== 'post') continue;
    const postList = postReportsOf.get(line.from);
    if (postList) postList.push(line.to);
    else postReportsOf.set(line.from, [line.to]);
  }
  // Breadth first, one layer at a time: each layer's depth is known without a lookup per post.
  const depth = new Map<string, number>();
  let layer: string[] = [];
  for (const post of posts) {
    const manager = managerOf.get(post.id);
    if (manager === undefined || nodes.get(manager)?.kind !== 'post') {
      depth.set(post.id, 0);
      layer.push(post.id);
    }
  }
  for (let below = 1; layer.length; below++) {
    const next: string[] = [];
    for (const id of layer) {
      for (const report of reportsOf.get(id) ?? []) {
        if (depth.has(report) || nodes.get(report)?.kind !== 'post') continue;
        depth.set(report, below);
        next.push(report);
      }
    }
    layer = next;
  }
  return { ids: chart.nodes.map((n) => n.id), kinds: chart.nodes.map((n) => n.kind), managerOf, reportsOf, postReportsOf, depth };
}

function structureOf(chart: Chart, nodes: ReadonlyMap<string, ChartNode>, posts: readonly PostNode[]): ChartStructure {
  const known = structureByLines.get(chart.lines);
  if (known && sameShape(known, chart.nodes)) return known;
  const derived = deriveStructure(chart, nodes, posts);
  structureByLines.set(chart.lines, derived);
  return derived;
}

export function buildContext(doc: StructuraDocument, chart: Chart): RuleContext {
  const settings = ruleSettingsOf(doc);
  const nodes = new Map<string, ChartNode>();
  const posts: PostNode[] = [];
  for (const node of chart.nodes) {
    nodes.set(node.id, node);
    if (node.kind === 'post') posts.push(node);
  }
  const { managerOf, reportsOf, postReportsOf, depth } = structureOf(chart, nodes, posts);
  const organisationTags = new Set(settings.organisations.map((o) => o.tagId));
  const designations = settings.designations.filter((d) => (d.chartId === null || d.chartId === chart.id) && nodes.get(d.postId)?.kind === 'post');
  const rolesOf = new Map<string, RoleDesignation[]>();
  for (const d of designations) {
    const list = rolesOf.get(d.postId);
    if (list) list.push(d);
    else rolesOf.set(d.postId, [d]);
  }
  const claimed = new Set<string>();
  if (organisationTags.size > 0) {
    for (const post of posts) {
      if (post.tagId !== null && organisationTags.has(post.tagId)) claimed.add(post.tagId);
      for (const share of post.funding) if (organisationTags.has(share.tagId)) claimed.add(share.tagId);
    }
  }
  for (const d of designations) if (organisationTags.has(d.tagId)) claimed.add(d.tagId);
  return {
    doc,
    chart,
    settings,
    nodes,
    posts,
    managerOf,
    reportsOf,
    postReportsOf,
    depth,
    tags: new Map(doc.tags.map((t) => [t.id, t])),
    organisationTags,
    claimed,
    designations,
    rolesOf,
  };
}

export function postTitle(ctx: RuleContext, id: string): string {
  const node = ctx.nodes.get(id);
  if (!node) return `"${id}"`;
  return node.kind === 'post' ? node.title : node.name;
}

export function tagLabel(ctx: RuleContext, tagId: string): string {
  const tag = ctx.tags.get(tagId);
  return tag ? tag.label : tagId;
}

export function roleName(ctx: RuleContext, roleId: string): string {
  return ctx.settings.roles.find((r) => r.id === roleId)?.name ?? roleId;
}

export function roleSource(ctx: RuleContext, roleId: string): string {
  return ctx.settings.roles.find((r) => r.id === roleId)?.source ?? '';
}

/** Holders of a role for an organisation in this chart. */
export function holdersOf(ctx: RuleContext, roleId: string, tagId: string): string[] {
  const ids: string[] = [];
  for (const d of ctx.designations) if (d.roleId === roleId && d.tagId === tagId && !ids.includes(d.postId)) ids.push(d.postId);
  return ids;
}

/** "A, B and C" */
export function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
