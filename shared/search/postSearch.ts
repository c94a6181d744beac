// Finding boxes in a chart by title, holder, grade, unit or id (and bodies by
// name). The index is built once per chart version (charts are immutable, so a
// chart object is a version) and kept in a WeakMap; each keystroke then only
// scans flat lower-cased strings, which stays well under a millisecond per
// thousand posts.
import type { Chart, ChartNode } from '../model/types';
import { at } from '../must';

export type SearchField = 'title' | 'holder' | 'grade' | 'unit' | 'id';

export interface SearchHit {
  id: string;
  /** The title of a post or the name of a body. */
  title: string;
  /** Which field matched first (title over holder over grade over unit over id). */
  field: SearchField;
  /** The matched field's text, for the result list. */
  matched: string;
}

interface Entry {
  node: ChartNode;
  /** Lower-cased field texts, in the order of `FIELDS`. */
  fields: FieldTexts;
  /** Every field joined, so a query of several words may match across fields. */
  all: string;
}

const FIELDS: SearchField[] = ['title', 'holder', 'grade', 'unit', 'id'];
/** A node's texts, one for each of `FIELDS`. */
type FieldTexts = [title: string, holder: string, grade: string, unit: string, id: string];
const cache = new WeakMap<Chart, Entry[]>();

function fieldTexts(node: ChartNode): FieldTexts {
  if (node.kind === 'body') return [node.name, '', '', '', node.id];
  const holder = node.holder.kind === 'named' ? node.holder.names.join(' / ') : node.holder.kind === 'vacant' ? 'Vacant' : '';
  return [node.title, holder, node.grade, node.unit, node.id];
}

function indexOf(chart: Chart): Entry[] {
  let entries = cache.get(chart);
  if (!entries) {
    entries = chart.nodes.map((node) => {
      const fields = fieldTexts(node).map((t) => t.toLowerCase()) as FieldTexts;
      return { node, fields, all: fields.join('\n') };
    });
    cache.set(chart, entries);
  }
  return entries;
}

/** Builds (or finds) the chart's index now, so the first keystroke does not pay for it. */
export function prepareSearch(chart: Chart): void {
  indexOf(chart);
}

/**
 * Boxes matching every word of the query (case ignored), best first: a title
 * starting with the query, then a title containing it, then any other field,
 * each group in chart order. At most `limit` hits; `total` counts them all.
 */
export function searchChart(chart: Chart, query: string, limit = 200): { hits: SearchHit[]; total: number } {
  const q = query.trim().toLowerCase();
  if (!q) return { hits: [], total: 0 };
  const words = q.split(/\s+/);
  const [firstWord = q] = words;
  const one = words.length === 1;
  // Three buckets by rank, filled in one pass in chart order.
  const buckets: [Entry[], Entry[], Entry[]] = [[], [], []];
  let total = 0;
  for (const entry of indexOf(chart)) {
    if (one ? !entry.all.includes(q) : !words.every((w) => entry.all.includes(w))) continue;
    total++;
    const title = entry.fields[0];
    buckets[title.startsWith(q) ? 0 : title.includes(q) ? 1 : 2].push(entry);
  }
  const best: Entry[] = [];
  for (const entry of buckets.flat()) {
    if (best.length >= limit) break;
    best.push(entry);
  }
  const hits = best.map((entry) => {
    const found = entry.fields.findIndex((f) => f.includes(firstWord));
    const fieldIndex = found < 0 ? 0 : found;
    const texts = fieldTexts(entry.node);
    return { id: entry.node.id, title: texts[0], field: at(FIELDS, fieldIndex, 'search field'), matched: at(texts, fieldIndex, 'field text') };
  });
  return { hits, total };
}
