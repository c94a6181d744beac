// Two charts of `posts` posts (spans 1–12) for the large-export tests: B retitles
// every 97th post and drops the last 20. Seeded, so each test sees the same document.
import { makeChart, makeDocument, makeLine, makePost } from '../../shared/model/factory';
import type { StructuraDocument } from '../../shared/model/types';
import { defined } from './defined';

export function largeComparedDocument(posts: number, seed = 7): StructuraDocument {
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const tags = [
    { id: 'a', name: 'Organisation A', label: 'A', colour: '#005eb8' },
    { id: 'b', name: 'Organisation B', label: 'B', colour: '#00703c' },
  ];
  const nodes = [];
  const lines = [];
  let head = 0;
  let span = 0;
  for (let i = 0; i < posts; i++) {
    nodes.push(makePost({ id: `p${i}`, title: `Post${i}z`, tagId: defined(tags[i % 2]).id }));
    if (i > 0) {
      if (span === 0) span = 1 + Math.floor(random() * 12);
      lines.push(makeLine({ id: `m${i}`, kind: 'management', from: `p${head}`, to: `p${i}` }));
      if (--span === 0) head++;
    }
  }
  const from = makeChart({ id: 'from', title: 'Before', annex: '1', nodes, lines });
  const kept = new Set(nodes.slice(0, posts - 20).map((n) => n.id));
  const to = makeChart({
    id: 'to',
    title: 'After',
    annex: '2',
    nodes: nodes.filter((n) => kept.has(n.id)).map((n, i) => (i % 97 === 0 ? { ...n, title: `${n.title}r` } : n)),
    lines: lines.filter((l) => kept.has(l.from) && kept.has(l.to)),
  });
  return makeDocument({ tags, charts: [from, to] });
}
