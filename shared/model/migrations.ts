// Format migrations, after tldraw's pattern: documents carry `schemaVersion`;
// loading runs every `up` step from the file's version to the current one, then
// validates the result against the current schema.
//
// To change the format:
//   1. bump SCHEMA_VERSION in ./types.ts and change the types and ./schema.ts;
//   2. append a Migration { from: N-1, up } here that turns a version N-1
//      document (plain JSON) into a version N one, and sets schemaVersion = N;
//   3. add a test with a real version N-1 file in tests/fixtures/documents/
//      that loads, and compare it with what the migration should produce.
// Never edit a released migration: files in users' hands depend on it.
import { stripForbiddenCharacters } from './characters';
import { SCHEMA_VERSION } from './types';

export interface Migration {
  /** The version this step upgrades from (to from + 1). */
  from: number;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Format 3 → 4: the document gains `costs`, the money inputs of cost by
 * employer and the savings ledger. An old file had none: it gets no on-costs,
 * no split and no exit inputs (costs stay pay only, as before), five years
 * from an unset start. Written out literally, not from today's defaults, so
 * the step stays what it was when released.
 */
export function addCostSettings(doc: Record<string, unknown>): Record<string, unknown> {
  const costs = doc.costs ?? {
    startDate: '',
    years: 5,
    changeDate: '',
    defaultSplit: [],
    agreedSplit: [],
    employers: [],
    ruleSets: [],
    recruitmentRate: 0,
    posts: [],
  };
  return { ...doc, schemaVersion: 4, costs };
}

/** Every string in a JSON value, cleaned; objects and arrays rebuilt only where something changed. */
function cleanStrings(value: unknown): unknown {
  if (typeof value === 'string') return stripForbiddenCharacters(value);
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item) => {
      const cleaned = cleanStrings(item);
      if (cleaned !== item) changed = true;
      return cleaned;
    });
    return changed ? out : value;
  }
  if (value !== null && typeof value === 'object') {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const cleaned = cleanStrings(item);
      if (cleaned !== item) changed = true;
      // defineProperty: a "__proto__" key stays a plain key, for the schema to refuse.
      Object.defineProperty(out, key, { value: cleaned, enumerable: true, writable: true, configurable: true });
    }
    return changed ? out : value;
  }
  return value;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    // Format 2 refuses Unicode non-characters (U+FFFE, U+FFFF...) and lone
    // surrogates, which format 1 let through and which make SVG exports unreadable.
    // They carry no text, so a format 1 file loses nothing by their removal.
    from: 1,
    up: (doc) => ({ ...(cleanStrings(doc) as Record<string, unknown>), schemaVersion: 2 }),
  },
  // Format 3 adds the optional rule-check inputs (`rules`). An older file has
  // none, so it means the defaults: only the version changes.
  { from: 2, up: (doc) => ({ ...doc, schemaVersion: 3 }) },
  { from: 3, up: addCostSettings },
  // Format 5 adds the optional transition (post mappings, pools, phases, dated
  // changes). An older file has none: only the version changes.
  { from: 4, up: (doc) => ({ ...doc, schemaVersion: 5 }) },
];

export function migrateToCurrent(doc: { schemaVersion: number }, migrations: readonly Migration[] = MIGRATIONS, current: number = SCHEMA_VERSION): unknown {
  let result = doc as Record<string, unknown> & { schemaVersion: number };
  while (result.schemaVersion < current) {
    const step = migrations.find((m) => m.from === result.schemaVersion);
    if (!step) throw new Error(`no migration from format ${result.schemaVersion}`);
    const next = step.up(result);
    if (next.schemaVersion !== step.from + 1) {
      throw new Error(`migration from format ${step.from} did not produce format ${step.from + 1}`);
    }
    result = next as typeof result;
  }
  return result;
}
