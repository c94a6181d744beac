// The export pipeline's assets for Node (CLI, tests): the bundled fonts and
// resvg's .wasm, the same bytes the app's export worker fetches through Vite.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { loadFonts } from './fonts.node';
import type { ExportAssets } from './pipeline';

/** Beside the CLI bundle (dist-cli/resvg, copied by build/build-cli.mjs), else the installed package. */
async function readResvgWasm(): Promise<Uint8Array> {
  const besideBundle = fileURLToPath(new URL('../resvg/index_bg.wasm', import.meta.url));
  try {
    return new Uint8Array(await readFile(besideBundle));
  } catch {
    const installed = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
    return new Uint8Array(await readFile(installed));
  }
}

let cached: Promise<ExportAssets> | null = null;

export function loadExportAssets(): Promise<ExportAssets> {
  cached ??= Promise.all([loadFonts(), readResvgWasm()]).then(([fonts, resvgWasm]) => ({ fonts, resvgWasm }));
  return cached;
}
