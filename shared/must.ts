// With `noUncheckedIndexedAccess` every `array[i]` and `map.get(key)` may be
// undefined. Where absence can only mean a bug in Structura (an index from a
// bounds-checked loop, an id the same function has just put in a map), these
// say so with a message naming what was missing, instead of a silent `!` that
// would surface later as "cannot read properties of undefined".

/** Thrown when something the code itself guarantees is missing: a bug, not bad input. */
export class InternalError extends Error {
  override name = 'InternalError';
}

/** `value`, or an InternalError saying `what` was missing. */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new InternalError(`Internal error: ${what} is missing.`);
  return value;
}

/** `items[index]`, or an InternalError naming the index and the length. */
export function at<T>(items: ArrayLike<T>, index: number, what = 'item'): T {
  const item = items[index];
  if (item === undefined) throw new InternalError(`Internal error: no ${what} at index ${index} of ${items.length}.`);
  return item;
}

/** Each item with the one after it (a polyline's segments: `[a, b]` with b = a's successor). */
export function consecutivePairs<T>(items: readonly T[]): [T, T][] {
  return items.slice(1).map((item, i) => [at(items, i), item]);
}
