// Every edit to a document is one of these pure functions: (doc, ...args) => doc.
// They never mutate their input (the undo history keeps old documents as they
// were), and refuse an edit that would make the document invalid by throwing a
// CommandError whose message is meant for the user.
import { formatCount } from '../format';
import { forgetTagInCosts } from '../costs/forgetTag';
import { pruneTransition } from '../mapping/prune';
import { retagRuleSettings } from './ruleCommands';
import { schemaIssues } from './check';
import { serializeDocument } from './load';
import { fileSizeIssue, utf8Length } from './save';
import { newId } from './factory';
import { LIMITS } from './limits';
import { descendantsOf, nodeName } from './query';
import { at, must } from '../must';
import { chartInfoSchema, chartSchema, documentInfoSchema, lineSchema, nodeSchema, positionSchema, tagSchema } from './schema';
import type { Chart, ChartNode, DocumentMeta, LayoutOptions, Line, OrgTag, Position, PostNode, StructuraDocument } from './types';
import { fundingIssue, validateChart, type DocumentIssue } from './validate';
import type { z } from 'zod';

export class CommandError extends Error {}

/**
 * Refuses a value the loader would refuse, in the loader's words: "notes is
 * longer than 20000 characters". `subject` names what was edited.
 */
function refuseInvalid(schema: z.ZodType, value: unknown, subject: string): void {
  const [issue] = schemaIssues(schema, value);
  if (!issue) return;
  const field = issue.path === '(document)' ? '' : `${issue.path} `;
  throw new CommandError(`${subject}: ${field}${issue.message}.`);
}

function refuseOverLimit(count: number, limit: number, what: string, where: string): void {
  if (count > limit)
    throw new CommandError(
      `Not done: ${where} would have ${formatCount(count)} ${what}, and one that has more than ${formatCount(limit)} ${what} cannot be opened.`,
    );
}

/**
 * Refuses a document too large to save. Costs a serialisation, so only the
 * commands that add a great deal at once (import, duplicate, paste) call it.
 */
function refuseTooLarge(doc: StructuraDocument): void {
  const issue = fileSizeIssue(utf8Length(serializeDocument(doc)));
  if (issue) throw new CommandError(`Not done: ${issue.message}.`);
}

const nodeSubject = (node: ChartNode) => `${node.kind === 'post' ? 'Post' : 'Box'} "${(nodeName(node) || node.id).slice(0, 60)}"`;

type ChartPatch = Partial<Pick<Chart, 'title' | 'annex' | 'subtitle' | 'footnotes' | 'kind' | 'layout'>>;
/** A patch for one node; `kind` and `id` cannot change. */
export type NodePatch = Partial<Omit<PostNode, 'kind' | 'id'>> | Partial<Omit<Extract<ChartNode, { kind: 'body' }>, 'kind' | 'id'>>;

function chartIndex(doc: StructuraDocument, chartId: string): number {
  const index = doc.charts.findIndex((c) => c.id === chartId);
  if (index < 0) throw new CommandError(`There is no chart "${chartId}".`);
  return index;
}

/** The chart with this id, or a CommandError: the id may come from a UI that still shows a chart since deleted. */
export function chartById(doc: StructuraDocument, chartId: string): Chart {
  return at(doc.charts, chartIndex(doc, chartId), 'chart');
}

function withChart(doc: StructuraDocument, chartId: string, edit: (chart: Chart) => Chart): StructuraDocument {
  const index = chartIndex(doc, chartId);
  const charts = doc.charts.slice();
  charts[index] = edit(at(charts, index, 'chart'));
  return { ...doc, charts };
}

function findNode(chart: Chart, nodeId: string): ChartNode {
  const node = chart.nodes.find((n) => n.id === nodeId);
  if (!node) throw new CommandError(`There is no node "${nodeId}" in "${chart.title}".`);
  return node;
}

function uniqueId(prefix: string, taken: (id: string) => boolean): string {
  let id = newId(prefix);
  while (taken(id)) id = newId(prefix);
  return id;
}

function checkTag(doc: StructuraDocument, tagId: string | null | undefined): void {
  if (tagId && !doc.tags.some((t) => t.id === tagId)) throw new CommandError(`There is no organisation tag "${tagId}".`);
}

function checkNode(doc: StructuraDocument, chart: Chart, node: ChartNode): void {
  checkTag(doc, node.tagId);
  if (node.kind === 'post') {
    if (chart.kind === 'diagram') throw new CommandError(`"${chart.title}" is a diagram: it holds boards and bodies only.`);
    if (!node.title.trim()) throw new CommandError('A post needs a title.');
    if (!(node.fte >= 0)) throw new CommandError('FTE must be 0 or more.');
    if (node.cost !== null && !(node.cost >= 0)) throw new CommandError('Cost must be 0 or more.');
    for (const share of node.funding) checkTag(doc, share.tagId);
    const funding = fundingIssue(node.funding);
    if (funding) throw new CommandError(funding.charAt(0).toUpperCase() + funding.slice(1) + '.');
  } else if (!node.name.trim()) {
    throw new CommandError('A body needs a name.');
  }
  refuseInvalid(nodeSchema, node, nodeSubject(node));
}

/** Would a management line from `managerId` to `reportId` close a circle? */
function wouldCycle(chart: Chart, managerId: string, reportId: string): boolean {
  return managerId === reportId || descendantsOf(chart, reportId).has(managerId);
}

function checkLine(chart: Chart, line: Line, ignoreLineId?: string): void {
  refuseInvalid(lineSchema, line, 'This line');
  const from = findNode(chart, line.from);
  const to = findNode(chart, line.to);
  if (line.from === line.to) throw new CommandError('A line must join two different boxes.');
  const others = chart.lines.filter((l) => l.id !== ignoreLineId);
  if (others.some((l) => l.kind === line.kind && l.from === line.from && l.to === line.to)) {
    throw new CommandError(`"${nodeName(from)}" and "${nodeName(to)}" are already joined by that kind of line.`);
  }
  if (line.kind === 'management') {
    const current = others.find((l) => l.kind === 'management' && l.to === line.to);
    if (current) {
      throw new CommandError(
        `"${nodeName(to)}" already has a line manager ("${nodeName(findNode(chart, current.from))}"); drop it onto the new manager to change it.`,
      );
    }
    if (wouldCycle({ ...chart, lines: others }, line.from, line.to)) {
      throw new CommandError(`"${nodeName(from)}" reports to "${nodeName(to)}" already, so "${nodeName(to)}" cannot report to "${nodeName(from)}".`);
    }
  }
}

// ---- Nodes ---------------------------------------------------------------

export function addNode(doc: StructuraDocument, chartId: string, node: ChartNode): StructuraDocument {
  return withChart(doc, chartId, (chart) => {
    if (chart.nodes.some((n) => n.id === node.id)) throw new CommandError(`"${nodeName(node)}" is already in this chart.`);
    refuseOverLimit(chart.nodes.length + 1, LIMITS.nodesPerChart, 'boxes', `"${chart.title}"`);
    checkNode(doc, chart, node);
    return { ...chart, nodes: [...chart.nodes, node] };
  });
}

export function updateNode(doc: StructuraDocument, chartId: string, nodeId: string, patch: NodePatch): StructuraDocument {
  return withChart(doc, chartId, (chart) => {
    const node = findNode(chart, nodeId);
    const updated = { ...node, ...patch, kind: node.kind, id: node.id } as ChartNode;
    checkNode(doc, chart, updated);
    return { ...chart, nodes: chart.nodes.map((n) => (n.id === nodeId ? updated : n)) };
  });
}

/**
 * Applies one patch per node in a single pass, as one edit: editing several
 * selected boxes at once. Every node is checked as `updateNode` checks it, and
 * one refusal refuses them all, in the loader's words, naming the box.
 */
export function updateNodes(doc: StructuraDocument, chartId: string, patches: ReadonlyMap<string, NodePatch>): StructuraDocument {
  if (patches.size === 0) return doc;
  return withChart(doc, chartId, (chart) => {
    for (const id of patches.keys()) findNode(chart, id);
    const nodes = chart.nodes.map((node) => {
      const patch = patches.get(node.id);
      if (!patch) return node;
      const updated = { ...node, ...patch, kind: node.kind, id: node.id } as ChartNode;
      try {
        checkNode(doc, chart, updated);
      } catch (error) {
        if (!(error instanceof CommandError) || error.message.startsWith(nodeSubject(node))) throw error;
        throw new CommandError(`${nodeSubject(node)}: ${error.message}`);
      }
      return updated;
    });
    return { ...chart, nodes };
  });
}

/** Deletes the nodes and every line touching them. */
export function deleteNodes(doc: StructuraDocument, chartId: string, nodeIds: readonly string[]): StructuraDocument {
  const gone = new Set(nodeIds);
  const result = withChart(doc, chartId, (chart) => ({
    ...chart,
    nodes: chart.nodes.filter((n) => !gone.has(n.id)),
    lines: chart.lines.filter((l) => !gone.has(l.from) && !gone.has(l.to)),
  }));
  // Mappings of the deleted posts go with them (undo brings both back).
  return result.transition ? { ...result, transition: pruneTransition(result.transition, result.charts) } : result;
}

export function moveNodes(doc: StructuraDocument, chartId: string, positions: ReadonlyMap<string, Position>): StructuraDocument {
  return withChart(doc, chartId, (chart) => ({
    ...chart,
    nodes: chart.nodes.map((n) => {
      const p = positions.get(n.id);
      if (!p || (p.x === n.position.x && p.y === n.position.y)) return n;
      refuseInvalid(positionSchema, { x: p.x, y: p.y }, `${nodeSubject(n)} position`);
      return { ...n, position: { x: p.x, y: p.y } };
    }),
  }));
}

export function toggleCollapsed(doc: StructuraDocument, chartId: string, postId: string): StructuraDocument {
  return withChart(doc, chartId, (chart) => {
    const node = findNode(chart, postId);
    if (node.kind !== 'post') throw new CommandError('Only posts can be collapsed.');
    return { ...chart, nodes: chart.nodes.map((n) => (n.id === postId ? { ...node, collapsed: !node.collapsed } : n)) };
  });
}

// ---- Lines ---------------------------------------------------------------

export function addLine(doc: StructuraDocument, chartId: string, line: Line): StructuraDocument {
  return withChart(doc, chartId, (chart) => {
    if (chart.lines.some((l) => l.id === line.id)) throw new CommandError(`Line "${line.id}" already exists.`);
    refuseOverLimit(chart.lines.length + 1, LIMITS.linesPerChart, 'lines', `"${chart.title}"`);
    checkLine(chart, line);
    return { ...chart, lines: [...chart.lines, line] };
  });
}

export function updateLine(doc: StructuraDocument, chartId: string, lineId: string, patch: Partial<Omit<Line, 'id'>>): StructuraDocument {
  return withChart(doc, chartId, (chart) => {
    const line = chart.lines.find((l) => l.id === lineId);
    if (!line) throw new CommandError(`There is no line "${lineId}".`);
    const updated = { ...line, ...patch, id: line.id };
    checkLine(chart, updated, lineId);
    return { ...chart, lines: chart.lines.map((l) => (l.id === lineId ? updated : l)) };
  });
}

export function deleteLines(doc: StructuraDocument, chartId: string, lineIds: readonly string[]): StructuraDocument {
  const gone = new Set(lineIds);
  return withChart(doc, chartId, (chart) => ({ ...chart, lines: chart.lines.filter((l) => !gone.has(l.id)) }));
}

/** Makes `managerId` the node's line manager (null: no manager), replacing the old management line. */
export function setManager(doc: StructuraDocument, chartId: string, nodeId: string, managerId: string | null): StructuraDocument {
  return withChart(doc, chartId, (chart) => {
    findNode(chart, nodeId);
    const current = chart.lines.find((l) => l.kind === 'management' && l.to === nodeId);
    if ((current?.from ?? null) === managerId) return chart;
    const lines = chart.lines.filter((l) => l !== current);
    if (managerId === null) return { ...chart, lines };
    const line: Line = {
      id: uniqueId('line', (id) => chart.lines.some((l) => l.id === id)),
      kind: 'management',
      from: managerId,
      to: nodeId,
      label: '',
      inferred: null,
    };
    refuseOverLimit(lines.length + 1, LIMITS.linesPerChart, 'lines', `"${chart.title}"`);
    checkLine({ ...chart, lines }, line);
    return { ...chart, lines: [...lines, line] };
  });
}

// ---- Clipboard -----------------------------------------------------------

export interface Clipboard {
  nodes: ChartNode[];
  /** Lines between copied nodes only. */
  lines: Line[];
}

export function copySelection(chart: Chart, nodeIds: readonly string[]): Clipboard {
  const ids = new Set(nodeIds);
  return {
    nodes: chart.nodes.filter((n) => ids.has(n.id)),
    lines: chart.lines.filter((l) => ids.has(l.from) && ids.has(l.to)),
  };
}

/**
 * Pastes into a chart, offset from the originals. New ids, unless `samePost`:
 * then posts keep their ids (the same post standing in another model) and
 * pasting into a chart that already holds one of them is refused.
 */
export function pasteNodes(
  doc: StructuraDocument,
  chartId: string,
  clipboard: Clipboard,
  options: { samePost: boolean; offset?: Position },
): { doc: StructuraDocument; pastedIds: string[] } {
  const offset = options.offset ?? { x: 40, y: 40 };
  const chart = at(doc.charts, chartIndex(doc, chartId), 'chart');
  refuseOverLimit(chart.nodes.length + clipboard.nodes.length, LIMITS.nodesPerChart, 'boxes', `"${chart.title}"`);
  refuseOverLimit(chart.lines.length + clipboard.lines.length, LIMITS.linesPerChart, 'lines', `"${chart.title}"`);
  const taken = new Set(chart.nodes.map((n) => n.id));
  const idMap = new Map<string, string>();
  for (const node of clipboard.nodes) {
    if (options.samePost) {
      if (taken.has(node.id)) throw new CommandError(`"${nodeName(node)}" is already in "${chart.title}": paste as a new post instead.`);
      idMap.set(node.id, node.id);
    } else {
      const id = uniqueId(node.kind, (candidate) => taken.has(candidate));
      taken.add(id);
      idMap.set(node.id, id);
    }
  }
  let next = doc;
  for (const node of clipboard.nodes) {
    const copy = {
      ...node,
      id: must(idMap.get(node.id), `the pasted id of "${node.id}"`),
      position: { x: node.position.x + offset.x, y: node.position.y + offset.y },
    };
    next = addNode(next, chartId, copy);
  }
  const lineTaken = new Set(chart.lines.map((l) => l.id));
  for (const line of clipboard.lines) {
    const id = uniqueId('line', (candidate) => lineTaken.has(candidate));
    lineTaken.add(id);
    // The clipboard may have come from outside (another window, a file): a line
    // whose end is not among its posts cannot be pasted.
    const from = idMap.get(line.from);
    const to = idMap.get(line.to);
    if (from === undefined || to === undefined)
      throw new CommandError(`The clipboard has a line to "${from === undefined ? line.from : line.to}", which is not among the copied posts.`);
    next = addLine(next, chartId, { ...line, id, from, to });
  }
  refuseTooLarge(next);
  return { doc: next, pastedIds: [...idMap.values()] };
}

// ---- Charts --------------------------------------------------------------

/**
 * Adds a chart (a new one, or an imported one with the tags it brought). An
 * imported chart gets the same integrity checks as a file being opened.
 */
export function addChart(doc: StructuraDocument, chart: Chart, newTags: OrgTag[] = []): StructuraDocument {
  if (doc.charts.some((c) => c.id === chart.id)) throw new CommandError(`A chart with id "${chart.id}" already exists.`);
  refuseOverLimit(doc.charts.length + 1, LIMITS.charts, 'charts', 'The document');
  const added = newTags.filter((t) => !doc.tags.some((existing) => existing.id === t.id));
  refuseOverLimit(doc.tags.length + added.length, LIMITS.tags, 'organisation tags', 'The document');
  for (const tag of added) refuseInvalid(tagSchema, tag, `Organisation tag "${tag.label.slice(0, 40)}"`);
  const tags = [...doc.tags, ...added];
  const next = { ...doc, tags };
  const title = `"${chart.title.slice(0, 60)}"`;
  // The whole chart against the schema first: an imported chart may break any limit.
  const [problem] = schemaIssues(chartSchema, chart);
  if (problem) throw new CommandError(`${title} cannot be added: ${problem.path} ${problem.message}.`);
  for (const node of chart.nodes) checkNode(next, chart, node);
  const issues: DocumentIssue[] = [];
  validateChart(chart, 'chart', new Set(tags.map((t) => t.id)), issues);
  const [issue] = issues;
  if (issue) throw new CommandError(`${title} cannot be added: ${issue.message}.`);
  const result = { ...next, charts: [...doc.charts, chart] };
  refuseTooLarge(result);
  return result;
}

export function updateChart(doc: StructuraDocument, chartId: string, patch: ChartPatch): StructuraDocument {
  if (patch.title !== undefined && !patch.title.trim()) throw new CommandError('A chart needs a title.');
  return withChart(doc, chartId, (chart) => {
    const updated = { ...chart, ...patch };
    if (updated.kind === 'diagram' && updated.nodes.some((n) => n.kind === 'post')) {
      throw new CommandError('This chart has posts, so it cannot become a diagram (diagrams hold bodies only).');
    }
    const { nodes: _nodes, lines: _lines, ...info } = updated;
    refuseInvalid(chartInfoSchema, info, `Chart "${chart.title.slice(0, 60)}"`);
    return updated;
  });
}

export function setChartLayout(doc: StructuraDocument, chartId: string, layout: LayoutOptions): StructuraDocument {
  return updateChart(doc, chartId, { layout });
}

/**
 * Copies a chart. As a new model (the default) posts keep their ids, so the two
 * models can be compared post by post; otherwise every node gets a new id.
 */
export function duplicateChart(
  doc: StructuraDocument,
  chartId: string,
  options: { asNewModel?: boolean; title?: string } = {},
): { doc: StructuraDocument; chartId: string } {
  const source = at(doc.charts, chartIndex(doc, chartId), 'chart');
  refuseOverLimit(doc.charts.length + 1, LIMITS.charts, 'charts', 'The document');
  const id = uniqueId('chart', (candidate) => doc.charts.some((c) => c.id === candidate));
  let nodes = source.nodes;
  let lines = source.lines;
  if (options.asNewModel === false) {
    const idMap = new Map(source.nodes.map((n) => [n.id, newId(n.kind)]));
    // A valid chart's lines join its own nodes, all of which are in idMap.
    const copiedId = (nodeId: string) => must(idMap.get(nodeId), `the copy's id for node "${nodeId}" of "${source.title}"`);
    nodes = nodes.map((n) => ({ ...n, id: copiedId(n.id) }));
    lines = lines.map((l) => ({ ...l, id: newId('line'), from: copiedId(l.from), to: copiedId(l.to) }));
  }
  const title = options.title ?? `${source.title.slice(0, LIMITS.shortText - ' (copy)'.length)} (copy)`;
  const copy: Chart = { ...source, id, annex: '', title, nodes, lines };
  const { nodes: _nodes, lines: _lines, ...info } = copy;
  refuseInvalid(chartInfoSchema, info, 'The copy');
  const index = doc.charts.indexOf(source);
  const charts = [...doc.charts.slice(0, index + 1), copy, ...doc.charts.slice(index + 1)];
  const result = { ...doc, charts };
  refuseTooLarge(result);
  return { doc: result, chartId: id };
}

export function deleteChart(doc: StructuraDocument, chartId: string): StructuraDocument {
  chartIndex(doc, chartId);
  if (doc.charts.length === 1) throw new CommandError('A document needs at least one chart.');
  const charts = doc.charts.filter((c) => c.id !== chartId);
  return doc.transition ? { ...doc, charts, transition: pruneTransition(doc.transition, charts) } : { ...doc, charts };
}

/** Moves a chart to a new position in the chart list. */
export function moveChart(doc: StructuraDocument, chartId: string, toIndex: number): StructuraDocument {
  const from = chartIndex(doc, chartId);
  const target = Math.max(0, Math.min(doc.charts.length - 1, toIndex));
  if (from === target) return doc;
  const charts = doc.charts.slice();
  charts.splice(target, 0, ...charts.splice(from, 1));
  return { ...doc, charts };
}

/** Replaces a chart's node positions, e.g. with the result of auto-layout. */
export function replaceChartNodes(doc: StructuraDocument, chartId: string, chart: Chart): StructuraDocument {
  return withChart(doc, chartId, (current) => {
    for (const node of chart.nodes) refuseInvalid(positionSchema, node.position, `${nodeSubject(node)} position`);
    return { ...current, nodes: chart.nodes };
  });
}

// ---- Tags ----------------------------------------------------------------

export function addTag(doc: StructuraDocument, tag: OrgTag): StructuraDocument {
  if (doc.tags.some((t) => t.id === tag.id)) throw new CommandError(`A tag with id "${tag.id}" already exists.`);
  if (!tag.label.trim()) throw new CommandError('A tag needs a short label.');
  refuseOverLimit(doc.tags.length + 1, LIMITS.tags, 'organisation tags', 'The document');
  refuseInvalid(tagSchema, tag, `Organisation tag "${tag.label.slice(0, 40)}"`);
  return { ...doc, tags: [...doc.tags, tag] };
}

export function updateTag(doc: StructuraDocument, tagId: string, patch: Partial<Omit<OrgTag, 'id'>>): StructuraDocument {
  const current = doc.tags.find((t) => t.id === tagId);
  if (!current) throw new CommandError(`There is no organisation tag "${tagId}".`);
  if (patch.label !== undefined && !patch.label.trim()) throw new CommandError('A tag needs a short label.');
  if (patch.colour !== undefined && !/^#[0-9a-fA-F]{6}$/.test(patch.colour)) throw new CommandError('A colour looks like #1f77b4.');
  const updated = { ...current, ...patch, id: tagId };
  refuseInvalid(tagSchema, updated, `Organisation tag "${current.label}"`);
  return { ...doc, tags: doc.tags.map((t) => (t.id === tagId ? updated : t)) };
}

/** Number of nodes (in all charts) tagged with or funded by the tag. */
export function tagUsage(doc: StructuraDocument, tagId: string): number {
  let count = 0;
  for (const chart of doc.charts) {
    for (const node of chart.nodes) {
      if (node.tagId === tagId || (node.kind === 'post' && node.funding.some((s) => s.tagId === tagId))) count++;
    }
  }
  return count;
}

/**
 * Deletes a tag. Its nodes move to `reassignTo` (or become untagged when null);
 * funding shares of the deleted tag are merged into `reassignTo`'s share, or,
 * with no tag to move to, the post's funding split is dropped.
 */
export function deleteTag(doc: StructuraDocument, tagId: string, reassignTo: string | null): StructuraDocument {
  if (!doc.tags.some((t) => t.id === tagId)) throw new CommandError(`There is no organisation tag "${tagId}".`);
  if (reassignTo === tagId) throw new CommandError('Choose another tag to move its posts to.');
  checkTag(doc, reassignTo);
  const moveFunding = (node: PostNode): PostNode['funding'] => {
    if (!node.funding.some((s) => s.tagId === tagId)) return node.funding;
    if (reassignTo === null) return [];
    const merged = new Map<string, number>();
    for (const share of node.funding) {
      const key = share.tagId === tagId ? reassignTo : share.tagId;
      merged.set(key, (merged.get(key) ?? 0) + share.percent);
    }
    const shares = [...merged].map(([id, percent]) => ({ tagId: id, percent }));
    return shares.length > 1 ? shares : [];
  };
  const charts = doc.charts.map((chart) => ({
    ...chart,
    nodes: chart.nodes.map((node): ChartNode => {
      const tagged = node.tagId === tagId ? { ...node, tagId: reassignTo } : node;
      return tagged.kind === 'post' ? { ...tagged, funding: moveFunding(tagged) } : tagged;
    }),
  }));
  const moved = { ...doc, tags: doc.tags.filter((t) => t.id !== tagId), charts };
  const rules = retagRuleSettings(doc.rules, tagId, reassignTo);
  const costs = forgetTagInCosts(doc.costs, tagId, reassignTo);
  return { ...moved, ...(rules && { rules }), ...(costs && { costs }) };
}

// ---- Document ------------------------------------------------------------

export function updateDocumentInfo(doc: StructuraDocument, patch: { title?: string; description?: string; meta?: Partial<DocumentMeta> }): StructuraDocument {
  if (patch.meta?.date !== undefined && !/^(\d{4}-\d{2}-\d{2})?$/.test(patch.meta.date)) {
    throw new CommandError('A date looks like 2007-06-30.');
  }
  const next = {
    ...doc,
    title: patch.title ?? doc.title,
    description: patch.description ?? doc.description,
    meta: { ...doc.meta, ...patch.meta },
  };
  const { tags: _tags, charts: _charts, rules: _rules, costs: _costs, transition: _transition, ...info } = next;
  refuseInvalid(documentInfoSchema, info, 'The document');
  return next;
}
