// Where a side of the compare view draws a post: its box in that side's layout
// (when the side shows it: "Changes only" shows the changed posts alone), else
// its ghost (a removed post overlaid on B). Read from the layout, not from React
// Flow, which holds only the boxes near the view (the canvas culls).
import type { PlacedGhost } from '../../shared/compare/view';
import type { ChartLayout, PlacedBox } from '../../shared/layout/layout';

export function shownBox(layout: ChartLayout, only: ReadonlySet<string> | null, ghosts: readonly PlacedGhost[] | undefined, id: string): PlacedBox | undefined {
  const box = layout.boxes.get(id);
  if (box && (!only || only.has(id))) return box;
  return ghosts?.find((g) => g.node.id === id)?.box;
}
