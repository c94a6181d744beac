// What one undo step costs in memory. Documents are immutable and each edit
// shares everything it did not change with the previous document, so a step
// keeps alive only the objects that are new in it. This walks both documents
// together, skipping every shared object by reference, and estimates the bytes
// of what is new (V8-like sizes: object headers, slots, UTF-16 strings).

const OBJECT_BYTES = 32;
const SLOT_BYTES = 8;
const STRING_BYTES = 16;

/** Rough bytes kept alive by `next` that `previous` does not already hold. */
export function changedBytes(previous: unknown, next: unknown): number {
  if (previous === next) return 0;
  if (typeof next === 'string') return STRING_BYTES + next.length * 2;
  if (next === null || typeof next !== 'object') return SLOT_BYTES;
  if (Array.isArray(next)) {
    // Elements are compared by identity wherever they moved (an insertion shifts every index after it).
    const before = Array.isArray(previous) ? new Set<unknown>(previous) : null;
    const sameIndex = Array.isArray(previous) ? previous : [];
    let bytes = OBJECT_BYTES + next.length * SLOT_BYTES;
    for (let i = 0; i < next.length; i++) {
      const item = next[i];
      if (before?.has(item)) continue;
      bytes += changedBytes(sameIndex[i], item);
    }
    return bytes;
  }
  const old = previous !== null && typeof previous === 'object' && !Array.isArray(previous) ? (previous as Record<string, unknown>) : {};
  let bytes = OBJECT_BYTES;
  for (const [key, value] of Object.entries(next as Record<string, unknown>)) bytes += SLOT_BYTES + changedBytes(old[key], value);
  return bytes;
}
