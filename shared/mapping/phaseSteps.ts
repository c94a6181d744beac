// The dated transition as a sequence of steps to present: the baseline today,
// the structure after each phase (as it stands on the day the phase's last
// change takes effect, by `chartAsOn`), with that phase's changes, date and
// reasons, then the option with every change marked. Pure.
import type { ChangeMark } from '../compare/compare';
import { formatDate } from '../format';
import type { ChartMapping } from '../model/transitionTypes';
import type { Chart, StructuraDocument } from '../model/types';
import { chartAsOn, nodeChanges, transitionSpan, transitionTimeline, type ChangeKind, type NodeChange } from './transition';

export interface PhaseStep {
  /** Stable key for the step ("baseline", a phase id, "date:2008-01-01", "option"). */
  key: string;
  /** "Annex 5 today", "After Phase 2 – October 2007 to August 2008", "Annex 1". */
  title: string;
  /** The day the chart stands as on; null for the baseline and the option. */
  date: string | null;
  /** The phase's dates or the step's date, in words ("1 October 2007 to 31 August 2008"). */
  when: string;
  description: string;
  /** The structure this step shows. */
  chart: Chart;
  /** The changes this step makes, in date order (removed nodes too, which the chart no longer shows). */
  changes: NodeChange[];
  /** Node id → the compare view's marks for the changes of this step drawn on `chart`. */
  marks: Map<string, ChangeMark[]>;
  /** The phase or the papers give the step's dates as reconstructions, when they do. */
  inferred: string | null;
}

/** The kinds of change a box can show with the compare view's marks (a removed node is no longer drawn). */
const MARKED: Partial<Record<ChangeKind, ChangeMark>> = { added: 'added', moved: 'moved', retagged: 'retagged', retitled: 'retitled' };

const chartName = (chart: Chart) => (chart.annex ? `Annex ${chart.annex}` : chart.title);

function marksOf(changes: readonly NodeChange[], chart: Chart): Map<string, ChangeMark[]> {
  const drawn = new Set(chart.nodes.map((n) => n.id));
  const marks = new Map<string, ChangeMark[]>();
  for (const c of changes) {
    if (!drawn.has(c.nodeId)) continue;
    const list = c.kinds.flatMap((k) => (MARKED[k] ? [MARKED[k]] : []));
    if (list.length) marks.set(c.nodeId, list);
  }
  return marks;
}

/** The steps from the mapping's baseline to its option; throws in words when the mapping names a chart that is gone. */
export function phaseSteps(doc: StructuraDocument, mapping: ChartMapping): PhaseStep[] {
  const baseline = doc.charts.find((c) => c.id === mapping.fromChartId);
  const option = doc.charts.find((c) => c.id === mapping.toChartId);
  if (!baseline || !option) throw new Error(`The transition "${mapping.id}" names a chart the document does not have.`);
  const all = nodeChanges(doc, mapping, baseline, option);
  const span = transitionSpan(all);
  const timeline = transitionTimeline(doc, mapping);
  // Undated changes take effect with the last dated change (as chartAsOn has them): shown with that step.
  const undated = timeline.find((s) => s.date === null)?.changes ?? [];
  // Each dated step with the day its last change takes effect (never before the step's own date).
  const dated = timeline.flatMap((s) => {
    const { date } = s;
    if (date === null) return [];
    const last = s.changes.reduce((latest, c) => (c.effectiveDate !== null && c.effectiveDate > latest ? c.effectiveDate : latest), date);
    return [{ s, date: last }];
  });
  const steps: PhaseStep[] = [
    {
      key: 'baseline',
      title: `${chartName(baseline)} today`,
      date: null,
      when: span ? `Before the first change (${formatDate(span.first)})` : 'Before the changes',
      description: baseline.subtitle,
      chart: baseline,
      changes: [],
      marks: new Map(),
      inferred: null,
    },
  ];
  let undatedShown = span === null;
  // A step stands as on the day its last change takes effect; a phase whose changes are dated past the
  // next phase's start comes after it, so the structure only ever moves forward in time.
  const ordered = dated.sort((x, y) => x.date.localeCompare(y.date));
  for (const { s, date } of ordered) {
    const changes = [...s.changes];
    if (!undatedShown && span && date >= span.last) {
      changes.push(...undated);
      undatedShown = true;
    }
    const chart = chartAsOn(doc, mapping, date);
    const phase = s.phase;
    steps.push({
      key: phase ? phase.id : `date:${date}`,
      title: phase ? `After ${phase.name}` : `Changes of ${formatDate(date)}`,
      date,
      when: phase ? `${formatDate(phase.startDate)}${phase.endDate ? ` to ${formatDate(phase.endDate)}` : ''}` : formatDate(date),
      description: phase?.description ?? '',
      chart,
      changes,
      marks: marksOf(changes, chart),
      inferred: phase?.inferred ?? null,
    });
  }
  steps.push({
    key: 'option',
    title: chartName(option),
    date: null,
    when: span ? `From ${formatDate(span.last)}: every change made` : 'Every change made',
    description: option.subtitle,
    chart: option,
    // With nothing dated, the option is the only step after the baseline: its changes are listed there.
    changes: undatedShown && span !== null ? [] : all,
    marks: marksOf(all, option),
    inferred: null,
  });
  return steps;
}

/** The document's transitions between two charts it still has, for the presentation to offer. */
export function presentableTransitions(doc: StructuraDocument): ChartMapping[] {
  const ids = new Set(doc.charts.map((c) => c.id));
  return (doc.transition?.mappings ?? []).filter((m) => ids.has(m.fromChartId) && ids.has(m.toChartId) && m.fromChartId !== m.toChartId);
}
