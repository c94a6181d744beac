// What re-layout reuses, as one object owned by whoever lays out: the editor's
// store (one per open document), an export, an import, the command line. It is
// passed into every layout, as xyflow passes its node lookup, rather than kept
// in module globals, so two documents open at once never share or evict each
// other's state, and a caller that passes none lays out from scratch.
import { createMeasurementMemo, type MeasurementMemo } from './measureChart';
import { createBoxMemo, type BoxMemo } from './nodeBox';
import { Scratch } from './scratch';
import { createStructureMemo, type StructureMemo } from './tree';

export interface LayoutCache {
  /** Tree structures of the last few charts (reused while their lines and ids are unchanged). */
  readonly structures: StructureMemo;
  /** The last measurement of each chart (boxes kept for nodes showing the same fields). */
  readonly measurements: MeasurementMemo;
  /** Measured boxes by content and by node. */
  readonly boxes: BoxMemo;
  /** Working arrays handed from one layout to the next (never part of what a layout returns). */
  readonly scratch: Scratch;
}

export function createLayoutCache(): LayoutCache {
  return { structures: createStructureMemo(), measurements: createMeasurementMemo(), boxes: createBoxMemo(), scratch: new Scratch() };
}

/** Forgets the structures and last measurements but keeps the measured boxes: for benchmarks of layout with boxes measured. */
export function forgetLayoutMemory(cache: LayoutCache): void {
  cache.structures.recent.length = 0;
  cache.measurements.lastByChart.clear();
}
