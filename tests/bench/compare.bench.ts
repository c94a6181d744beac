// Comparison of two 10,000-post charts that differ in 10 % of posts.
import { compareCharts } from '../../shared/compare/compare';
import type { Chart } from '../../shared/model/types';
import { generateChart, ms, time } from './generate';
import { defined } from '../support/defined';

export default async function () {
  const a = generateChart(10_000, 7, 'a');
  const nodes = a.nodes.slice();
  const lines = a.lines.slice();
  for (let i = 0; i < nodes.length; i += 10) {
    const n = defined(nodes[i]);
    if (i % 40 === 0)
      nodes[i] = { ...n, id: `new-${i}` }; // removed + added
    else if (i % 40 === 10 && n.kind === 'post') nodes[i] = { ...n, title: `${n.title} (revised)` };
    else if (i % 40 === 20 && n.kind === 'post') nodes[i] = { ...n, tagId: 'joint' };
    else if (i % 40 === 30) {
      const k = lines.findIndex((l) => l.to === n.id);
      const line = lines[k];
      if (line) lines[k] = { ...line, from: 'p0' };
    }
  }
  const b: Chart = { ...a, id: 'b', nodes, lines };
  const t = time(() => compareCharts(a, b), 9);
  const c = compareCharts(a, b);
  console.log(
    `compare two 10,000-post charts differing in 10 %: ${ms(t)} (target < 30 ms); found ${c.added.length} added, ${c.removed.length} removed, ${c.retitled.length} retitled, ${c.retagged.length} retagged, ${c.reportingLineChanged.length} moved`,
  );
}
