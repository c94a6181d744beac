// Reads of the layout's typed arrays under noUncheckedIndexedAccess. Every
// index the layout uses is a node number or a child slot that its own loops
// bound, so an element found missing is a bug in Structura, never bad input:
// the hot loops read each element once into a local and check it, throwing
// `missing(...)`, rather than asserting it with `!`. The check is written at
// the read, not in an accessor function: V8 inlines only so much into one
// optimised function, and an accessor at each of a loop's reads used that up,
// leaving real calls in the packing's inner loops (a fifth slower in the
// bench); a comparison at the read costs nothing measurable.
import { InternalError } from '../must';

/** The error for `what` found missing at `index`, where the layout's own bounds say it is there. */
export function missing(what: string, index: number): InternalError {
  return new InternalError(`Internal error: the layout found no ${what} at index ${index}.`);
}
