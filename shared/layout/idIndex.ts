// Node id → node index for one chart, built from integer codes that one owner
// (a LayoutCache) gives every id it has seen. Building a Map of 10,000 string
// keys was a third of a layout from scratch; looking codes up in a table that
// already holds them (the chart laid out before, or another chart of the same
// document sharing its post ids) is several times cheaper than inserting, and
// a chart whose ids got consecutive codes (the usual case: codes are given in
// node order) needs no per-chart table at all, only the first code.

import { at } from '../must';
import { missing } from './missing';

/** Id → code for every id one owner has laid out. */
export interface IdCodes {
  table: Map<string, number>;
  /** The id of each code: a chart laid out again gives its nodes the codes they had, checked here without a lookup. */
  idOf: string[];
}

/** Past this many ids the table starts afresh (a long session of imports); trees already built keep the table they used. */
const CODES_MAX = 1 << 20;

export function createIdCodes(): IdCodes {
  return { table: new Map(), idOf: [] };
}

/** Read-only id → index lookup (what the layout's callers see of it). */
export interface IdLookup {
  get(id: string): number | undefined;
}

/** The node index of each code of a chart: consecutive codes from `base`, or a table. */
export class IdIndex implements IdLookup {
  constructor(
    /** The codes' table (an owner's table is replaced when full: this stays the one these codes are from). */
    readonly table: Map<string, number>,
    private readonly base: number,
    private readonly count: number,
    /** Code − base → index, or null when code − base is the index itself. */
    private readonly slots: Int32Array | null,
  ) {}

  get(id: string): number | undefined {
    const code = this.table.get(id);
    if (code === undefined) return undefined;
    const k = code - this.base;
    if (this.slots === null) return k >= 0 && k < this.count ? k : undefined;
    if (k < 0 || k >= this.slots.length) return undefined;
    const i = this.slots[k];
    return i !== undefined && i >= 0 ? i : undefined;
  }
}

/**
 * Codes each id (giving new ids the next codes) and indexes them, the first of
 * duplicate ids winning. Returns the index and, when ids repeat, which
 * positions are the first of their id (null when every id is distinct).
 */
export function indexIds(
  codes: IdCodes,
  ids: readonly string[],
  alloc: { int(n: number): Int32Array } = { int: (n) => new Int32Array(n) },
): { index: IdIndex; code: Int32Array; firsts: Uint8Array | null } {
  if (codes.table.size + ids.length > CODES_MAX) {
    codes.table = new Map();
    codes.idOf = [];
  }
  const { table, idOf } = codes;
  const n = ids.length;
  const code = alloc.int(n);
  let low = 0x7fffffff;
  let high = -1;
  let consecutive = true;
  // The code after the last node's: this id's when the chart was coded before (checked), else looked up.
  let next = -1;
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (id === undefined) throw missing('id', i);
    let c = next >= 0 && next < idOf.length && idOf[next] === id ? next : table.get(id);
    if (c === undefined) {
      c = idOf.length;
      table.set(id, c);
      idOf.push(id);
    }
    code[i] = c;
    if (c < low) low = c;
    if (c > high) high = c;
    if (i > 0 && c !== next) consecutive = false;
    next = c + 1;
  }
  // Consecutive codes are distinct ids, each code − first the node's own index.
  if (consecutive) return { index: new IdIndex(table, n ? low : 0, n, null), code, firsts: null };
  const slots = new Int32Array(high - low + 1).fill(-1);
  let firsts: Uint8Array | null = null;
  for (const [i, c] of code.entries()) {
    const k = c - low;
    if (at(slots, k, 'id slot') < 0) slots[k] = i;
    else (firsts ??= new Uint8Array(n).fill(1))[i] = 0;
  }
  return { index: new IdIndex(table, low, n, slots), code, firsts };
}
