// Random valid documents: every one is accepted and round-trips save → load
// identically; random damage to one is refused with located messages, never a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, serializeDocument } from '../../../shared/model/load';
import { makeBody, makeChart, makeDocument, makeLine, makePost } from '../../../shared/model/factory';
import type { StructuraDocument } from '../../../shared/model/types';
import { defined } from '../../support/defined';

const text = fc.string({ maxLength: 40 });
const nonEmpty = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0 && !/[\u0000-\u001f]/.test(s));

const arbDocument: fc.Arbitrary<StructuraDocument> = fc
  .record({
    title: text,
    tags: fc.uniqueArray(fc.record({ id: nonEmpty, label: nonEmpty, name: nonEmpty, colour: fc.constantFrom('#005eb8', '#00703c', '#7c2a90') }), {
      selector: (t) => t.id,
      maxLength: 4,
    }),
    charts: fc.array(
      fc.record({
        title: nonEmpty,
        posts: fc.array(
          fc.record({
            title: nonEmpty,
            fte: fc.double({ min: 0, max: 2, noNaN: true }),
            cost: fc.option(fc.integer({ min: 0, max: 300_000 })),
            manager: fc.nat(),
            vacant: fc.boolean(),
            responsibilities: fc.array(text, { maxLength: 3 }),
          }),
          { maxLength: 12 },
        ),
        bodies: fc.nat({ max: 3 }),
        dashed: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ title, tags, charts }) =>
    makeDocument({
      title,
      tags,
      charts: charts.map((c, ci) => {
        const tagIds = tags.map((t) => t.id);
        const posts = c.posts.map((p, i) =>
          makePost({
            id: `p${i}`,
            title: p.title,
            fte: p.fte,
            cost: p.cost,
            holder: p.vacant ? { kind: 'vacant' } : { kind: 'unrecorded' },
            responsibilities: p.responsibilities,
            tagId: tagIds.length ? tagIds[i % tagIds.length] : null,
          }),
        );
        const bodies = Array.from({ length: c.bodies }, (_, i) => makeBody({ id: `b${i}`, name: `Board ${i}` }));
        const nodes = [...bodies, ...posts];
        // Managers point only backwards, so line management never goes round in a circle.
        const management = c.posts.flatMap((p, i) =>
          i > 0 && p.manager % (i + 1) < i ? [makeLine({ id: `m${i}`, kind: 'management', from: `p${p.manager % (i + 1)}`, to: `p${i}` })] : [],
        );
        const seen = new Set<string>();
        const dashed =
          nodes.length < 2
            ? []
            : c.dashed.flatMap(([a, b], k) => {
                const from = defined(nodes[a % nodes.length]).id;
                const to = defined(nodes[b % nodes.length]).id;
                if (from === to || seen.has(from + to)) return [];
                seen.add(from + to);
                return [makeLine({ id: `a${k}`, kind: 'accountability', from, to })];
              });
        return makeChart({ id: `c${ci}`, title: c.title, nodes, lines: [...management, ...dashed] });
      }),
    }),
  );

describe('random documents', () => {
  it('every valid document is accepted and round-trips save → load identically', () => {
    fc.assert(
      fc.property(arbDocument, (doc) => {
        const result = parseDocument(serializeDocument(doc));
        expect(result.ok ? [] : result.errors).toEqual([]);
        if (result.ok) expect(result.doc).toEqual(doc);
      }),
      { numRuns: 150 },
    );
  });

  it('random damage never throws; a refused document always says what and where', () => {
    fc.assert(
      fc.property(arbDocument, fc.nat(), fc.constantFrom('delete', 'null', 'string', 'negative', 'proto'), (doc, pick, damage) => {
        const raw = JSON.parse(serializeDocument(doc));
        const paths: (string | number)[][] = [];
        const walk = (value: unknown, path: (string | number)[]) => {
          if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
          if (path.length) paths.push(path);
        };
        walk(raw, []);
        const path = defined(paths[pick % paths.length]);
        const parent = path.slice(0, -1).reduce((o: any, k) => o[k], raw);
        const key = defined(path[path.length - 1]);
        if (damage === 'delete') delete parent[key];
        else if (damage === 'null') parent[key] = null;
        else if (damage === 'string') parent[key] = 'x';
        else if (damage === 'negative') parent[key] = -1;
        else Object.defineProperty(parent, '__proto__', { value: { polluted: true }, enumerable: true });
        let parsed: ReturnType<typeof parseDocument> | undefined;
        expect(() => (parsed = parseDocument(JSON.stringify(raw)))).not.toThrow();
        const result = defined(parsed, 'the parse result');
        if (result.ok) expect(parseDocument(serializeDocument(result.doc))).toEqual(result);
        else for (const e of result.errors) expect(e.path.length > 0 && e.message.length > 5).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
