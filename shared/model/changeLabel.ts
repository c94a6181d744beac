// The name of an undo step, told from what the edit changed: "Move Director of
// Finance", "Retitle Chief Executive", "Delete 3 boxes". Every edit gets one
// without each caller having to name it; a command that knows better (Move to…,
// Auto-layout) passes its own label to the store instead.
import { nodeName } from './query';
import type { Chart, ChartNode, Line, StructuraDocument } from './types';

/** Words for a node field in "Change <words> of X" (and "Set <words> of 4 posts"). */
export const FIELD_WORDS: Record<string, string> = {
  tagId: 'organisation',
  holder: 'holder',
  funding: 'funding split',
  fte: 'FTE',
  grade: 'grade',
  cost: 'cost',
  costIllustrative: 'cost',
  responsibilities: 'responsibilities',
  assistant: 'assistant setting',
  unit: 'unit',
  payFloor: 'pay band',
  payCeiling: 'pay band',
  jobFunction: 'job function',
  profession: 'profession',
  juniorTeams: 'junior teams',
  notes: 'notes',
  inferred: 'source note',
  bodyType: 'body type',
};

const LINE_WORDS: Record<Line['kind'], string> = {
  management: 'reporting line',
  accountability: 'accountability line',
  commissions: 'commissioning line',
};

/** "Director of Finance", or "3 boxes" for several. */
export function nodesPhrase(nodes: readonly ChartNode[]): string {
  const [only] = nodes;
  if (nodes.length === 1 && only) return nodeName(only);
  return `${nodes.length} boxes`;
}

function changedKeys(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k] && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

function describeChart(before: Chart, after: Chart): string {
  const beforeNodes = new Map(before.nodes.map((n) => [n.id, n]));
  const afterNodes = new Map(after.nodes.map((n) => [n.id, n]));
  const added = after.nodes.filter((n) => !beforeNodes.has(n.id));
  const removed = before.nodes.filter((n) => !afterNodes.has(n.id));
  if (added.length) return `Add ${nodesPhrase(added)}`;
  if (removed.length) return `Delete ${nodesPhrase(removed)}`;

  const beforeLines = new Map(before.lines.map((l) => [l.id, l]));
  const afterLineIds = new Set(after.lines.map((l) => l.id));
  const addedLines = after.lines.filter((l) => !beforeLines.has(l.id));
  const removedLines = before.lines.filter((l) => !afterLineIds.has(l.id));
  const name = (id: string) => {
    const node = afterNodes.get(id) ?? beforeNodes.get(id);
    return node ? nodeName(node) : id;
  };
  // A new management line for a node that had one: its manager changed.
  const newManager = addedLines.find((l) => l.kind === 'management');
  if (newManager) return `Move ${name(newManager.to)} under ${name(newManager.from)}`;
  const lostManager = removedLines.find((l) => l.kind === 'management');
  if (lostManager && removedLines.length === 1) return `Remove the line manager of ${name(lostManager.to)}`;
  const [addedLine] = addedLines;
  if (addedLines.length === 1 && addedLine) return `Add ${LINE_WORDS[addedLine.kind]} from ${name(addedLine.from)} to ${name(addedLine.to)}`;
  const [removedLine] = removedLines;
  if (removedLines.length === 1 && removedLine) return `Delete ${LINE_WORDS[removedLine.kind]} from ${name(removedLine.from)} to ${name(removedLine.to)}`;
  if (addedLines.length || removedLines.length) return `Change lines of ${before.title}`;
  const changedLine = after.lines.find((l) => beforeLines.get(l.id) !== l);
  if (changedLine) return `Edit ${LINE_WORDS[changedLine.kind]} from ${name(changedLine.from)} to ${name(changedLine.to)}`;

  // No node was added (that returned above), so every node of `after` has its before-version.
  const changed = after.nodes.flatMap((now) => {
    const was = beforeNodes.get(now.id);
    return was && was !== now ? [{ was, now }] : [];
  });
  if (changed.length) {
    const keys = new Set(changed.flatMap(({ was, now }) => changedKeys(was, now)));
    const old = changed.map(({ was }) => was);
    if (keys.size === 1 && keys.has('position')) return `Move ${nodesPhrase(old)}`;
    const [single] = changed;
    if (changed.length === 1 && single) {
      const [key] = keys;
      const oldName = nodeName(single.was);
      if (keys.size === 1 && (key === 'title' || key === 'name')) return `Retitle ${oldName}`;
      if (keys.size === 1 && key === 'collapsed') return `${(single.now as { collapsed?: boolean }).collapsed ? 'Collapse' : 'Expand'} ${oldName}`;
      const words = [...new Set([...keys].map((k) => FIELD_WORDS[k] ?? k))];
      if (words.length === 1) return `Change ${words[0]} of ${oldName}`;
      return `Edit ${oldName}`;
    }
    return `Edit ${nodesPhrase(old)}`;
  }
  const chartKeys = changedKeys(before, after);
  if (chartKeys.length === 1 && chartKeys[0] === 'title') return `Rename chart ${before.title}`;
  if (chartKeys.length === 1 && chartKeys[0] === 'layout') return `Change layout of ${before.title}`;
  return `Edit chart ${before.title}`;
}

/** A short phrase naming what turned `before` into `after`, for "Undo …" and "Redo …". */
export function describeChange(before: StructuraDocument, after: StructuraDocument): string {
  if (before.tags !== after.tags) {
    const ids = new Set(before.tags.map((t) => t.id));
    const added = after.tags.find((t) => !ids.has(t.id));
    if (added) return `Add organisation ${added.label}`;
    const removed = before.tags.find((t) => !after.tags.some((a) => a.id === t.id));
    if (removed) return `Delete organisation ${removed.label}`;
    const changed = before.tags.find((t) => !after.tags.includes(t));
    if (changed) return `Edit organisation ${changed.label}`;
  }
  if (before.charts !== after.charts) {
    const ids = new Set(before.charts.map((c) => c.id));
    const added = after.charts.find((c) => !ids.has(c.id));
    if (added) return `Add chart ${added.title}`;
    const removed = before.charts.find((c) => !after.charts.some((a) => a.id === c.id));
    if (removed) return `Delete chart ${removed.title}`;
    // No chart was added (that returned above), so every chart of `after` has its before-version.
    for (const now of after.charts) {
      const was = before.charts.find((b) => b.id === now.id);
      if (was && was !== now) return describeChart(was, now);
    }
    const moved = after.charts.find((c, i) => before.charts[i]?.id !== c.id);
    if (moved) return `Move chart ${moved.title}`;
  }
  if (before.costs !== after.costs) return 'Edit cost inputs';
  if (before.rules !== after.rules) return 'Edit rule-check inputs';
  return 'Edit document details';
}
