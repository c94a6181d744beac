// PNG for slides: the page's SVG rasterised by resvg's WebAssembly build with
// the bundled fonts. The app (in its export worker) and the CLI both come here
// with the same .wasm and font bytes, so the same page gives the same PNG.
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { FontBytes } from './pdf';

let started: Promise<void> | null = null;

/** Loads resvg once per process (or worker); a failed load may be tried again. */
function ready(wasm: Uint8Array): Promise<void> {
  started ??= initWasm(wasm).catch((error: unknown) => {
    started = null;
    throw new Error(`the PNG renderer could not start (${error instanceof Error ? error.message : String(error)})`);
  });
  return started;
}

/**
 * dpi 96 draws one point as 1.33 pixels; 300 dpi suits print. resvg reads the
 * page's width in pt as CSS pixels at 96 to the inch, so the zoom is dpi / 96
 * (dpi / 72, as the native build was called, gave 4/3 of the resolution asked).
 */
export async function svgToPng(svg: string, dpi: number, fonts: FontBytes, wasm: Uint8Array): Promise<Uint8Array> {
  await ready(wasm);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: dpi / 96 },
    font: { fontBuffers: [fonts.regular, fonts.bold], loadSystemFonts: false, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
    background: '#ffffff',
  });
  try {
    const image = resvg.render();
    try {
      return new Uint8Array(image.asPng());
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
