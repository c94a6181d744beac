// Bundles the main process and the preload into single CommonJS files: a
// sandboxed preload cannot require anything but 'electron' (and a few Node
// polyfills), so the build fails if the preload bundle asks for anything else.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;

/** Modules a bundle loads with require() at run time. */
export function requiredModules(file) {
  return [...readFileSync(file, 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
}

export async function buildElectron(outdir = join(root, 'dist-electron')) {
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['electron'], sourcemap: true, logLevel: 'warning' };
  await build({ ...common, entryPoints: [join(root, 'electron/main.ts')], outfile: join(outdir, 'main.cjs') });
  await build({ ...common, entryPoints: [join(root, 'electron/preload.ts')], outfile: join(outdir, 'preload.cjs') });
  const forbidden = requiredModules(join(outdir, 'preload.cjs')).filter((name) => name !== 'electron');
  if (forbidden.length) throw new Error(`preload.cjs requires ${forbidden.join(', ')}: a sandboxed preload can only require 'electron'.`);
  return { main: join(outdir, 'main.cjs'), preload: join(outdir, 'preload.cjs') };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await buildElectron();
    console.log('built dist-electron/main.cjs and dist-electron/preload.cjs');
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
