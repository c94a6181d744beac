// Working arrays a layout needs only while it runs (depths, extents, the
// packing's modifiers and threads: about twenty per layout), kept by the
// layout's owner and handed out again by the next layout instead of allocated
// anew. Typed arrays of a large chart live outside the JavaScript heap, and
// allocating a megabyte or two of them per layout made the garbage collector
// run for "external memory pressure" every few layouts.
//
// Arrays handed out are valid until the owner's next layout starts: nothing
// a layout returns may be one of them.
import { InternalError } from '../must';

export class Scratch {
  private readonly ints: Int32Array[] = [];
  private readonly floats: Float64Array[] = [];
  private readonly bytes: Uint8Array[] = [];
  private nextInt = 0;
  private nextFloat = 0;
  private nextByte = 0;

  /** A layout starts: every array handed out so far may be handed out again. */
  reuseAll(): void {
    this.nextInt = 0;
    this.nextFloat = 0;
    this.nextByte = 0;
  }

  /** An Int32Array of length n, every element `fill`. */
  int(n: number, fill = 0): Int32Array {
    const k = this.nextInt++;
    let buffer = this.ints[k];
    if (!buffer || buffer.length < n) this.ints[k] = buffer = new Int32Array(roomFor(n));
    const view = buffer.subarray(0, n);
    view.fill(fill);
    return view;
  }

  /** A Uint8Array of length n (flags), every element `fill`. */
  byte(n: number, fill = 0): Uint8Array {
    const k = this.nextByte++;
    let buffer = this.bytes[k];
    if (!buffer || buffer.length < n) this.bytes[k] = buffer = new Uint8Array(roomFor(n));
    const view = buffer.subarray(0, n);
    view.fill(fill);
    return view;
  }

  /** A Float64Array of length n, every element 0. */
  float(n: number): Float64Array {
    const k = this.nextFloat++;
    let buffer = this.floats[k];
    if (!buffer || buffer.length < n) this.floats[k] = buffer = new Float64Array(roomFor(n));
    const view = buffer.subarray(0, n);
    view.fill(0);
    return view;
  }
}

/** A little room to grow, so a chart gaining a post does not reallocate every array. */
const roomFor = (n: number) => n + (n >> 3) + 16;

/** Fresh arrays every time: for callers with no owner to keep them. */
export const noScratch = {
  reuseAll(): void {},
  int: (n: number, fill = 0) => (fill === 0 ? new Int32Array(n) : new Int32Array(n).fill(fill)),
  float: (n: number) => new Float64Array(n),
  byte: (n: number, fill = 0) => (fill === 0 ? new Uint8Array(n) : new Uint8Array(n).fill(fill)),
} satisfies Pick<Scratch, 'reuseAll' | 'int' | 'float' | 'byte'>;

export type ScratchArrays = Pick<Scratch, 'int' | 'float' | 'byte'>;

/**
 * Int32Arrays that are kept together (a tree structure's parents and child
 * lists) as consecutive views of one buffer of `length`: one allocation
 * instead of several (each typed array of a large chart is a separate block
 * outside the heap, and allocating them was a tenth of a layout from scratch).
 */
export function carve(length: number): Pick<ScratchArrays, 'int'> {
  const buffer = new Int32Array(length);
  let used = 0;
  return {
    int(n: number, fill = 0): Int32Array {
      if (used + n > buffer.length) throw new InternalError(`Internal error: ${n} more elements asked of a buffer of ${buffer.length} with ${used} used.`);
      const view = buffer.subarray(used, used + n);
      used += n;
      if (fill !== 0) view.fill(fill);
      return view;
    },
  };
}
