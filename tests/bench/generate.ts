// Generated structures for benchmarks: random spans 1–12, varied titles and responsibilities.
import { makeChart, makeDocument, makeLine, makePost } from '../../shared/model/factory';
import type { Chart, StructuraDocument } from '../../shared/model/types';
import { defined } from '../support/defined';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const WORDS = [
  'Director',
  'Head',
  'of',
  'Strategy',
  'Finance',
  'Commissioning',
  'Public',
  'Health',
  'Children’s',
  'Services',
  'Operations',
  'and',
  'Partnerships',
  'Adult',
  'Social',
  'Care',
  'Resources',
];

/** A tree built breadth first: each manager gets 1–12 direct reports, as real structures are wide and shallow. */
export function generateChart(posts: number, seed = 1, id = 'bench'): Chart {
  const random = rng(seed);
  const nodes = [];
  const lines = [];
  const queue: number[] = [];
  let head = 0;
  let span = 0;
  for (let i = 0; i < posts; i++) {
    const title = Array.from({ length: 2 + Math.floor(random() * 5) }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
    const responsibilities = random() < 0.2 ? Array.from({ length: 1 + Math.floor(random() * 4) }, (_, k) => `Responsibility ${k + 1}`) : [];
    nodes.push(makePost({ id: `p${i}`, title, tagId: ['a', 'b', 'joint'][i % 3], cost: 40_000 + Math.floor(random() * 60_000), responsibilities }));
    if (i > 0) {
      if (span === 0) span = 1 + Math.floor(random() * 12);
      lines.push(makeLine({ id: `m${i}`, kind: 'management', from: `p${queue[head]}`, to: `p${i}` }));
      if (--span === 0) head++;
    }
    queue.push(i);
  }
  return makeChart({ id, title: `Generated ${posts}`, nodes, lines });
}

export function generateDocument(posts: number, seed = 1): StructuraDocument {
  return makeDocument({
    tags: [
      { id: 'a', name: 'Organisation A', label: 'A', colour: '#005eb8' },
      { id: 'b', name: 'Organisation B', label: 'B', colour: '#00703c' },
      { id: 'joint', name: 'Joint', label: 'Joint', colour: '#7c2a90' },
    ],
    charts: [generateChart(posts, seed)],
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Untimed runs before the timed ones: at least this many, and for at least WARM_UP_MS. */
export const WARM_UP_RUNS = 10;
const WARM_UP_MS = 250;

/** Runs `run` untimed until the JIT has had its chance: the same for every contender. */
export function warmUp(run: (k: number) => unknown, runs = WARM_UP_RUNS): void {
  const start = performance.now();
  for (let k = 0; k < runs || performance.now() - start < WARM_UP_MS; k++) run(k);
}

/** Median of `repeat` timed runs after a warm-up; with repeat 0, one cold run (for slow baselines). */
export function time(run: () => unknown, repeat = 9, warmUpRuns = 3): number {
  if (repeat === 0) {
    const start = performance.now();
    run();
    return performance.now() - start;
  }
  warmUp(run, warmUpRuns);
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

export const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;

/**
 * Chart B for a comparison: chart A with one post in ten changed in turn —
 * replaced by a new post (removed + added), retitled, retagged, or moved
 * under the top post.
 */
export function changedChart(a: Chart, id = 'b'): Chart {
  const nodes = a.nodes.slice();
  let lines = a.lines.slice();
  const renamed = new Map<string, string>();
  for (let i = 10; i < nodes.length; i += 10) {
    const n = defined(nodes[i]);
    if (i % 40 === 0) {
      renamed.set(n.id, `new-${i}`);
      nodes[i] = { ...n, id: `new-${i}` };
    } else if (i % 40 === 10 && n.kind === 'post') nodes[i] = { ...n, title: `${n.title} (revised)` };
    else if (i % 40 === 20 && n.kind === 'post') nodes[i] = { ...n, tagId: n.tagId === 'joint' ? 'a' : 'joint' };
    else if (i % 40 === 30) {
      const k = lines.findIndex((l) => l.to === n.id);
      const line = lines[k];
      if (line) lines[k] = { ...line, from: 'p0' };
    }
  }
  lines = lines.map((l) => (renamed.has(l.from) || renamed.has(l.to) ? { ...l, from: renamed.get(l.from) ?? l.from, to: renamed.get(l.to) ?? l.to } : l));
  return { ...a, id, title: `${a.title} (changed)`, nodes, lines };
}

/**
 * The port a Chromium bench serves the built renderer on: BENCH_PORT when set
 * (helpers on one machine each take their own), else the default; each bench
 * adds its own offset so two benches never share a port.
 */
export function benchPort(offset: number): number {
  const base = Number(process.env.BENCH_PORT ?? 4391);
  if (!Number.isInteger(base) || base <= 0 || base > 65_000) throw new Error(`BENCH_PORT must be a port number, not "${process.env.BENCH_PORT}".`);
  return base + offset;
}
