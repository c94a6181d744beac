// React Flow reports what a click or a selection box did as select changes; the
// store's selection is the one that counts, so the changes are applied to it.

/** The ids selected after React Flow's select changes, or null when the changes leave them as they are. */
export function selectionAfter(current: readonly string[], changes: readonly { type: string; id?: string; selected?: boolean }[]): string[] | null {
  const picked: string[] = [];
  const dropped = new Set<string>();
  for (const change of changes) {
    if (change.type !== 'select' || change.id === undefined) continue;
    if (change.selected) picked.push(change.id);
    else dropped.add(change.id);
  }
  if (!picked.length && !dropped.size) return null;
  const next = [...new Set([...current.filter((id) => !dropped.has(id)), ...picked])];
  return next.length === current.length && next.every((id, i) => id === current[i]) ? null : next;
}
