// The arrow keys' "which box is next", on random forests with random positions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Line } from '../../../shared/model/types';
import { firstRoot, linesOfNode, managersFromLines, navStructure, nextNode, type Direction } from '../../../renderer/canvas/structureNavigation';
import { defined, present } from '../../support/defined';

const line = (id: string, from: string, to: string, kind: Line['kind'] = 'management'): Line => ({ id, kind, from, to, label: '', inferred: null });

/** A random forest: node i's manager is a node before it, or none; positions random; some nodes hidden. */
const forest = fc
  .integer({ min: 1, max: 40 })
  .chain((n) =>
    fc.record({
      parents: fc.array(fc.option(fc.nat(), { nil: null, freq: 4 }), { minLength: n, maxLength: n }),
      xs: fc.array(fc.integer({ min: -500, max: 500 }), { minLength: n, maxLength: n }),
      ys: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
      hidden: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      extra: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 5 }),
    }),
  )
  .map(({ parents, xs, ys, hidden, extra }) => {
    const ids = parents.map((_, i) => `n${i}`);
    const lines: Line[] = [];
    parents.forEach((p, i) => {
      if (p !== null && i > 0) lines.push(line(`m${i}`, defined(ids[p % i]), defined(ids[i])));
    });
    extra.forEach(([a, b], k) => lines.push(line(`a${k}`, defined(ids[a % ids.length]), defined(ids[b % ids.length]), 'accountability')));
    const shown = new Set(ids.filter((_, i) => i === 0 || !hidden[i]));
    const place = (id: string) => (shown.has(id) ? { x: defined(xs[Number(id.slice(1))]), y: defined(ys[Number(id.slice(1))]) } : undefined);
    return { ids, lines, shown, place };
  });

const SEED = { seed: 1602, numRuns: 300 };

describe('firstRoot', () => {
  it('is the first top box of the whole structure, found without building it', () => {
    // Positions drawn from a small range, so ties on x and y fall back to the id as navStructure's sort does.
    fc.assert(
      fc.property(forest, ({ ids, lines, place }) => {
        const parentOf = managersFromLines(lines);
        const boxes = (order: readonly string[]) => order.flatMap((id) => (place(id) ? [{ id, ...defined(place(id)) }] : []));
        const isShown = (id: string) => place(id) !== undefined;
        expect(firstRoot(boxes(ids), parentOf, isShown)).toBe(navStructure(ids, parentOf, place).roots[0] ?? null);
        // A box that is its own parent, or whose parent is hidden, is a top box there as here; the order met does not matter.
        const selfParent = (id: string) => (id === ids[ids.length - 1] ? id : parentOf(id));
        expect(firstRoot(boxes([...ids].reverse()), selfParent, isShown)).toBe(navStructure(ids, selfParent, place).roots[0] ?? null);
      }),
      SEED,
    );
  });
});

describe('nextNode', () => {
  it('up goes to the shown line manager, down to a report whose manager is the box, left and right undo each other', () => {
    fc.assert(
      fc.property(forest, ({ ids, lines, shown, place }) => {
        const s = navStructure(ids, managersFromLines(lines), place);
        for (const id of shown) {
          const manager = lines.find((l) => l.kind === 'management' && l.to === id && shown.has(l.from))?.from ?? null;
          expect(nextNode(s, id, 'up')).toBe(manager);
          const down = nextNode(s, id, 'down');
          if (down !== null) expect(nextNode(s, down, 'up')).toBe(id);
          else expect(lines.some((l) => l.kind === 'management' && l.from === id && shown.has(l.to))).toBe(false);
          const right = nextNode(s, id, 'right');
          if (right !== null) {
            expect(nextNode(s, right, 'left')).toBe(id);
            expect(nextNode(s, right, 'up')).toBe(manager);
            const [a, b] = [defined(place(id), 'place(id)'), defined(place(right), 'place(right)')];
            expect(defined(a.x) < defined(b.x) || (a.x === b.x && defined(a.y) <= defined(b.y))).toBe(true);
          }
        }
      }),
      SEED,
    );
  });

  it('every shown box is reached from the first top box with the arrow keys, and no hidden one ever is', () => {
    fc.assert(
      fc.property(forest, ({ ids, lines, shown, place }) => {
        const s = navStructure(ids, managersFromLines(lines), place);
        const start = nextNode(s, null, 'down');
        expect(start).not.toBeNull();
        const seen = new Set([present(start, 'start')]);
        const queue = [present(start, 'start')];
        while (queue.length) {
          const id = defined(queue.pop(), 'queue.pop()');
          for (const d of ['up', 'down', 'left', 'right'] as Direction[]) {
            const next = nextNode(s, id, d);
            if (next !== null && !seen.has(next)) {
              seen.add(next);
              queue.push(next);
            }
          }
        }
        expect([...seen].sort()).toEqual([...shown].sort());
      }),
      SEED,
    );
  });

  it('a box no longer shown (deleted, or collapsed away) starts again at the first top box', () => {
    const s = navStructure(['a', 'b'], managersFromLines([line('m', 'a', 'b')]), () => ({ x: 0, y: 0 }));
    expect(nextNode(s, 'gone', 'left')).toBe('a');
  });
});

describe('linesOfNode', () => {
  it('lists every line the box takes part in once, its management line first', () => {
    fc.assert(
      fc.property(forest, ({ ids, lines }) => {
        for (const id of ids) {
          const got = linesOfNode(lines, id);
          expect(new Set(got).size).toBe(got.length);
          expect([...got].sort()).toEqual(
            lines
              .filter((l) => l.from === id || l.to === id)
              .map((l) => l.id)
              .sort(),
          );
          const own = lines.find((l) => l.kind === 'management' && l.to === id);
          if (own) expect(got[0]).toBe(own.id);
        }
      }),
      SEED,
    );
  });
});
