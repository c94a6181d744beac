// Search (Ctrl+F) must answer each keystroke at once: the index is built once per
// chart version, then every keystroke of a query typed letter by letter is timed.
import { prepareSearch, searchChart } from '../../shared/search/postSearch';
import { generateChart, median } from './generate';
import { defined } from '../support/defined';

export default async function () {
  for (const posts of [1_000, 10_000]) {
    const chart = generateChart(posts);
    let start = performance.now();
    prepareSearch(chart);
    const indexMs = performance.now() - start;
    // Queries typed a letter at a time: a title word, a post id, a word found nowhere.
    const queries = ['director', `p${Math.floor(posts / 2)}`, 'zzqx'].flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
    const times: number[] = [];
    let hits = 0;
    for (let round = 0; round < 5; round++) {
      for (const q of queries) {
        start = performance.now();
        hits += searchChart(chart, q).total;
        times.push(performance.now() - start);
      }
    }
    console.log(
      `search, ${posts.toLocaleString('en-GB')} posts: index ${indexMs.toFixed(1)} ms once per version; a keystroke median ${median(times).toFixed(2)} ms, 95th percentile ${defined([...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)]).toFixed(2)} ms, worst ${Math.max(...times).toFixed(2)} ms (${hits} hits)${posts === 10_000 ? ' (target < 50 ms)' : ''}`,
    );
  }
}
