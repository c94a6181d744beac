// Bundles the `structura` command line into one ES module with esbuild, so it
// starts at once: no TypeScript compiled on each run, no tsx at run time.
// The fonts travel beside the bundle, where shared/export/fonts.node.ts looks
// for them (../fonts from the bundle's folder), and so does resvg's .wasm
// (../resvg), so the bundle needs nothing from node_modules.
import { build } from 'esbuild';
import { chmodSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;

export async function buildCli(outdir = join(root, 'dist-cli')) {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: [join(root, 'shared/cli/launcher.node.ts')],
    outdir: join(outdir, 'bin'),
    entryNames: 'structura',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __structuraRequire } from 'node:module'; const require = __structuraRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  chmodSync(join(outdir, 'bin', 'structura.mjs'), 0o755);
  mkdirSync(join(outdir, 'fonts'), { recursive: true });
  cpSync(join(root, 'shared/fonts'), join(outdir, 'fonts'), { recursive: true });
  mkdirSync(join(outdir, 'resvg'), { recursive: true });
  cpSync(join(root, 'node_modules/@resvg/resvg-wasm/index_bg.wasm'), join(outdir, 'resvg', 'index_bg.wasm'));
  return join(outdir, 'bin', 'structura.mjs');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const file = await buildCli();
    console.log(`built ${file.slice(root.length)}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
