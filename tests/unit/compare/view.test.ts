// Where the compare view opens and where it draws A's removed posts (#11.6, #11.8),
// and how one side follows the other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareInDocument } from '../../../shared/compare/compare';
import { compareLayout, focusOn, followViewport, openingViewport, placeGhosts, READABLE_ZOOM } from '../../../shared/compare/view';
import { herefordshireSample } from '../../../shared/sample/herefordshire';
import { defined, leading } from '../../support/defined';

const doc = herefordshireSample();
const chart = (id: string) =>
  defined(
    doc.charts.find((c) => c.id === id),
    'doc.charts.find((c) => c.id === id)',
  );

describe('A’s removed posts in the overlay (5 → 1)', () => {
  const c = compareInDocument(doc, 'annex-5', 'annex-1');
  const fromLayout = compareLayout(doc, chart('annex-5'));
  const toLayout = compareLayout(doc, chart('annex-1'));
  const ghosts = placeGhosts(chart('annex-5'), fromLayout, toLayout, c.removed);

  it('draws each removed post where it stood, in its own size, among B’s chart rather than parked below it', () => {
    expect(ghosts.map((g) => g.node.id).sort()).toEqual([...c.removed].sort());
    const bottom = toLayout.bounds.y + toLayout.bounds.height;
    for (const g of ghosts) {
      const a = defined(fromLayout.boxes.get(g.node.id), 'fromLayout.boxes.get(g.node.id)');
      expect(g.box.width).toBe(a.width);
      expect(g.box.height).toBe(a.height);
      expect(g.box.y, g.node.id).toBeLessThan(bottom);
    }
  });

  it('keeps each removed post’s place beside the posts both charts have: the same offset as the median common post', () => {
    // The two chief executives stood in A's row under the boards: they stay in the row of B's joint Chief Executive that replaced them.
    const tops = ghosts.filter((g) => g.node.kind === 'post' && /Chief Executive/.test(g.node.title));
    expect(tops.length).toBe(2);
    const jointChief = defined(
      chart('annex-1').nodes.find((n) => n.kind === 'post' && n.title === 'Chief Executive'),
      "chart('annex-1').nodes.find((n) => n.kind === 'post' && n.title ===...",
    );
    for (const g of tops) expect(g.box.y).toBe(defined(toLayout.boxes.get(jointChief.id), 'toLayout.boxes.get(jointChief.id)').y);
    const [left, right] = leading(
      tops.sort((p, q) => p.box.x - q.box.x),
      2,
    );
    expect(
      defined(fromLayout.boxes.get(right.node.id), 'fromLayout.boxes.get(right.node.id)').x -
        defined(fromLayout.boxes.get(left.node.id), 'fromLayout.boxes.get(left.node.id)').x,
    ).toBeCloseTo(right.box.x - left.box.x, 6);
  });
});

describe('the opening viewport', () => {
  const pane = { width: 1040, height: 780 };

  it('opens 5 → 1 side by side on the changed region at a readable zoom, with the region in view', () => {
    const c = compareInDocument(doc, 'annex-5', 'annex-1');
    const layout = compareLayout(doc, chart('annex-1'));
    const changed = [...c.added, ...c.retitled.map((x) => x.id), ...c.reportingLineChanged.map((x) => x.id)].flatMap((id) =>
      layout.boxes.get(id) ? [defined(layout.boxes.get(id), 'layout.boxes.get(id)')] : [],
    );
    const focus = defined(focusOn(changed), 'focusOn(changed)');
    const v = openingViewport(focus, { width: pane.width / 2, height: pane.height });
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    // The first change is on screen, whole.
    const left = focus.first.x * v.zoom + v.x;
    const top = focus.first.y * v.zoom + v.y;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(left + focus.first.width * v.zoom).toBeLessThanOrEqual(pane.width / 2);
  });

  it('fits any region that fits at a readable zoom wholly in the pane, centred, never over zoom 1 nor under the readable zoom', () => {
    const rect = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 1, max: 20000 }),
      height: fc.integer({ min: 1, max: 20000 }),
    });
    fc.assert(
      fc.property(rect, fc.integer({ min: 200, max: 2000 }), fc.integer({ min: 200, max: 1200 }), (r, width, height) => {
        const v = openingViewport({ rect: r, first: { x: r.x, y: r.y, width: Math.min(r.width, 180), height: Math.min(r.height, 60) } }, { width, height });
        expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
        expect(v.zoom).toBeLessThanOrEqual(1);
        const fitsReadable = r.width * READABLE_ZOOM <= width - 48 && r.height * READABLE_ZOOM <= height - 80;
        if (fitsReadable) {
          expect(r.x * v.zoom + v.x).toBeGreaterThanOrEqual(-0.5);
          expect((r.x + r.width) * v.zoom + v.x).toBeLessThanOrEqual(width + 0.5);
          expect(r.y * v.zoom + v.y).toBeGreaterThanOrEqual(-0.5);
          expect((r.y + r.height) * v.zoom + v.y).toBeLessThanOrEqual(height + 0.5);
        }
      }),
      { seed: 11_08 },
    );
  });

  it('a duplicated model (nothing changed) fills the pane instead of a third of it', () => {
    const layout = compareLayout(doc, chart('annex-1'));
    const focus = defined(focusOn(layout.boxes.values()), 'focusOn(layout.boxes.values())');
    const v = openingViewport(focus, pane);
    const drawnWidth = focus.rect.width * v.zoom;
    const drawnHeight = focus.rect.height * v.zoom;
    expect(Math.max(drawnWidth / pane.width, drawnHeight / pane.height)).toBeGreaterThan(0.85);
  });
});

describe('following the other side', () => {
  it('pans by the same amount, and zooms about the same screen point', () => {
    const vp = fc.record({
      x: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      y: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      zoom: fc.double({ min: 0.05, max: 2.5, noNaN: true }),
    });
    fc.assert(
      fc.property(
        vp,
        vp,
        fc.double({ min: 0.05, max: 2.5, noNaN: true }),
        fc.double({ min: 0, max: 1500, noNaN: true }),
        fc.double({ min: 0, max: 900, noNaN: true }),
        (other, before, zoom, sx, sy) => {
          // The mover zooms about screen point (sx, sy): the chart point under it stays under it.
          const ratio = zoom / before.zoom;
          const after = { x: sx - (sx - before.x) * ratio, y: sy - (sy - before.y) * ratio, zoom };
          const next = followViewport({ ...other, zoom: before.zoom }, before, after);
          expect(next.zoom).toBe(zoom);
          // On the other side too, the chart point under (sx, sy) stays under it.
          const px = (sx - other.x) / before.zoom;
          expect(px * next.zoom + next.x).toBeCloseTo(sx, 4);
        },
      ),
      { seed: 12 },
    );
    const moved = followViewport({ x: 10, y: 20, zoom: 1 }, { x: 0, y: 0, zoom: 1 }, { x: -30, y: 5, zoom: 1 });
    expect(moved).toEqual({ x: -20, y: 25, zoom: 1 });
  });
});
