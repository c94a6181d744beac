// Small helpers other panels share with the export dialog (the compare view
// writes its PDF and names its files with these).
import type { Drawing } from '../../shared/export/drawing';
import { writePdf } from '../../shared/export/pdf';
import { loadFonts } from './fonts';

/** The drawing as PDF bytes, with the bundled fonts: the same file the CLI writes. */
export async function drawingToPdf(drawing: Drawing): Promise<Uint8Array> {
  return writePdf(drawing, await loadFonts());
}

/** A file name every system accepts: no path separators, reserved or control characters. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .replace(/[. ]+$/, ''); // Windows drops trailing dots and spaces
  return cleaned || 'export';
}
