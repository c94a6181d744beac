// The export pipeline's assets in the app: the bundled fonts and resvg's
// .wasm, fetched once through Vite's asset URLs (in the export worker), the
// same bytes the CLI reads from disk.
import resvgWasmUrl from '@resvg/resvg-wasm/index_bg.wasm?url';
import type { ExportAssets } from '../../shared/export/pipeline';
import { loadFonts } from './fonts';

let wasm: Promise<Uint8Array> | null = null;

function loadResvgWasm(): Promise<Uint8Array> {
  wasm ??= fetch(resvgWasmUrl).then(
    async (response) => {
      if (!response.ok) throw new Error(`the PNG renderer could not be loaded (${response.status})`);
      return new Uint8Array(await response.arrayBuffer());
    },
    (error: unknown) => {
      wasm = null;
      throw error;
    },
  );
  return wasm;
}

/** Fonts always (PDF, PNG); the rasteriser only when a PNG is wanted. */
export async function loadExportAssets(withRasteriser: boolean): Promise<ExportAssets> {
  const [fonts, resvgWasm] = await Promise.all([loadFonts(), withRasteriser ? loadResvgWasm() : undefined]);
  return { fonts, resvgWasm };
}
