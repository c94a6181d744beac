// Show levels on random charts: after "N levels" exactly the posts of level ≤ N
// are drawn (read from the layout tree the canvas draws), bodies never add a
// level, and showing all levels hides nothing. Seeded, so a failure replays.
import { describe, expect, it } from 'vitest';
import { collapseToLevel, postLevels } from '../../../shared/layout/levels';
import { buildChartTree } from '../../../shared/layout/tree';
import { makeBody, makeChart, makeLine, makePost } from '../../../shared/model/factory';
import type { Chart, ChartNode } from '../../../shared/model/types';
import { seeded } from '../../support/seeded';

/** A random forest of posts and bodies, some already collapsed, managers always earlier in the list (no cycles). */
function randomChart(seed: number): Chart {
  const rnd = seeded(seed);
  const n = 2 + Math.floor(rnd() * 60);
  const nodes: ChartNode[] = [];
  const lines = [];
  for (let i = 0; i < n; i++) {
    const id = `n${i}`;
    nodes.push(rnd() < 0.15 ? makeBody({ id, name: `Body ${i}` }) : makePost({ id, title: `Post ${i}`, collapsed: rnd() < 0.3 }));
    if (i > 0 && rnd() < 0.85) lines.push(makeLine({ id: `l${i}`, kind: 'management', from: `n${Math.floor(rnd() * i)}`, to: id }));
  }
  return makeChart({ id: 'c', title: 'Random', nodes, lines });
}

/** Depth by posts only, walked up the management lines: the definition, independent of the tree code. */
function expectedLevel(chart: Chart, id: string): number {
  const manager = new Map(chart.lines.map((l) => [l.to, l.from]));
  const kind = new Map(chart.nodes.map((node) => [node.id, node.kind]));
  let level = 0;
  for (let at: string | undefined = id; at !== undefined; at = manager.get(at)) if (kind.get(at) === 'post') level++;
  return level;
}

const drawnPosts = (chart: Chart) => {
  const tree = buildChartTree(chart);
  return tree.nodes.filter((node, i) => tree.visible[i] === 1 && node.kind === 'post').map((node) => node.id);
};

describe('show levels', () => {
  it('draws exactly the posts of level ≤ N, on 300 random charts', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const chart = randomChart(seed);
      const { levels } = postLevels(chart);
      for (const node of chart.nodes) if (node.kind === 'post') expect(levels.get(node.id), `seed ${seed} ${node.id}`).toBe(expectedLevel(chart, node.id));
      for (const depth of [1, 2, 3, 5]) {
        const shown = collapseToLevel(chart, depth);
        const expected = chart.nodes.filter((n) => n.kind === 'post' && expectedLevel(chart, n.id) <= depth).map((n) => n.id);
        expect(drawnPosts(shown).sort(), `seed ${seed}, ${depth} levels`).toEqual(expected.sort());
        // Applying it again changes nothing: no empty undo step.
        expect(collapseToLevel(shown, depth)).toBe(shown);
      }
      const all = collapseToLevel(chart, 'all');
      expect(drawnPosts(all).length).toBe(chart.nodes.filter((n) => n.kind === 'post').length);
    }
  });

  it('refuses a level that is not a whole number from 1', () => {
    const chart = randomChart(7);
    expect(() => collapseToLevel(chart, 0)).toThrow(/whole number from 1/);
    expect(() => collapseToLevel(chart, 1.5)).toThrow(/whole number from 1/);
  });
});
