// Producing export files in the browser with the same shared code as the CLI.
import boldUrl from '../../shared/fonts/LiberationSans-Bold.ttf?url';
import regularUrl from '../../shared/fonts/LiberationSans-Regular.ttf?url';
import type { Drawing } from '../../shared/export/drawing';
import { writePdf, type FontBytes } from '../../shared/export/pdf';
import { writeSvg } from '../../shared/export/svg';

let fonts: Promise<FontBytes> | null = null;

export function loadFonts(): Promise<FontBytes> {
  fonts ??= Promise.all([regularUrl, boldUrl].map(async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer()))).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}

export async function drawingToPdf(drawing: Drawing): Promise<Uint8Array> {
  return writePdf(drawing, await loadFonts());
}

/** Draws an SVG onto a canvas at `dpi` and returns PNG bytes. */
export async function svgToPng(svg: string, widthPt: number, heightPt: number, dpi: number): Promise<Uint8Array> {
  const scale = dpi / 72;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(widthPt * scale);
    canvas.height = Math.round(heightPt * scale);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not make a PNG'))), 'image/png'));
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function pageSvg(drawing: Drawing, index: number): string {
  return writeSvg(drawing.pages[index]);
}

/** A file name any system accepts. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'export';
}

export function SvgPreview({ svg, label }: { svg: string; label: string }) {
  // An <img> with a blob URL: the SVG is shown, never injected into the page.
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  return <img className="svg-preview" src={url} alt={label} onLoad={() => URL.revokeObjectURL(url)} />;
}
