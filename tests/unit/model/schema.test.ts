import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findForbiddenCharacter, stripForbiddenCharacters } from '../../../shared/model/characters';
import { parseDocument, serializeDocument } from '../../../shared/model/load';
import { migrateToCurrent, type Migration } from '../../../shared/model/migrations';
import { SCHEMA_VERSION } from '../../../shared/model/types';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { defined } from '../../support/defined';

const sampleJson = () => JSON.parse(serializeDocument(herefordshireSample()));
const reject = (value: unknown) => {
  const result = parseDocument(typeof value === 'string' ? value : JSON.stringify(value));
  if (result.ok) throw new Error('expected the document to be refused');
  return result.errors;
};

describe('document schema', () => {
  it('accepts the sample and round-trips it identically', () => {
    const doc = herefordshireSample();
    const result = parseDocument(serializeDocument(doc));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.doc).toEqual(doc);
  });

  it('accepts a byte-order mark before the JSON', () => {
    expect(parseDocument('\uFEFF' + serializeDocument(herefordshireSample())).ok).toBe(true);
  });

  it('locates malformed JSON by line and column', () => {
    const error = defined(reject('{\n  "schemaVersion": 1,\n  "title": oops\n}')[0]);
    expect(error.path).toBe('(file)');
    expect(error.message).toMatch(/malformed.*line 3, column \d+/);
  });

  it('refuses a document from a newer version with a message saying so', () => {
    const doc = sampleJson();
    doc.schemaVersion = 9;
    expect(defined(reject(doc)[0]).message).toMatch(/newer Structura \(format 9\)/);
  });

  it('refuses JSON that is not a document', () => {
    expect(defined(reject('[1,2,3]')[0]).message).toMatch(/expected a JSON object/);
    expect(defined(reject('{"hello": "world"}')[0]).message).toMatch(/no schemaVersion/);
  });

  it('names the JSON path of a wrong type', () => {
    const doc = sampleJson();
    doc.charts[0].nodes[4].fte = 'one';
    expect(reject(doc)).toEqual([{ path: 'charts[0].nodes[4].fte', message: 'should be number, not string' }]);
  });

  it('names a missing field', () => {
    const doc = sampleJson();
    delete doc.charts[1].title;
    expect(reject(doc)[0]).toEqual({ path: 'charts[1].title', message: 'is missing (expected string)' });
  });

  it('refuses negative FTE and cost, bad colours and unknown line kinds', () => {
    const doc = sampleJson();
    doc.charts[0].nodes[5].fte = -1;
    doc.charts[0].nodes[6].cost = -5;
    doc.tags[0].colour = 'blue';
    doc.charts[0].lines[0].kind = 'friendship';
    const paths = reject(doc).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['charts[0].nodes[5].fte', 'charts[0].nodes[6].cost', 'tags[0].colour', 'charts[0].lines[0].kind']));
  });

  it('refuses prototype-pollution keys instead of merging them', () => {
    const text = serializeDocument(herefordshireSample()).replace('"title":', '"__proto__": {"polluted": true}, "title":');
    const errors = reject(text);
    expect(defined(errors[0]).message).toMatch(/unexpected field "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('migrations', () => {
  const steps: Migration[] = [
    { from: 1, up: (d) => ({ ...d, schemaVersion: 2, renamed: d.old }) },
    { from: 2, up: (d) => ({ ...d, schemaVersion: 3 }) },
  ];

  it('runs every step from the file version to the current one', () => {
    expect(migrateToCurrent({ schemaVersion: 1, old: 'x' } as { schemaVersion: number }, steps, 3)).toMatchObject({ schemaVersion: 3, renamed: 'x' });
  });

  it('fails clearly when a step is missing', () => {
    expect(() => migrateToCurrent({ schemaVersion: 0 }, steps, 3)).toThrow(/no migration from format 0/);
  });

  it('leaves a current document as it is', () => {
    const doc = sampleJson();
    expect(migrateToCurrent(doc)).toBe(doc);
  });
});

describe('format 1 → 2: non-characters and lone surrogates', () => {
  const v1 = readFileSync(new URL('../../fixtures/documents/v1-noncharacters.structura', import.meta.url), 'utf8');

  it('a format 1 file holding them opens, cleaned of them and of nothing else', () => {
    const result = parseDocument(v1);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    const raw = JSON.parse(v1);
    expect(result.doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.doc.title).toBe('Partnership  structure');
    expect(defined(defined(result.doc.charts[0]).nodes[3]).notes).toBe('Pasted from a damaged file:  end');
    expect(defined(result.doc.charts[0]).footnotes).toEqual(['Footnote  one']);
    // Everything else is as the file had it.
    // (Later formats add their own fields with defaults: costs in format 4.)
    const cleaned = {
      ...raw,
      schemaVersion: SCHEMA_VERSION,
      costs: result.doc.costs,
      title: result.doc.title,
      charts: raw.charts.map((c: { nodes: unknown[] }, i: number) =>
        i
          ? c
          : {
              ...c,
              footnotes: defined(result.doc.charts[0]).footnotes,
              nodes: c.nodes.map((n, k) => (k === 3 ? { ...(n as object), notes: defined(defined(result.doc.charts[0]).nodes[3]).notes } : n)),
            },
      ),
    };
    expect(result.doc).toEqual(cleaned);
  });

  it('a format 2 file holding them is refused, saying which character and where', () => {
    const v2 = v1.replace('"schemaVersion": 1', '"schemaVersion": 2');
    const result = parseDocument(v2);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toEqual({ path: 'title', message: 'holds the non-character U+FFFE at character 13, which is not text' });
    expect(result.errors.map((e) => e.path)).toContain('charts[0].nodes[3].notes');
  });

  it('finds and strips every non-character and lone surrogate, and keeps paired surrogates', () => {
    const samples = ['\uFFFE', '\uFFFF', '\uFDD0', '\uFDEF', '\uD83F\uDFFE', '\uDBFF\uDFFF', '\uD800', '\uDC00', 'a\uD800b'];
    for (const s of samples) expect(findForbiddenCharacter(s)).toBeGreaterThanOrEqual(0);
    for (const s of ['😀', 'é', '\uFDCF', '\uFDF0', '\uFFFD', '\uD83F\uDFFD', 'plain']) expect(findForbiddenCharacter(s)).toBe(-1);
    expect(stripForbiddenCharacters('a\uFFFEb😀\uD800c\uDC00')).toBe('ab😀c');
  });
});
