// The bundled fonts, read from disk for Node (CLI, tests). The renderer loads
// the same files through Vite.
import { readFile } from 'node:fs/promises';
import type { FontBytes } from './pdf';

let cached: Promise<FontBytes> | null = null;

export function loadFonts(): Promise<FontBytes> {
  cached ??= Promise.all([
    readFile(new URL('../fonts/LiberationSans-Regular.ttf', import.meta.url)),
    readFile(new URL('../fonts/LiberationSans-Bold.ttf', import.meta.url)),
  ]).then(([regular, bold]) => ({ regular: new Uint8Array(regular), bold: new Uint8Array(bold) }));
  return cached;
}
