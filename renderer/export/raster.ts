// PNG in the browser: the page's SVG drawn onto a canvas at the chosen
// resolution. The SVG is only ever an <img> source, never page markup.

/** Page sizes are in points (1/72 inch): `dpi` 150 gives 150/72 pixels per point. */
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
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw images (no canvas)');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(`the browser could not make a ${canvas.width} × ${canvas.height} pixel PNG; choose a lower resolution`))), 'image/png'),
    );
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
