// Editing several selected boxes at once: one field set to one value on every
// box it applies to, as one edit (one undo step, "Set grade of 4 posts"). Pure:
// the inspector, tests and any future caller compute the same thing.
import { CommandError, updateNodes, type NodePatch } from '../model/commands';
import { FIELD_WORDS } from '../model/changeLabel';
import { nodeName } from '../model/query';
import { must } from '../must';
import type { Chart, ChartNode, PostNode, StructuraDocument } from '../model/types';

/** The fields that make sense to give several posts at once (not titles, notes or names). */
export const BULK_FIELDS = ['tagId', 'holder', 'funding', 'fte', 'grade', 'cost', 'costIllustrative', 'unit', 'assistant'] as const;
export type BulkField = (typeof BULK_FIELDS)[number];
export type BulkValue<F extends BulkField> = PostNode[F];

/** Words for a field in "Set <words> of 4 posts": the undo labels' words, except that a
 * bulk step sets the illustrative flag alone, so it says so. */
export const BULK_FIELD_WORDS = Object.fromEntries(
  BULK_FIELDS.map((f) => [f, f === 'costIllustrative' ? 'illustrative cost' : must(FIELD_WORDS[f], `undo words for ${f}`)]),
) as Record<BulkField, string>;

/** Boxes and bodies both have an organisation; every other bulk field belongs to posts only. */
function appliesTo(node: ChartNode, field: BulkField): boolean {
  return field === 'tagId' || node.kind === 'post';
}

/** The selected boxes `field` applies to, in chart order (ids not in the chart are ignored). */
export function bulkTargets(chart: Chart, nodeIds: readonly string[], field: BulkField): ChartNode[] {
  const selected = new Set(nodeIds);
  return chart.nodes.filter((n) => selected.has(n.id) && appliesTo(n, field));
}

/** "4 posts", "3 boxes" when bodies are among them, or the one box's name. */
export function targetsPhrase(targets: readonly ChartNode[]): string {
  const [only] = targets;
  if (targets.length === 1 && only) return nodeName(only);
  return `${targets.length} ${targets.every((n) => n.kind === 'post') ? 'posts' : 'boxes'}`;
}

/** The undo step's name: "Set organisation of 4 posts". */
export function bulkLabel(chart: Chart, nodeIds: readonly string[], field: BulkField): string {
  return `Set ${BULK_FIELD_WORDS[field]} of ${targetsPhrase(bulkTargets(chart, nodeIds, field))}`;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export type SharedValue<T> = { mixed: false; value: T } | { mixed: true };

/**
 * What the inspector shows for `field` over the selection: the value when every
 * box it applies to has the same one, otherwise mixed. Undefined when it applies
 * to none of them.
 */
export function sharedValue<F extends BulkField>(chart: Chart, nodeIds: readonly string[], field: F): SharedValue<BulkValue<F>> | undefined {
  const targets = bulkTargets(chart, nodeIds, field) as PostNode[];
  const [firstTarget] = targets;
  if (!firstTarget) return undefined;
  const first = firstTarget[field];
  return targets.every((n) => same(n[field], first)) ? { mixed: false, value: first } : { mixed: true };
}

/**
 * Gives `field` the value `value` on every selected box it applies to, as one
 * edit. A value the document would refuse for any of them refuses the whole
 * edit (a CommandError in the loader's words); boxes already holding the value
 * are left as they are, and the document is returned unchanged when all are.
 */
export function setField<F extends BulkField>(
  doc: StructuraDocument,
  chartId: string,
  nodeIds: readonly string[],
  field: F,
  value: BulkValue<F>,
): StructuraDocument {
  const chart = doc.charts.find((c) => c.id === chartId);
  if (!chart) throw new CommandError(`There is no chart "${chartId}".`);
  const patches = new Map<string, NodePatch>();
  for (const node of bulkTargets(chart, nodeIds, field)) {
    if (!same((node as PostNode)[field], value)) patches.set(node.id, { [field]: value } as NodePatch);
  }
  return updateNodes(doc, chartId, patches);
}
