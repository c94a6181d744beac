// What the one live region says after a change a sighted user sees happen on
// the canvas: a post added, a line moved, undo and redo, an edit refused.
// Worked out from the store's state before and after, so every way in (keys,
// toolbar, menu, drag, inspector) is announced alike. Field edits the user is
// typing are not announced: they already hear what they typed.
import { managementLineByReport, nodeName } from '../../shared/model/query';
import type { Chart, StructuraDocument } from '../../shared/model/types';
import { describeOrgView } from '../canvas/orgView';
import type { EditorState } from '../store/editorStore';

type Snapshot = Pick<EditorState, 'doc' | 'past' | 'future' | 'notice' | 'activeChartId'> &
  Partial<Pick<EditorState, 'orgView' | 'pastLabels' | 'futureLabels'>>;

function chartOf(doc: StructuraDocument, id: string): Chart | undefined {
  return doc.charts.find((c) => c.id === id);
}

/** What changed in one chart between two documents, in words, or null when nothing worth saying did. */
export function describeChange(before: StructuraDocument, after: StructuraDocument, chartId: string): string | null {
  const a = chartOf(before, chartId);
  const b = chartOf(after, chartId);
  if (!a || !b) return b ? `Chart ${b.title} added` : a ? `Chart ${a.title} removed` : null;
  if (a === b) return null;
  const was = new Map(a.nodes.map((n) => [n.id, n]));
  const now = new Map(b.nodes.map((n) => [n.id, n]));
  const managersBefore = managementLineByReport(a);
  const managersAfter = managementLineByReport(b);
  const name = (id: string) => {
    const node = now.get(id) ?? was.get(id);
    return node ? nodeName(node) : id;
  };
  const added = b.nodes.filter((n) => !was.has(n.id));
  const removed = a.nodes.filter((n) => !now.has(n.id));
  const parts: string[] = [];
  const [node] = added;
  if (node && added.length === 1) {
    const manager = managersAfter.get(node.id);
    parts.push(`${node.kind === 'post' ? 'Post' : 'Body'} added: ${nodeName(node)}${manager ? `, reporting to ${name(manager.from)}` : ''}`);
  } else if (added.length > 1) parts.push(`${added.length} boxes added`);
  const [gone] = removed;
  if (gone && removed.length === 1) parts.push(`Removed: ${nodeName(gone)}`);
  else if (removed.length > 1) parts.push(`${removed.length} boxes removed`);
  const moved = b.nodes.filter((n) => was.has(n.id) && managersBefore.get(n.id)?.from !== managersAfter.get(n.id)?.from);
  const [mover] = moved;
  if (mover && moved.length === 1) {
    const manager = managersAfter.get(mover.id);
    parts.push(manager ? `${nodeName(mover)} now reports to ${name(manager.from)}` : `${nodeName(mover)} no longer has a line manager`);
  } else if (moved.length > 1) parts.push(`${moved.length} reporting lines moved`);
  if (!parts.length && !added.length && !removed.length) {
    // Collapsing or expanding boxes (one − button, Collapse all, Show 2 levels) changes what is drawn.
    const toggled = b.nodes.filter((n) => {
      const old = was.get(n.id);
      return n.kind === 'post' && old?.kind === 'post' && old.collapsed !== n.collapsed;
    });
    const [only] = toggled;
    if (toggled.length === 1 && only?.kind === 'post') parts.push(`${only.collapsed ? 'Collapsed' : 'Expanded'}: ${nodeName(only)}`);
    else if (toggled.length > 1) parts.push(`${toggled.length} posts collapsed or expanded`);
  }
  if (!added.length && !removed.length) {
    const linesAdded = b.lines.length - a.lines.length;
    if (!moved.length && linesAdded > 0) parts.push(linesAdded === 1 ? 'Line added' : `${linesAdded} lines added`);
    if (!moved.length && linesAdded < 0) parts.push(linesAdded === -1 ? 'Line removed' : `${-linesAdded} lines removed`);
  }
  return parts.length ? parts.join('. ') : null;
}

/** The announcement for a store change, or null. */
export function announcementFor(before: Snapshot, after: Snapshot): string | null {
  if (after.notice !== before.notice && after.notice?.refused) return `Not done: ${after.notice.text}`;
  // Highlighting or filtering by organisation changes every box at once: said in words (renderer/canvas/orgView.ts).
  if (after.orgView !== before.orgView) return describeOrgView(after.doc, after.activeChartId, after.orgView ?? null);
  if (after.doc === before.doc) return null;
  const chartId = after.activeChartId;
  const undone = after.past.length === before.past.length - 1 && after.future[0] === before.doc;
  const redone = after.future.length === before.future.length - 1 && after.past[after.past.length - 1] === before.doc;
  // Undo is told as the step it takes back ("Undone: post added: …"), not as its mirror image.
  const what = undone ? describeChange(after.doc, before.doc, chartId) : describeChange(before.doc, after.doc, chartId);
  if (undone) return `Undone${what ? `: ${what}` : ''}`;
  if (redone) return `Redone${what ? `: ${what}` : ''}`;
  // "Show 2 levels" changes what is drawn of the whole chart: told by its name, then what it did.
  const label = after.pastLabels?.[after.pastLabels.length - 1];
  if (what && label && /^Show (\d+|all) levels?$/.test(label)) return `${label}: ${what}`;
  return what;
}
