// `npm run bench`: runs every tests/bench/*.bench.ts in turn and prints its figures.
// Benchmarks print measurements; they never fail on a time (targets are printed beside them).
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();
for (const file of files) {
  console.log(`\n== ${file.replace('.bench.ts', '')} ==`);
  const mod = await import(pathToFileURL(join(here, file)).href);
  await mod.default();
}
