// The dated transition: each change between the baseline and the option (a
// node added, removed, moved, retitled, retagged, or a post mapped) takes
// effect on its own date, or on its phase's start date; a change with neither
// takes effect with the last dated one. `chartAsOn` shows the structure on any
// date: the baseline before the first change, the option from the last.
import { nodeName } from '../model/query';
import type { Chart, ChartNode, Line, StructuraDocument } from '../model/types';
import type { ChartMapping, DatedChange, TransitionPhase } from '../model/transitionTypes';
import { must } from '../must';

export type ChangeKind = 'added' | 'removed' | 'retitled' | 'retagged' | 'moved' | 'mapped' | 'edited';

export interface NodeChange {
  nodeId: string;
  name: string;
  kinds: ChangeKind[];
  /** The entered date and reason, if any. */
  dated: DatedChange | null;
  /** When it takes effect: its date, else its phase's start; null when undated. */
  effectiveDate: string | null;
  phase: TransitionPhase | null;
}

const managerOf = (chart: Chart, id: string) => chart.lines.find((l) => l.kind === 'management' && l.to === id)?.from ?? null;

/** What a node shows and how it hangs, without where it is drawn. */
function content(node: ChartNode): string {
  const { position: _p, ...rest } = node;
  if (rest.kind === 'post') return JSON.stringify({ ...rest, collapsed: false });
  return JSON.stringify(rest);
}

function incoming(chart: Chart, id: string): string {
  return JSON.stringify(
    chart.lines
      .filter((l) => l.to === id)
      .map((l) => [l.kind, l.from, l.label, l.inferred])
      .sort(),
  );
}

/** Every node that differs between the two charts, with what changed, in baseline order then the option's additions. */
export function nodeChanges(doc: StructuraDocument, mapping: ChartMapping, baseline: Chart, option: Chart): NodeChange[] {
  const a = new Map(baseline.nodes.map((n) => [n.id, n]));
  const b = new Map(option.nodes.map((n) => [n.id, n]));
  const mapped = new Set(mapping.posts.filter((p) => p.method !== 'unchanged').map((p) => p.postId));
  const dated = new Map(mapping.changes.map((c) => [c.nodeId, c]));
  const phases = new Map((doc.transition?.phases ?? []).map((p) => [p.id, p]));
  const ids = [...a.keys(), ...[...b.keys()].filter((id) => !a.has(id))];
  const out: NodeChange[] = [];
  for (const id of ids) {
    const x = a.get(id);
    const y = b.get(id);
    const kinds: ChangeKind[] = [];
    if (!x) kinds.push('added');
    else if (!y) kinds.push('removed');
    else {
      if (nodeName(x) !== nodeName(y)) kinds.push('retitled');
      if (x.tagId !== y.tagId) kinds.push('retagged');
      if (managerOf(baseline, id) !== managerOf(option, id)) kinds.push('moved');
      if (kinds.length === 0 && (content(x) !== content(y) || incoming(baseline, id) !== incoming(option, id))) kinds.push('edited');
    }
    if (mapped.has(id)) kinds.push('mapped');
    if (kinds.length === 0) continue;
    const d = dated.get(id) ?? null;
    const phase = d?.phaseId ? (phases.get(d.phaseId) ?? null) : null;
    // Every id is a node of the baseline or of the option.
    out.push({
      nodeId: id,
      name: nodeName(must(y ?? x, `node "${id}" in either chart`)),
      kinds,
      dated: d,
      effectiveDate: d?.effectiveDate || phase?.startDate || null,
      phase,
    });
  }
  return out;
}

/** Node id → the date its change takes effect, for dated changes only. */
export function effectiveDates(doc: StructuraDocument, mapping: ChartMapping): Map<string, string> {
  const baseline = doc.charts.find((c) => c.id === mapping.fromChartId);
  const option = doc.charts.find((c) => c.id === mapping.toChartId);
  const out = new Map<string, string>();
  if (!baseline || !option) return out;
  for (const c of nodeChanges(doc, mapping, baseline, option)) if (c.effectiveDate) out.set(c.nodeId, c.effectiveDate);
  return out;
}

/** The first and last dates any change takes effect; null when nothing is dated. */
export function transitionSpan(changes: readonly NodeChange[]): { first: string; last: string } | null {
  const dates = changes
    .map((c) => c.effectiveDate)
    .filter((d): d is string => d !== null)
    .sort();
  const [first] = dates;
  return first === undefined ? null : { first, last: dates.at(-1) ?? first };
}

/**
 * The structure as it stands on `date` (yyyy-mm-dd): each changed node in its
 * option form (or gone, or not yet there) from the day its change takes effect,
 * in its baseline form before. A node's incoming lines come with the form it is
 * in; a line manager not (or no longer) there gives way to the other form's, and
 * a line that would close a circle is left out. Undated changes take effect with
 * the last dated one; with nothing dated the option stands on every date.
 */
export function chartAsOn(doc: StructuraDocument, mapping: ChartMapping, date: string): Chart {
  const baseline = doc.charts.find((c) => c.id === mapping.fromChartId);
  const option = doc.charts.find((c) => c.id === mapping.toChartId);
  if (!baseline || !option) throw new Error(`chart mapping "${mapping.id}" names a chart the document does not have`);
  const changes = nodeChanges(doc, mapping, baseline, option);
  const span = transitionSpan(changes);
  const last = span?.last ?? '';
  const allDone = !span || date >= span.last;
  const effective = new Map(changes.map((c) => [c.nodeId, (c.effectiveDate ?? last) <= date]));
  // Unchanged nodes keep their baseline form (and place) until the transition is complete.
  const useOption = (id: string) => allDone || (effective.get(id) ?? false);
  const none = changes.every((c) => !effective.get(c.nodeId));
  const primary = allDone ? option : baseline;
  const secondary = allDone ? baseline : option;
  const formOf = (id: string) => (useOption(id) ? option : baseline).nodes.find((n) => n.id === id);
  const inPrimary = new Set(primary.nodes.map((n) => n.id));
  const nodes: ChartNode[] = [];
  for (const n of [...primary.nodes, ...secondary.nodes.filter((k) => !inPrimary.has(k.id))]) {
    const form = formOf(n.id);
    if (form) nodes.push(form);
  }
  const present = new Set(nodes.map((n) => n.id));
  const chosen = new Set<Line>();
  const managers = new Map<string, string>();
  const reaches = (from: string, to: string) => {
    // Does `from`'s chain of managers reach `to`? Then to → from would close a circle.
    for (let at: string | undefined = from, steps = 0; at !== undefined && steps <= present.size; at = managers.get(at), steps++) if (at === to) return true;
    return false;
  };
  for (const n of nodes) {
    const own = useOption(n.id) ? option : baseline;
    const other = own === option ? baseline : option;
    const ownLines = own.lines.filter((l) => l.to === n.id && present.has(l.from));
    // Only a manager who is not (or no longer) there gives way; a top post stays a top post.
    const managerGone = own.lines.some((l) => l.to === n.id && l.kind === 'management' && !present.has(l.from));
    const fallback = managerGone ? other.lines.filter((l) => l.to === n.id && l.kind === 'management' && present.has(l.from)) : [];
    for (const l of [...ownLines, ...fallback]) {
      if (l.kind === 'management') {
        if (managers.has(n.id) || reaches(l.from, n.id)) continue;
        managers.set(n.id, l.from);
      }
      chosen.add(l);
    }
  }
  // Lines in the order of the chart most of them come from, the others after; a line id taken twice keeps its first.
  const ids = new Set<string>();
  const lines = [...primary.lines, ...secondary.lines].filter((l) => chosen.has(l) && !ids.has(l.id) && ids.add(l.id));
  const info = none ? baseline : allDone ? option : { ...baseline, subtitle: `As on ${date}: between ${chartName(baseline)} and ${chartName(option)}` };
  return { ...info, nodes, lines };
}

function chartName(chart: Chart): string {
  return chart.annex ? `Annex ${chart.annex}` : chart.title;
}

export interface TimelineStep {
  /** Null: the changes dated without a phase, or undated. */
  phase: TransitionPhase | null;
  date: string | null;
  changes: NodeChange[];
}

/** The phases in date order, each with the changes that take effect in it; then dated changes outside any phase; then undated ones. */
export function transitionTimeline(doc: StructuraDocument, mapping: ChartMapping): TimelineStep[] {
  const baseline = doc.charts.find((c) => c.id === mapping.fromChartId);
  const option = doc.charts.find((c) => c.id === mapping.toChartId);
  if (!baseline || !option) return [];
  const changes = nodeChanges(doc, mapping, baseline, option);
  const phases = [...(doc.transition?.phases ?? [])].sort((x, y) => x.startDate.localeCompare(y.startDate));
  const steps: TimelineStep[] = phases.map((phase) => ({ phase, date: phase.startDate, changes: changes.filter((c) => c.phase?.id === phase.id) }));
  const loose = changes.flatMap((c) => (!c.phase && c.effectiveDate ? [{ c, date: c.effectiveDate }] : [])).sort((x, y) => x.date.localeCompare(y.date));
  for (const { c, date } of loose) {
    const step = steps.find((s) => s.phase === null && s.date === date);
    if (step) step.changes.push(c);
    else steps.push({ phase: null, date, changes: [c] });
  }
  steps.sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
  const undated = changes.filter((c) => !c.effectiveDate);
  if (undated.length) steps.push({ phase: null, date: null, changes: undated });
  for (const s of steps) s.changes.sort((x, y) => (x.effectiveDate ?? '').localeCompare(y.effectiveDate ?? ''));
  return steps;
}
