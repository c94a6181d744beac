// Writes a chart image to the system clipboard from the main process (the page
// itself is given no clipboard permission: electron/security.ts). Electron's
// clipboard follows the W3C Clipboard API: a PNG goes on as an image/png item;
// SVG goes on as its markup in text, which drawing tools and editors paste as
// SVG. The payload was checked on arrival (electron/ipcSchemas.ts: a real PNG
// header, SVG markup, size limits).
import type { ClipboardImage, ClipboardOutcome } from '../shared/bridge';

/** The parts of Electron's clipboard used here, so this is tested in Node with stand-ins. */
export interface ClipboardDeps {
  /** One clipboard item of the given MIME types. */
  write(items: Record<string, Blob | string>): Promise<void>;
  writeText(text: string): Promise<void>;
}

export async function writeChartImage(deps: ClipboardDeps, image: ClipboardImage): Promise<ClipboardOutcome> {
  try {
    if (image.format === 'svg') {
      await deps.writeText(image.data);
      return { ok: true, as: 'text' };
    }
    await deps.write({ 'image/png': new Blob([image.data as Uint8Array<ArrayBuffer>], { type: 'image/png' }) });
    return { ok: true, as: 'image' };
  } catch (error) {
    return {
      ok: false,
      message: `the system clipboard refused the image (${error instanceof Error ? error.message : String(error)}). Use Export… to save it as a file.`,
    };
  }
}
