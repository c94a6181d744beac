// The boxes of a layout by node id. Positions live in typed arrays and each
// box object is made the first time it is read, so laying out a chart of tens
// of thousands of posts allocates no object per post; the canvas and the
// exports read the boxes they draw. Read-only: boxes are shared between reads.
import { at, must } from '../must';
import type { IdLookup } from './idIndex';
import type { NodeBox } from './nodeBox';

export interface PlacedBox extends NodeBox {
  readonly x: number;
  readonly y: number;
}

export class PlacedBoxes implements ReadonlyMap<string, PlacedBox> {
  private readonly made: (PlacedBox | undefined)[] = [];

  /**
   * @param index node id → node index (shared with the layout tree)
   * @param boxes measured box of each node index; undefined for nodes not drawn
   * @param x, y top-left of each node index's box
   * @param order indices of the drawn nodes, in drawing order (what iteration yields)
   */
  constructor(
    private readonly index: IdLookup,
    private readonly boxes: readonly (NodeBox | undefined)[],
    private readonly x: Float64Array,
    private readonly y: Float64Array,
    private readonly order: Int32Array,
  ) {}

  get size(): number {
    return this.order.length;
  }

  has(id: string): boolean {
    const i = this.index.get(id);
    return i !== undefined && this.boxes[i] !== undefined;
  }

  get(id: string): PlacedBox | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.at(i);
  }

  private at(i: number): PlacedBox | undefined {
    const made = this.made[i];
    if (made) return made;
    const box = this.boxes[i];
    if (!box) return undefined;
    const placed: PlacedBox = {
      id: box.id,
      kind: box.kind,
      width: box.width,
      height: box.height,
      bandHeight: box.bandHeight,
      texts: box.texts,
      x: at(this.x, i, 'box x'),
      y: at(this.y, i, 'box y'),
    };
    this.made[i] = placed;
    return placed;
  }

  *values(): MapIterator<PlacedBox> {
    for (const i of this.order) yield must(this.at(i), `drawn box ${i}`);
  }

  *keys(): MapIterator<string> {
    for (const i of this.order) yield must(this.boxes[i], `drawn box ${i}`).id;
  }

  *entries(): MapIterator<[string, PlacedBox]> {
    for (const box of this.values()) yield [box.id, box];
  }

  [Symbol.iterator](): MapIterator<[string, PlacedBox]> {
    return this.entries();
  }

  forEach(callback: (value: PlacedBox, key: string, map: ReadonlyMap<string, PlacedBox>) => void, thisArg?: unknown): void {
    for (const box of this.values()) callback.call(thisArg, box, box.id, this);
  }
}
