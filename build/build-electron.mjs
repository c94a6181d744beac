// Bundles the main process and the preload into single CommonJS files: a
// sandboxed preload cannot require anything but 'electron' (and a few Node
// polyfills), so the build fails if the preload bundle asks for anything else.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['electron'], sourcemap: true, logLevel: 'warning' };
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' });

const required = [...readFileSync('dist-electron/preload.cjs', 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
const forbidden = required.filter((name) => name !== 'electron');
if (forbidden.length) {
  console.error(`dist-electron/preload.cjs requires ${forbidden.join(', ')}: a sandboxed preload can only require 'electron'.`);
  process.exit(1);
}
console.log('built dist-electron/main.cjs and dist-electron/preload.cjs');
