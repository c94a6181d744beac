// Child processes of the Electron tests run the real modules, bundled by esbuild
// into one plain .mjs so that each starts in a fraction of a second (the kill
// test starts dozens) and can run as another user without the project's loaders.
import { build } from 'esbuild';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

let folder: string | null = null;

export async function bundleChild(entry: string): Promise<string> {
  if (!folder) {
    folder = mkdtempSync(join(tmpdir(), 'structura-children-'));
    chmodSync(folder, 0o755); // readable by the unprivileged user of the permission test
  }
  const outfile = join(folder, basename(entry).replace(/\.ts$/, '.mjs'));
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error' });
  chmodSync(outfile, 0o644);
  return outfile;
}
